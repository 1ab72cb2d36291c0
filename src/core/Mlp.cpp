// The MLP's parameter layout, its seeded initialisation and the forward pass shared by
// prediction, training and the dead-unit analysis.
#include "Mlp.h"

#include "MaxoutGain.h"
#include "PortableRandom.h"
#include "VectorKernels.h"

#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

// Bit-identical parameters across platforms also need a * b + c rounded twice, never fused.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace relulab::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline double dot(const double *w, const double *a, int n)
{
    double s = 0.0;
    for (int i = 0; i < n; ++i)
        s += w[i] * a[i];
    return s;
}

// s[r] = dot(w + r * n, a, n) for the rows 0 .. rows-1 of a row-major matrix. One sum waits for
// each of its additions (their order is fixed: the same bits on every platform); four rows go
// through the loop together, so four independent sums keep the floating-point units busy while
// each row's additions keep their order and their bits. The forward pass is twice as fast.
inline void rowDots(const double *w, const double *a, int n, int rows, double *s)
{
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
        const double *w0 = w + r * n;
        const double *w1 = w0 + n;
        const double *w2 = w1 + n;
        const double *w3 = w2 + n;
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (int i = 0; i < n; ++i) {
            const double x = a[i];
            s0 += w0[i] * x;
            s1 += w1[i] * x;
            s2 += w2[i] * x;
            s3 += w3[i] * x;
        }
        s[r] = s0;
        s[r + 1] = s1;
        s[r + 2] = s2;
        s[r + 3] = s3;
    }
    for (; r < rows; ++r)
        s[r] = dot(w + r * n, a, n);
}

}  // namespace

Mlp::Mlp(const NetworkConfig &config, std::uint64_t seed) : m_config(config), m_seed(seed)
{
    if (std::string problem = config.validate(); !problem.empty())
        throw std::invalid_argument(problem);
    layout();
    initialise();
}

void Mlp::layout()
{
    const int layers = hiddenLayers();
    m_pieces = m_config.activation == HiddenActivation::Maxout ? m_config.pieces : 1;
    m_weightOffset.assign(static_cast<size_t>(layers + 1), 0);
    m_biasOffset.assign(static_cast<size_t>(layers + 1), 0);
    m_fanIn.assign(static_cast<size_t>(layers + 1), 0);
    m_rows.assign(static_cast<size_t>(layers + 1), 0);
    m_unitOffset.assign(static_cast<size_t>(layers), 0);
    m_slopeOffset.clear();

    size_t offset = 0;
    int fanIn = m_config.inputs;
    int unit = 0;
    for (int l = 0; l <= layers; ++l) {
        const auto i = static_cast<size_t>(l);
        const int rows = l < layers ? width(l) * m_pieces : 1;
        m_fanIn[i] = fanIn;
        m_rows[i] = rows;
        m_weightOffset[i] = offset;
        offset += static_cast<size_t>(rows) * static_cast<size_t>(fanIn);
        m_biasOffset[i] = offset;
        offset += static_cast<size_t>(rows);
        if (l < layers) {
            m_unitOffset[i] = unit;
            unit += width(l);
            fanIn = width(l);
        }
    }
    if (m_config.activation == HiddenActivation::Prelu) {
        for (int l = 0; l < layers; ++l) {
            m_slopeOffset.push_back(offset);
            offset += static_cast<size_t>(width(l));
        }
    }
    // Growing keeps existing values (the PReLU switch relies on it); new slopes start at 0.25.
    m_params.resize(offset, NetworkConfig::kPreluInit);
}

void Mlp::initialise()
{
    // The He gain corrects for the negative slope a of the activation feeding each layer (He et
    // al. 2015): a = alpha for Leaky, PReLU's initial 0.25, 0 for ReLU. Maxout of k pieces keeps
    // the variance with 1 / E[M_k^2] instead (MaxoutGain.h): 1 for k = 2, not He's 2. Sigmoid and
    // tanh get He's gain 2 too when He is chosen: the scheme is the user's choice (Xavier is the
    // one derived for them), never switched behind their back.
    double a = 0.0;
    if (m_config.activation == HiddenActivation::Leaky) a = m_config.alpha;
    if (m_config.activation == HiddenActivation::Prelu) a = NetworkConfig::kPreluInit;
    const double gain = m_config.activation == HiddenActivation::Maxout
                            ? maxoutInitGain(m_config.pieces)
                            : 2.0 / (1.0 + a * a);

    PortableRandom random(m_seed);
    const int layers = hiddenLayers();
    for (int l = 0; l <= layers; ++l) {
        const auto i = static_cast<size_t>(l);
        const double fanIn = m_fanIn[i];
        // Xavier's fan-out is the number of rows this layer's matrix produces (units * pieces).
        const double fanOut = m_rows[i];
        const size_t count = static_cast<size_t>(m_rows[i]) * static_cast<size_t>(m_fanIn[i]);
        double *w = m_params.data() + m_weightOffset[i];
        for (size_t k = 0; k < count; ++k) {
            switch (m_config.init) {
                case InitScheme::HeNormal:
                    w[k] = std::sqrt(gain / fanIn) * random.normalPolar();
                    break;
                case InitScheme::HeUniform:
                    // U(-b, b) has variance b^2 / 3, so b = sqrt(3 * gain / fanIn).
                    w[k] = std::sqrt(3.0 * gain / fanIn) * random.symmetric();
                    break;
                case InitScheme::Xavier:
                    // Glorot & Bengio 2010, the uniform variant.
                    w[k] = std::sqrt(6.0 / (fanIn + fanOut)) * random.symmetric();
                    break;
            }
        }
        const double b = l < layers ? m_config.biasInit : 0.0;
        for (int r = 0; r < m_rows[i]; ++r)
            m_params[m_biasOffset[i] + static_cast<size_t>(r)] = b;
    }
    for (size_t l = 0; l < m_slopeOffset.size(); ++l) {
        for (int u = 0; u < m_config.hidden[l]; ++u)
            m_params[m_slopeOffset[l] + static_cast<size_t>(u)] = NetworkConfig::kPreluInit;
    }
}

