// Smooth cousins of the rectifiers (Softplus, ELU, GELU, SiLU) and the saturating sigmoid and tanh
// they replaced, drawn for contrast: no kinks.
#pragma once

#include <vector>

#include "KinkConvention.h"

namespace relulab::core {

// f(z) = log(1 + exp(beta z)) / beta; tends to ReLU as beta grows.
class Softplus
{
public:
    static constexpr double kDefaultBeta = 1.0;
    explicit Softplus(double beta = kDefaultBeta);  // throws unless beta is finite and > 0
    double beta() const { return m_beta; }
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }

private:
    double m_beta;
};

// f(z) = z for z > 0, exp(z) - 1 otherwise (alpha = 1, continuously differentiable).
struct Elu
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }
};

// f(z) = z * Phi(z), Phi the standard normal CDF (exact erf form, not the tanh approximation).
struct Gelu
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }
};

// f(z) = z * sigmoid(z), also called swish.
struct Silu
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }
};

// The logistic sigmoid f(z) = 1 / (1 + exp(-z)); f' = f (1 - f), at most 1/4 (at 0).
struct Sigmoid
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }
};

// f(z) = tanh(z); f' = 1 - f^2, at most 1 (at 0).
struct Tanh
{
    double value(double z) const;
    Subgradient subgradient(double z) const;
    std::vector<double> kinks() const { return {}; }
};

}  // namespace relulab::core
