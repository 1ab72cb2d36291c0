// Piece sets for the maxout presets.
#include "MaxoutPresets.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace relulab::core {

namespace {

// Tangents to q(z) = z^2 / R at k points spread over [lo, hi]: q'(t) = 2t/R, q(t) = t^2/R.
std::vector<MaxoutPiece> parabolaTangents(int k, double lo, double hi)
{
    const double r = std::max({std::abs(lo), std::abs(hi), 1e-12});
    std::vector<MaxoutPiece> pieces;
    for (int j = 0; j < k; ++j) {
        const double t = lo + (j + 0.5) * (hi - lo) / k;
        pieces.push_back({2.0 * t / r, -t * t / r});
    }
    return pieces;
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

}  // namespace

std::vector<MaxoutPiece> maxoutPreset(MaxoutPreset preset, double alpha, double lo, double hi,
                                      std::uint64_t seed)
{
    switch (preset) {
        case MaxoutPreset::Relu:
            return {{0.0, 0.0}, {1.0, 0.0}};
        case MaxoutPreset::Leaky:
            return {{alpha, 0.0}, {1.0, 0.0}};
        case MaxoutPreset::Abs:
            return {{-1.0, 0.0}, {1.0, 0.0}};
        case MaxoutPreset::Parabola3:
            return parabolaTangents(3, lo, hi);
        case MaxoutPreset::Parabola5:
            return parabolaTangents(5, lo, hi);
        case MaxoutPreset::Random: {
            std::mt19937_64 rng(seed);
            std::uniform_int_distribution<int> count(3, 5);
            std::uniform_real_distribution<double> slope(-2.0, 2.0);
            const double half = 0.25 * std::max(hi - lo, 1e-12);
            std::uniform_real_distribution<double> intercept(-half, half);
            std::vector<MaxoutPiece> pieces(static_cast<size_t>(count(rng)));
            // Rounded so that the table and the formula show short numbers.
            for (auto &p : pieces)
                p = {roundTo(slope(rng), 0.05), roundTo(intercept(rng), 0.1)};
            return pieces;
        }
        case MaxoutPreset::ExplorerDefault:
            break;
    }
    return {{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}};
}

std::string presetName(MaxoutPreset preset)
{
    switch (preset) {
        case MaxoutPreset::Relu:
            return "ReLU: max(0, z)";
        case MaxoutPreset::Leaky:
            return "Leaky ReLU: max(\u03b1z, z)";
        case MaxoutPreset::Abs:
            return "|z| = max(\u2212z, z)";
        case MaxoutPreset::Parabola3:
            return "Parabola z\u00b2/R, 3 pieces";
        case MaxoutPreset::Parabola5:
            return "Parabola z\u00b2/R, 5 pieces";
        case MaxoutPreset::Random:
            return "Random pieces";
        case MaxoutPreset::ExplorerDefault:
            break;
    }
    return "Default: max(z, \u22120.5z, \u22125)";
}

}  // namespace relulab::core
