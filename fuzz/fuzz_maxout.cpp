// Fuzz target: the --maxout parser ("s1,b1;s2,b2;...") and what the explorer then does with the
// pieces: the exact upper envelope and the kink-exact sampling. Any input: no crash, no undefined
// behaviour; accepted pieces are 1 to 8 finite pairs that read back exactly from their own text;
// the envelope's segments tile the line in order, joined at the breakpoints.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "FuzzCheck.h"
#include "core/Activation.h"
#include "core/CurveSampling.h"
#include "core/Maxout.h"
#include "core/TextParsing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace relulab::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto parsed = parseMaxoutPieces(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error.empty());
        return 0;
    }
    const std::vector<MaxoutPiece> &pieces = *parsed.value;
    FUZZ_CHECK(!pieces.empty() && pieces.size() <= static_cast<size_t>(Maxout::kMaxPieces));
    for (const MaxoutPiece &p : pieces)
        FUZZ_CHECK(std::isfinite(p.slope) && std::isfinite(p.intercept));
    const auto again = parseMaxoutPieces(formatMaxoutPieces(pieces));
    FUZZ_CHECK(again && again.value->size() == pieces.size());
    for (size_t i = 0; i < pieces.size(); ++i)
        FUZZ_CHECK((*again.value)[i].slope == pieces[i].slope &&
                   (*again.value)[i].intercept == pieces[i].intercept);

    const Maxout maxout(pieces);
    const auto &segments = maxout.segments();
    const auto breakpoints = maxout.breakpoints();
    FUZZ_CHECK(!segments.empty());
    FUZZ_CHECK(breakpoints.size() + 1 == segments.size());
    FUZZ_CHECK(segments.front().from == -INFINITY && segments.back().to == INFINITY);
    for (size_t j = 0; j < breakpoints.size(); ++j) {
        FUZZ_CHECK(segments[j].to == breakpoints[j] && segments[j + 1].from == breakpoints[j]);
        FUZZ_CHECK(j == 0 || breakpoints[j - 1] <= breakpoints[j]);
    }
    for (const EnvelopeSegment &s : segments)
        FUZZ_CHECK(s.piece >= 0 && s.piece < maxout.pieceCount());

    // The explorer's default view and a tiny one around the first breakpoint, every convention.
    const double at =
        breakpoints.empty() || !std::isfinite(breakpoints[0]) || std::abs(breakpoints[0]) > 1e6
            ? 0.0
            : breakpoints[0];
    for (auto [lo, hi] : {std::pair{-10.0, 10.0}, std::pair{at - 1e-6, at + 1e-6}}) {
        for (KinkConvention c : {KinkConvention::Left, KinkConvention::Right, KinkConvention::Mean,
                                 KinkConvention::First}) {
            const SampledCurve curve = sampleWithKinks(Activation(maxout), lo, hi, 41, c);
            FUZZ_CHECK(curve.z.size() == curve.value.size());
            FUZZ_CHECK(curve.derivativeZ.size() == curve.derivative.size());
            for (size_t i = 1; i < curve.z.size(); ++i)
                FUZZ_CHECK(curve.z[i - 1] < curve.z[i]);
            FUZZ_CHECK(curve.z.front() == lo && curve.z.back() == hi);
            // First is always the slope of one of the pieces (PyTorch's winning piece).
            if (c == KinkConvention::First) {
                for (size_t i = 0; i < curve.derivative.size(); ++i) {
                    const double d = maxout.derivative(curve.derivativeZ[i], c);
                    bool isASlope = false;
                    for (const MaxoutPiece &p : pieces)
                        isASlope = isASlope || p.slope == d;
                    FUZZ_CHECK(isASlope);
                }
            }
            drawnPoints(curve.z, curve.value);
            drawnPoints(curve.derivativeZ, curve.derivative);
        }
    }
    return 0;
}
