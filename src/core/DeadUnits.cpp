// The dead-unit analysis: each hidden unit's pre-activations over a data set, classified.
#include "DeadUnits.h"

#include <cmath>

#include <stdexcept>

namespace relulab::core {

DeadUnitReport analyseDeadUnits(const Mlp &net, const Dataset &data)
{
    const NetworkConfig &cfg = net.config();
    if (data.inputDim != cfg.inputs)
        throw std::invalid_argument("the data's input dimension does not match the network");

    const int layers = net.hiddenLayers();
    const auto units = static_cast<size_t>(net.hiddenUnits());
    // Per unit: examples with z > 0, and with z >= 0 (where z = 0 still passes gradient under
    // the Right and Mean conventions).
    std::vector<size_t> positive(units, 0), nonNegative(units, 0);
    std::vector<double> z;
    for (size_t i = 0; i < data.size(); ++i) {
        net.preActivations(data.input(i), z);
        for (size_t u = 0; u < units; ++u) {
            // A NaN z (a diverged net) is not "off": its gradient is NaN, not zero, so a
            // diverged run is reported as diverged, not as all-dead.
            const bool nan = std::isnan(z[u]);
            positive[u] += z[u] > 0.0 || nan ? 1 : 0;
            nonNegative[u] += z[u] >= 0.0 || nan ? 1 : 0;
        }
    }

    // Only a unit whose slope left of 0 is exactly 0 can die: ReLU, Leaky with alpha = 0, and a
    // PReLU unit whose learned slope has reached 0. Maxout never dies: the winning piece always
    // passes gradient.
    const bool zeroPassesGradient = pick({0.0, 1.0}, cfg.convention) != 0.0;
    auto flatOnTheLeft = [&](int layer, int unit) {
        switch (cfg.activation) {
            case HiddenActivation::Relu:
                return true;
            case HiddenActivation::Leaky:
                return cfg.alpha == 0.0;
            case HiddenActivation::Prelu:
                return net.slope(layer, unit) == 0.0;
            case HiddenActivation::Maxout:
            case HiddenActivation::Sigmoid:
            case HiddenActivation::Tanh:
                break;
        }
        return false;
    };

    DeadUnitReport report;
    report.hiddenUnits = static_cast<int>(units);
    const double examples = static_cast<double>(data.size());
    size_t u = 0;
    for (int l = 0; l < layers; ++l) {
        auto &states = report.states.emplace_back();
        auto &fractions = report.activeFraction.emplace_back();
        int dead = 0;
        for (int k = 0; k < net.width(l); ++k, ++u) {
            fractions.push_back(data.size() > 0 ? static_cast<double>(positive[u]) / examples
                                                : 0.0);
            // With no examples there is no evidence either way: the unit counts as active.
            // Sigmoid and tanh have no off side: z <= 0 does not make them inactive.
            const bool inactive =
                !isSaturating(cfg.activation) && data.size() > 0 && positive[u] == 0;
            const bool noGradient = zeroPassesGradient ? nonNegative[u] == 0 : inactive;
            UnitState state = UnitState::Active;
            if (inactive) state = UnitState::Inactive;
            if (inactive && noGradient && flatOnTheLeft(l, k)) state = UnitState::Dead;
            states.push_back(state);
            if (state == UnitState::Dead) ++dead;
            if (state != UnitState::Active) ++report.inactiveUnits;
        }
        report.deadPerLayer.push_back(dead);
        report.deadUnits += dead;
        if (dead == net.width(l)) report.collapsed = true;
    }
    report.deadFraction =
        units > 0 ? static_cast<double>(report.deadUnits) / static_cast<double>(units) : 0.0;
    return report;
}

}  // namespace relulab::core
