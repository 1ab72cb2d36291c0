// Which visible curves are new, and pinning them in one change.
#include "Pinning.h"

#include <QCoreApplication>
#include <algorithm>

namespace relulab::session {

bool drawsSameCurve(const PinnedCurve &a, const PinnedCurve &b)
{
    if (a.function != b.function) return false;
    switch (a.function) {
        case FunctionId::Leaky:
            return a.alpha == b.alpha;
        case FunctionId::Maxout:
            return a.pieces == b.pieces;
        case FunctionId::Softplus:
            return a.softplusBeta == b.softplusBeta;
        case FunctionId::Relu:
        case FunctionId::Elu:
        case FunctionId::Gelu:
        case FunctionId::Silu:
        case FunctionId::Sigmoid:
        case FunctionId::Tanh:
            return true;
    }
    return false;
}

PinResult pinVisible(ExplorerState &state)
{
    std::vector<PinnedCurve> pinned = state.pinned();
    PinResult result;
    for (FunctionId id : kAllFunctions) {
        if (!state.isVisible(id)) continue;
        const PinnedCurve pin = state.settings().pin(id);
        const bool known = std::any_of(pinned.begin(), pinned.end(), [&](const PinnedCurve &p) {
            return drawsSameCurve(p, pin);
        });
        if (known) continue;
        pinned.push_back(pin);
        ++result.added;
    }
    if (result.added == 0) return result;
    if (pinned.size() > static_cast<size_t>(ExplorerSettings::kMaxPinned)) {
        result.added = 0;
        result.error = QCoreApplication::translate(
                           "Pinning",
                           "At most %1 curves can be pinned: unpin some first (Shift+P clears "
                           "them all).")
                           .arg(ExplorerSettings::kMaxPinned);
        return result;
    }
    result.error = state.setPinned(pinned);
    if (!result.error.isEmpty()) result.added = 0;
    return result;
}

}  // namespace relulab::session
