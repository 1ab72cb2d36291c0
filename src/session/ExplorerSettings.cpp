// Validation of explorer settings and construction of their activations.
#include "ExplorerSettings.h"

#include <QCoreApplication>
#include <cmath>

#include "core/Maxout.h"

namespace relulab::session {

namespace {
// This file's messages, filed under "ExplorerSettings" by lupdate and looked up there.
class ExplorerSettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(ExplorerSettings)
};
}  // namespace

QString validateAlpha(double alpha)
{
    if (!std::isfinite(alpha) || alpha < core::LeakyRelu::kMinAlpha ||
        alpha > core::LeakyRelu::kMaxAlpha)
        return ExplorerSettingsTr::tr("the leaky slope \u03b1 must be a number in [-1, 1]");
    return {};
}

QString validateRange(double lo, double hi)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return ExplorerSettingsTr::tr("the range bounds must be finite numbers");
    if (!(lo < hi)) return ExplorerSettingsTr::tr("the range needs lo < hi");
    if (std::abs(lo) > ExplorerSettings::kRangeLimit ||
        std::abs(hi) > ExplorerSettings::kRangeLimit)
        return ExplorerSettingsTr::tr("the range bounds must lie in [-1e6, 1e6]");
    if (hi - lo < ExplorerSettings::kMinSpan)
        return ExplorerSettingsTr::tr("the range must be at least 1e-6 wide");
    return {};
}

QString validatePieces(const std::vector<core::MaxoutPiece> &pieces)
{
    if (pieces.empty() || pieces.size() > static_cast<size_t>(core::Maxout::kMaxPieces))
        return ExplorerSettingsTr::tr("maxout needs between 1 and 8 pieces");
    for (const auto &p : pieces) {
        if (!std::isfinite(p.slope) || !std::isfinite(p.intercept))
            return ExplorerSettingsTr::tr("maxout slopes and intercepts must be finite numbers");
    }
    return {};
}

QString ExplorerSettings::validate() const
{
    if (auto e = validateAlpha(alpha); !e.isEmpty()) return e;
    if (auto e = validateRange(lo, hi); !e.isEmpty()) return e;
    if (auto e = validatePieces(pieces); !e.isEmpty()) return e;
    if (samples < kMinSamples || samples > kMaxSamples)
        return ExplorerSettingsTr::tr("the number of samples must be between 2 and 1000000");
    if (!std::isfinite(softplusBeta) || softplusBeta <= 0.0)
        return ExplorerSettingsTr::tr("the softplus \u03b2 must be a number > 0");
    if (pinned.size() > static_cast<size_t>(kMaxPinned))
        return ExplorerSettingsTr::tr("at most %1 curves can be pinned").arg(kMaxPinned);
    for (const PinnedCurve &p : pinned) {
        if (auto e = p.validate(); !e.isEmpty())
            return ExplorerSettingsTr::tr("pinned curve: %1").arg(e);
    }
    return {};
}

QString PinnedCurve::validate() const
{
    if (auto e = validateAlpha(alpha); !e.isEmpty()) return e;
    if (auto e = validatePieces(pieces); !e.isEmpty()) return e;
    if (!std::isfinite(softplusBeta) || softplusBeta <= 0.0)
        return ExplorerSettingsTr::tr("the softplus \u03b2 must be a number > 0");
    if (label.size() > 200)
        return ExplorerSettingsTr::tr("a pinned curve's label is at most 200 characters");
    return {};
}

core::Activation PinnedCurve::activation() const
{
    ExplorerSettings s;
    s.alpha = alpha;
    s.pieces = pieces;
    s.softplusBeta = softplusBeta;
    return s.activation(function);
}

PinnedCurve ExplorerSettings::pin(FunctionId id) const
{
    PinnedCurve p;
    p.function = id;
    p.alpha = alpha;
    p.pieces = pieces;
    p.softplusBeta = softplusBeta;
    const QString name = functionName(id);
    switch (id) {
        case FunctionId::Leaky:
            p.label =
                ExplorerSettingsTr::tr("%1, \u03b1 = %2").arg(name, QString::number(alpha, 'g', 6));
            break;
        case FunctionId::Maxout:
            p.label = ExplorerSettingsTr::tr("%1, k = %2").arg(name).arg(pieces.size());
            break;
        case FunctionId::Softplus:
            p.label = ExplorerSettingsTr::tr("%1, \u03b2 = %2")
                          .arg(name, QString::number(softplusBeta, 'g', 6));
            break;
        default:
            p.label = name;
            break;
    }
    return p;
}

core::Activation ExplorerSettings::activation(FunctionId id) const
{
    switch (id) {
        case FunctionId::Relu:
            return core::Relu{};
        case FunctionId::Leaky:
            return core::LeakyRelu(alpha);
        case FunctionId::Maxout:
            return core::Maxout(pieces);
        case FunctionId::Softplus:
            return core::Softplus(softplusBeta);
        case FunctionId::Elu:
            return core::Elu{};
        case FunctionId::Gelu:
            return core::Gelu{};
        case FunctionId::Silu:
            return core::Silu{};
        case FunctionId::Sigmoid:
            return core::Sigmoid{};
        case FunctionId::Tanh:
            return core::Tanh{};
    }
    return core::Relu{};
}

}  // namespace relulab::session
