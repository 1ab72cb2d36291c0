// Backpropagation through the MLP, one example at a time into a batch-mean gradient. The loops
// over a batch are written once (passes()) with the kernels of VectorKernels.h and compiled twice:
// with vectors of two doubles for any CPU, and of four for AVX2.
#include "Backprop.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "VectorKernels.h"

// Same config, data and seed give the same bits: a * b + c is never fused into one rounding.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace relulab::core {

namespace {

// The output unit's sum, added as Mlp::forward adds it.
inline double dot(const double *w, const double *a, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += w[i] * a[i];
    return s;
}

}  // namespace

double binaryCrossEntropyFromLogit(double logit, double label)
{
    // -y log p - (1 - y) log(1 - p) with p = sigmoid(s) is softplus(s) - y s, and
    // softplus(s) = max(s, 0) + log1p(exp(-|s|)) neither overflows nor takes log(0).
    return std::max(logit, 0.0) + std::log1p(std::exp(-std::abs(logit))) - label * logit;
}

namespace {

// Room for the transposed hidden weights and the biases of any activation of this net: the most
// maxout pieces.
size_t columnCapacity(const Mlp &net)
{
    size_t size = 0;
    int fanIn = net.config().inputs;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        size += static_cast<size_t>(fanIn + 1) * static_cast<size_t>(net.width(l)) *
                static_cast<size_t>(NetworkConfig::kMaxPieces);
        fanIn = net.width(l);
    }
    return size;
}

bool cpuHasAvx2()
{
#if RELULAB_AVX2_LOOPS
    __builtin_cpu_init();  // in case this runs before the constructors that would call it
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

}  // namespace

Backprop::Backprop(const Mlp &net)
    : m_act(static_cast<size_t>(net.hiddenUnits())),
      m_z(static_cast<size_t>(net.hiddenUnits())),
      m_delta(static_cast<size_t>(net.hiddenUnits())),
      m_winner(static_cast<size_t>(net.hiddenUnits())),
      m_columns(columnCapacity(net)),
      m_avx2(cpuHasAvx2())
{
}

void Backprop::setUseAvx2(bool use)
{
    m_avx2 = use && cpuHasAvx2();
}

