#include "ProbePath.h"

#include <stdexcept>

#include "VectorKernels.h"

namespace relulab::core {

namespace {

// The values feeding column gap `gap`: the input, or the activations of hidden layer gap - 1.
std::vector<double> sourcesOf(const Mlp &net, const ProbePath &path, int gap)
{
    if (gap == 0) return path.input;
    int first = 0;
    for (int l = 0; l < gap - 1; ++l)
        first += net.width(l);
    std::vector<double> values(static_cast<size_t>(net.width(gap - 1)));
    for (size_t i = 0; i < values.size(); ++i)
        values[i] = path.units[static_cast<size_t>(first) + i].activation;
    return values;
}

bool rectifier(HiddenActivation a)
{
    return a == HiddenActivation::Relu || a == HiddenActivation::Leaky ||
           a == HiddenActivation::Prelu;
}

}  // namespace

ProbePath probeNetwork(const Mlp &net, std::span<const double> x)
{
    ProbePath path;
    path.input.assign(x.begin(), x.end());
    std::vector<double> z, act;
    std::vector<int> winner;
    net.hiddenValues(x, z, act, winner);  // checks x's size

    const NetworkConfig &config = net.config();
    const bool maxout = config.activation == HiddenActivation::Maxout;
    path.units.resize(z.size());
    size_t flat = 0;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        for (int u = 0; u < net.width(l); ++u, ++flat) {
            ProbeUnit &unit = path.units[flat];
            unit.z = z[flat];
            unit.activation = act[flat];
            unit.derivative = net.activationDerivative(l, u, unit.z);
            unit.winner = winner[flat];
            unit.on = !rectifier(config.activation) || unit.z > 0.0;
        }
    }
    if (maxout) {
        for (int l = 0, first = 0; l < net.hiddenLayers(); first += net.width(l), ++l) {
            for (int u = 0; u < net.width(l); ++u) {
                const UnitSum sum = unitSum(net, path, l, u);
                std::vector<double> &pieces = path.units[static_cast<size_t>(first + u)].pieces;
                for (size_t p = 0; p < sum.bias.size(); ++p) {
                    double s = sum.bias[p];
                    for (size_t i = 0; i < sum.inputs.size(); ++i)
                        s += sum.weights[p][i] * sum.inputs[i];
                    pieces.push_back(s);
                }
            }
        }
    }

    // The output from the last hidden layer, then every gap's links.
    const int outputLayer = net.hiddenLayers();
    const std::vector<double> last = sourcesOf(net, path, outputLayer);
    path.output = net.bias(outputLayer, 0);
    for (size_t i = 0; i < last.size(); ++i)
        path.output += net.weight(outputLayer, 0, static_cast<int>(i)) * last[i];
    if (config.task == TaskKind::Regression) {
        path.prediction = path.output;
    } else {
        path.prediction = kernels::logistic(path.output);
        path.predictedClass = path.prediction >= 0.5 ? 1 : 0;
    }

    int firstTarget = 0;
    for (int gap = 0; gap <= outputLayer; ++gap) {
        const std::vector<double> sources = sourcesOf(net, path, gap);
        const int targets = gap == outputLayer ? 1 : net.width(gap);
        std::vector<double> &c = path.contributions.emplace_back();
        std::vector<bool> &carries = path.carries.emplace_back();
        for (int t = 0; t < targets; ++t) {
            const ProbeUnit *target =
                gap == outputLayer ? nullptr : &path.units[static_cast<size_t>(firstTarget + t)];
            const int piece = target ? target->winner : 0;
            const bool passes = !target || target->derivative != 0.0;
            for (size_t s = 0; s < sources.size(); ++s) {
                c.push_back(net.weight(gap, t, static_cast<int>(s), piece) * sources[s]);
                carries.push_back(passes && sources[s] != 0.0);
            }
        }
        if (gap < outputLayer) firstTarget += net.width(gap);
    }
    return path;
}

UnitSum unitSum(const Mlp &net, const ProbePath &path, int layer, int unit)
{
    if (layer < 0 || layer >= net.hiddenLayers() || unit < 0 || unit >= net.width(layer))
        throw std::out_of_range("no such hidden unit");
    UnitSum sum;
    sum.inputs = sourcesOf(net, path, layer);
    const int pieces =
        net.config().activation == HiddenActivation::Maxout ? net.config().pieces : 1;
    for (int p = 0; p < pieces; ++p) {
        std::vector<double> &row = sum.weights.emplace_back();
        for (size_t i = 0; i < sum.inputs.size(); ++i)
            row.push_back(net.weight(layer, unit, static_cast<int>(i), p));
        sum.bias.push_back(net.bias(layer, unit, p));
    }
    return sum;
}

}  // namespace relulab::core
