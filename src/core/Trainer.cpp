// Mini-batch training: a seeded batch order, the optimizers' updates and the evaluation of a run.
#include "Trainer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

#include "VectorKernels.h"

// Same config, data and seed give the same bits: a * b + c is never fused into one rounding.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace relulab::core {

namespace {

constexpr double kMomentum = 0.9;
constexpr double kBeta1 = 0.9;
constexpr double kBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;
// Gives the batch order its own stream, distinct from the weights' stream of the same seed.
constexpr std::uint64_t kShuffleStream = 0xD1B54A32D192ED03ull;

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Uniform in [0, n) without modulo bias, by rejecting the short range below 2^64 mod n. That
// threshold is below n, so any r >= n (all but about n in 2^64) passes without the division that
// finds it: one division per draw instead of two, the same draws.
std::uint64_t below(std::uint64_t n, std::uint64_t &state)
{
    for (;;) {
        const std::uint64_t r = splitmix64(state);
        if (r >= n || r >= (0 - n) % n) return r % n;
    }
}

// One optimizer step over the parameters, from the gradient summed over the batch.
struct Step
{
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double lr = 0.0;
    double scale = 1.0;  // 1 / batch size
    double l2 = 0.0;
    double c1 = 1.0, c2 = 1.0;  // Adam's bias corrections 1 / (1 - beta^t)
    double *p = nullptr;
    const double *g = nullptr;
    double *m = nullptr, *v = nullptr;  // momentum's velocity or Adam's moments
};

// The step for parameters [begin, end): each summed gradient first becomes what
// lossAndGradient() returns, divided by the batch size and, for weights, plus l2 times the
// weight (the same operations in the same order), then the optimizer's update. One pass over
// the parameters instead of two. Every parameter on its own: vectorised, the same bits.
RELULAB_KERNEL void update(const Step &s, size_t begin, size_t end, bool weights)
{
    double *p = s.p;
    const double *g = s.g;
    const double l2 = weights ? s.l2 : 0.0;
    const auto gradient = [&](size_t i) {
        const double gi = g[i] * s.scale;
        return l2 != 0.0 ? gi + l2 * p[i] : gi;
    };
    switch (s.optimizer) {
        case OptimizerKind::Sgd:
            for (size_t i = begin; i < end; ++i)
                p[i] -= s.lr * gradient(i);
            break;
        case OptimizerKind::Momentum: {
            // PyTorch's form v = mu v + g, p -= lr v: a learning-rate change applies at once.
            double *v = s.m;
            for (size_t i = begin; i < end; ++i) {
                v[i] = kMomentum * v[i] + gradient(i);
                p[i] -= s.lr * v[i];
            }
            break;
        }
        case OptimizerKind::Adam: {
            double *m = s.m;
            double *v = s.v;
            for (size_t i = begin; i < end; ++i) {
                const double gi = gradient(i);
                m[i] = kBeta1 * m[i] + (1.0 - kBeta1) * gi;
                v[i] = kBeta2 * v[i] + (1.0 - kBeta2) * gi * gi;
                p[i] -= s.lr * (m[i] * s.c1) / (std::sqrt(v[i] * s.c2) + kAdamEpsilon);
            }
            break;
        }
    }
}

// Compiled for any CPU and, like Backprop's passes, for AVX2.
void updatePortable(const Step &s, size_t begin, size_t end, bool weights)
{
    update(s, begin, end, weights);
}

#if RELULAB_AVX2_LOOPS
__attribute__((target("avx2")))
#endif
void updateAvx2(const Step &s, size_t begin, size_t end, bool weights)
{
    update(s, begin, end, weights);
}

const TrainingConfig &checked(const TrainingConfig &config)
{
    if (std::string problem = config.validate(); !problem.empty())
        throw std::invalid_argument(problem);
    return config;
}

void checkData(const Dataset &data, const NetworkConfig &network, const std::string &part)
{
    if (data.task != network.task)
        throw std::invalid_argument("the " + part + " set's task does not match the network");
    if (data.inputDim != network.inputs)
        throw std::invalid_argument("the " + part + " set has " + std::to_string(data.inputDim) +
                                    " inputs, the network " + std::to_string(network.inputs));
    if (data.inputs.size() != data.targets.size() * static_cast<size_t>(data.inputDim))
        throw std::invalid_argument("the " + part + " set's inputs and targets disagree in size");
    for (size_t i = 0; i < data.size(); ++i) {
        const auto x = data.input(i);
        if (!std::isfinite(data.targets[i]) ||
            !std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }))
            throw std::invalid_argument("the " + part + " set's example " + std::to_string(i + 1) +
                                        " has a value that is not a finite number");
    }
}

}  // namespace

