// A network's layers as affine maps of its input on one activation region: its parameters read
// out once, and each layer's rows and activations composed from the layer below.
#pragma once

#include <cstdint>
#include <vector>

#include "LinearRegions.h"
#include "Mlp.h"

namespace relulab::core::affine {

// One layer's parameters copied out of the Mlp once, so the inner loops index plain arrays.
struct Layer
{
    int units = 0;
    int pieces = 1;
    int fanIn = 0;
    int firstUnit = 0;  // flat index of the layer's first unit
    // Column by column: the weights from input j to every row (unit * pieces + piece) are
    // weights[j * rows() ..], so that one input's map is added to all rows in one sweep.
    std::vector<double> weights;
    std::vector<double> biases;    // one per row
    std::vector<double> offSlope;  // rectifiers: the factor on z for z <= 0 (0, alpha, PReLU's a)

    int rows() const { return units * pieces; }
};

struct Network
{
    HiddenActivation activation = HiddenActivation::Relu;
    int inputs = 2;
    int hiddenUnits = 0;
    std::vector<Layer> hidden;
    Layer output;
};

// The hidden layers, then the output layer, read out of the Mlp.
Network readNetwork(const Mlp &net);

// A layer's inputs as affine maps of the network's input, with the indices of those that are not
// the zero map (a ReLU that is off passes nothing: about half the work of a layer skipped).
struct InputMaps
{
    const Affine2 *maps = nullptr;
    const int *nonZero = nullptr;
    int count = 0;
};

// Every row's value as an affine map of the input, from the maps of the layer's inputs. The three
// coefficients are summed in arrays of their own, which the compiler vectorises.
void rowMaps(const Layer &layer, InputMaps in, Affine2 *out);

// Each unit's activation as an affine map on a region with this layer pattern; the units whose
// map is not zero go to nonZero. Returns how many there are.
int activationMaps(const Network &net, const Layer &layer, const Affine2 *rows,
                   const std::uint8_t *pattern, Affine2 *act, int *nonZero);

// The maps of the network's inputs themselves: x (and y).
std::vector<Affine2> inputMaps(int inputs);

}  // namespace relulab::core::affine
