// Backpropagation through the MLP, one example at a time into a batch-mean gradient.
#include "Backprop.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

// Same config, data and seed give the same bits: a * b + c is never fused into one rounding.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace relulab::core {

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
      m_winner(static_cast<size_t>(net.hiddenUnits()))
{
}

double Backprop::lossAndGradient(const Mlp &net, const Dataset &data, std::span<const size_t> batch,
                                 double l2, std::span<double> grad)
{
    if (grad.size() != net.m_params.size())
        throw std::invalid_argument("gradient size does not match the parameters");
    if (m_act.size() != static_cast<size_t>(net.hiddenUnits()))
        throw std::logic_error("backprop buffers were sized for another network");
    if (batch.empty()) throw std::invalid_argument("empty batch");

    const NetworkConfig &cfg = net.m_config;
    const double *p = net.m_params.data();
    double *g = grad.data();
    double *act = m_act.data();
    double *z = m_z.data();
    double *delta = m_delta.data();
    int *winner = m_winner.data();
    const int layers = net.hiddenLayers();
    const auto out = static_cast<size_t>(layers);
    const int pieces = net.m_pieces;
    const bool classification = cfg.task == TaskKind::Classification;
    const int inputDim = data.inputDim;
    // The derivative at exactly z = 0 under the convention; PReLU's depends on each unit's slope.
    const double reluAtZero = pick({0.0, 1.0}, cfg.convention);
    const double leakyAtZero = pick({cfg.alpha, 1.0}, cfg.convention);

    std::fill(grad.begin(), grad.end(), 0.0);
    double loss = 0.0;
    for (size_t example : batch) {
        const double *x = data.inputs.data() + example * static_cast<size_t>(inputDim);
        const double target = data.targets[example];
        const double y = net.forward(x, act, z, winner);

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
            const double *in = act + net.m_unitOffset[out - 1];
            const double *w = p + net.m_weightOffset[out];
            double *gw = g + net.m_weightOffset[out];
            double *d = delta + net.m_unitOffset[out - 1];
            for (int i = 0; i < fanIn; ++i) {
                gw[i] += dy * in[i];
                d[i] = dy * w[i];
            }
            g[net.m_biasOffset[out]] += dy;
        }

        for (int l = layers - 1; l >= 0; --l) {
            const auto li = static_cast<size_t>(l);
            const int units = cfg.hidden[li];
            const int fanIn = net.m_fanIn[li];
            const int offset = net.m_unitOffset[li];
            double *d = delta + offset;
            const double *zl = z + offset;

            // dLoss/dActivation -> dLoss/dPreactivation (of the winning piece, for maxout).
            switch (cfg.activation) {
                case HiddenActivation::Relu:
                    for (int u = 0; u < units; ++u)
                        d[u] *= zl[u] > 0.0 ? 1.0 : (zl[u] < 0.0 ? 0.0 : reluAtZero);
                    break;
                case HiddenActivation::Leaky: {
                    const double alpha = cfg.alpha;
                    for (int u = 0; u < units; ++u)
                        d[u] *= zl[u] > 0.0 ? 1.0 : (zl[u] < 0.0 ? alpha : leakyAtZero);
                    break;
                }
                case HiddenActivation::Prelu: {
                    const double *slopes = p + net.m_slopeOffset[li];
                    double *gs = g + net.m_slopeOffset[li];
                    for (int u = 0; u < units; ++u) {
                        // f = a z for z < 0, so df/da = min(z, 0) (0 at the kink either way).
                        if (zl[u] < 0.0) gs[u] += d[u] * zl[u];
                        const double a = slopes[u];
                        d[u] *=
                            zl[u] > 0.0 ? 1.0 : (zl[u] < 0.0 ? a : pick({a, 1.0}, cfg.convention));
                    }
                    break;
                }
                case HiddenActivation::Maxout:
                    break;  // the unit passes its gradient unchanged to the winning piece
            }

            const double *in = l > 0 ? act + net.m_unitOffset[li - 1] : x;
            const double *w = p + net.m_weightOffset[li];
            double *gw = g + net.m_weightOffset[li];
            double *gb = g + net.m_biasOffset[li];
            const int *win = winner + offset;
            const bool maxout = cfg.activation == HiddenActivation::Maxout;
            for (int u = 0; u < units; ++u) {
                const double du = d[u];
                // A unit that passes no gradient (a ReLU off for this example) adds nothing.
                if (du == 0.0) continue;
                const int row = maxout ? u * pieces + win[u] : u;
                double *gwRow = gw + row * fanIn;
                for (int i = 0; i < fanIn; ++i)
                    gwRow[i] += du * in[i];
                gb[row] += du;
            }
            if (l > 0) {
                // dLoss/dActivation of the layer below: dIn[i] = sum over u of d[u] w[u][i], added
                // in the order of u. Four inputs at a time in local sums: the additions no
                // longer wait for a store and a reload of dIn[i] at every unit.
                double *dIn = delta + net.m_unitOffset[li - 1];
                int i = 0;
                for (; i + 4 <= fanIn; i += 4) {
                    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                    for (int u = 0; u < units; ++u) {
                        const double du = d[u];
                        if (du == 0.0) continue;
                        const double *wRow = w + (maxout ? u * pieces + win[u] : u) * fanIn + i;
                        s0 += du * wRow[0];
                        s1 += du * wRow[1];
                        s2 += du * wRow[2];
                        s3 += du * wRow[3];
                    }
                    dIn[i] = s0;
                    dIn[i + 1] = s1;
                    dIn[i + 2] = s2;
                    dIn[i + 3] = s3;
                }
                for (; i < fanIn; ++i) {
                    double sum = 0.0;
                    for (int u = 0; u < units; ++u) {
                        if (d[u] == 0.0) continue;
                        sum += d[u] * w[(maxout ? u * pieces + win[u] : u) * fanIn + i];
                    }
                    dIn[i] = sum;
                }
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

}  // namespace relulab::core
