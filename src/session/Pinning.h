// Pinning what the explorer shows: every visible function at its current parameters, once.
#pragma once

#include <QString>

#include "ExplorerState.h"

namespace relulab::session {

// True when two pins draw the same curve: the same function with the same parameters that
// matter for it (α for Leaky ReLU, the pieces for Maxout, β for Softplus, nothing for the rest).
bool drawsSameCurve(const PinnedCurve &a, const PinnedCurve &b);

struct PinResult
{
    int added = 0;
    QString error;  // why nothing was pinned ("" when it worked or nothing was new)
};

// Pins every visible function with the current parameters, skipping curves already pinned.
// All or nothing: when the new pins would exceed ExplorerSettings::kMaxPinned, none is added.
PinResult pinVisible(ExplorerState &state);

}  // namespace relulab::session