template <int Lanes>
RELULAB_KERNEL double Backprop::passes(const Mlp &net, const Dataset &data,
                                       std::span<const size_t> batch, double l2,
                                       std::span<double> grad)
{
    using namespace kernels;
    const NetworkConfig &cfg = net.m_config;
    const double *p = net.m_params.data();
    double *act = m_act.data();
    double *z = m_z.data();
    double *delta = m_delta.data();
    int *winner = m_winner.data();
    const int layers = net.hiddenLayers();
    const auto out = static_cast<size_t>(layers);
    const bool classification = cfg.task == TaskKind::Classification;
    const int inputDim = data.inputDim;
    // The derivative at exactly z = 0 under the convention; PReLU's depends on each unit's slope.
    const double reluAtZero = pick({0.0, 1.0}, cfg.convention);
    const double leakyAtZero = pick({cfg.alpha, 1.0}, cfg.convention);

    // Each layer's activation, with the biases from m_columns (piece-major).
    std::array<LayerActivation, NetworkConfig::kMaxLayers> activation;
    const double *columns = m_columns.data();
    for (int l = 0; l < layers; ++l) {
        const auto li = static_cast<size_t>(l);
        const int rows = net.m_rows[li];
        const int fanIn = net.m_fanIn[li];
        activation[li] = net.layerActivation(l);
        activation[li].bias = columns + rows * fanIn;
        activation[li].pieceMajor = true;
        columns += rows * (fanIn + 1);
    }
    // The sums of one layer's rows.
    std::array<double, NetworkConfig::kMaxWidth * NetworkConfig::kMaxPieces> dots;

    double *g = grad.data();
    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0.0;
    for (size_t example : batch) {
        const double *x = data.inputs.data() + example * static_cast<size_t>(inputDim);
        const double target = data.targets[example];

        // Forward: Mlp::forward's sums, taken column by column from the transposed weights
        // (each row's sum still adds its inputs in order, from 0.0), then its activation.
        const double *in = x;
        columns = m_columns.data();
        for (int l = 0; l < layers; ++l) {
            const auto li = static_cast<size_t>(l);
            const int rows = net.m_rows[li];
            const int fanIn = net.m_fanIn[li];
            const int offset = net.m_unitOffset[li];
            const auto inputs = [=](auto visit) RELULAB_LAMBDA {
                for (int i = 0; i < fanIn; ++i)
                    visit(in[i], columns + i * rows);
            };
            sumRows<Lanes>(inputs, rows, dots.data());
            activate<Lanes>(activation[li], dots.data(), z + offset, act + offset, winner + offset);
            in = act + offset;
            columns += rows * (fanIn + 1);
        }
        const double y =
            p[net.m_biasOffset[out]] + dot(p + net.m_weightOffset[out], in, net.m_fanIn[out]);

        // dLoss/dOutput for the output unit's pre-activation.
        double dy;
        if (classification) {
            // One exp serves both the loss and the sigmoid: e = exp(-|y|) never overflows.
            const double e = std::exp(-std::abs(y));
            loss += std::max(y, 0.0) + std::log1p(e) - target * y;
            dy = (y >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e)) - target;
        } else {
            const double e = y - target;
            loss += e * e;
            dy = 2.0 * e;
        }

        // Output layer: its gradient, and dLoss/dActivation of the last hidden layer.
        {
            const int fanIn = net.m_fanIn[out];
            const double *w = p + net.m_weightOffset[out];
            double *d = delta + net.m_unitOffset[out - 1];
            addScaled<Lanes>(g + net.m_weightOffset[out], dy, in, fanIn);
            for (int i = 0; i < fanIn; ++i)
                d[i] = dy * w[i];
            g[net.m_biasOffset[out]] += dy;
        }

        for (int l = layers - 1; l >= 0; --l) {
            const auto li = static_cast<size_t>(l);
            const int units = cfg.hidden[li];
            const int fanIn = net.m_fanIn[li];
            const int offset = net.m_unitOffset[li];
            double *d = delta + offset;
            const double *zl = z + offset;

            // dLoss/dActivation -> dLoss/dPreactivation (of the winning piece, for maxout), and
            // the units that pass a gradient back: the loops below skip the others (a ReLU off
            // for this example adds nothing) without a mispredicted jump at each unit.
            UnitMask live = 0;
            switch (cfg.activation) {
                case HiddenActivation::Relu:
                    live = rectifierDerivative<Lanes>(units, zl, d, 0.0, reluAtZero);
                    break;
                case HiddenActivation::Leaky:
                    live = rectifierDerivative<Lanes>(units, zl, d, cfg.alpha, leakyAtZero);
                    break;
                case HiddenActivation::Prelu:
                    live = preluDerivative<Lanes>(units, zl, d, p + net.m_slopeOffset[li],
                                                  cfg.convention, g + net.m_slopeOffset[li]);
                    break;
                case HiddenActivation::Maxout:
                    live = maxoutDerivative<Lanes>(units, d);
                    break;
            }
            // Unit u's weight row: that of its winning piece for maxout.
            const int *win = winner + offset;
            const int pieces = net.m_pieces;
            const bool maxout = cfg.activation == HiddenActivation::Maxout;
            const auto rowOf = [=](int u) { return maxout ? u * pieces + win[u] : u; };

            const double *in = l > 0 ? act + net.m_unitOffset[li - 1] : x;
            double *gw = g + net.m_weightOffset[li];
            double *gb = g + net.m_biasOffset[li];
            forEachUnit(live, units, [=](int u) RELULAB_LAMBDA {
                const int row = rowOf(u);
                addScaled<Lanes>(gw + row * fanIn, d[u], in, fanIn);
                gb[row] += d[u];
            });
            if (l > 0) {
                // dLoss/dActivation of the layer below: dIn[i] = sum over the live units u of
                // d[u] w[u][i], added in the order of u; all inputs i at once.
                const double *w = p + net.m_weightOffset[li];
                const auto liveRows = [=](auto visit) RELULAB_LAMBDA {
                    forEachUnit(live, units,
                                [&](int u) RELULAB_LAMBDA { visit(d[u], w + rowOf(u) * fanIn); });
                };
                sumRows<Lanes>(liveRows, fanIn, delta + net.m_unitOffset[li - 1]);
            }
        }
    }

    const double scale = 1.0 / static_cast<double>(batch.size());
    for (double &v : grad)
        v *= scale;
    if (l2 != 0.0) {
        for (int l = 0; l <= layers; ++l) {
            const auto li = static_cast<size_t>(l);
            const size_t begin = net.m_weightOffset[li];
            const size_t end = net.m_biasOffset[li];  // biases follow the weights
            for (size_t k = begin; k < end; ++k)
                g[k] += l2 * p[k];
        }
    }
    return loss * scale;
}

