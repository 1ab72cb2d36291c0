// Wide lines stroked in short runs: the same picture as one polyline, a fraction of the time.
#pragma once

#include <qcustomplot.h>
#include <QPainterPath>

namespace relulab::gui {

// Qt's raster engine strokes a wide anti-aliased polyline as one outline, and the time grows
// much faster than its length (measured here, 2.4 px pen, 1,300 px wide: 310 points 1.3 ms,
// 1,000 points 10.4 ms; in runs of 6 segments 0.4 and 1.2 ms). These functions stroke a line in
// runs of kRunSegments segments. Neighbouring runs share a segment, so every vertex is an inner
// point of some run and gets its proper join, and each run's dash offset continues the pattern
// where the previous run's start left it: dashes and corners look as one polyline's would.
inline constexpr int kRunSegments = 6;

// Whether the painter's pen may be stroked in runs: a wide opaque pen on a raster device. Vector
// output (PDF, SVG) keeps one path per line, thin pens have Qt's fast cosmetic path, and a
// translucent pen would paint the shared segments twice.
bool strokesInRuns(const QPainter &painter);

// The polyline through points[0 .. count - 1] with the painter's pen: rasterized where
// rasterizesLines (LineRaster.h: round joins), else in runs where strokesInRuns, else at once.
void drawPolylineInRuns(QPainter &painter, const QPointF *points, int count);

// A path of straight lines (e.g. contour lines) with the painter's pen, each subpath in runs.
void strokeLinesInRuns(QPainter &painter, const QPainterPath &lines);

// How far (in pixels) a dropped point may lie from the line drawn without it.
inline constexpr double kSimplifyTolerance = 0.1;

// The polyline through points[0 .. count - 1] with as few of its points as keep every dropped
// point within `tolerance` of the result (Douglas-Peucker); the first and last always stay. A
// straight run (a step line's flat stretch) keeps its two ends; a turn back keeps its tip.
QVector<QPointF> simplifiedPolyline(const QPointF *points, int count, double tolerance);

// A QCPGraph whose line is stroked in runs: the training curves hold up to 1,000 points per line
// and redraw with every snapshot. NaN and infinite points are gaps, as in QCPGraph. On a raster
// device the line is first simplified within kSimplifyTolerance pixels: a tenth of a pixel moves
// an edge pixel's coverage by a tenth at most, and a smooth loss curve of 1,000 points keeps a
// few dozen.
class ChunkedLineGraph : public QCPGraph
{
public:
    ChunkedLineGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
};

}  // namespace relulab::gui
