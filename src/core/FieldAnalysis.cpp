// Kinks, off intervals, link strengths and bins from a network's weights.
#include "FieldAnalysis.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "Maxout.h"

namespace relulab::core {

std::vector<std::vector<Link>> linkStrengths(const Mlp &net)
{
    const NetworkConfig &config = net.config();
    const int layers = net.hiddenLayers();
    const bool maxout = config.activation == HiddenActivation::Maxout;
    std::vector<std::vector<Link>> gaps(static_cast<size_t>(layers) + 1);
    for (int g = 0; g <= layers; ++g) {
        const int fromCount = g == 0 ? config.inputs : net.width(g - 1);
        const int toCount = g == layers ? 1 : net.width(g);
        const int pieces = maxout && g < layers ? config.pieces : 1;
        auto &links = gaps[static_cast<size_t>(g)];
        double maxAbs = 0.0;
        for (int to = 0; to < toCount; ++to) {
            for (int from = 0; from < fromCount; ++from) {
                double w = 0.0;
                for (int k = 0; k < pieces; ++k) {
                    const double wk = net.weight(g, to, from, k);
                    if (std::abs(wk) > std::abs(w)) w = wk;
                }
                if (!std::isfinite(w)) continue;
                maxAbs = std::max(maxAbs, std::abs(w));
                links.push_back({from, to, w, w >= 0.0});
            }
        }
        for (Link &link : links)
            link.strength = maxAbs > 0.0 ? std::abs(link.strength) / maxAbs : 0.0;
    }
    return gaps;
}

std::vector<double> firstLayerKinks(const Mlp &net, double x0, double x1)
{
    std::vector<double> kinks;
    const NetworkConfig &config = net.config();
    if (config.inputs != 1 || net.hiddenLayers() == 0 || isSaturating(config.activation))
        return kinks;
    const auto inside = [&](double x) { return std::isfinite(x) && x >= x0 && x <= x1; };
    const bool maxout = config.activation == HiddenActivation::Maxout;
    for (int u = 0; u < net.width(0); ++u) {
        if (!maxout) {
            const double w = net.weight(0, u, 0), b = net.bias(0, u);
            if (w != 0.0 && inside(-b / w)) kinks.push_back(-b / w);
            continue;
        }
        std::vector<MaxoutPiece> pieces;
        for (int k = 0; k < config.pieces; ++k)
            pieces.push_back({net.weight(0, u, 0, k), net.bias(0, u, k)});
        try {
            const Maxout unit(std::move(pieces));
            for (double x : unit.breakpoints())
                if (inside(x)) kinks.push_back(x);
        } catch (const std::invalid_argument &) {
            // Non-finite pieces (a diverged run): such a unit has no envelope to mark.
        }
    }
    std::sort(kinks.begin(), kinks.end());
    kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
    return kinks;
}

namespace {

// z = w x + b <= 0 on [x0, x1], exactly.
std::vector<Interval> linearOffInterval(double w, double b, double x0, double x1)
{
    if (w == 0.0) return b <= 0.0 ? std::vector<Interval>{{x0, x1}} : std::vector<Interval>{};
    const double zero = -b / w;
    if (!std::isfinite(zero)) return {};
    if (w > 0.0) {
        if (zero < x0) return {};
        return {{x0, std::min(x1, zero)}};
    }
    if (zero > x1) return {};
    return {{std::max(x0, zero), x1}};
}

}  // namespace

std::vector<Interval> offIntervals(const Mlp &net, const InputField &field, int flatUnit)
{
    const double x0 = field.bounds.x0, x1 = field.bounds.x1;
    if (net.config().inputs == 1 && net.hiddenLayers() > 0 && flatUnit < net.width(0) &&
        net.config().activation != HiddenActivation::Maxout)
        return linearOffInterval(net.weight(0, flatUnit, 0), net.bias(0, flatUnit), x0, x1);
    std::vector<Interval> bands;
    if (field.columns < 2 || flatUnit < 0 || flatUnit >= field.units) return bands;
    const auto z = [&](int c) { return field.preActivation(c, 0, flatUnit); };
    const auto crossing = [&](int c) {  // between columns c and c + 1
        const double t = z(c) / (z(c) - z(c + 1));
        return field.x(c) +
               (std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.5) * (field.x(c + 1) - field.x(c));
    };
    double start = x0;
    for (int c = 0; c < field.columns; ++c) {
        const bool off = z(c) <= 0.0;
        const bool wasOff = c > 0 && z(c - 1) <= 0.0;
        if (off && !wasOff) start = c == 0 ? x0 : crossing(c - 1);
        if (!off && wasOff) bands.emplace_back(start, crossing(c - 1));
    }
    if (z(field.columns - 1) <= 0.0) bands.emplace_back(start, x1);
    return bands;
}

Histogram binValues(std::span<const double> values)
{
    Histogram h;
    if (values.empty()) return h;
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    const double lo = std::min(*mn, 0.0), hi = std::max(*mx, 0.0);
    h.width = std::max((hi - lo) / 30.0, 1e-9);
    h.start = std::floor(lo / h.width) * h.width;
    const int bins = static_cast<int>(std::ceil((hi - h.start) / h.width)) + 1;
    h.counts.assign(static_cast<size_t>(bins), 0.0);
    for (double v : values)
        h.counts[static_cast<size_t>(
            std::clamp(static_cast<int>((v - h.start) / h.width), 0, bins - 1))] += 1.0;
    return h;
}

InputBounds equalAspectBounds(const InputBounds &b, double width, double height)
{
    if (width < 10 || height < 10) return b;
    const double perPixel = std::max((b.x1 - b.x0) / width, (b.y1 - b.y0) / height);
    const double cx = 0.5 * (b.x0 + b.x1), cy = 0.5 * (b.y0 + b.y1);
    const double hw = 0.5 * perPixel * width, hh = 0.5 * perPixel * height;
    return {cx - hw, cx + hw, cy - hh, cy + hh};
}

int fieldResolution(int hiddenUnits)
{
    return hiddenUnits > 96 ? 24 : hiddenUnits > 32 ? 32 : 40;
}

}  // namespace relulab::core
