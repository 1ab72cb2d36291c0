// Seeded random numbers that come out the same on every platform and standard library, for
// data sets and initial weights that a seed reproduces exactly.
#pragma once

#include <array>
#include <cstdint>
#include <utility>

namespace relulab::core {

// ln(u) for u > 0 and (sin(pi x), cos(pi x)) from +, -, *, / and sqrt only, which IEEE 754
// rounds the same way everywhere (libm's log, sin and cos may differ in the last bit).
double portableLog(double u);
std::pair<double, double> portableSinCosPi(double x);

// xoshiro256** (Blackman and Vigna), seeded through splitmix64 as its authors recommend.
// std::*_distribution is implementation-defined, so the transforms are written here.
class PortableRandom
{
public:
    explicit PortableRandom(std::uint64_t seed);

    std::uint64_t next();
    // [0, 1) in steps of 2^-53: every step of the conversion is exact.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // [-1, 1), also exact.
    double symmetric() { return 2.0 * uniform() - 1.0; }
    // Uniform in [0, n) without modulo bias.
    std::uint64_t below(std::uint64_t n);
    // Standard normals, two ways (each stream keeps to one of them): Box-Muller with the
    // portable sine and cosine, and Marsaglia's polar form, which needs only the log.
    double normalBoxMuller();
    double normalPolar();

private:
    std::array<std::uint64_t, 4> m_state{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

}  // namespace relulab::core
