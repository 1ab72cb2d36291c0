// How likely a deep, narrow ReLU net is dead at initialisation (Lu et al. 2020), in closed form.
#pragma once

namespace relulab::core {

// Lu et al. 2020: P(a ReLU net with L-1 hidden layers of width N is dead at one input point)
// = 1 - (1 - 2^-N)^(L-1). L = hidden layers + 1; width >= 1 and L >= 1, else
// std::invalid_argument.
double luDeadProbability(int width, int layersIncludingOutput);

}  // namespace relulab::core
