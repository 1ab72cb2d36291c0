// What a training run is: the network's shape, activation, initialisation and the optimizer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "Dataset.h"
#include "KinkConvention.h"

namespace relulab::core {

// Sigmoid and Tanh are here to be compared with the rectifiers: smooth, saturating on both
// sides, never flat, so never dead (and their small derivatives make gradients vanish in depth).
enum class HiddenActivation { Relu, Leaky, Prelu, Maxout, Sigmoid, Tanh };
enum class InitScheme { HeNormal, HeUniform, Xavier };
enum class OptimizerKind { Sgd, Momentum, Adam };

// Keys as on the command line: relu|leaky|prelu|maxout|sigmoid|tanh, he|he-uniform|xavier,
// sgd|momentum|adam.
std::string activationKey(HiddenActivation a);
std::optional<HiddenActivation> parseActivation(std::string_view key);
std::string initKey(InitScheme s);
std::optional<InitScheme> parseInit(std::string_view key);
std::string optimizerKey(OptimizerKind o);
std::optional<OptimizerKind> parseOptimizer(std::string_view key);

struct NetworkConfig
{
    static constexpr int kMaxLayers = 12;
    static constexpr int kMaxWidth = 32;
    static constexpr int kMinPieces = 2;
    static constexpr int kMaxPieces = 5;
    static constexpr double kPreluInit = 0.25;  // He et al. 2015

    int inputs = 2;                    // 2 for classification, 1 for regression
    std::vector<int> hidden = {8, 8};  // 1..12 hidden layers of 1..32 units
    HiddenActivation activation = HiddenActivation::Relu;
    double alpha = 0.01;  // Leaky ReLU slope, in [0, 1)
    int pieces = 2;       // maxout pieces per unit, 2..5
    InitScheme init = InitScheme::HeNormal;
    double biasInit = 0.0;  // every hidden bias starts here (negative kills ReLUs)
    TaskKind task = TaskKind::Classification;
    KinkConvention convention = KinkConvention::Left;  // ReLU'(0), Leaky'(0), PReLU'(0) in backprop

    // "" when valid, else the first problem in words.
    std::string validate() const;
    int hiddenUnits() const;

    friend bool operator==(const NetworkConfig &, const NetworkConfig &) = default;
};

// Sigmoid or tanh: smooth everywhere, with no flat side (no unit is ever off, inactive or dead).
inline bool isSaturating(HiddenActivation a)
{
    return a == HiddenActivation::Sigmoid || a == HiddenActivation::Tanh;
}

struct TrainingConfig
{
    NetworkConfig network;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 0.01;  // > 0
    int batchSize = 10;          // >= 1 (clamped to the training set's size)
    double l2 = 0.0;             // >= 0, on weights only (not biases, not PReLU slopes)
    std::uint64_t seed = 1;      // initial weights and batch order

    std::string validate() const;

    friend bool operator==(const TrainingConfig &, const TrainingConfig &) = default;
};

}  // namespace relulab::core
