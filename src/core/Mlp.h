// A small multilayer perceptron in one contiguous parameter array: forward, backward, and access
// to every unit's pre-activation for the dead-unit analysis.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "AlignedVector.h"
#include "NetworkConfig.h"

namespace relulab::core {

namespace kernels {
struct LayerActivation;
}

struct Evaluation;
struct DataSplit;

class Mlp
{
public:
    // Parameters drawn from the config's init scheme with this seed (std::invalid_argument for an
    // invalid config).
    Mlp(const NetworkConfig &config, std::uint64_t seed);

    const NetworkConfig &config() const { return m_config; }
    int hiddenLayers() const { return static_cast<int>(m_config.hidden.size()); }
    int width(int hiddenLayer) const { return m_config.hidden[static_cast<size_t>(hiddenLayer)]; }
    int hiddenUnits() const { return m_config.hiddenUnits(); }

    // All trainable numbers: weights, biases, and for PReLU the per-unit slopes.
    std::span<double> parameters() { return m_params; }
    std::span<const double> parameters() const { return m_params; }

    // Weight of input `from` into `unit` of layer `layer` (0 .. hiddenLayers(); the last is the
    // output layer with one unit), for maxout piece `piece` (0 otherwise); and the bias.
    double weight(int layer, int unit, int from, int piece = 0) const;
    double bias(int layer, int unit, int piece = 0) const;
    double &weight(int layer, int unit, int from, int piece = 0);
    double &bias(int layer, int unit, int piece = 0);
    // PReLU's learned slope of a hidden unit (alpha from the config for Leaky, 0 for ReLU, NaN for
    // maxout, sigmoid and tanh, which have no single slope left of 0).
    double slope(int hiddenLayer, int unit) const;
    // PReLU's learned slope itself, for hand-built nets (std::logic_error unless the net is
    // PReLU). Named apart from slope() so that reading a slope through a non-const net never
    // throws.
    double &preluSlope(int hiddenLayer, int unit);
    // The derivative f'(z) of a hidden unit's activation that backprop multiplies by, at that
    // unit's pre-activation z: the convention's value at z = 0, 1 for maxout (whose whole
    // gradient goes to the winning piece). The one place the analyses ask an activation about
    // its slope, so that they need no switch of their own.
    double activationDerivative(int hiddenLayer, int unit, double z) const;

    // The weights of layer `layer` (hidden layers, then the output layer; every piece's rows for
    // maxout, row by row) within an array shaped like parameters(): the parameters themselves or
    // a gradient.
    std::span<const double> layerWeights(std::span<const double> all, int layer) const;

    // The prediction for one input: a probability (classification) or a value (regression).
    double predict(std::span<const double> x) const;
    // Pre-activations z of every hidden unit for x, layer after layer (for maxout, the value of
    // the winning piece). out.size() becomes hiddenUnits().
    void preActivations(std::span<const double> x, std::vector<double> &out) const;
    // The same forward pass with everything it finds: pre-activations z, activations f(z) and,
    // for maxout, each unit's winning piece (0 otherwise). Each vector becomes hiddenUnits() long.
    void hiddenValues(std::span<const double> x, std::vector<double> &z, std::vector<double> &act,
                      std::vector<int> &winner) const;

    // Keeps every weight between ReLU, Leaky, PReLU, sigmoid and tanh (one weight row per unit for
    // all of them; PReLU slopes start at 0.25 when switched to).
    // Switching to or from maxout changes the parameter shapes and re-initialises (same seed).
    void setActivation(HiddenActivation activation, double alpha);

private:
    friend class Trainer;
    friend class Backprop;
    friend Evaluation evaluateNetwork(const Mlp &net, const DataSplit &data);

    // The largest number of hidden units a valid config allows: the size of stack scratch space.
    static constexpr int kMaxHiddenUnits = NetworkConfig::kMaxLayers * NetworkConfig::kMaxWidth;

    NetworkConfig m_config;
    std::uint64_t m_seed;
    // Per layer (hidden layers, then the output layer): a row-major weight matrix with one row
    // per unit (per unit and piece for maxout: row unit * pieces + piece), then the biases of the
    // rows. PReLU slopes, one per hidden unit, come last so that switching to or from PReLU only
    // appends or truncates and every weight keeps its index.
    AlignedVector<double> m_params;
    std::vector<size_t> m_weightOffset, m_biasOffset, m_slopeOffset;
    std::vector<int> m_fanIn;
    std::vector<int> m_rows;        // weight rows per layer: units * pieces (1 for the output)
    std::vector<int> m_unitOffset;  // first hidden unit of each hidden layer, in layer order
    int m_pieces = 1;               // config.pieces for maxout, else 1

    void layout();
    void initialise();
    size_t weightIndex(int layer, int unit, int from, int piece) const;
    size_t biasIndex(int layer, int unit, int piece) const;
    // The forward pass for one example: each hidden unit's activation and pre-activation (the
    // winning piece's value for maxout, whose index goes to winner) into arrays of hiddenUnits()
    // entries; returns the output before the sigmoid (the logit) or the regression value.
    double forward(const double *x, double *act, double *z, int *winner) const;
    // What the activation of hidden layer `layer` needs (forward() and Backprop's passes).
    kernels::LayerActivation layerActivation(int layer) const;
};

}  // namespace relulab::core
