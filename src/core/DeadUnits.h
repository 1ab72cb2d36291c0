// Which hidden units are dead (their own kink blocks the gradient on every training example),
// starved (no gradient reaches their incoming weights although their kink would pass it),
// inactive (z <= 0 on every example) or active, and whether the network has collapsed.
#pragma once

#include <vector>

#include "Mlp.h"

namespace relulab::core {

enum class UnitState { Active, Inactive, Dead, Starved };

struct DeadUnitReport
{
    // Per hidden layer, per unit.
    std::vector<std::vector<UnitState>> states;
    std::vector<std::vector<double>> activeFraction;  // share of examples with z > 0
    std::vector<int> deadPerLayer;
    std::vector<int> starvedPerLayer;
    int hiddenUnits = 0;
    int deadUnits = 0;
    int starvedUnits = 0;
    int inactiveUnits = 0;  // z <= 0 on all examples (dead ones included)
    double deadFraction = 0.0;
    // The output no longer depends on the input on the data: some hidden layer's activation
    // vector f(z) is the same on every training example (so is everything above it), while the
    // examples' inputs are not all the same. Read off the forward pass alone, exactly (== on
    // doubles; a NaN is never the same): the derivative convention plays no part.
    bool collapsed = false;
};

// Per unit, in this order:
// - Dead: z <= 0 on every example and the derivative backprop uses (Mlp::activationDerivative,
//   under the net's convention) is exactly 0 on every example: ReLU (and Leaky with alpha = 0,
//   PReLU whose slope has reached 0) with z <= 0 everywhere under Left, z < 0 under Right and
//   Mean (where z = 0 passes gradient). Leaky with alpha != 0 and maxout (the winning piece always
//   passes gradient) are never dead; sigmoid and tanh (no flat side) are never dead or inactive.
// - Starved: not dead, yet on no example does a nonzero gradient reach its incoming weights:
//   the output's gradient does not reach the unit (every path up to the output goes through a
//   zero weight or a zero local derivative under the convention), or it does but all the unit's
//   inputs are 0 (every unit right above an entirely-off layer). Found by propagating, example by
//   example, which units the output's gradient reaches; structural, so it does not depend on the
//   sizes of nonzero numbers (a NaN counts as nonzero: a diverged net is not starved).
// - Inactive: z <= 0 on every example (a Leaky unit that would be dead under ReLU).
// - Active otherwise.
// Run on the whole training set, outside the training loop. With no examples every unit is
// active and nothing is collapsed.
DeadUnitReport analyseDeadUnits(const Mlp &net, const Dataset &data);

// DeadUnitReport::collapsed alone, for surveys of many nets: one forward pass per example.
bool isCollapsed(const Mlp &net, const Dataset &data);

}  // namespace relulab::core
