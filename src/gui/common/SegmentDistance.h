// The distance from a point to a line segment, in the plots' pixels.
#pragma once

#include <QPointF>
#include <algorithm>

namespace relulab::gui {

// The squared distance from p to the segment from a to b (to a itself when a == b).
inline double squaredDistanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a, ap = p - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t =
        length2 > 0.0 ? std::clamp(QPointF::dotProduct(ap, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = ap - t * ab;
    return QPointF::dotProduct(d, d);
}

}  // namespace relulab::gui
