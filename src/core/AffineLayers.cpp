// Reading an Mlp's layers out once, and composing their affine maps on a region.
#include "AffineLayers.h"

#include <array>

namespace relulab::core::affine {

namespace {

Layer readLayer(const Mlp &net, int layer, int fanIn, int pieces, int units)
{
    Layer l;
    l.units = units;
    l.pieces = pieces;
    l.fanIn = fanIn;
    const int rows = l.rows();
    l.weights.resize(static_cast<size_t>(rows) * static_cast<size_t>(fanIn));
    for (int u = 0; u < units; ++u) {
        for (int p = 0; p < pieces; ++p) {
            const int row = u * pieces + p;
            for (int from = 0; from < fanIn; ++from)
                l.weights[static_cast<size_t>(from * rows + row)] = net.weight(layer, u, from, p);
            l.biases.push_back(net.bias(layer, u, p));
        }
    }
    return l;
}

}  // namespace

Network readNetwork(const Mlp &net)
{
    Network n;
    n.activation = net.config().activation;
    n.inputs = net.config().inputs;
    n.hiddenUnits = net.hiddenUnits();
    const int pieces = n.activation == HiddenActivation::Maxout ? net.config().pieces : 1;
    int fanIn = n.inputs;
    int first = 0;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        Layer layer = readLayer(net, l, fanIn, pieces, net.width(l));
        layer.firstUnit = first;
        if (n.activation != HiddenActivation::Maxout) {
            for (int u = 0; u < layer.units; ++u)
                layer.offSlope.push_back(net.slope(l, u));
        }
        first += layer.units;
        fanIn = layer.units;
        n.hidden.push_back(std::move(layer));
    }
    n.output = readLayer(net, net.hiddenLayers(), fanIn, 1, 1);
    return n;
}

// Every row's value as an affine map of the input, from the maps of the layer's inputs. The three
// coefficients are summed in arrays of their own, which the compiler vectorises.
void rowMaps(const Layer &layer, InputMaps in, Affine2 *out)
{
    constexpr int kMaxRows = NetworkConfig::kMaxWidth * NetworkConfig::kMaxPieces;
    std::array<double, kMaxRows> a{}, b{}, c{};
    const int rows = layer.rows();
    for (int k = 0; k < in.count; ++k) {
        const int j = in.nonZero[k];
        const Affine2 m = in.maps[j];
        const double *w = layer.weights.data() + static_cast<size_t>(j) * static_cast<size_t>(rows);
        for (int r = 0; r < rows; ++r) {
            a[static_cast<size_t>(r)] += w[r] * m.a;
            b[static_cast<size_t>(r)] += w[r] * m.b;
            c[static_cast<size_t>(r)] += w[r] * m.c;
        }
    }
    for (int r = 0; r < rows; ++r) {
        const auto i = static_cast<size_t>(r);
        out[r] = {a[i], b[i], c[i] + layer.biases[i]};
    }
}

// Each unit's activation as an affine map on a region with this layer pattern; the units whose
// map is not zero go to nonZero. Returns how many there are.
int activationMaps(const Network &net, const Layer &layer, const Affine2 *rows,
                   const std::uint8_t *pattern, Affine2 *act, int *nonZero)
{
    int count = 0;
    for (int u = 0; u < layer.units; ++u) {
        if (net.activation == HiddenActivation::Maxout) {
            act[u] = rows[u * layer.pieces + pattern[u]];
            nonZero[count++] = u;
            continue;
        }
        const double f = pattern[u] == kUnitOn ? 1.0 : layer.offSlope[static_cast<size_t>(u)];
        act[u] = {f * rows[u].a, f * rows[u].b, f * rows[u].c};
        if (f != 0.0) nonZero[count++] = u;
    }
    return count;
}

std::vector<Affine2> inputMaps(int inputs)
{
    std::vector<Affine2> maps{{1.0, 0.0, 0.0}};
    if (inputs > 1) maps.push_back({0.0, 1.0, 0.0});
    return maps;
}

}  // namespace relulab::core::affine
