// What a network does at one input point, unit by unit: the numbers the point probe shows. Every
// hidden unit's pre-activation z, its activation f(z) and the slope f'(z) backprop takes there
// (the convention's value at z = 0), maxout's pieces and winner, the signal each link carries,
// and the output.
#pragma once

#include <span>
#include <vector>

#include "Mlp.h"

namespace relulab::core {

struct ProbeUnit
{
    double z = 0.0;              // pre-activation (maxout: the winning piece's value)
    double activation = 0.0;     // f(z)
    double derivative = 0.0;     // f'(z) as backprop takes it; the convention's value at z = 0
    int winner = 0;              // maxout: the winning piece (ties: the lowest index); else 0
    std::vector<double> pieces;  // maxout: every piece's value w_i·a + b_i; empty otherwise
    // The rectifiers: z > 0 (the unit passes its input unchanged); maxout, sigmoid and tanh have
    // no off side and are always on.
    bool on = true;
};

// The sum behind one unit's z at the probed point: z = Σ weights[i]·inputs[i] + bias, one row of
// weights and one bias per maxout piece.
struct UnitSum
{
    std::vector<double> inputs;                // the inputs, or the layer below's activations
    std::vector<std::vector<double>> weights;  // [piece][input]
    std::vector<double> bias;                  // [piece]
};

struct ProbePath
{
    std::vector<double> input;
    std::vector<ProbeUnit> units;  // every hidden unit, layer after layer
    double output = 0.0;           // the output before the sigmoid: the logit, or the value
    double prediction = 0.0;       // the probability of class 1, or the regression value
    int predictedClass = -1;       // classification: 1 when the probability is ≥ 0.5, else 0;
                                   // regression: -1
    // Per column gap (inputs → layer 1 → … → output), per link, what the link adds to its
    // target's z: weight × the source's value (for maxout, the winning piece's weight).
    std::vector<std::vector<double>> contributions;  // [gap][to * sources + from]
    // Whether the link's signal reaches further: its source passes something (a nonzero value)
    // and its target lets it through (f'(z) ≠ 0 at the target; the output always does).
    std::vector<std::vector<bool>> carries;  // same shape as contributions
};

// The probe of net at x (x.size() must be the net's inputs: std::invalid_argument otherwise).
ProbePath probeNetwork(const Mlp &net, std::span<const double> x);

// The sum behind hidden unit `unit` of hidden layer `layer` in path (probed on net);
// std::out_of_range for a unit the net does not have.
UnitSum unitSum(const Mlp &net, const ProbePath &path, int layer, int unit);

}  // namespace relulab::core