Trainer::Trainer(const TrainingConfig &config, DataSplit data)
    : m_config(checked(config)),
      m_data(std::move(data)),
      m_net(m_config.network, m_config.seed),
      m_backprop(m_net),
      m_grad(m_net.parameters().size()),
      m_m(m_net.parameters().size()),
      m_v(m_net.parameters().size()),
      m_order(m_data.train.size()),
      m_shuffleState(m_config.seed ^ kShuffleStream)
{
    checkData(m_data.train, m_config.network, "training");
    checkData(m_data.test, m_config.network, "test");
    if (m_data.train.size() == 0) throw std::invalid_argument("the training set is empty");
    std::iota(m_order.begin(), m_order.end(), size_t{0});
    shuffle();
}

void Trainer::shuffle()
{
    // Fisher-Yates on the previous epoch's order: every epoch is a new permutation, and the
    // sequence depends on nothing but the seed.
    for (size_t i = m_order.size(); i > 1; --i) {
        const auto j = static_cast<size_t>(below(i, m_shuffleState));
        std::swap(m_order[i - 1], m_order[j]);
    }
}

void Trainer::resetOptimizer()
{
    const size_t n = m_net.parameters().size();
    m_grad.assign(n, 0.0);
    m_m.assign(n, 0.0);
    m_v.assign(n, 0.0);
    m_beta1Power = 1.0;
    m_beta2Power = 1.0;
}

double Trainer::step()
{
    const size_t n = m_order.size();
    if (m_cursor >= n) {
        shuffle();
        m_cursor = 0;
    }
    // The epoch's last batch may be short (PyTorch's DataLoader without drop_last).
    const size_t batchSize = std::min(static_cast<size_t>(m_config.batchSize), n);
    const size_t count = std::min(batchSize, n - m_cursor);
    const std::span<const size_t> batch(m_order.data() + m_cursor, count);
    m_cursor += count;

    const double loss = m_backprop.summedLossAndGradient(m_net, m_data.train, batch, m_grad);
    const double scale = 1.0 / static_cast<double>(count);

    Step step;
    step.optimizer = m_config.optimizer;
    step.lr = m_config.learningRate;
    step.scale = scale;
    step.l2 = m_config.l2;
    step.p = m_net.m_params.data();
    step.g = m_grad.data();
    step.m = m_m.data();
    step.v = m_v.data();
    if (m_config.optimizer == OptimizerKind::Adam) {
        m_beta1Power *= kBeta1;
        m_beta2Power *= kBeta2;
        step.c1 = 1.0 / (1.0 - m_beta1Power);
        step.c2 = 1.0 / (1.0 - m_beta2Power);
    }
    // The weights of each layer (with the L2 term), its biases, and at the end PReLU's slopes.
    const auto update = m_backprop.usesAvx2() ? updateAvx2 : updatePortable;
    size_t next = 0;
    for (size_t l = 0; l < m_net.m_rows.size(); ++l) {
        const size_t biases = m_net.m_biasOffset[l];
        update(step, m_net.m_weightOffset[l], biases, true);
        next = biases + static_cast<size_t>(m_net.m_rows[l]);
        update(step, biases, next, false);
    }
    update(step, next, m_grad.size(), false);

    ++m_steps;
    m_examples += static_cast<long>(count);
    return loss * scale;
}

bool Trainer::parametersFinite() const
{
    const auto p = m_net.parameters();
    return std::all_of(p.begin(), p.end(), [](double v) { return std::isfinite(v); });
}

Evaluation evaluateNetwork(const Mlp &net, const DataSplit &data)
{
    std::array<double, Mlp::kMaxHiddenUnits> act, z;
    std::array<int, Mlp::kMaxHiddenUnits> winner;
    const bool classification = net.config().task == TaskKind::Classification;

    auto lossOver = [&](const Dataset &data, size_t *correct) {
        if (data.size() == 0) return std::numeric_limits<double>::quiet_NaN();
        double sum = 0.0;
        for (size_t i = 0; i < data.size(); ++i) {
            const double y = net.forward(data.input(i).data(), act.data(), z.data(), winner.data());
            const double t = data.targets[i];
            if (classification) {
                sum += binaryCrossEntropyFromLogit(y, t);
                if (correct) {
                    const double probability = 1.0 / (1.0 + std::exp(-y));
                    if ((probability >= 0.5) == (t >= 0.5)) ++*correct;
                }
            } else {
                sum += (y - t) * (y - t);
            }
        }
        return sum / static_cast<double>(data.size());
    };

    Evaluation e;
    e.trainLoss = lossOver(data.train, nullptr);
    size_t correct = 0;
    e.testLoss = lossOver(data.test, &correct);
    // No accuracy for regression, nor for an empty test set.
    if (classification && data.test.size() > 0)
        e.accuracy = static_cast<double>(correct) / static_cast<double>(data.test.size());
    return e;
}

