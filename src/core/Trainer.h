// Mini-batch training of an Mlp on a data split: one step is one batch's forward, backward and
// update, with no allocation inside the loop.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "Backprop.h"
#include "Mlp.h"

namespace relulab::core {

struct Evaluation
{
    double trainLoss = 0.0;          // data loss (BCE or MSE) over the whole training set
    double testLoss = 0.0;           // the same over the test set
    std::optional<double> accuracy;  // test-set accuracy for classification, else empty
};

// The losses of `net` over the split's training and test sets, and the test accuracy for
// classification: what Trainer::evaluate reports for its network, for a network of a kept step.
Evaluation evaluateNetwork(const Mlp &net, const DataSplit &data);

// Everything a run needs beyond its config and data to continue bit for bit: the weights, the
// optimizer's moments and the batch order with its random stream.
struct TrainerState
{
    long steps = 0;
    long examples = 0;
    std::vector<double> parameters;
    std::vector<double> moment1;  // momentum's velocity or Adam's first moment
    std::vector<double> moment2;  // Adam's second moment
    double beta1Power = 1.0;      // Adam's beta1^t and beta2^t
    double beta2Power = 1.0;
    std::vector<size_t> order;  // this epoch's permutation of the training examples
    size_t cursor = 0;          // the next batch starts at order[cursor]
    std::uint64_t shuffleState = 0;

    // True when every number is finite (a diverged run's state is not).
    bool isFinite() const;

    friend bool operator==(const TrainerState &, const TrainerState &) = default;
};

class Trainer
{
public:
    // Throws std::invalid_argument for an invalid config, when the data's input dimension or
    // task do not match the network, or when an input or target is NaN or infinite (a NaN in
    // the data would only show up later as a NaN loss, with nothing to say where it came from).
    Trainer(const TrainingConfig &config, DataSplit data);

    // One mini-batch step; returns the batch's mean data loss (NaN/inf when training diverged;
    // the caller decides what to do). Batches walk a seeded shuffle of the training set.
    double step();
    long stepCount() const { return m_steps; }
    // False once a parameter is NaN or infinite. A step can leave such a weight behind before
    // any loss shows it (a PReLU slope only used left of 0, a weight set from outside); the
    // callers check this before anything draws or reports the network.
    bool parametersFinite() const;
    long examplesSeen() const { return m_examples; }

    Evaluation evaluate() const;

    TrainerState state() const;
    // Continues from a state of a run with the same config and data. Returns "" on success, else
    // what does not fit (sizes, a non-permutation, non-finite numbers), leaving *this unchanged.
    std::string restore(const TrainerState &state);

    const TrainingConfig &config() const { return m_config; }
    const Mlp &network() const { return m_net; }
    Mlp &network() { return m_net; }
    const DataSplit &data() const { return m_data; }

    // Live changes, keeping weights and the optimizer's state where the shapes allow.
    void setLearningRate(double lr);
    void setActivation(HiddenActivation activation, double alpha);

private:
    TrainingConfig m_config;
    DataSplit m_data;
    Mlp m_net;
    long m_steps = 0;
    long m_examples = 0;
    // Working memory sized once: activations and deltas (in m_backprop), gradients, optimizer
    // moments (momentum's velocity in m_m), batch order.
    Backprop m_backprop;
    AlignedVector<double> m_grad, m_m, m_v;
    double m_beta1Power = 1.0, m_beta2Power = 1.0;  // Adam's beta^t for the bias correction
    std::vector<size_t> m_order;
    size_t m_cursor = 0;
    std::uint64_t m_shuffleState = 0;

    void shuffle();
    void resetOptimizer();
};

}  // namespace relulab::core
