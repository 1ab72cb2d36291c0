// Values and small helpers several test files use: infinity and NaN, the four kink conventions,
// and maxout pieces written out in full precision for failure messages.
#pragma once

#include <QByteArray>
#include <array>
#include <limits>
#include <vector>

#include "core/KinkConvention.h"
#include "core/MaxoutPiece.h"

namespace relulab::test {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline constexpr std::array<core::KinkConvention, 4> kConventions = {
    core::KinkConvention::Left, core::KinkConvention::Right, core::KinkConvention::Mean,
    core::KinkConvention::First};

// "(slope, intercept)(slope, intercept)…", every bit of each number.
inline QByteArray describePieces(const std::vector<core::MaxoutPiece> &pieces)
{
    QByteArray out;
    for (const core::MaxoutPiece &p : pieces) {
        out += '(' + QByteArray::number(p.slope, 'g', 17) + ", " +
               QByteArray::number(p.intercept, 'g', 17) + ')';
    }
    return out;
}

}  // namespace relulab::test
