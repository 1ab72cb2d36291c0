// Counting born-dead networks: how many freshly initialised ReLU nets are already collapsed.
#pragma once

#include <atomic>
#include <cstdint>

#include "Dataset.h"
#include "NetworkConfig.h"

namespace relulab::core {

// The share of `networks` ReLU nets (hidden layers of `width` units, He normal init, zero
// biases, seeds firstSeed, firstSeed + 1, ...) that are collapsed on `data` at initialisation:
// some hidden layer is the same on every example (isCollapsed), so the output is constant.
// Stops early and returns NaN when *cancel becomes true.
double collapsedFraction(int width, int hiddenLayers, int networks, const Dataset &data,
                         std::uint64_t firstSeed, const std::atomic<bool> *cancel = nullptr);

}  // namespace relulab::core
