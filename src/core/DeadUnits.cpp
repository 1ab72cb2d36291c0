// The dead-unit analysis: each hidden unit's pre-activations over a data set, which units the
// output's gradient reaches on each example, and whether some layer is constant on the data.
#include "DeadUnits.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <stdexcept>

namespace relulab::core {

namespace {

// One hidden layer as the analysis walks it.
struct LayerView
{
    size_t first = 0;  // its first unit among all hidden units
    int units = 0;
    int fanIn = 0;
    int pieces = 1;                   // weight rows per unit
    std::span<const double> weights;  // row u * pieces + k, fanIn numbers each
};

// Follows, example by example, which hidden layers' activations f(z) have been the same on every
// example so far (== on doubles: a NaN never is, so a diverged layer is not constant), and
// whether the examples' inputs differ.
class CollapseCheck
{
public:
    explicit CollapseCheck(const Mlp &net) : m_constant(static_cast<size_t>(net.hiddenLayers()), 1)
    {
        size_t first = 0;
        for (int l = 0; l < net.hiddenLayers(); ++l) {
            m_first.push_back(first);
            first += static_cast<size_t>(net.width(l));
        }
        m_first.push_back(first);
    }

    void observe(std::span<const double> x, const std::vector<double> &act)
    {
        if (!m_seen) {
            m_seen = true;
            m_firstX.assign(x.begin(), x.end());
            m_firstAct = act;
            return;
        }
        m_inputsDiffer = m_inputsDiffer || !std::equal(x.begin(), x.end(), m_firstX.begin());
        for (size_t l = 0; l < m_constant.size(); ++l) {
            for (size_t u = m_first[l]; m_constant[l] && u < m_first[l + 1]; ++u)
                if (!(act[u] == m_firstAct[u])) m_constant[l] = 0;
        }
    }

    bool collapsed() const
    {
        return m_inputsDiffer &&
               std::any_of(m_constant.begin(), m_constant.end(), [](char c) { return c != 0; });
    }

private:
    std::vector<char> m_constant;
    std::vector<size_t> m_first;  // each layer's first unit, and the end
    std::vector<double> m_firstX, m_firstAct;
    bool m_seen = false;
    bool m_inputsDiffer = false;
};

// Whether any number is not 0 (NaN is not 0: its gradient is NaN, not zero).
bool anyNonZero(std::span<const double> values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return v != 0.0; });
}

}  // namespace

