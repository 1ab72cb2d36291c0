// One affine piece of a maxout unit: slope * z + intercept.
#pragma once

namespace relulab::core {

struct MaxoutPiece
{
    double slope = 0.0;
    double intercept = 0.0;

    double at(double z) const { return slope * z + intercept; }
    friend bool operator==(const MaxoutPiece &, const MaxoutPiece &) = default;
};

}  // namespace relulab::core
