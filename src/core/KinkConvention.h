// The convention that picks one derivative value at a kink, and the one-sided derivatives there.
#pragma once

#include <optional>
#include <string_view>

namespace relulab::core {

// Which value a derivative takes where the left and right derivatives differ.
// Left is the default because it is what PyTorch and TensorFlow compute for relu (0) and
// leaky_relu (alpha); for maxout it is the smallest slope among the tied pieces.
enum class KinkConvention { Left, Right, Mean };

// The one-sided derivatives at a point. Where they differ the point is a kink; for the convex
// rectifiers here [left, right] is the subdifferential (the set of subgradients).
struct Subgradient
{
    double left = 0.0;
    double right = 0.0;

    // Comparisons, not !=, so that NaN one-sided derivatives (at z = NaN) are no kink.
    bool isKink() const { return left < right || left > right; }
};

// The derivative value a convention takes from the one-sided derivatives.
constexpr double pick(Subgradient s, KinkConvention c)
{
    switch (c) {
        case KinkConvention::Left:
            return s.left;
        case KinkConvention::Right:
            return s.right;
        case KinkConvention::Mean:
            break;
    }
    return s.left == s.right ? s.left : 0.5 * (s.left + s.right);
}

std::string_view conventionName(KinkConvention c);
std::optional<KinkConvention> parseConvention(std::string_view text);

}  // namespace relulab::core