DeadUnitReport analyseDeadUnits(const Mlp &net, const Dataset &data)
{
    const NetworkConfig &cfg = net.config();
    if (data.inputDim != cfg.inputs)
        throw std::invalid_argument("the data's input dimension does not match the network");

    const int layers = net.hiddenLayers();
    const auto units = static_cast<size_t>(net.hiddenUnits());
    const auto params = net.parameters();
    std::vector<LayerView> view(static_cast<size_t>(layers));
    size_t first = 0;
    int fanIn = cfg.inputs;
    for (int l = 0; l < layers; ++l) {
        LayerView &v = view[static_cast<size_t>(l)];
        v.first = first;
        v.units = net.width(l);
        v.fanIn = fanIn;
        v.weights = net.layerWeights(params, l);
        v.pieces = static_cast<int>(v.weights.size() / static_cast<size_t>(v.units * fanIn));
        first += static_cast<size_t>(v.units);
        fanIn = v.units;
    }
    const std::span<const double> outWeights = net.layerWeights(params, layers);

    // Per unit over the examples: z > 0, the derivative backprop uses is exactly 0, and a nonzero
    // gradient reached the incoming weights.
    std::vector<size_t> positive(units, 0), blocked(units, 0);
    std::vector<char> fed(units, 0);
    CollapseCheck collapse(net);
    std::vector<double> z, act;
    std::vector<int> winner;
    std::vector<char> reached(units), passes(units);  // dLoss/dActivation, dLoss/dz not 0
    for (size_t i = 0; i < data.size(); ++i) {
        const auto x = data.input(i);
        net.hiddenValues(x, z, act, winner);
        collapse.observe(x, act);
        for (int l = 0; l < layers; ++l) {
            const LayerView &v = view[static_cast<size_t>(l)];
            for (int k = 0; k < v.units; ++k) {
                const size_t u = v.first + static_cast<size_t>(k);
                // A NaN z (a diverged net) is not "off": its gradient is NaN, not zero, so a
                // diverged run is reported as diverged, not as all-dead.
                const bool nan = std::isnan(z[u]);
                positive[u] += z[u] > 0.0 || nan ? 1 : 0;
                const bool flat = net.activationDerivative(l, k, z[u]) == 0.0 && !nan;
                blocked[u] += flat ? 1 : 0;
                passes[u] = flat ? 0 : 1;
            }
        }

        // From the output down: which units the output's gradient reaches on this example.
        const LayerView &top = view.back();
        for (int k = 0; k < top.units; ++k)
            reached[top.first + static_cast<size_t>(k)] = outWeights[static_cast<size_t>(k)] != 0.0;
        for (int l = layers - 1; l >= 0; --l) {
            const LayerView &v = view[static_cast<size_t>(l)];
            const std::span<const double> in =
                l > 0 ? std::span<const double>(act).subspan(view[static_cast<size_t>(l - 1)].first,
                                                             static_cast<size_t>(v.fanIn))
                      : x;
            const bool inputsNonZero = anyNonZero(in);
            for (int k = 0; k < v.units; ++k) {
                const size_t u = v.first + static_cast<size_t>(k);
                passes[u] = passes[u] && reached[u];
                if (passes[u] && inputsNonZero) fed[u] = 1;
            }
            if (l == 0) break;
            const LayerView &below = view[static_cast<size_t>(l - 1)];
            for (int j = 0; j < below.units; ++j)
                reached[below.first + static_cast<size_t>(j)] = 0;
            for (int k = 0; k < v.units; ++k) {
                const size_t u = v.first + static_cast<size_t>(k);
                if (!passes[u]) continue;
                const size_t row = static_cast<size_t>(k * v.pieces + winner[u]);
                const auto w = v.weights.subspan(row * static_cast<size_t>(v.fanIn),
                                                 static_cast<size_t>(v.fanIn));
                for (int j = 0; j < below.units; ++j)
                    if (w[static_cast<size_t>(j)] != 0.0) reached[below.first + size_t(j)] = 1;
            }
        }
    }

    DeadUnitReport report;
    report.hiddenUnits = static_cast<int>(units);
    const double examples = static_cast<double>(data.size());
    const bool any = data.size() > 0;
    for (int l = 0; l < layers; ++l) {
        const LayerView &v = view[static_cast<size_t>(l)];
        auto &states = report.states.emplace_back();
        auto &fractions = report.activeFraction.emplace_back();
        int dead = 0, starved = 0;
        for (int k = 0; k < v.units; ++k) {
            const size_t u = v.first + static_cast<size_t>(k);
            fractions.push_back(any ? static_cast<double>(positive[u]) / examples : 0.0);
            // With no examples there is no evidence either way: the unit counts as active.
            // Sigmoid and tanh have no off side: z <= 0 does not make them inactive.
            const bool inactive = !isSaturating(cfg.activation) && any && positive[u] == 0;
            UnitState state = UnitState::Active;
            if (inactive && blocked[u] == data.size()) {
                state = UnitState::Dead;
                ++dead;
            } else if (any && !fed[u]) {
                state = UnitState::Starved;
                ++starved;
            } else if (inactive) {
                state = UnitState::Inactive;
            }
            states.push_back(state);
            if (inactive) ++report.inactiveUnits;
        }
        report.deadPerLayer.push_back(dead);
        report.starvedPerLayer.push_back(starved);
        report.deadUnits += dead;
        report.starvedUnits += starved;
    }
    report.deadFraction =
        units > 0 ? static_cast<double>(report.deadUnits) / static_cast<double>(units) : 0.0;
    report.collapsed = collapse.collapsed();
    return report;
}

bool isCollapsed(const Mlp &net, const Dataset &data)
{
    if (data.inputDim != net.config().inputs)
        throw std::invalid_argument("the data's input dimension does not match the network");
    CollapseCheck collapse(net);
    std::vector<double> z, act;
    std::vector<int> winner;
    for (size_t i = 0; i < data.size(); ++i) {
        net.hiddenValues(data.input(i), z, act, winner);
        collapse.observe(data.input(i), act);
    }
    return collapse.collapsed();
}

}  // namespace relulab::core
