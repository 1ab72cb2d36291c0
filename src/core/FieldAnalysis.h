// What a network's weights mean for the pictures of it, computed without Qt: first-layer kinks,
// the off intervals of a unit over a 1-D input, link strengths, histogram bins and the
// equal-aspect view of the input plane. The session's snapshot analysis calls these once per
// snapshot; the views only draw the results.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "InputField.h"
#include "Mlp.h"

namespace relulab::core {

// One connection as the diagram draws it.
struct Link
{
    int from = 0;
    int to = 0;
    double strength = 0.0;  // |w| relative to the largest |w| between the two columns, in [0, 1]
    bool positive = true;
};

// Equal-width bins of a set of values; bin b covers [start + b * width, start + (b + 1) * width).
struct Histogram
{
    double start = 0.0;
    double width = 0.0;
    std::vector<double> counts;  // empty when there were no values

    double centre(int bin) const { return start + (bin + 0.5) * width; }
};

// A closed interval [from, to] of the input.
using Interval = std::pair<double, double>;

// Links between consecutive columns (inputs, hidden layers, output), one list per gap. For
// maxout the piece with the largest |w| for that input stands for the connection, sign kept:
// summing pieces could cancel a strong connection that one piece really uses. Non-finite weights
// give no link.
std::vector<std::vector<Link>> linkStrengths(const Mlp &net);

// The kinks of a 1-input network's first layer inside [x0, x1], sorted and distinct: where a
// ReLU, Leaky or PReLU unit's z = w x + b crosses 0, and a maxout unit's envelope breakpoints
// (Maxout::breakpoints of its pieces w_k x + b_k). Sigmoid and tanh are smooth: none.
std::vector<double> firstLayerKinks(const Mlp &net, double x0, double x1);

// Where a unit of a 1-input network is off (z <= 0) over the field's x range. A first-layer unit
// is linear in x, so its interval is exact (-b / w); a deeper one is interpolated linearly between
// grid points.
std::vector<Interval> offIntervals(const Mlp &net, const InputField &field, int flatUnit);

// Bins over the values' own range, always with 0 as a bin edge so that "off" bins are whole:
// about 30 bins across [min(values, 0), max(values, 0)].
Histogram binValues(std::span<const double> values);

// The bounds grown to a plot area of width x height pixels so that one unit of x1 is as long as
// one unit of x2, centred on the same point. Unchanged for a degenerate area (under 10 pixels).
InputBounds equalAspectBounds(const InputBounds &bounds, double width, double height);

// Grid resolution for the field: finer for small nets, coarser when there are many units.
int fieldResolution(int hiddenUnits);

}  // namespace relulab::core
