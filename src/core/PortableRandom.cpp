// The generator, its uniform and normal transforms, and the portable log, sine and cosine.
#include "PortableRandom.h"

#include <cmath>
#include <numbers>

namespace relulab::core {

namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

}  // namespace

double portableLog(double u)
{
    // u = m 2^e with m in [sqrt(1/2), sqrt(2)), ln m = 2 atanh((m-1)/(m+1)), whose series has
    // converged after 12 terms there (|s| < 0.172).
    int e = 0;
    double m = std::frexp(u, &e);  // exact, m in [0.5, 1)
    if (m < std::numbers::sqrt2 / 2.0) {
        m *= 2.0;
        --e;
    }
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double power = s;
    double series = s;
    for (int k = 1; k <= 12; ++k) {
        power *= s2;
        series += power / (2.0 * k + 1.0);
    }
    return e * std::numbers::ln2 + 2.0 * series;
}

std::pair<double, double> portableSinCosPi(double x)
{
    // Exact reduction to |r| <= 1/4 (a multiple of 1/2 is subtracted without rounding), then
    // Taylor series whose truncation error is below 1e-19 there.
    const double y = x - 2.0 * std::round(x / 2.0);  // in [-1, 1]
    const double quarter = std::round(2.0 * y);      // -2 .. 2
    const double r = y - quarter / 2.0;              // in [-1/4, 1/4]
    const double z = std::numbers::pi * r;
    const double z2 = z * z;
    double sinTerm = z;
    double cosTerm = 1.0;
    double s = z;
    double c = 1.0;
    for (int k = 1; k <= 10; ++k) {
        sinTerm *= -z2 / ((2.0 * k) * (2.0 * k + 1.0));
        cosTerm *= -z2 / ((2.0 * k - 1.0) * (2.0 * k));
        s += sinTerm;
        c += cosTerm;
    }
    // Rotate by quarter * pi/2.
    switch ((static_cast<int>(quarter) + 4) % 4) {
        case 0:
            return {s, c};
        case 1:
            return {c, -s};
        case 2:
            return {-s, -c};
        default:
            return {-c, s};
    }
}

PortableRandom::PortableRandom(std::uint64_t seed)
{
    for (std::uint64_t &word : m_state)
        word = splitMix64(seed);
}

std::uint64_t PortableRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t PortableRandom::below(std::uint64_t n)
{
    const std::uint64_t limit =
        (std::uint64_t{0} - n) % n;  // 2^64 mod n: values below are rejected
    while (true) {
        const std::uint64_t v = next();
        if (v >= limit) return v % n;
    }
}

double PortableRandom::normalBoxMuller()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double u1 = 1.0 - uniform();  // (0, 1]: the log stays finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * portableLog(u1));
    const auto [s, c] = portableSinCosPi(2.0 * u2);
    m_spare = radius * s;
    m_hasSpare = true;
    return radius * c;
}

double PortableRandom::normalPolar()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u, v, s;
    do {
        u = symmetric();
        v = symmetric();
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * portableLog(s) / s);
    m_spare = v * factor;
    m_hasSpare = true;
    return u * factor;
}

}  // namespace relulab::core
