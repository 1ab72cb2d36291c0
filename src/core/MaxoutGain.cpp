// The second moments of the largest of k standard normals, as constants (tst_maxoutgain
// integrates them again).
#include "MaxoutGain.h"

#include <array>
#include <stdexcept>

#include "NetworkConfig.h"

namespace relulab::core {

namespace {

// k = 2, 3, 4, 5.
constexpr std::array<double, 4> kSecondMoment = {
    1.0,
    1.2756644477108960248,  // 1 + sqrt(3) / (2 pi)
    1.5513288954217920495,  // 1 + sqrt(3) / pi
    1.8000204359706328260,
};

}  // namespace

double maxoutSecondMoment(int pieces)
{
    if (pieces < NetworkConfig::kMinPieces || pieces > NetworkConfig::kMaxPieces)
        throw std::invalid_argument("maxout has 2 to 5 pieces here");
    return kSecondMoment[static_cast<size_t>(pieces - NetworkConfig::kMinPieces)];
}

double maxoutInitGain(int pieces)
{
    return 1.0 / maxoutSecondMoment(pieces);
}

}  // namespace relulab::core
