// Backpropagation through the MLP, one example at a time into a batch-mean gradient. An
// example's forward and backward pass are written once with the kernels of VectorKernels.h and
// compiled twice: with vectors of two doubles for any CPU, and of four for AVX2.
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

using namespace kernels;

// One hidden layer as the passes see it: its shape, and where its numbers are.
struct HiddenLayer
{
    int units = 0;
    int rows = 0;  // weight rows: units * pieces
    int fanIn = 0;
    const double *w = nullptr;        // the weights, row by row
    const double *columns = nullptr;  // the weights column by column (see lossAndGradient)
    const double *slopes = nullptr;   // PReLU's
    double *gw = nullptr, *gb = nullptr, *gs = nullptr;  // their gradients (and the biases')
    // This layer's part of the working memory: activations, pre-activations, dLoss/dActivation
    // (then dLoss/dPreactivation), winning pieces.
    double *act = nullptr, *z = nullptr, *delta = nullptr;
    int *winner = nullptr;
    LayerActivation activation;
};

// Everything an example's passes use besides the example itself.
struct Pass
{
    HiddenActivation kind = HiddenActivation::Relu;
    KinkConvention convention = KinkConvention::Left;
    double alpha = 0.0;
    // The derivative at exactly z = 0 under the convention (PReLU's depends on each slope).
    double reluAtZero = 0.0, leakyAtZero = 0.0;
    int pieces = 1;
    int layers = 0;
    std::array<HiddenLayer, NetworkConfig::kMaxLayers> hidden;
    // The output unit.
    int outFanIn = 0;
    const double *outW = nullptr;
    double outB = 0.0;
    double *outGw = nullptr, *outGb = nullptr;
};

// The output unit's sum, added as Mlp::forward adds it.
inline double dot(const double *w, const double *a, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += w[i] * a[i];
    return s;
}

// Forward pass of input x: Mlp::forward's sums, taken column by column from the transposed
// weights (each row's sum still adds its inputs in order, from 0.0), then its activation.
// Returns the output unit's pre-activation.
template <int Lanes>
RELULAB_KERNEL double forward(const Pass &pass, const double *x)
{
    std::array<double, NetworkConfig::kMaxWidth * NetworkConfig::kMaxPieces> dots;
    const double *in = x;
    for (int l = 0; l < pass.layers; ++l) {
        const HiddenLayer &h = pass.hidden[static_cast<size_t>(l)];
        const auto inputs = [&](auto visit) RELULAB_LAMBDA {
            for (int i = 0; i < h.fanIn; ++i)
                visit(in[i], h.columns + i * h.rows);
        };
        sumRows<Lanes>(inputs, h.rows, dots.data());
        activate<Lanes>(h.activation, dots.data(), h.z, h.act, h.winner);
        in = h.act;
    }
    return pass.outB + dot(pass.outW, in, pass.outFanIn);
}

