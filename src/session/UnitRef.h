// Names one hidden unit of the network: its layer and its index in that layer.
#pragma once

namespace relulab::session {

struct UnitRef
{
    int layer = -1;
    int unit = -1;

    bool isValid() const { return layer >= 0 && unit >= 0; }
    friend bool operator==(const UnitRef &, const UnitRef &) = default;
};

}  // namespace relulab::session