size_t Mlp::weightIndex(int layer, int unit, int from, int piece) const
{
    if (layer < 0 || layer > hiddenLayers()) throw std::out_of_range("no such layer");
    const auto l = static_cast<size_t>(layer);
    const int pieces = layer < hiddenLayers() ? m_pieces : 1;
    const int units = m_rows[l] / pieces;
    if (unit < 0 || unit >= units || from < 0 || from >= m_fanIn[l] || piece < 0 || piece >= pieces)
        throw std::out_of_range("no such weight");
    const auto row = static_cast<size_t>(unit * pieces + piece);
    return m_weightOffset[l] + row * static_cast<size_t>(m_fanIn[l]) + static_cast<size_t>(from);
}

size_t Mlp::biasIndex(int layer, int unit, int piece) const
{
    if (layer < 0 || layer > hiddenLayers()) throw std::out_of_range("no such layer");
    const auto l = static_cast<size_t>(layer);
    const int pieces = layer < hiddenLayers() ? m_pieces : 1;
    const int units = m_rows[l] / pieces;
    if (unit < 0 || unit >= units || piece < 0 || piece >= pieces)
        throw std::out_of_range("no such bias");
    return m_biasOffset[l] + static_cast<size_t>(unit * pieces + piece);
}

double Mlp::weight(int layer, int unit, int from, int piece) const
{
    return m_params[weightIndex(layer, unit, from, piece)];
}

double Mlp::bias(int layer, int unit, int piece) const
{
    return m_params[biasIndex(layer, unit, piece)];
}

double &Mlp::weight(int layer, int unit, int from, int piece)
{
    return m_params[weightIndex(layer, unit, from, piece)];
}

double &Mlp::bias(int layer, int unit, int piece)
{
    return m_params[biasIndex(layer, unit, piece)];
}

double Mlp::slope(int hiddenLayer, int unit) const
{
    if (hiddenLayer < 0 || hiddenLayer >= hiddenLayers() || unit < 0 || unit >= width(hiddenLayer))
        throw std::out_of_range("no such hidden unit");
    switch (m_config.activation) {
        case HiddenActivation::Relu:
            return 0.0;
        case HiddenActivation::Leaky:
            return m_config.alpha;
        case HiddenActivation::Prelu:
            return m_params[m_slopeOffset[static_cast<size_t>(hiddenLayer)] +
                            static_cast<size_t>(unit)];
        case HiddenActivation::Maxout:
        case HiddenActivation::Sigmoid:
        case HiddenActivation::Tanh:
            break;
    }
    return kNaN;
}

double &Mlp::preluSlope(int hiddenLayer, int unit)
{
    if (m_config.activation != HiddenActivation::Prelu)
        throw std::logic_error("only PReLU units have a learned slope");
    if (hiddenLayer < 0 || hiddenLayer >= hiddenLayers() || unit < 0 || unit >= width(hiddenLayer))
        throw std::out_of_range("no such hidden unit");
    return m_params[m_slopeOffset[static_cast<size_t>(hiddenLayer)] + static_cast<size_t>(unit)];
}

double Mlp::activationDerivative(int hiddenLayer, int unit, double z) const
{
    // The rectifiers: 1 right of the kink, their slope left of it, the convention's pick at it
    // (as Backprop's rectifierDerivative and preluDerivative compute it). A switch without a
    // default, so that a new activation cannot be added without saying what its slope is.
    double left = 0.0;
    switch (m_config.activation) {
        case HiddenActivation::Relu:
        case HiddenActivation::Leaky:
        case HiddenActivation::Prelu:
            left = slope(hiddenLayer, unit);
            break;
        case HiddenActivation::Maxout:
        case HiddenActivation::Sigmoid:
        case HiddenActivation::Tanh: {
            if (hiddenLayer < 0 || hiddenLayer >= hiddenLayers() || unit < 0 ||
                unit >= width(hiddenLayer))
                throw std::out_of_range("no such hidden unit");
            // As Backprop's saturatingDerivative computes it from the activation.
            if (m_config.activation == HiddenActivation::Sigmoid) {
                const double s = kernels::logistic(z);
                return s * (1.0 - s);
            }
            if (m_config.activation == HiddenActivation::Tanh) {
                const double t = std::tanh(z);
                return 1.0 - t * t;
            }
            return 1.0;
        }
    }
    if (z > 0.0) return 1.0;
    if (z < 0.0) return left;
    return pick({left, 1.0}, m_config.convention);
}

