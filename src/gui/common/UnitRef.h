// The views name hidden units with the session layer's UnitRef (the shared selection holds one).
#pragma once

#include "session/UnitRef.h"

namespace relulab::gui {

using session::UnitRef;

}  // namespace relulab::gui
