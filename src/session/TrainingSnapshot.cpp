// Rebuilding a snapshot's network for drawing on the GUI thread.
#include "TrainingSnapshot.h"

#include <algorithm>

namespace relulab::session {

core::Mlp rebuildNetwork(const TrainingSnapshot &snapshot)
{
    core::Mlp net(snapshot.network, 0);
    const auto params = net.parameters();
    if (params.size() == snapshot.parameters.size())
        std::copy(snapshot.parameters.begin(), snapshot.parameters.end(), params.begin());
    return net;
}

}  // namespace relulab::session
