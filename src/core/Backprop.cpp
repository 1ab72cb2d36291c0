// Backpropagation through the MLP into a batch-mean gradient, two examples side by side (an odd
// one out alone), with the bits of one example after the other. The passes are written once with
// the kernels of VectorKernels.h and compiled twice: with vectors of two doubles for any CPU, and
// of four for AVX2.
#include "Backprop.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "PairKernels.h"
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
    // The second example of a pair keeps its activations, pre-activations, deltas and winners
    // this many entries after the first's (see forwardPair()).
    int pairOffset = 0;
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

// dLoss/dActivation -> dLoss/dPreactivation of layer h for one example's working memory (z, d,
// act at their offset); returns the units that pass a gradient back (see backward()).
template <int Lanes>
RELULAB_KERNEL UnitMask derivative(const Pass &pass, const HiddenLayer &h, int off)
{
    double *d = h.delta + off;
    switch (pass.kind) {
        case HiddenActivation::Relu:
            return rectifierDerivative<Lanes>(h.units, h.z + off, d, 0.0, pass.reluAtZero);
        case HiddenActivation::Leaky:
            return rectifierDerivative<Lanes>(h.units, h.z + off, d, pass.alpha, pass.leakyAtZero);
        case HiddenActivation::Prelu:
            return preluDerivative<Lanes>(h.units, h.z + off, d, h.slopes, pass.convention, h.gs);
        case HiddenActivation::Maxout:
            return maxoutDerivative<Lanes>(h.units, d);
        case HiddenActivation::Sigmoid:
        case HiddenActivation::Tanh:
            return saturatingDerivative<Lanes>(pass.kind, h.units, h.act + off, d);
    }
    return 0;
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
        const UnitMask live = derivative<Lanes>(pass, h, 0);
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

// Forward passes of two examples side by side: forward() of each, to the bit. Their sums are
// independent chains of additions, so the two keep the floating-point units busy where one
// example's chain would have them wait on each addition; and each weight is loaded once for
// both. Example B's working memory sits pass.pairOffset entries after A's.
template <int Lanes>
RELULAB_KERNEL void forwardPair(const Pass &pass, const double *xA, const double *xB, double *y)
{
    std::array<double, NetworkConfig::kMaxWidth * NetworkConfig::kMaxPieces> dotsA, dotsB;
    const int off = pass.pairOffset;
    const double *inA = xA;
    const double *inB = xB;
    for (int l = 0; l < pass.layers; ++l) {
        const HiddenLayer &h = pass.hidden[static_cast<size_t>(l)];
        const auto inputs = [&](auto visit) RELULAB_LAMBDA {
            for (int i = 0; i < h.fanIn; ++i)
                visit(inA[i], inB[i], h.columns + i * h.rows);
        };
        sumRowsPair<Lanes>(inputs, h.rows, dotsA.data(), dotsB.data());
        activate<Lanes>(h.activation, dotsA.data(), h.z, h.act, h.winner);
        activate<Lanes>(h.activation, dotsB.data(), h.z + off, h.act + off, h.winner + off);
        inA = h.act;
        inB = h.act + off;
    }
    double sA = 0.0, sB = 0.0;
    for (int i = 0; i < pass.outFanIn; ++i) {
        sA += pass.outW[i] * inA[i];
        sB += pass.outW[i] * inB[i];
    }
    y[0] = pass.outB + sA;
    y[1] = pass.outB + sB;
}

// One hidden layer of a pair's backward passes, its deltas dLoss/dPreactivation known: the units
// each example's pass sends a gradient back through, the inputs, where dLoss/dActivation of the
// layer below goes (nullptr for the first layer) and the offset of B's working memory.
struct PairLayer
{
    const HiddenLayer &h;
    UnitMask liveA, liveB;
    const double *dA, *dB;
    const double *inA, *inB;
    double *below;
    int off;
};

// The weight and bias gradients of a maxout layer from a pair, and the layer below's
// dLoss/dActivation: each example's loops over its live units and their winning rows. A unit's
// rows are its own, so the two examples' rows, the same or not, meet nowhere else.
template <int Lanes>
RELULAB_KERNEL void maxoutPairTerms(const PairLayer &p, int pieces)
{
    const HiddenLayer &h = p.h;
    const auto rowA = [&](int u) { return u * pieces + h.winner[u]; };
    const auto rowB = [&](int u) { return u * pieces + h.winner[p.off + u]; };
    forEachUnit(p.liveA, h.units, [&](int u) RELULAB_LAMBDA {
        addScaled<Lanes>(h.gw + rowA(u) * h.fanIn, p.dA[u], p.inA, h.fanIn);
        h.gb[rowA(u)] += p.dA[u];
    });
    forEachUnit(p.liveB, h.units, [&](int u) RELULAB_LAMBDA {
        addScaled<Lanes>(h.gw + rowB(u) * h.fanIn, p.dB[u], p.inB, h.fanIn);
        h.gb[rowB(u)] += p.dB[u];
    });
    if (!p.below) return;
    const auto liveRowsA = [&](auto visit) RELULAB_LAMBDA {
        forEachUnit(p.liveA, h.units,
                    [&](int u) RELULAB_LAMBDA { visit(p.dA[u], h.w + rowA(u) * h.fanIn); });
    };
    const auto liveRowsB = [&](auto visit) RELULAB_LAMBDA {
        forEachUnit(p.liveB, h.units,
                    [&](int u) RELULAB_LAMBDA { visit(p.dB[u], h.w + rowB(u) * h.fanIn); });
    };
    sumRows<Lanes>(liveRowsA, h.fanIn, p.below);
    sumRows<Lanes>(liveRowsB, h.fanIn, p.below + p.off);
}

// The same for the other activations: one weight row per unit.
template <int Lanes>
RELULAB_KERNEL void rowPairTerms(const PairLayer &p)
{
    const HiddenLayer &h = p.h;
    const UnitMask all = ~UnitMask{0} >> (64 - h.units);
    if (p.liveA == all && p.liveB == all) {
        // Every unit of both passes a gradient back (nearly always, but for ReLU): both terms
        // of a row at once.
        for (int u = 0; u < h.units; ++u)
            addScaledPair<Lanes>(h.gw + u * h.fanIn, p.dA[u], p.inA, p.dB[u], p.inB, h.fanIn);
        for (int u = 0; u < h.units; ++u) {
            h.gb[u] += p.dA[u];
            h.gb[u] += p.dB[u];
        }
        const auto rows = [&](auto visit) RELULAB_LAMBDA {
            for (int u = 0; u < h.units; ++u)
                visit(p.dA[u], p.dB[u], h.w + u * h.fanIn);
        };
        if (p.below) sumRowsPair<Lanes>(rows, h.fanIn, p.below, p.below + p.off);
        return;
    }
    // Some units off (ReLU): one loop over the units live for either example, each term picked
    // where its example's delta is not 0. That adds what each example's own loop over its live
    // units adds, with one loop's jumps to mispredict instead of four.
    const UnitMask either = p.liveA | p.liveB;
    forEachUnit(either, h.units, [&](int u) RELULAB_LAMBDA {
        addScaledPairLive<Lanes>(h.gw + u * h.fanIn, p.dA[u], p.inA, p.dB[u], p.inB, h.fanIn);
    });
    addLivePair<Lanes>(h.gb, p.dA, p.dB, h.units);
    const auto eitherRows = [&](auto visit) RELULAB_LAMBDA {
        forEachUnit(either, h.units,
                    [&](int u) RELULAB_LAMBDA { visit(p.dA[u], p.dB[u], h.w + u * h.fanIn); });
    };
    if (p.below) sumRowsPair<Lanes, true>(eitherRows, h.fanIn, p.below, p.below + p.off);
}

// Backward passes of two examples after forwardPair(): backward() of A, then of B, to the bit.
// Every gradient entry and every sum of the layers below gets A's term, then B's, as when B's
// pass followed A's; everything else of the two passes is independent and runs side by side.
template <int Lanes>
RELULAB_KERNEL void backwardPair(const Pass &pass, const double *xA, const double *xB, double dyA,
                                 double dyB)
{
    const int off = pass.pairOffset;
    const HiddenLayer &last = pass.hidden[static_cast<size_t>(pass.layers - 1)];
    addScaledPair<Lanes>(pass.outGw, dyA, last.act, dyB, last.act + off, pass.outFanIn);
    for (int i = 0; i < pass.outFanIn; ++i) {
        last.delta[i] = dyA * pass.outW[i];
        last.delta[off + i] = dyB * pass.outW[i];
    }
    *pass.outGb += dyA;
    *pass.outGb += dyB;

    for (int l = pass.layers - 1; l >= 0; --l) {
        const HiddenLayer &h = pass.hidden[static_cast<size_t>(l)];
        const HiddenLayer *lower = l > 0 ? &pass.hidden[static_cast<size_t>(l - 1)] : nullptr;
        // PReLU's slope gradients: A's terms, then B's.
        const UnitMask liveA = derivative<Lanes>(pass, h, 0);
        const UnitMask liveB = derivative<Lanes>(pass, h, off);
        const PairLayer p{.h = h,
                          .liveA = liveA,
                          .liveB = liveB,
                          .dA = h.delta,
                          .dB = h.delta + off,
                          .inA = lower ? lower->act : xA,
                          .inB = lower ? lower->act + off : xB,
                          .below = lower ? lower->delta : nullptr,
                          .off = off};
        if (pass.kind == HiddenActivation::Maxout)
            maxoutPairTerms<Lanes>(p, pass.pieces);
        else
            rowPairTerms<Lanes>(p);
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

[[gnu::noinline]] void forwardPairPortable(const Pass &pass, const double *xA, const double *xB,
                                           double *y)
{
    forwardPair<2>(pass, xA, xB, y);
}

[[gnu::noinline]] void backwardPairPortable(const Pass &pass, const double *xA, const double *xB,
                                            double dyA, double dyB)
{
    backwardPair<2>(pass, xA, xB, dyA, dyB);
}

#if RELULAB_AVX2_LOOPS
[[gnu::noinline]] __attribute__((target("avx2"))) void forwardPairAvx2(const Pass &pass,
                                                                       const double *xA,
                                                                       const double *xB, double *y)
{
    forwardPair<4>(pass, xA, xB, y);
}

[[gnu::noinline]] __attribute__((target("avx2"))) void backwardPairAvx2(const Pass &pass,
                                                                        const double *xA,
                                                                        const double *xB,
                                                                        double dyA, double dyB)
{
    backwardPair<4>(pass, xA, xB, dyA, dyB);
}

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
void forwardPairAvx2(const Pass &pass, const double *xA, const double *xB, double *y)
{
    forwardPair<2>(pass, xA, xB, y);
}

void backwardPairAvx2(const Pass &pass, const double *xA, const double *xB, double dyA, double dyB)
{
    backwardPair<2>(pass, xA, xB, dyA, dyB);
}

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

// The batch's summed loss, and its gradient added into the pass's arrays: two examples at a
// time in the batch's order, an odd one out at the end alone.
double runBatch(const Pass &pass, const Dataset &data, std::span<const size_t> batch,
                bool classification, bool avx2)
{
    const auto forwardPass = avx2 ? forwardAvx2 : forwardPortable;
    const auto backwardPass = avx2 ? backwardAvx2 : backwardPortable;
    const auto forwardPairPass = avx2 ? forwardPairAvx2 : forwardPairPortable;
    const auto backwardPairPass = avx2 ? backwardPairAvx2 : backwardPairPortable;
    // The example's loss added to `loss`, and dLoss/dOutput for the output unit's
    // pre-activation y.
    double loss = 0.0;
    const auto lossAndSlope = [classification, &loss](double y, double target) {
        if (classification) {
            // One exp serves both the loss and the sigmoid: e = exp(-|y|) never overflows.
            const double e = std::exp(-std::abs(y));
            loss += std::max(y, 0.0) + std::log1p(e) - target * y;
            // 1 / (1 + e) for y >= 0, e / (1 + e) below: the numerator picked, no jump.
            return (y >= 0.0 ? 1.0 : e) / (1.0 + e) - target;
        }
        const double e = y - target;
        loss += e * e;
        return 2.0 * e;
    };
    const double *inputs = data.inputs.data();
    const auto dim = static_cast<size_t>(data.inputDim);
    size_t k = 0;
    for (; k + 2 <= batch.size(); k += 2) {
        const size_t a = batch[k], b = batch[k + 1];
        const double *xA = inputs + a * dim;
        const double *xB = inputs + b * dim;
        double y[2];
        forwardPairPass(pass, xA, xB, y);
        const double dyA = lossAndSlope(y[0], data.targets[a]);
        const double dyB = lossAndSlope(y[1], data.targets[b]);
        backwardPairPass(pass, xA, xB, dyA, dyB);
    }
    if (k < batch.size()) {
        const double *x = inputs + batch[k] * dim;
        const double dy = lossAndSlope(forwardPass(pass, x), data.targets[batch[k]]);
        backwardPass(pass, x, dy);
    }
    return loss;
}

}  // namespace

double binaryCrossEntropyFromLogit(double logit, double label)
{
    // -y log p - (1 - y) log(1 - p) with p = sigmoid(s) is softplus(s) - y s, and
    // softplus(s) = max(s, 0) + log1p(exp(-|s|)) neither overflows nor takes log(0).
    return std::max(logit, 0.0) + std::log1p(std::exp(-std::abs(logit))) - label * logit;
}

Backprop::Backprop(const Mlp &net)
    : m_act(2 * static_cast<size_t>(net.hiddenUnits())),
      m_z(2 * static_cast<size_t>(net.hiddenUnits())),
      m_delta(2 * static_cast<size_t>(net.hiddenUnits())),
      m_winner(2 * static_cast<size_t>(net.hiddenUnits())),
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
    if (m_act.size() != 2 * static_cast<size_t>(net.hiddenUnits()) ||
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
    pass.pairOffset = net.hiddenUnits();
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

    std::fill(grad.begin(), grad.end(), 0.0);
    return runBatch(pass, data, batch, cfg.task == TaskKind::Classification, m_avx2);
}

}  // namespace relulab::core
