// Exact comparison of doubles in QCOMPARE, with an explicit tolerance where one is meant.
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace relulab::test {

// QCOMPARE on doubles is fuzzy; Real compares exactly unless a tolerance is given. Two NaNs are
// equal (so NaN can be the expected value); -0.0 == +0.0 (signs are checked with std::signbit);
// an infinity equals only itself, whatever the tolerance.
struct Real
{
    double v = 0.0;
    double rel = 0.0;  // allowed |a - b| relative to max(|a|, |b|)
    double abs = 0.0;  // allowed |a - b| in absolute terms

    friend bool operator==(const Real &a, const Real &b)
    {
        if (std::isnan(a.v) || std::isnan(b.v)) return std::isnan(a.v) && std::isnan(b.v);
        if (a.v == b.v) return true;
        if (std::isinf(a.v) || std::isinf(b.v)) return false;
        const double scale = std::max(std::abs(a.v), std::abs(b.v));
        return std::abs(a.v - b.v) <= std::max(a.abs, b.abs) + std::max(a.rel, b.rel) * scale;
    }
};

// Found by QCOMPARE through argument-dependent lookup: all 17 significant digits on failure.
inline char *toString(const Real &r)
{
    return qstrdup(QByteArray::number(r.v, 'g', 17).constData());
}

inline Real exact(double v)
{
    return {v, 0.0, 0.0};
}

inline Real near(double v, double rel, double abs = 0.0)
{
    return {v, rel, abs};
}

}  // namespace relulab::test
