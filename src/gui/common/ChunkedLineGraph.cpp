// Wide lines stroked in short, overlapping runs with a continuous dash pattern.
#include "gui/common/ChunkedLineGraph.h"

#include <cmath>

namespace relulab::gui {

namespace {

bool isGap(const QPointF &p)
{
    return !std::isfinite(p.x()) || !std::isfinite(p.y());
}

// Whether b lies on the straight way from a to c, going on in the same direction: on a horizontal
// or vertical run (step lines, flat stretches of a count) in pixel coordinates, where equal data
// give exactly equal coordinates.
bool continuesStraight(const QPointF &a, const QPointF &b, const QPointF &c)
{
    const auto between = [](double u, double v, double w) {
        return (u <= v && v <= w) || (u >= v && v >= w);
    };
    return (a.y() == b.y() && b.y() == c.y() && between(a.x(), b.x(), c.x())) ||
           (a.x() == b.x() && b.x() == c.x() && between(a.y(), b.y(), c.y()));
}

// The same polyline without repeated points and without points inside a straight horizontal or
// vertical run: a step line of 1,000 steps whose value changed ten times keeps about 40 points.
// The stroke is the same (a straight continuation has no visible join, and the length, hence the
// dash pattern, is unchanged), at a fraction of the cost.
QVector<QPointF> withoutStraightThroughPoints(const QPointF *points, int count)
{
    QVector<QPointF> kept;
    kept.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QPointF &p = points[i];
        if (!kept.isEmpty() && kept.last() == p) continue;
        if (kept.size() >= 2 && continuesStraight(kept[kept.size() - 2], kept.last(), p))
            kept.last() = p;
        else
            kept.append(p);
    }
    return kept;
}

}  // namespace

bool strokesInRuns(const QPainter &painter)
{
    const QPen pen = painter.pen();
    const QPaintEngine *engine = painter.paintEngine();
    // Dashes with round or square caps would get extra caps where runs meet.
    const bool capsFit = pen.style() == Qt::SolidLine || pen.capStyle() == Qt::FlatCap;
    return engine && engine->type() == QPaintEngine::Raster && pen.style() != Qt::NoPen &&
           pen.widthF() > 1.0 && pen.color().isValid() && pen.color().alpha() == 255 && capsFit;
}

void drawPolylineInRuns(QPainter &painter, const QPointF *points, int count)
{
    if (count < 2) return;
    if (count <= kRunSegments + 1 || !strokesInRuns(painter)) {
        painter.drawPolyline(points, count);
        return;
    }
    const QPen original = painter.pen();
    QPen pen = original;
    const bool dashed = pen.style() != Qt::SolidLine;
    // Runs end flat, inside the neighbouring run's stroke; the line's own two ends get the pen's
    // cap below.
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    // Where the run starting at point `first` starts along the line, in pen widths (the dash
    // pattern's unit).
    double length = 0.0;
    int lengthAt = 0;
    for (int first = 0; first + 1 < count; first += kRunSegments) {
        const int last = std::min(count - 1, first + kRunSegments + 1);  // one shared segment
        if (dashed) {
            for (; lengthAt < first; ++lengthAt) {
                const QPointF d = points[lengthAt + 1] - points[lengthAt];
                length += std::hypot(d.x(), d.y());
            }
            pen.setDashOffset(original.dashOffset() + length / pen.widthF());
            painter.setPen(pen);
        }
        painter.drawPolyline(points + first, last - first + 1);
        if (last == count - 1) break;
    }
    if (!dashed && original.capStyle() != Qt::FlatCap) {
        // The caps, as stubs of half the pen's width beyond each end, with the pen's cap: a round
        // cap's half disc and a square cap's half square, overlapping the flat end exactly.
        QPen cap = original;
        cap.setJoinStyle(Qt::MiterJoin);
        painter.setPen(cap);
        const auto stub = [&](QPointF end, QPointF inner) {
            const QPointF d = end - inner;
            const double length = std::hypot(d.x(), d.y());
            if (length <= 0.0) return;
            painter.drawLine(QLineF(end - d / length * 0.01, end));
        };
        stub(points[0], points[1]);
        stub(points[count - 1], points[count - 2]);
    }
    painter.setPen(original);
}

void strokeLinesInRuns(QPainter &painter, const QPainterPath &lines)
{
    if (!strokesInRuns(painter)) {
        painter.drawPath(lines);
        return;
    }
    for (const QPolygonF &line : lines.toSubpathPolygons())
        drawPolylineInRuns(painter, line.constData(), static_cast<int>(line.size()));
}

ChunkedLineGraph::ChunkedLineGraph(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPGraph(keyAxis, valueAxis)
{
}

void ChunkedLineGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const
{
    // Vector exports (not a raster engine) keep one polyline per line, as QCPGraph draws it.
    if (!strokesInRuns(*painter)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    applyDefaultAntialiasingHint(painter);
    int start = 0;
    const int n = static_cast<int>(lines.size());
    for (int i = 0; i <= n; ++i) {
        if (i == n || isGap(lines[i])) {
            const QVector<QPointF> line =
                withoutStraightThroughPoints(lines.constData() + start, i - start);
            drawPolylineInRuns(*painter, line.constData(), static_cast<int>(line.size()));
            start = i + 1;
        }
    }
}

}  // namespace relulab::gui
