// ReLU and Leaky ReLU values and one-sided derivatives, including NaN and infinities.
#include "Rectifiers.h"

#include <cmath>
#include <limits>

namespace relulab::core {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double Relu::value(double z) const
{
    if (std::isnan(z)) return z;
    return z > 0.0 ? z : 0.0;  // also maps -0.0 to +0.0
}

Subgradient Relu::subgradient(double z) const
{
    if (std::isnan(z)) return {kNaN, kNaN};
    if (z > 0.0) return {1.0, 1.0};
    if (z < 0.0) return {0.0, 0.0};
    return {0.0, 1.0};
}

LeakyRelu::LeakyRelu(double alpha) : m_alpha(alpha)
{
    if (!std::isfinite(alpha) || alpha < kMinAlpha || alpha > kMaxAlpha)
        throw std::invalid_argument("leaky slope alpha must be a finite number in [-1, 1]");
}

double LeakyRelu::value(double z) const
{
    if (std::isnan(z)) return z;
    if (z > 0.0) return z;
    // Written out so that alpha = 0 gives 0 at -inf (not 0 * -inf = NaN) and no -0.0 appears.
    if (z == 0.0 || m_alpha == 0.0) return 0.0;
    return m_alpha * z;
}

Subgradient LeakyRelu::subgradient(double z) const
{
    if (std::isnan(z)) return {kNaN, kNaN};
    if (z > 0.0) return {1.0, 1.0};
    if (z < 0.0) return {m_alpha, m_alpha};
    return {m_alpha, 1.0};
}

std::vector<double> LeakyRelu::kinks() const
{
    if (m_alpha == 1.0) return {};
    return {0.0};
}

}  // namespace relulab::core
