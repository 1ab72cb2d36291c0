// Hatch tiles for thumbnails, the input view's off-region, the histogram and the diagram legend.
#include "gui/style/Hatching.h"

#include <algorithm>
#include <cmath>

namespace relulab::gui {

QImage hatchTile(const QColor &fill, const QColor &line, int pitch, int width)
{
    pitch = std::max(2, pitch);
    width = std::clamp(width, 1, pitch - 1);
    QImage tile(pitch, pitch, QImage::Format_ARGB32_Premultiplied);
    const QRgb on = line.rgba(), off = fill.rgba();
    for (int y = 0; y < pitch; ++y) {
        auto *row = reinterpret_cast<QRgb *>(tile.scanLine(y));
        for (int x = 0; x < pitch; ++x)
            row[x] = qPremultiply((x + y) % pitch < width ? on : off);
    }
    return tile;
}

QBrush hatchBrush(const QColor &fill, const QColor &line, double scale)
{
    const int pitch = std::max(4, static_cast<int>(std::lround(5.0 * scale)));
    const int width = std::max(1, static_cast<int>(std::lround(scale)));
    return QBrush(hatchTile(fill, line, pitch, width));
}

}  // namespace relulab::gui
