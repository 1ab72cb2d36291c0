// Which hidden units are dead (no gradient to their incoming weights on any training example),
// inactive (z <= 0 on every example) or active, and whether the network has collapsed.
#pragma once

#include <vector>

#include "Mlp.h"

namespace relulab::core {

enum class UnitState { Active, Inactive, Dead };

struct DeadUnitReport
{
    // Per hidden layer, per unit.
    std::vector<std::vector<UnitState>> states;
    std::vector<std::vector<double>> activeFraction;  // share of examples with z > 0
    std::vector<int> deadPerLayer;
    int hiddenUnits = 0;
    int deadUnits = 0;
    int inactiveUnits = 0;  // z <= 0 on all examples (dead ones included)
    double deadFraction = 0.0;
    // Some layer is entirely dead: the output no longer depends on the input.
    bool collapsed = false;
};

// ReLU (and Leaky with alpha = 0): dead when z <= 0 on every example under the Left convention
// (z < 0 under Right/Mean, where z = 0 passes gradient). Leaky with alpha != 0 and PReLU with a
// slope != 0 are never dead. Maxout (z = the winning piece's value) is never dead: some piece
// always passes gradient. Sigmoid and tanh are never inactive or dead (no flat side). Run on the
// whole training set, outside the training loop.
DeadUnitReport analyseDeadUnits(const Mlp &net, const Dataset &data);

}  // namespace relulab::core