// Backward pass of input x (after its forward pass) from dy = dLoss/dOutput: adds its gradient
// into the pass's gradient arrays.
template <int Lanes>
RELULAB_KERNEL void backward(const Pass &pass, const double *x, double dy)
{
    // Output layer: its gradient, and dLoss/dActivation of the last hidden layer.
    const HiddenLayer &last = pass.hidden[static_cast<size_t>(pass.layers - 1)];
    addScaled<Lanes>(pass.outGw, dy, last.act, pass.outFanIn);
    for (int i = 0; i < pass.outFanIn; ++i)
        last.delta[i] = dy * pass.outW[i];
    *pass.outGb += dy;

    for (int l = pass.layers - 1; l >= 0; --l) {
        const HiddenLayer &h = pass.hidden[static_cast<size_t>(l)];
        double *d = h.delta;

        // dLoss/dActivation -> dLoss/dPreactivation (of the winning piece, for maxout), and the
        // units that pass a gradient back: the loops below skip the others (a ReLU off for this
        // example adds nothing) without a mispredicted jump at each unit.
        UnitMask live = 0;
        switch (pass.kind) {
            case HiddenActivation::Relu:
                live = rectifierDerivative<Lanes>(h.units, h.z, d, 0.0, pass.reluAtZero);
                break;
            case HiddenActivation::Leaky:
                live = rectifierDerivative<Lanes>(h.units, h.z, d, pass.alpha, pass.leakyAtZero);
                break;
            case HiddenActivation::Prelu:
                live = preluDerivative<Lanes>(h.units, h.z, d, h.slopes, pass.convention, h.gs);
                break;
            case HiddenActivation::Maxout:
                live = maxoutDerivative<Lanes>(h.units, d);
                break;
            case HiddenActivation::Sigmoid:
            case HiddenActivation::Tanh:
                live = saturatingDerivative<Lanes>(pass.kind, h.units, h.act, d);
                break;
        }
        // Unit u's weight row: that of its winning piece for maxout.
        const bool maxout = pass.kind == HiddenActivation::Maxout;
        const auto rowOf = [&](int u) { return maxout ? u * pass.pieces + h.winner[u] : u; };

        const double *in = l > 0 ? pass.hidden[static_cast<size_t>(l - 1)].act : x;
        forEachUnit(live, h.units, [&](int u) RELULAB_LAMBDA {
            const int row = rowOf(u);
            addScaled<Lanes>(h.gw + row * h.fanIn, d[u], in, h.fanIn);
            h.gb[row] += d[u];
        });
        if (l > 0) {
            // dLoss/dActivation of the layer below: dIn[i] = sum over the live units u of
            // d[u] w[u][i], added in the order of u; all inputs i at once.
            const auto liveRows = [&](auto visit) RELULAB_LAMBDA {
                forEachUnit(live, h.units,
                            [&](int u) RELULAB_LAMBDA { visit(d[u], h.w + rowOf(u) * h.fanIn); });
            };
            sumRows<Lanes>(liveRows, h.fanIn, pass.hidden[static_cast<size_t>(l - 1)].delta);
        }
    }
}

// A hidden layer's weights transposed into columns (column i: the weights from input i into
// every row), then its biases b: row u * pieces + k goes to position k * units + u.
template <int Lanes>
RELULAB_KERNEL void copyColumns(const HiddenLayer &h, int pieces, const double *b, double *columns)
{
    double *bias = columns + h.rows * h.fanIn;
    for (int k = 0; k < pieces; ++k) {
        transpose<Lanes>(h.w + k * h.fanIn, pieces * h.fanIn, h.units, h.fanIn,
                         columns + k * h.units, h.rows);
        for (int u = 0; u < h.units; ++u)
            bias[k * h.units + u] = b[u * pieces + k];
    }
}

// The two copies of each pass. Separate functions, not inlined into the loop over the batch:
// each gets its registers to itself. (With everything in one function, GCC once kept a forward
// sum on the stack instead, and a step took a quarter longer.)
[[gnu::noinline]] double forwardPortable(const Pass &pass, const double *x)
{
    return forward<2>(pass, x);
}

[[gnu::noinline]] void backwardPortable(const Pass &pass, const double *x, double dy)
{
    backward<2>(pass, x, dy);
}

#if RELULAB_AVX2_LOOPS
[[gnu::noinline]] __attribute__((target("avx2"))) double forwardAvx2(const Pass &pass,
                                                                     const double *x)
{
    return forward<4>(pass, x);
}

[[gnu::noinline]] __attribute__((target("avx2"))) void backwardAvx2(const Pass &pass,
                                                                    const double *x, double dy)
{
    backward<4>(pass, x, dy);
}
#else
double forwardAvx2(const Pass &pass, const double *x)
{
    return forward<2>(pass, x);
}

void backwardAvx2(const Pass &pass, const double *x, double dy)
{
    backward<2>(pass, x, dy);
}
#endif

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

double binaryCrossEntropyFromLogit(double logit, double label)
{
    // -y log p - (1 - y) log(1 - p) with p = sigmoid(s) is softplus(s) - y s, and
    // softplus(s) = max(s, 0) + log1p(exp(-|s|)) neither overflows nor takes log(0).
    return std::max(logit, 0.0) + std::log1p(std::exp(-std::abs(logit))) - label * logit;
}

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

