// The convention that picks one derivative value at a kink, and the one-sided derivatives there.
#pragma once

#include <optional>
#include <string_view>

namespace relulab::core {

// Which value a derivative takes where the left and right derivatives differ.
// - Left (the default): the left derivative. For relu (0) and leaky_relu (alpha) that is what
//   PyTorch and TensorFlow compute; for maxout it is the smallest slope among the tied pieces,
//   the mathematician's one-sided derivative, which no framework computes.
// - Right: the right derivative. Mean: the average of the two.
// - First: what PyTorch computes. For ReLU and Leaky ReLU that is the left value (relu'(0) = 0,
//   leaky_relu'(0) = alpha); for maxout, the max over the piece dimension (torch.stack(pieces)
//   .max(dim=0)) gives the whole gradient to the first maximal piece in index order, so the
//   derivative is that piece's slope: Maxout::derivative computes it, pick() cannot.
// In training, ReLU, Leaky and PReLU take pick({alpha, 1}, convention) at z = 0 (First as Left);
// a maxout tie always goes to the first maximal piece, whatever the convention.
enum class KinkConvention { Left, Right, Mean, First };

// The one-sided derivatives at a point. Where they differ the point is a kink; for the convex
// rectifiers here [left, right] is the subdifferential (the set of subgradients).
struct Subgradient
{
    double left = 0.0;
    double right = 0.0;

    // Comparisons, not !=, so that NaN one-sided derivatives (at z = NaN) are no kink.
    bool isKink() const { return left < right || left > right; }
};

// The derivative value a convention takes from the one-sided derivatives. First is the
// rectifiers' meaning (their left value); a maxout unit needs its pieces for First, so use
// Maxout::derivative or derivative(Activation, ...) there.
constexpr double pick(Subgradient s, KinkConvention c)
{
    switch (c) {
        case KinkConvention::Left:
        case KinkConvention::First:
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