std::span<const double> Mlp::layerWeights(std::span<const double> all, int layer) const
{
    if (layer < 0 || layer > hiddenLayers()) throw std::out_of_range("no such layer");
    if (all.size() != m_params.size())
        throw std::invalid_argument("the array is not shaped like the parameters");
    const auto l = static_cast<size_t>(layer);
    return all.subspan(m_weightOffset[l], m_biasOffset[l] - m_weightOffset[l]);
}

kernels::LayerActivation Mlp::layerActivation(int layer) const
{
    const auto li = static_cast<size_t>(layer);
    kernels::LayerActivation a;
    a.kind = m_config.activation;
    a.units = m_config.hidden[li];
    a.pieces = m_pieces;
    a.alpha = m_config.alpha;
    a.bias = m_params.data() + m_biasOffset[li];
    if (m_config.activation == HiddenActivation::Prelu)
        a.slopes = m_params.data() + m_slopeOffset[li];
    return a;
}

double Mlp::forward(const double *x, double *act, double *z, int *winner) const
{
    const double *p = m_params.data();
    const double *in = x;
    const int layers = hiddenLayers();
    // Each layer's weighted sums first, then bias and activation.
    std::array<double, NetworkConfig::kMaxWidth * NetworkConfig::kMaxPieces> dots;
    for (int l = 0; l < layers; ++l) {
        const auto li = static_cast<size_t>(l);
        const int offset = m_unitOffset[li];
        rowDots(p + m_weightOffset[li], in, m_fanIn[li], m_rows[li], dots.data());
        kernels::activate<2>(layerActivation(l), dots.data(), z + offset, act + offset,
                             winner + offset);
        in = act + offset;
    }
    const auto out = static_cast<size_t>(layers);
    return p[m_biasOffset[out]] + dot(p + m_weightOffset[out], in, m_fanIn[out]);
}

double Mlp::predict(std::span<const double> x) const
{
    if (x.size() != static_cast<size_t>(m_config.inputs))
        throw std::invalid_argument("input has the wrong number of coordinates");
    std::array<double, kMaxHiddenUnits> act, z;
    std::array<int, kMaxHiddenUnits> winner;
    const double out = forward(x.data(), act.data(), z.data(), winner.data());
    if (m_config.task == TaskKind::Regression) return out;
    // The two branches keep exp() from overflowing for large |logit|.
    if (out >= 0.0) return 1.0 / (1.0 + std::exp(-out));
    const double e = std::exp(out);
    return e / (1.0 + e);
}

void Mlp::preActivations(std::span<const double> x, std::vector<double> &out) const
{
    if (x.size() != static_cast<size_t>(m_config.inputs))
        throw std::invalid_argument("input has the wrong number of coordinates");
    out.resize(static_cast<size_t>(hiddenUnits()));
    std::array<double, kMaxHiddenUnits> act;
    std::array<int, kMaxHiddenUnits> winner;
    forward(x.data(), act.data(), out.data(), winner.data());
}

void Mlp::hiddenValues(std::span<const double> x, std::vector<double> &z, std::vector<double> &act,
                       std::vector<int> &winner) const
{
    if (x.size() != static_cast<size_t>(m_config.inputs))
        throw std::invalid_argument("input has the wrong number of coordinates");
    const auto units = static_cast<size_t>(hiddenUnits());
    z.resize(units);
    act.resize(units);
    winner.assign(units, 0);  // forward() only writes maxout's
    forward(x.data(), act.data(), z.data(), winner.data());
}

void Mlp::setActivation(HiddenActivation activation, double alpha)
{
    NetworkConfig next = m_config;
    next.activation = activation;
    next.alpha = alpha;
    if (std::string problem = next.validate(); !problem.empty())
        throw std::invalid_argument(problem);

    const bool wasMaxout = m_config.activation == HiddenActivation::Maxout;
    const bool isMaxout = activation == HiddenActivation::Maxout;
    m_config = next;
    if (wasMaxout != isMaxout) {
        m_params.clear();
        layout();
        initialise();
        return;
    }
    // The slopes sit at the end, so layout() alone does the rest: PReLU -> PReLU keeps the
    // learned slopes, ReLU/Leaky -> PReLU appends fresh ones at 0.25, PReLU -> ReLU/Leaky
    // truncates them. Weights and biases keep their indices.
    layout();
}

}  // namespace relulab::core
