// The process's resident memory, for the soak test, the memory benchmark and the startup probe.
#pragma once

#include <optional>

namespace relulab::session {

// VmRSS from /proc/self/status in KiB; empty where there is no such file (not Linux).
std::optional<long> residentKilobytes();

}  // namespace relulab::session