double Backprop::lossAndGradient(const Mlp &net, const Dataset &data, std::span<const size_t> batch,
                                 double l2, std::span<double> grad)
{
    if (grad.size() != net.m_params.size())
        throw std::invalid_argument("gradient size does not match the parameters");
    size_t hiddenParameters = 0;  // the weights and biases m_columns holds
    for (size_t l = 0; l + 1 < net.m_rows.size(); ++l)
        hiddenParameters +=
            static_cast<size_t>(net.m_rows[l]) * static_cast<size_t>(net.m_fanIn[l] + 1);
    if (m_act.size() != static_cast<size_t>(net.hiddenUnits()) ||
        m_columns.size() < hiddenParameters)
        throw std::logic_error("backprop buffers were sized for another network");
    if (batch.empty()) throw std::invalid_argument("empty batch");

    const double *p = net.m_params.data();
    const int layers = net.hiddenLayers();

    // Each hidden layer's weights transposed, so that the forward pass finds the weights from
    // one input into all the rows side by side (a column of the matrix, contiguous) and adds
    // that input times the column into all the rows' sums at once; then the biases. Maxout's
    // rows go piece-major (see LayerActivation). Copied for each batch: the weights change
    // between steps, and the copy costs little next to the batch's passes.
    double *columns = m_columns.data();
    for (int l = 0; l < layers; ++l) {
        const auto li = static_cast<size_t>(l);
        const int rows = net.m_rows[li];
        const int fanIn = net.m_fanIn[li];
        const int units = net.m_config.hidden[li];
        const int pieces = rows / units;
        const double *w = p + net.m_weightOffset[li];
        const double *b = p + net.m_biasOffset[li];
        // Row u * pieces + k goes to k * units + u.
        for (int k = 0; k < pieces; ++k) {
            kernels::transpose<2>(w + k * fanIn, pieces * fanIn, units, fanIn, columns + k * units,
                                  rows);
            for (int u = 0; u < units; ++u)
                columns[fanIn * rows + k * units + u] = b[u * pieces + k];
        }
        columns += rows * (fanIn + 1);
    }

    return m_avx2 ? passesAvx2(net, data, batch, l2, grad) : passes<2>(net, data, batch, l2, grad);
}

#if RELULAB_AVX2_LOOPS
__attribute__((target("avx2")))
#endif
double
Backprop::passesAvx2(const Mlp &net, const Dataset &data, std::span<const size_t> batch, double l2,
                     std::span<double> grad)
{
    constexpr int lanes = RELULAB_AVX2_LOOPS ? 4 : 2;
    return passes<lanes>(net, data, batch, l2, grad);
}

}  // namespace relulab::core
