// The per-layer gradient and activation sizes: the full-batch gradient from Backprop, the
// activations from the forward pass.
#include "LayerSizes.h"

#include <cmath>
#include <numeric>
#include <stdexcept>

#include "Backprop.h"

namespace relulab::core {

namespace {

double rms(double sumOfSquares, size_t count)
{
    return count > 0 ? std::sqrt(sumOfSquares / static_cast<double>(count)) : 0.0;
}

}  // namespace

LayerSizes measureLayerSizes(const Mlp &net, const Dataset &data)
{
    if (data.size() == 0) throw std::invalid_argument("layer sizes need at least one example");
    if (data.inputDim != net.config().inputs || data.task != net.config().task)
        throw std::invalid_argument("the data does not fit the network");

    LayerSizes sizes;
    std::vector<size_t> all(data.size());
    std::iota(all.begin(), all.end(), size_t{0});
    Backprop backprop(net);
    std::vector<double> grad(net.parameters().size());
    backprop.lossAndGradient(net, data, all, 0.0, grad);
    for (int l = 0; l <= net.hiddenLayers(); ++l) {
        const auto g = net.layerWeights(grad, l);
        double sum = 0.0;
        for (double v : g)
            sum += v * v;
        sizes.gradientRms.push_back(rms(sum, g.size()));
    }

    std::vector<double> sums(static_cast<size_t>(net.hiddenLayers()), 0.0);
    std::vector<double> z, act;
    std::vector<int> winner;
    for (size_t i = 0; i < data.size(); ++i) {
        net.hiddenValues(data.input(i), z, act, winner);
        size_t u = 0;
        for (int l = 0; l < net.hiddenLayers(); ++l)
            for (int k = 0; k < net.width(l); ++k, ++u)
                sums[static_cast<size_t>(l)] += act[u] * act[u];
    }
    for (int l = 0; l < net.hiddenLayers(); ++l)
        sizes.activationRms.push_back(
            rms(sums[static_cast<size_t>(l)], data.size() * static_cast<size_t>(net.width(l))));
    return sizes;
}

}  // namespace relulab::core
