// Test data from the tests' own generator, independent of the code under test.
#pragma once

#include <cstdint>

namespace relulab::test {

// SplitMix64: tiny, and the same sequence on every platform and standard library.
class TestRandom
{
public:
    explicit TestRandom(std::uint64_t seed) : m_state(seed) {}

    // Uniform in [lo, hi): 53 random bits scaled.
    double uniform(double lo, double hi)
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return lo + (hi - lo) * static_cast<double>(z >> 11) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state;
};

}  // namespace relulab::test
