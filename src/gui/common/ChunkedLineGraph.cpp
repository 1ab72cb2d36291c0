// Wide lines stroked in short, overlapping runs with a continuous dash pattern.
#include "gui/common/ChunkedLineGraph.h"

#include "gui/common/LineRaster.h"
#include "gui/common/SegmentDistance.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace relulab::gui {

namespace {

bool isGap(const QPointF &p)
{
    return !std::isfinite(p.x()) || !std::isfinite(p.y());
}

}  // namespace

QVector<QPointF> simplifiedPolyline(const QPointF *points, int count, double tolerance)
{
    if (count <= 2) return QVector<QPointF>(points, points + std::max(count, 0));
    // Douglas-Peucker: a stretch keeps its farthest point from its chord while that lies more
    // than the tolerance away, and is split there.
    std::vector<char> keep(static_cast<size_t>(count), 0);
    keep.front() = keep.back() = 1;
    const double tolerance2 = tolerance * tolerance;
    std::vector<std::pair<int, int>> stretches{{0, count - 1}};
    while (!stretches.empty()) {
        const auto [first, last] = stretches.back();
        stretches.pop_back();
        double farthest = -1.0;
        int at = -1;
        for (int i = first + 1; i < last; ++i) {
            const double d = squaredDistanceToSegment(points[i], points[first], points[last]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (at < 0 || farthest <= tolerance2) continue;
        keep[static_cast<size_t>(at)] = 1;
        stretches.emplace_back(first, at);
        stretches.emplace_back(at, last);
    }
    QVector<QPointF> kept;
    for (int i = 0; i < count; ++i)
        if (keep[static_cast<size_t>(i)]) kept.append(points[i]);
    return kept;
}

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
    if (rasterizesLines(painter)) {
        drawRasterizedPolyline(painter, points, count);
        return;
    }
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
                simplifiedPolyline(lines.constData() + start, i - start, kSimplifyTolerance);
            drawPolylineInRuns(*painter, line.constData(), static_cast<int>(line.size()));
            start = i + 1;
        }
    }
}

}  // namespace relulab::gui
