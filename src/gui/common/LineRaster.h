// Wide anti-aliased polylines rasterized here, for the lines redrawn with every snapshot.
#pragma once

#include <QPainter>
#include <QPointF>

namespace relulab::gui {

// Qt's raster engine strokes a wide line at about a microsecond per segment (the outline, its
// joins, then a general polygon rasterizer), whatever the runs. A wide opaque line with round
// joins is simpler: each pixel's coverage follows from its centre's distance to the nearest
// segment (a capsule per segment, the union taken as the largest coverage, so no pixel is blended
// twice), cut flat where the pen's caps or dashes end. drawRasterizedPolyline fills a scratch
// image that way and blends it once: about a fifth of Qt's time, the same picture up to the
// anti-aliased edges' last few levels.
//
// Whether the painter's pen and device allow it: a raster device, a transform of scale and
// translation only, an opaque solid colour, wider than a pixel, round joins, and for dashes flat
// caps (Qt gives each dash the pen's cap).
bool rasterizesLines(const QPainter &painter);

// The polyline through points[0 .. count - 1] (logical coordinates) with the painter's pen, the
// pen's dash offset counted from points[0]. Only where rasterizesLines(painter).
void drawRasterizedPolyline(QPainter &painter, const QPointF *points, int count);

}  // namespace relulab::gui
