// Values and derivatives of the smooth activations, stable for large |z| and at infinities.
#include "SmoothActivations.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace relulab::core {

namespace {

double sigmoid(double z)
{
    if (z >= 0) return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

Subgradient smooth(double d)
{
    return {d, d};
}

}  // namespace

Softplus::Softplus(double beta) : m_beta(beta)
{
    if (!std::isfinite(beta) || beta <= 0.0)
        throw std::invalid_argument("softplus beta must be a finite number > 0");
}

double Softplus::value(double z) const
{
    if (std::isnan(z)) return z;
    const double t = m_beta * z;
    // For a huge beta, beta z overflows; softplus is then ReLU to double precision.
    if (std::isinf(t)) return t > 0 ? z : 0.0;
    // log1p(exp(t)) = max(t, 0) + log1p(exp(-|t|)) never overflows.
    return (std::max(t, 0.0) + std::log1p(std::exp(-std::abs(t)))) / m_beta;
}

Subgradient Softplus::subgradient(double z) const
{
    if (std::isnan(z)) return {z, z};
    return smooth(sigmoid(m_beta * z));
}

double Elu::value(double z) const
{
    if (std::isnan(z)) return z;
    return z > 0.0 ? z : std::expm1(z);
}

Subgradient Elu::subgradient(double z) const
{
    if (std::isnan(z)) return {z, z};
    return smooth(z > 0.0 ? 1.0 : std::exp(z));
}

double Gelu::value(double z) const
{
    if (std::isnan(z)) return z;
    if (std::isinf(z)) return z > 0 ? z : 0.0;
    return 0.5 * z * std::erfc(-z / std::numbers::sqrt2);
}

Subgradient Gelu::subgradient(double z) const
{
    if (std::isnan(z)) return {z, z};
    if (std::isinf(z)) return smooth(z > 0 ? 1.0 : 0.0);
    const double cdf = 0.5 * std::erfc(-z / std::numbers::sqrt2);
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
    return smooth(cdf + z * pdf);
}

double Silu::value(double z) const
{
    if (std::isnan(z)) return z;
    if (std::isinf(z)) return z > 0 ? z : 0.0;
    return z * sigmoid(z);
}

Subgradient Silu::subgradient(double z) const
{
    if (std::isnan(z)) return {z, z};
    if (std::isinf(z)) return smooth(z > 0 ? 1.0 : 0.0);
    const double s = sigmoid(z);
    return smooth(s * (1.0 + z * (1.0 - s)));
}

double Sigmoid::value(double z) const
{
    return sigmoid(z);  // 0 and 1 at -inf and +inf, NaN for NaN
}

Subgradient Sigmoid::subgradient(double z) const
{
    const double s = sigmoid(z);
    return smooth(s * (1.0 - s));
}

double Tanh::value(double z) const
{
    return std::tanh(z);
}

Subgradient Tanh::subgradient(double z) const
{
    const double t = std::tanh(z);
    return smooth(1.0 - t * t);
}

}  // namespace relulab::core
