// ReLU and Leaky ReLU as small value types with exact one-sided derivatives.
#pragma once

#include <stdexcept>
#include <vector>

#include "KinkConvention.h"

namespace relulab::core {

// f(z) = max(0, z). NaN propagates (as in PyTorch); f(-inf) = 0, f(+inf) = +inf.
struct Relu
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    double derivative(double z, KinkConvention c = KinkConvention::Left) const
    {
        return pick(subgradient(z), c);
    }
    std::vector<double> kinks() const { return {0.0}; }
};

// f(z) = z for z > 0 and alpha * z otherwise; equal to max(alpha * z, z) for alpha <= 1.
class LeakyRelu
{
public:
    static constexpr double kMinAlpha = -1.0;
    static constexpr double kMaxAlpha = 1.0;
    static constexpr double kDefaultAlpha = 0.01;  // Maas et al. 2013 and PyTorch's default

    // Throws std::invalid_argument unless alpha is finite and in [kMinAlpha, kMaxAlpha].
    explicit LeakyRelu(double alpha = kDefaultAlpha);

    double alpha() const { return m_alpha; }
    double value(double z) const;
    Subgradient subgradient(double z) const;
    double derivative(double z, KinkConvention c = KinkConvention::Left) const
    {
        return pick(subgradient(z), c);
    }
    // alpha = 1 is the identity: no kink.
    std::vector<double> kinks() const;

private:
    double m_alpha;
};

}  // namespace relulab::core
