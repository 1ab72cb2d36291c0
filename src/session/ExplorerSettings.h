// The explorer's whole state as a plain value: what the window shows and what export draws.
#pragma once

#include <QSet>
#include <QString>
#include <vector>

#include "FunctionId.h"
#include "core/Activation.h"
#include "core/MaxoutPiece.h"

namespace relulab::session {

// A curve frozen for comparison ("pin"): one function with the parameters it had when pinned.
// Drawn as a labelled ghost behind the live curves; saved in sessions.
struct PinnedCurve
{
    QString label;  // shown in the legend, e.g. "Leaky ReLU, α = 0.1"
    FunctionId function = FunctionId::Relu;
    double alpha = core::LeakyRelu::kDefaultAlpha;
    std::vector<core::MaxoutPiece> pieces = {{1.0, 0.0}, {0.0, 0.0}};
    double softplusBeta = core::Softplus::kDefaultBeta;

    // "" when valid, else the first problem.
    QString validate() const;
    core::Activation activation() const;

    friend bool operator==(const PinnedCurve &, const PinnedCurve &) = default;
};

struct ExplorerSettings
{
    static constexpr double kDefaultLo = -10.0;  // the classic range(-10, 11) view
    static constexpr double kDefaultHi = 10.0;
    static constexpr double kRangeLimit = 1e6;    // |lo|, |hi| at most this
    static constexpr double kMinSpan = 1e-6;      // hi - lo at least this
    static constexpr int kDefaultSamples = 2001;  // odd, so the grid on -10..10 holds z = 0
    static constexpr int kMinSamples = 2;
    static constexpr int kMaxSamples = 1000000;

    double alpha = core::LeakyRelu::kDefaultAlpha;
    double lo = kDefaultLo;
    double hi = kDefaultHi;
    std::vector<core::MaxoutPiece> pieces = {{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}};
    core::KinkConvention convention = core::KinkConvention::Left;
    QSet<FunctionId> visible = {FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout};
    bool showSubgradient = true;
    int samples = kDefaultSamples;
    double softplusBeta = core::Softplus::kDefaultBeta;
    std::vector<PinnedCurve> pinned;  // at most kMaxPinned, oldest first
    static constexpr int kMaxPinned = 6;

    // The pin of function id with the current parameters, labelled with them.
    PinnedCurve pin(FunctionId id) const;

    // An empty string when valid, else the first problem in words.
    QString validate() const;
    // The activation with these parameters (settings must be valid).
    core::Activation activation(FunctionId id) const;

    friend bool operator==(const ExplorerSettings &, const ExplorerSettings &) = default;
};

// Errors for single fields, shared by the state's setters and the command line.
QString validateAlpha(double alpha);
QString validateRange(double lo, double hi);
QString validatePieces(const std::vector<core::MaxoutPiece> &pieces);

}  // namespace relulab::session
