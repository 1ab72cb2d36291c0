// Monte Carlo over initial networks for the born-dead panel.
#include "BornDeadSurvey.h"

#include <limits>

#include "DeadUnits.h"
#include "Mlp.h"

namespace relulab::core {

double collapsedFraction(int width, int hiddenLayers, int networks, const Dataset &data,
                         std::uint64_t firstSeed, const std::atomic<bool> *cancel)
{
    NetworkConfig config;
    config.inputs = data.inputDim;
    config.task = data.task;
    config.hidden.assign(static_cast<size_t>(hiddenLayers), width);
    config.activation = HiddenActivation::Relu;
    config.init = InitScheme::HeNormal;
    config.biasInit = 0.0;
    int collapsed = 0;
    for (int n = 0; n < networks; ++n) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::numeric_limits<double>::quiet_NaN();
        const Mlp net(config, firstSeed + static_cast<std::uint64_t>(n));
        if (isCollapsed(net, data)) ++collapsed;
    }
    return networks > 0 ? static_cast<double>(collapsed) / networks : 0.0;
}

}  // namespace relulab::core