double Backprop::lossAndGradient(const Mlp &net, const Dataset &data, std::span<const size_t> batch,
                                 double l2, std::span<double> grad)
{
    const double loss = summedLossAndGradient(net, data, batch, grad);
    const double scale = 1.0 / static_cast<double>(batch.size());
    for (double &v : grad)
        v *= scale;
    if (l2 != 0.0) {
        const double *p = net.m_params.data();
        for (int l = 0; l <= net.hiddenLayers(); ++l) {
            const auto li = static_cast<size_t>(l);
            const size_t begin = net.m_weightOffset[li];
            const size_t end = net.m_biasOffset[li];  // biases follow the weights
            for (size_t k = begin; k < end; ++k)
                grad[k] += l2 * p[k];
        }
    }
    return loss * scale;
}

double Backprop::summedLossAndGradient(const Mlp &net, const Dataset &data,
                                       std::span<const size_t> batch, std::span<double> grad)
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

    const NetworkConfig &cfg = net.m_config;
    const double *p = net.m_params.data();
    double *g = grad.data();
    const int layers = net.hiddenLayers();
    const auto out = static_cast<size_t>(layers);

    Pass pass;
    pass.kind = cfg.activation;
    pass.convention = cfg.convention;
    pass.alpha = cfg.alpha;
    pass.reluAtZero = pick({0.0, 1.0}, cfg.convention);
    pass.leakyAtZero = pick({cfg.alpha, 1.0}, cfg.convention);
    pass.pieces = net.m_pieces;
    pass.layers = layers;
    pass.outFanIn = net.m_fanIn[out];
    pass.outW = p + net.m_weightOffset[out];
    pass.outB = p[net.m_biasOffset[out]];
    pass.outGw = g + net.m_weightOffset[out];
    pass.outGb = g + net.m_biasOffset[out];

    // Each hidden layer's weights transposed, so that the forward pass finds the weights from
    // one input into all the rows side by side (a column of the matrix, contiguous) and adds
    // that input times the column into all the rows' sums at once; then the biases. Maxout's
    // rows go piece-major (see LayerActivation). Copied for each batch: the weights change
    // between steps, and the copy costs little next to the batch's passes.
    double *columns = m_columns.data();
    for (int l = 0; l < layers; ++l) {
        const auto li = static_cast<size_t>(l);
        HiddenLayer &h = pass.hidden[li];
        h.units = cfg.hidden[li];
        h.rows = net.m_rows[li];
        h.fanIn = net.m_fanIn[li];
        h.w = p + net.m_weightOffset[li];
        h.columns = columns;
        h.gw = g + net.m_weightOffset[li];
        h.gb = g + net.m_biasOffset[li];
        if (cfg.activation == HiddenActivation::Prelu) {
            h.slopes = p + net.m_slopeOffset[li];
            h.gs = g + net.m_slopeOffset[li];
        }
        const int offset = net.m_unitOffset[li];
        h.act = m_act.data() + offset;
        h.z = m_z.data() + offset;
        h.delta = m_delta.data() + offset;
        h.winner = m_winner.data() + offset;

        copyColumns<2>(h, net.m_pieces, p + net.m_biasOffset[li], columns);
        h.activation = net.layerActivation(l);
        h.activation.bias = columns + h.rows * h.fanIn;
        h.activation.pieceMajor = true;
        columns += h.rows * (h.fanIn + 1);
    }

    const auto forwardPass = m_avx2 ? forwardAvx2 : forwardPortable;
    const auto backwardPass = m_avx2 ? backwardAvx2 : backwardPortable;
    const bool classification = cfg.task == TaskKind::Classification;
    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0.0;
    for (size_t example : batch) {
        const double *x = data.inputs.data() + example * static_cast<size_t>(data.inputDim);
        const double target = data.targets[example];
        const double y = forwardPass(pass, x);

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
        backwardPass(pass, x, dy);
    }
    return loss;
}

}  // namespace relulab::core
