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

std::vector<LayerView> layerViews(const Mlp &net, std::span<const double> params)
{
    std::vector<LayerView> view(static_cast<size_t>(net.hiddenLayers()));
    size_t first = 0;
    int fanIn = net.config().inputs;
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        LayerView &v = view[static_cast<size_t>(l)];
        v.first = first;
        v.units = net.width(l);
        v.fanIn = fanIn;
        v.weights = net.layerWeights(params, l);
        v.pieces = static_cast<int>(v.weights.size() / static_cast<size_t>(v.units * fanIn));
        first += static_cast<size_t>(v.units);
        fanIn = v.units;
    }
    return view;
}

// Per unit over the examples: z > 0, the derivative backprop uses is exactly 0, and a nonzero
// gradient reached the incoming weights.
struct UnitCounts
{
    explicit UnitCounts(size_t units) : positive(units, 0), blocked(units, 0), fed(units, 0) {}
    std::vector<size_t> positive, blocked;
    std::vector<char> fed;
};

// Per unit on the current example: dLoss/dActivation and dLoss/dz are not 0. Allocated once and
// reused for every example.
struct Reach
{
    explicit Reach(size_t units) : reached(units), passes(units) {}
    std::vector<char> reached, passes;
};

// The forward pass of one example: counts z > 0 and the flat derivatives, and marks in
// reach.passes the units whose local derivative passes gradient.
void countForward(const Mlp &net, const std::vector<LayerView> &view, const std::vector<double> &z,
                  UnitCounts &counts, Reach &reach)
{
    for (size_t l = 0; l < view.size(); ++l) {
        const LayerView &v = view[l];
        for (int k = 0; k < v.units; ++k) {
            const size_t u = v.first + static_cast<size_t>(k);
            // A NaN z (a diverged net) is not "off": its gradient is NaN, not zero, so a
            // diverged run is reported as diverged, not as all-dead.
            const bool nan = std::isnan(z[u]);
            counts.positive[u] += z[u] > 0.0 || nan ? 1 : 0;
            const bool flat = net.activationDerivative(static_cast<int>(l), k, z[u]) == 0.0 && !nan;
            counts.blocked[u] += flat ? 1 : 0;
            reach.passes[u] = flat ? 0 : 1;
        }
    }
}

// Which units of the layer below layer v the gradient reaches through the winning weight rows of
// v's passing units.
void reachBelow(const LayerView &v, const LayerView &below, const std::vector<int> &winner,
                Reach &reach)
{
    for (int j = 0; j < below.units; ++j)
        reach.reached[below.first + static_cast<size_t>(j)] = 0;
    for (int k = 0; k < v.units; ++k) {
        const size_t u = v.first + static_cast<size_t>(k);
        if (!reach.passes[u]) continue;
        const size_t row = static_cast<size_t>(k * v.pieces + winner[u]);
        const auto w =
            v.weights.subspan(row * static_cast<size_t>(v.fanIn), static_cast<size_t>(v.fanIn));
        for (int j = 0; j < below.units; ++j)
            if (w[static_cast<size_t>(j)] != 0.0) reach.reached[below.first + size_t(j)] = 1;
    }
}

// From the output down: which units the output's gradient reaches on this example, and which of
// them pass a nonzero gradient on to their incoming weights (marked in fed).
void propagateReach(const std::vector<LayerView> &view, std::span<const double> outWeights,
                    std::span<const double> x, const std::vector<double> &act,
                    const std::vector<int> &winner, Reach &reach, std::vector<char> &fed)
{
    const LayerView &top = view.back();
    for (int k = 0; k < top.units; ++k)
        reach.reached[top.first + static_cast<size_t>(k)] =
            outWeights[static_cast<size_t>(k)] != 0.0;
    for (size_t l = view.size(); l-- > 0;) {
        const LayerView &v = view[l];
        const std::span<const double> in =
            l > 0 ? std::span<const double>(act).subspan(view[l - 1].first,
                                                         static_cast<size_t>(v.fanIn))
                  : x;
        const bool inputsNonZero = anyNonZero(in);
        for (int k = 0; k < v.units; ++k) {
            const size_t u = v.first + static_cast<size_t>(k);
            reach.passes[u] = reach.passes[u] && reach.reached[u];
            if (reach.passes[u] && inputsNonZero) fed[u] = 1;
        }
        if (l == 0) break;
        reachBelow(v, view[l - 1], winner, reach);
    }
}

// One layer's states, active fractions and counts from the tallies over all examples.
void reportLayer(const LayerView &v, HiddenActivation activation, const UnitCounts &counts,
                 size_t examples, DeadUnitReport &report)
{
    auto &states = report.states.emplace_back();
    auto &fractions = report.activeFraction.emplace_back();
    const bool any = examples > 0;
    int dead = 0, starved = 0;
    for (int k = 0; k < v.units; ++k) {
        const size_t u = v.first + static_cast<size_t>(k);
        fractions.push_back(
            any ? static_cast<double>(counts.positive[u]) / static_cast<double>(examples) : 0.0);
        // With no examples there is no evidence either way: the unit counts as active.
        // Sigmoid and tanh have no off side: z <= 0 does not make them inactive.
        const bool inactive = !isSaturating(activation) && any && counts.positive[u] == 0;
        UnitState state = UnitState::Active;
        if (inactive && counts.blocked[u] == examples) {
            state = UnitState::Dead;
            ++dead;
        } else if (any && !counts.fed[u]) {
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

}  // namespace

DeadUnitReport analyseDeadUnits(const Mlp &net, const Dataset &data)
{
    const NetworkConfig &cfg = net.config();
    if (data.inputDim != cfg.inputs)
        throw std::invalid_argument("the data's input dimension does not match the network");

    const auto units = static_cast<size_t>(net.hiddenUnits());
    const auto params = net.parameters();
    const std::vector<LayerView> view = layerViews(net, params);
    const std::span<const double> outWeights = net.layerWeights(params, net.hiddenLayers());

    UnitCounts counts(units);
    Reach reach(units);
    CollapseCheck collapse(net);
    std::vector<double> z, act;
    std::vector<int> winner;
    for (size_t i = 0; i < data.size(); ++i) {
        const auto x = data.input(i);
        net.hiddenValues(x, z, act, winner);
        collapse.observe(x, act);
        countForward(net, view, z, counts, reach);
        propagateReach(view, outWeights, x, act, winner, reach, counts.fed);
    }

    DeadUnitReport report;
    report.hiddenUnits = static_cast<int>(units);
    for (const LayerView &v : view)
        reportLayer(v, cfg.activation, counts, data.size(), report);
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
