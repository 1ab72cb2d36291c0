// The closed-form born-dead probability of Lu, Shin, Su and Karniadakis (2020).
#include "BornDead.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace relulab::core {

double luDeadProbability(int width, int layersIncludingOutput)
{
    if (width < 1)
        throw std::invalid_argument("width must be at least 1, got " + std::to_string(width));
    if (layersIncludingOutput < 1)
        throw std::invalid_argument("need at least 1 layer, got " +
                                    std::to_string(layersIncludingOutput));
    // Each hidden layer is all off at a point with probability 2^-N, independently of the
    // others; log1p/expm1 keep the tiny probabilities of wide nets from rounding to 0.
    const double allOff = std::ldexp(1.0, -width);
    const int hiddenLayers = layersIncludingOutput - 1;
    return 0.0 - std::expm1(hiddenLayers * std::log1p(-allOff));
}

}  // namespace relulab::core
