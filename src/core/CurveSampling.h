// Sampling of an activation and its derivative for plotting and export, kinks included exactly.
#pragma once

#include <vector>

#include "Activation.h"

namespace relulab::core {

// A kink inside the sampled range: the value there and the one-sided derivatives.
struct KinkPoint
{
    double z = 0.0;
    double value = 0.0;
    Subgradient slopes;
    double taken = 0.0;  // derivative(a, z, convention): the filled dot
};

struct SampledCurve
{
    std::vector<double> z;  // increasing; every kink in [lo, hi] is one of these exactly
    std::vector<double> value;
    // The derivative as a drawable polyline: at each kink the left limit, a NaN (a gap, so the
    // jump is never drawn as a ramp) and the right limit, all at the kink's exact z.
    std::vector<double> derivativeZ;
    std::vector<double> derivative;
    std::vector<KinkPoint> kinks;
};

// x_i = lo + i * (hi - lo) / (n - 1) for i = 0 .. n-1, the last one exactly hi.
// Requires n >= 2 and lo < hi (throws std::invalid_argument otherwise).
std::vector<double> uniformGrid(double lo, double hi, int n);

// Indices of the points of a polyline that a drawing needs: interior points lying on the line
// through their kept neighbours (to a relative 1e-9) are dropped; NaN gaps and their neighbours,
// the ends and every bend are kept. Piecewise-linear curves shrink to a few points, so dashed
// pens stroke them fast; the drawn picture is the same.
std::vector<size_t> drawnPoints(const std::vector<double> &x, const std::vector<double> &y);

// The uniform grid with every kink abscissa in [lo, hi] inserted as an exact sample point.
SampledCurve sampleWithKinks(const Activation &a, double lo, double hi, int n, KinkConvention c);

}  // namespace relulab::core
