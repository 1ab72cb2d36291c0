// How large the gradient and the activations are, layer by layer, over a whole data set: the
// measurements behind vanishing gradients and He's factor 2.
#pragma once

#include <vector>

#include "Dataset.h"
#include "Mlp.h"

namespace relulab::core {

struct LayerSizes
{
    // Per weight layer (the hidden layers in order, then the output layer): the root mean square
    // of the gradient of the mean data loss over the data set (binary cross-entropy or squared
    // error, as training uses; no L2 term) with respect to that layer's weights (every piece's,
    // for maxout; biases and PReLU slopes left out), at the current parameters.
    std::vector<double> gradientRms;
    // Per hidden layer: the root mean square of the activations f(z) over every example and
    // every unit of the layer.
    std::vector<double> activationRms;
};

// One forward and backward pass over all of `data`, with the training's own backprop (the net's
// convention at kinks). Computed on demand, never inside a training step. Throws
// std::invalid_argument when data is empty or does not fit the network.
LayerSizes measureLayerSizes(const Mlp &net, const Dataset &data);

}  // namespace relulab::core
