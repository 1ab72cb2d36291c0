// Command-line keys of the network's choices and the validation of a training run's settings.
#include "NetworkConfig.h"

#include "CoreMessages.h"

#include <cmath>
#include <numeric>

namespace relulab::core {

std::string activationKey(HiddenActivation a)
{
    switch (a) {
        case HiddenActivation::Relu:
            return "relu";
        case HiddenActivation::Leaky:
            return "leaky";
        case HiddenActivation::Prelu:
            return "prelu";
        case HiddenActivation::Maxout:
            return "maxout";
        case HiddenActivation::Sigmoid:
            return "sigmoid";
        case HiddenActivation::Tanh:
            return "tanh";
    }
    return "relu";
}

std::optional<HiddenActivation> parseActivation(std::string_view key)
{
    if (key == "relu") return HiddenActivation::Relu;
    if (key == "leaky") return HiddenActivation::Leaky;
    if (key == "prelu") return HiddenActivation::Prelu;
    if (key == "maxout") return HiddenActivation::Maxout;
    if (key == "sigmoid") return HiddenActivation::Sigmoid;
    if (key == "tanh") return HiddenActivation::Tanh;
    return std::nullopt;
}

std::string initKey(InitScheme s)
{
    switch (s) {
        case InitScheme::HeNormal:
            return "he";
        case InitScheme::HeUniform:
            return "he-uniform";
        case InitScheme::Xavier:
            return "xavier";
    }
    return "he";
}

std::optional<InitScheme> parseInit(std::string_view key)
{
    if (key == "he") return InitScheme::HeNormal;
    if (key == "he-uniform") return InitScheme::HeUniform;
    if (key == "xavier") return InitScheme::Xavier;
    return std::nullopt;
}

std::string optimizerKey(OptimizerKind o)
{
    switch (o) {
        case OptimizerKind::Sgd:
            return "sgd";
        case OptimizerKind::Momentum:
            return "momentum";
        case OptimizerKind::Adam:
            return "adam";
    }
    return "sgd";
}

std::optional<OptimizerKind> parseOptimizer(std::string_view key)
{
    if (key == "sgd") return OptimizerKind::Sgd;
    if (key == "momentum") return OptimizerKind::Momentum;
    if (key == "adam") return OptimizerKind::Adam;
    return std::nullopt;
}

std::string NetworkConfig::validate() const
{
    if (inputs != 1 && inputs != 2) return message::kInputs;
    if (task == TaskKind::Classification && inputs != 2) return message::kClassificationInputs;
    if (task == TaskKind::Regression && inputs != 1) return message::kRegressionInputs;
    bool shapeOk = !hidden.empty() && static_cast<int>(hidden.size()) <= kMaxLayers;
    for (int w : hidden)
        shapeOk = shapeOk && w >= 1 && w <= kMaxWidth;
    if (!shapeOk) return message::kHiddenShape;
    // Checked whatever the activation so that a later switch to Leaky or Maxout cannot fail.
    // Written as a negated range test so that NaN fails too.
    if (!(alpha >= 0.0 && alpha < 1.0)) return message::kAlpha;
    if (pieces < kMinPieces || pieces > kMaxPieces) return message::kPieces;
    if (!std::isfinite(biasInit)) return message::kBiasInit;
    return {};
}

int NetworkConfig::hiddenUnits() const
{
    return std::accumulate(hidden.begin(), hidden.end(), 0);
}

std::string TrainingConfig::validate() const
{
    if (std::string problem = network.validate(); !problem.empty()) return problem;
    if (!(learningRate > 0.0) || !std::isfinite(learningRate)) return message::kLearningRate;
    if (batchSize < 1) return message::kBatchSize;
    if (!(l2 >= 0.0) || !std::isfinite(l2)) return message::kL2;
    return {};
}

}  // namespace relulab::core
