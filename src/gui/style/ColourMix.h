// The one colour mix of the GUI: a straight line in RGB between two colours.
#pragma once

#include <QColor>

namespace relulab::gui {

// a at t = 0, b at t = 1, each channel rounded to the nearest of 256 levels; opaque.
QColor mixColours(const QColor &a, const QColor &b, double t);

}  // namespace relulab::gui
