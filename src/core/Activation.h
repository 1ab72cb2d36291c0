// Any activation the explorer can draw, as one value type, with uniform free functions.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "KinkConvention.h"
#include "Maxout.h"
#include "Rectifiers.h"
#include "SmoothActivations.h"

namespace relulab::core {

using Activation = std::variant<Relu, LeakyRelu, Maxout, Softplus, Elu, Gelu, Silu, Sigmoid, Tanh>;

double value(const Activation &a, double z);
Subgradient subgradient(const Activation &a, double z);
double derivative(const Activation &a, double z, KinkConvention c);
// Kink abscissae in increasing order (empty for smooth functions).
std::vector<double> kinks(const Activation &a);
// Display name, e.g. "Leaky ReLU".
std::string displayName(const Activation &a);

}  // namespace relulab::core
