// Reading VmRSS from /proc/self/status.
#include "ProcessMemory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace relulab::session {

std::optional<long> residentKilobytes()
{
    // A proc file reports size 0, so read it as a stream to its end, line by line.
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (!line.starts_with("VmRSS:")) continue;
        std::istringstream fields(line.substr(6));  // "VmRSS:	   12345 kB"
        long kilobytes = 0;
        std::string unit;
        if (fields >> kilobytes >> unit && unit == "kB") return kilobytes;
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace relulab::session
