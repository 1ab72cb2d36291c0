// The one hatching of the GUI, "where a unit is off": lines at 45 degrees (rising to the right),
// as a pixel-exact tile that joins seamlessly with its neighbours.
#pragma once

#include <QBrush>
#include <QImage>

namespace relulab::gui {

// A pitch x pitch tile: `line` where (x + y) mod pitch < width, `fill` elsewhere (may be
// transparent). pitch and width in device pixels, at least 2 and 1.
QImage hatchTile(const QColor &fill, const QColor &line, int pitch, int width);
// The tile as a brush; scale grows pitch (5 px) and width (1 px) alike.
QBrush hatchBrush(const QColor &fill, const QColor &line, double scale);

}  // namespace relulab::gui
