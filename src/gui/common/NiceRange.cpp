// Nice numbers for axis ends.
#include "gui/common/NiceRange.h"

#include <cmath>

namespace relulab::gui {

double niceCeiling(double v)
{
    if (!(v > 0.0) || !std::isfinite(v)) return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (m * decade >= v * (1.0 - 1e-12)) return m * decade;
    return 10.0 * decade;
}

Span stableSpan(Span current, double lower, double upper)
{
    const double width = upper - lower;
    if (!(width > 0.0) || !std::isfinite(width)) return {lower, upper};
    if (current.lower <= lower && upper <= current.upper &&
        current.upper - current.lower <= 1.6 * width)
        return current;
    const double step = niceCeiling(width / 8.0);
    return {std::floor(lower / step) * step, std::ceil(upper / step) * step};
}

}  // namespace relulab::gui
