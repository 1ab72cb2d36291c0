// Ready-made maxout piece sets that show what a maxout unit can represent.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "MaxoutPiece.h"

namespace relulab::core {

enum class MaxoutPreset {
    Relu,            // max(0, z)
    Leaky,           // max(alpha z, z)
    Abs,             // max(-z, z) = |z|
    Parabola3,       // 3 tangents of z^2 / R
    Parabola5,       // 5 tangents of z^2 / R
    Random,          // 3 to 5 random pieces from a seed
    ExplorerDefault  // max(z, -0.5 z, -5): one piece hidden
};

// R = max(|lo|, |hi|) scales the parabola so that it fits the view's height; the tangent points
// are spread evenly over [lo, hi].
std::vector<MaxoutPiece> maxoutPreset(MaxoutPreset preset, double alpha, double lo, double hi,
                                      std::uint64_t seed = 1);
std::string presetName(MaxoutPreset preset);

}  // namespace relulab::core
