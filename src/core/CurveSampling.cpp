// Grid construction and kink-exact sampling.
#include "CurveSampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace relulab::core {

std::vector<double> uniformGrid(double lo, double hi, int n)
{
    if (n < 2) throw std::invalid_argument("a grid needs at least 2 samples");
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi))
        throw std::invalid_argument("a grid needs finite bounds with lo < hi");
    std::vector<double> x(static_cast<size_t>(n));
    const double span = hi - lo;
    for (int i = 0; i < n; ++i)
        x[static_cast<size_t>(i)] = lo + i * span / (n - 1);
    x.back() = hi;
    return x;
}

std::vector<size_t> drawnPoints(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = std::min(x.size(), y.size());
    std::vector<size_t> kept;
    kept.reserve(std::min<size_t>(n, 64));
    const auto finite = [&](size_t i) { return std::isfinite(x[i]) && std::isfinite(y[i]); };
    for (size_t i = 0; i < n; ++i) {
        const bool interior = i > 0 && i + 1 < n && !kept.empty() && kept.back() + 1 <= i;
        if (interior && finite(i) && finite(i + 1) && finite(kept.back())) {
            const size_t a = kept.back();
            const double dx1 = x[i] - x[a], dy1 = y[i] - y[a];
            const double dx2 = x[i + 1] - x[a], dy2 = y[i + 1] - y[a];
            const double cross = dx1 * dy2 - dy1 * dx2;
            const double scale =
                std::abs(dx2) * (std::abs(dy2) + std::abs(y[a]) + std::abs(y[i + 1]));
            // On the line, and the path goes on forward past it (no turning back): the point
            // adds nothing to the drawing.
            const double forward = dx1 * (x[i + 1] - x[i]) + dy1 * (y[i + 1] - y[i]);
            if (forward > 0 && std::abs(cross) <= 1e-9 * scale) continue;
        }
        kept.push_back(i);
    }
    return kept;
}

SampledCurve sampleWithKinks(const Activation &a, double lo, double hi, int n, KinkConvention c)
{
    SampledCurve out;
    const std::vector<double> grid = uniformGrid(lo, hi, n);
    std::vector<double> kinkZ;
    for (double k : kinks(a)) {
        if (k >= lo && k <= hi) kinkZ.push_back(k);
    }

    out.z.reserve(grid.size() + kinkZ.size());
    std::merge(grid.begin(), grid.end(), kinkZ.begin(), kinkZ.end(), std::back_inserter(out.z));
    out.z.erase(std::unique(out.z.begin(), out.z.end()), out.z.end());

    constexpr double kGap = std::numeric_limits<double>::quiet_NaN();
    out.value.reserve(out.z.size());
    out.derivativeZ.reserve(out.z.size() + 2 * kinkZ.size());
    out.derivative.reserve(out.z.size() + 2 * kinkZ.size());
    auto nextKink = kinkZ.begin();
    for (double z : out.z) {
        const double v = value(a, z);
        out.value.push_back(v);
        const Subgradient s = subgradient(a, z);
        const bool atKink = nextKink != kinkZ.end() && *nextKink == z;
        if (atKink) {
            ++nextKink;
            out.kinks.push_back({z, v, s, derivative(a, z, c)});
        }
        if (atKink && s.isKink()) {
            // Only draw the one-sided limits that the curve actually reaches from inside.
            if (z > lo) {
                out.derivativeZ.push_back(z);
                out.derivative.push_back(s.left);
            }
            out.derivativeZ.push_back(z);
            out.derivative.push_back(kGap);
            if (z < hi) {
                out.derivativeZ.push_back(z);
                out.derivative.push_back(s.right);
            }
        } else {
            // derivative(), not pick(): maxout's First follows the pieces' rounded values.
            out.derivativeZ.push_back(z);
            out.derivative.push_back(derivative(a, z, c));
        }
    }
    return out;
}

}  // namespace relulab::core
