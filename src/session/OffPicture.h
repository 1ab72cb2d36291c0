// The input view's off-region fill as one picture, drawn where the snapshot is analysed.
#pragma once

#include <QImage>
#include <QPainterPath>
#include <QRect>
#include <QTransform>

namespace relulab::session {

// Where and how the input view fills the selected unit's off-region (the hatching over the inputs
// where its pre-activation is <= 0), in the view's logical pixels: made by the view from its axes
// and sent with the analysis request, so that the worker fills the region of every snapshot at
// the view's size. The fill is a large translucent tiled one, which Qt's raster engine splits
// across its thread pool and waits for: about 0.4 ms of the GUI thread per snapshot.
struct OffCanvas
{
    int unit = -1;  // the selected hidden unit's flat index; -1: no picture
    // The plot area (the fill's clip) in the view's logical pixels.
    QRect area;
    double devicePixelRatio = 1.0;
    QTransform dataToPixels;  // input coordinates -> the view's logical pixels
    QImage hatch;             // the brush's tile, anchored at the view's origin

    friend bool operator==(const OffCanvas &, const OffCanvas &) = default;
};

// The region (in input coordinates) filled with the hatching on a transparent image of the
// canvas's area (times its device pixel ratio), the pixels the view's own fill gives; a null
// image for a canvas without a unit or an area.
QImage renderOffRegion(const OffCanvas &canvas, const QPainterPath &area);

}  // namespace relulab::session
