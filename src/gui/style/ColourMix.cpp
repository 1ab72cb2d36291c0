// Colour mixing for tints, link colours over the background and the thumbnail ramps.
#include "gui/style/ColourMix.h"

#include <cmath>

namespace relulab::gui {

QColor mixColours(const QColor &a, const QColor &b, double t)
{
    const auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()));
}

}  // namespace relulab::gui
