// Axis ends that move now and then, not with every snapshot.
#pragma once

namespace relulab::gui {

// The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= v (v > 0;
// 1 otherwise): axis ends that change only now and then as the data grow, so most frames redraw a
// plot's data layer alone.
double niceCeiling(double v);

struct Span
{
    double lower = 0.0, upper = 1.0;
    friend bool operator==(const Span &, const Span &) = default;
};

// An axis range for data over [lower, upper] (lower < upper): `current` while it holds the data
// and is at most 1.6 times as wide as they are, else the data's ends rounded outwards to a nice
// step (about an eighth of their width).
Span stableSpan(Span current, double lower, double upper);

}  // namespace relulab::gui