Evaluation Trainer::evaluate() const
{
    return evaluateNetwork(m_net, m_data);
}

bool TrainerState::isFinite() const
{
    const auto finite = [](const std::vector<double> &values) {
        return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
    };
    return finite(parameters) && finite(moment1) && finite(moment2) && std::isfinite(beta1Power) &&
           std::isfinite(beta2Power);
}

TrainerState Trainer::state() const
{
    TrainerState s;
    s.steps = m_steps;
    s.examples = m_examples;
    s.parameters.assign(m_net.m_params.begin(), m_net.m_params.end());
    s.moment1.assign(m_m.begin(), m_m.end());
    s.moment2.assign(m_v.begin(), m_v.end());
    s.beta1Power = m_beta1Power;
    s.beta2Power = m_beta2Power;
    s.order = m_order;
    s.cursor = m_cursor;
    s.shuffleState = m_shuffleState;
    return s;
}

std::string Trainer::restore(const TrainerState &s)
{
    const size_t n = m_net.parameters().size();
    const auto count = [](size_t expected, size_t got, const std::string &what) {
        return what + ": expected " + std::to_string(expected) + " numbers, got " +
               std::to_string(got);
    };
    if (s.parameters.size() != n) return count(n, s.parameters.size(), "parameters");
    if (s.moment1.size() != n) return count(n, s.moment1.size(), "moment1");
    if (s.moment2.size() != n) return count(n, s.moment2.size(), "moment2");
    if (!s.isFinite()) return "the weights and moments must be finite numbers";
    if (s.steps < 0 || s.examples < 0) return "step and examples must be >= 0";
    // Adam's powers are beta^t: in (0, 1], 1 before the first step.
    if (!(s.beta1Power > 0.0 && s.beta1Power <= 1.0) ||
        !(s.beta2Power > 0.0 && s.beta2Power <= 1.0))
        return "the Adam bias corrections must lie in (0, 1]";
    const size_t examples = m_data.train.size();
    if (s.order.size() != examples)
        return "order: expected " + std::to_string(examples) + " entries (the training set), got " +
               std::to_string(s.order.size());
    std::vector<bool> seen(examples, false);
    for (size_t i : s.order) {
        if (i >= examples || seen[i]) return "order: must hold every training example once";
        seen[i] = true;
    }
    if (s.cursor > examples) return "cursor: must be at most the training set's size";
    std::copy(s.parameters.begin(), s.parameters.end(), m_net.m_params.begin());
    m_m.assign(s.moment1.begin(), s.moment1.end());
    m_v.assign(s.moment2.begin(), s.moment2.end());
    m_grad.assign(n, 0.0);
    m_beta1Power = s.beta1Power;
    m_beta2Power = s.beta2Power;
    m_order = s.order;
    m_cursor = s.cursor;
    m_shuffleState = s.shuffleState;
    m_steps = s.steps;
    m_examples = s.examples;
    return {};
}

void Trainer::setLearningRate(double lr)
{
    if (!(lr > 0.0) || !std::isfinite(lr)) throw std::invalid_argument("learning rate must be > 0");
    m_config.learningRate = lr;
}

void Trainer::setActivation(HiddenActivation activation, double alpha)
{
    const bool wasMaxout = m_net.config().activation == HiddenActivation::Maxout;
    m_net.setActivation(activation, alpha);
    m_config.network = m_net.config();
    if (wasMaxout != (activation == HiddenActivation::Maxout)) {
        resetOptimizer();
        return;
    }
    // PReLU slopes come and go at the end of the parameters, so every weight's moments stay
    // aligned; new slopes start with zero moments.
    const size_t n = m_net.parameters().size();
    m_grad.resize(n, 0.0);
    m_m.resize(n, 0.0);
    m_v.resize(n, 0.0);
}

}  // namespace relulab::core
