// Dispatch of the uniform activation functions over the variant.
#include "Activation.h"

namespace relulab::core {

namespace {
template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// C++20 deduces this for aggregates by itself; clang 14 (the fuzz build) still needs the guide.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
}  // namespace

double value(const Activation &a, double z)
{
    return std::visit([z](const auto &f) { return f.value(z); }, a);
}

Subgradient subgradient(const Activation &a, double z)
{
    return std::visit([z](const auto &f) { return f.subgradient(z); }, a);
}

double derivative(const Activation &a, double z, KinkConvention c)
{
    // Maxout's First needs the pieces; every other convention and function picks from the slopes.
    if (const auto *m = std::get_if<Maxout>(&a)) return m->derivative(z, c);
    return pick(subgradient(a, z), c);
}

std::vector<double> kinks(const Activation &a)
{
    return std::visit([](const auto &f) { return f.kinks(); }, a);
}

std::string displayName(const Activation &a)
{
    return std::visit(Overloaded{
                          [](const Relu &) { return std::string("ReLU"); },
                          [](const LeakyRelu &) { return std::string("Leaky ReLU"); },
                          [](const Maxout &) { return std::string("Maxout"); },
                          [](const Softplus &) { return std::string("Softplus"); },
                          [](const Elu &) { return std::string("ELU"); },
                          [](const Gelu &) { return std::string("GELU"); },
                          [](const Silu &) { return std::string("SiLU"); },
                          [](const Sigmoid &) { return std::string("Sigmoid"); },
                          [](const Tanh &) { return std::string("Tanh"); },
                      },
                      a);
}

}  // namespace relulab::core
