// Wide lines stroked in short runs look as one polyline does, and keep their gaps.
#include <QPicture>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>

#include "gui/common/ChunkedLineGraph.h"
#include "gui/common/LineRaster.h"
#include "support/TestRegistry.h"

using namespace relulab::gui;

namespace {

QImage whiteCanvas()
{
    QImage image(1400, 360, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// A falling, wiggling loss-like curve across the canvas.
QVector<QPointF> lossLikeCurve(int points)
{
    QVector<QPointF> curve;
    for (int i = 0; i < points; ++i)
        curve.append(QPointF(40.0 + 1300.0 * i / points,
                             40.0 + 260.0 * std::exp(-i / 80.0) + 2.0 * std::sin(i * 1.7)));
    return curve;
}

// Sharp turns up and down, as a noisy loss gives.
QVector<QPointF> zigzag(int points)
{
    QVector<QPointF> line;
    for (int i = 0; i < points; ++i)
        line.append(QPointF(40.0 + 10.7 * i, 180.0 + (i % 2 ? 9.0 : -9.0) + 0.3 * i));
    return line;
}

// A step line (the dead share's look): every corner a right angle.
QVector<QPointF> stepLine(int steps)
{
    QVector<QPointF> line;
    for (int i = 0; i < steps; ++i) {
        const double y = 60.0 + 40.0 * (i % 5);
        line.append(QPointF(40.0 + 13.0 * i, y));
        line.append(QPointF(40.0 + 13.0 * (i + 1), y));
    }
    return line;
}

// Pixels where the two pictures differ by more than `tolerance` in any channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance ||
                std::abs(qGreen(p) - qGreen(q)) > tolerance ||
                std::abs(qBlue(p) - qBlue(q)) > tolerance)
                ++n;
        }
    return n;
}

int inkedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

// The line rasterized (LineRaster) with the pen on `image`, anti-aliased; false when the pen and
// image do not allow that (nothing drawn).
bool rasterized(QImage &image, const QPen &pen, const QVector<QPointF> &line)
{
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(pen);
    if (!rasterizesLines(p)) return false;
    drawRasterizedPolyline(p, line.constData(), int(line.size()));
    return true;
}

// A graph of the data in an 800 x 300 QCustomPlot, drawn as a ChunkedLineGraph or as QCPGraph
// draws it.
QImage graphPicture(bool chunked, const QVector<double> &keys, const QVector<double> &values,
                    const QPen &pen, QCPGraph::LineStyle style, QCPRange x, QCPRange y,
                    bool antialiasAll)
{
    QCustomPlot plot;
    plot.resize(800, 300);
    QCPGraph *graph = chunked ? new ChunkedLineGraph(plot.xAxis, plot.yAxis)
                              : new QCPGraph(plot.xAxis, plot.yAxis);
    graph->setLineStyle(style);
    graph->setPen(pen);
    graph->setData(keys, values, true);
    plot.xAxis->setRange(x);
    plot.yAxis->setRange(y);
    if (antialiasAll) plot.setAntialiasedElements(QCP::aeAll);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    return plot.grab().toImage();
}

}  // namespace

class tst_ChunkedLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsLookAsOnePolylineDoes_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::addColumn<QVector<QPointF>>("line");
        QPen dashed(QColor(0xE6, 0x9F, 0x00), 2.6, Qt::DashLine, Qt::FlatCap);
        dashed.setDashPattern({3.0, 2.0});
        QPen dashDot(QColor(0xCC, 0x79, 0xA7), 2.2, Qt::DashDotLine, Qt::FlatCap, Qt::RoundJoin);
        dashDot.setDashPattern({5.0, 2.0, 1.0, 2.0});
        QTest::newRow("solid, round caps, 1,000 points")
            << QPen(QColor(0x00, 0x72, 0xB2), 2.4, Qt::SolidLine, Qt::RoundCap)
            << lossLikeCurve(1000);
        QTest::newRow("dashed, 310 points") << dashed << lossLikeCurve(310);
        QTest::newRow("dash-dot, 1,000 points") << dashDot << lossLikeCurve(1000);
        QTest::newRow("solid, round caps and joins, 1,000 points")
            << QPen(QColor(0x00, 0x72, 0xB2), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
            << lossLikeCurve(1000);
        QPen dashedRound = dashed;
        dashedRound.setJoinStyle(Qt::RoundJoin);
        QTest::newRow("dashed, round joins, 310 points") << dashedRound << lossLikeCurve(310);
        QTest::newRow("solid, flat caps, round joins, zigzag")
            << QPen(QColor(0x1A, 0x1A, 0x1A), 4.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin)
            << zigzag(120);
        QTest::newRow("thick step line, mitred corners")
            << QPen(QColor(0x1A, 0x1A, 0x1A), 4.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin)
            << stepLine(100);
    }

    void runsLookAsOnePolylineDoes()
    {
        QFETCH(QPen, pen);
        QFETCH(QVector<QPointF>, line);
        QImage whole = whiteCanvas(), runs = whiteCanvas();
        {
            QPainter p(&whole);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(pen);
            p.drawPolyline(line.constData(), int(line.size()));
        }
        {
            QPainter p(&runs);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(pen);
            QVERIFY(strokesInRuns(p));
            drawPolylineInRuns(p, line.constData(), int(line.size()));
            QCOMPARE(p.pen(), pen);  // the caller's pen, dash offset and all, is given back
        }
        const int inked = inkedPixels(whole);
        QVERIFY(inked > 1000);
        // Every corner, cap and dash where it was. Only the anti-aliased edge pixels of the shared
        // segments (one in kRunSegments + 1) differ: blended twice, they are up to a quarter of
        // the way darker.
        // Lines with round joins are rasterized from each pixel's distance to the line
        // (LineRaster, checked against the exact stroke below): where Qt's stroker fills the
        // inside of a sharp turn beyond the stroke (most where a dash ends just past one), at
        // most one inked pixel in fifty differs more.
        const bool rasterized = pen.joinStyle() == Qt::RoundJoin;
        QVERIFY2(differingPixels(whole, runs, 96) <= (rasterized ? inked / 50 : 0),
                 qPrintable(QString::number(differingPixels(whole, runs, 96))));
        const int faint = differingPixels(whole, runs, 24);
        QVERIFY2(faint <= inked / (rasterized ? 5 : 10),
                 qPrintable(QStringLiteral("%1 of %2 inked pixels differ by "
                                           "more than 24")
                                .arg(faint)
                                .arg(inked)));
    }

    // Each pixel of a rasterized line is the share of it the exact stroke covers (the points
    // within half the pen's width of the line, cut flat at flat ends; sampled 16 x 16 times per
    // pixel), blended over white, to within the anti-aliasing's usual error.
    void rasterizedLinesCoverWhatTheExactStrokeCovers_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::addColumn<QVector<QPointF>>("line");
        QTest::newRow("loss curve, round caps")
            << QPen(Qt::black, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
            << lossLikeCurve(300);
        QTest::newRow("zigzag, 4 px")
            << QPen(Qt::black, 4.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin) << zigzag(120);
        QPen dashes(Qt::black, 3.0, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        dashes.setDashPattern({3.0, 2.0});
        dashes.setDashOffset(0.7);
        QTest::newRow("dashes on a slope")
            << dashes << QVector<QPointF>{{30.3, 40.6}, {1300.9, 300.2}};
        QPen dashDot(Qt::black, 2.2, Qt::DashDotLine, Qt::FlatCap, Qt::RoundJoin);
        dashDot.setDashPattern({5.0, 2.0, 1.0, 2.0});
        QTest::newRow("dash-dot along a loss curve") << dashDot << lossLikeCurve(310);
        QTest::newRow("flat caps")
            << QPen(Qt::black, 5.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin)
            << QVector<QPointF>{{30.3, 40.6}, {700.9, 200.2}, {1200.4, 60.7}};
    }

    void rasterizedLinesCoverWhatTheExactStrokeCovers()
    {
        QFETCH(QPen, pen);
        QFETCH(QVector<QPointF>, line);
        QImage drawn = whiteCanvas();
        QVERIFY(rasterized(drawn, pen, line));
        const double h = pen.widthF() / 2.0;
        const bool flatEnds = pen.capStyle() == Qt::FlatCap;
        // Whether the dash pattern is on at a distance from the line's start.
        const QList<qreal> pattern = pen.dashPattern();
        double period = 0.0;
        if (pen.style() != Qt::SolidLine)
            for (qreal d : pattern)
                period += d * pen.widthF();
        const auto on = [&](double along) {
            if (period == 0.0) return true;
            double phase = std::fmod(along + pen.dashOffset() * pen.widthF(), period);
            for (qsizetype k = 0; k < pattern.size(); ++k) {
                phase -= pattern[k] * pen.widthF();
                if (phase < 0.0) return k % 2 == 0;
            }
            return false;
        };
        // Each segment's distance from the line's start, and the segments near each column of
        // eight pixels.
        std::vector<double> starts(size_t(line.size()), 0.0);
        std::vector<std::vector<qsizetype>> near(size_t(drawn.width() / 8 + 1));
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            const QPointF ab = line[i + 1] - line[i];
            starts[size_t(i + 1)] = starts[size_t(i)] + std::hypot(ab.x(), ab.y());
            const double lo = std::min(line[i].x(), line[i + 1].x()) - h - 2;
            const double hi = std::max(line[i].x(), line[i + 1].x()) + h + 2;
            for (int c = std::max(0, int(lo) / 8); c <= std::min(int(near.size()) - 1, int(hi) / 8);
                 ++c)
                near[size_t(c)].push_back(i);
        }
        // Within h of a segment where the pattern is on; past a segment's end only in a round
        // join's outer wedge (also past the neighbouring segment's end) or at a round cap.
        const auto direction = [&](qsizetype i) {
            const QPointF d = line[i + 1] - line[i];
            return d / std::hypot(d.x(), d.y());
        };
        const auto inside = [&](QPointF x) {
            for (qsizetype i : near[size_t(x.x()) / 8]) {
                const QPointF a = line[i], ab = line[i + 1] - a;
                const double length = std::hypot(ab.x(), ab.y());
                const double t = QPointF::dotProduct(x - a, ab) / (length * length);
                const double tc = std::clamp(t, 0.0, 1.0);
                const QPointF d = x - (a + tc * ab);
                if (std::hypot(d.x(), d.y()) > h || !on(starts[size_t(i)] + tc * length)) continue;
                if (t < 0.0 &&
                    (i == 0 ? flatEnds : QPointF::dotProduct(x - a, direction(i - 1)) <= 0.0))
                    continue;
                if (t > 1.0 &&
                    (i + 2 == line.size()
                         ? flatEnds
                         : QPointF::dotProduct(x - line[i + 1], direction(i + 1)) >= 0.0))
                    continue;
                return true;
            }
            return false;
        };
        int checked = 0, off = 0, worst = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x) {
                const int shade = qGray(drawn.pixel(x, y));
                // Only pixels near the line are worth sampling.
                bool close = shade < 255;
                for (int dy = -2; dy <= 2 && !close; dy += 2)
                    for (int dx = -2; dx <= 2 && !close; dx += 2)
                        close = drawn.rect().contains(x + dx, y + dy) &&
                                qGray(drawn.pixel(x + dx, y + dy)) < 255;
                if (!close) continue;
                int hits = 0;
                for (int sy = 0; sy < 16; ++sy)
                    for (int sx = 0; sx < 16; ++sx)
                        hits += inside(QPointF(x + (sx + 0.5) / 16.0, y + (sy + 0.5) / 16.0));
                const int expected = qRound(255.0 * (1.0 - hits / 256.0));
                const int error = std::abs(expected - shade);
                ++checked;
                off += error > 40;
                worst = std::max(worst, error);
            }
        QVERIFY(checked > 1000);
        // The anti-aliasing's error stays under 40 levels but for one pixel in fifty (sharp
        // corners), and under 144 everywhere (a dash ending a fraction of a pixel past a sharp
        // corner leaves the stretch before it uncut there).
        QVERIFY2(worst <= 144 && off <= checked / 50,
                 qPrintable(QStringLiteral("worst %1, %2 of %3 pixels off by more than 40")
                                .arg(worst)
                                .arg(off)
                                .arg(checked)));
    }

    // On a canvas larger than the scratch image kept per thread (an export at poster size) the
    // line gets an image of its own: the same pixels, and the kept scratch is still clear after.
    void posterSizedCanvasesGetTheSamePixels()
    {
        const QPen pen(QColor(0x00, 0x72, 0xB2), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const QVector<QPointF> line = lossLikeCurve(300);
        QImage poster(3000, 1800, QImage::Format_ARGB32_Premultiplied);
        poster.fill(Qt::white);
        QImage small = whiteCanvas(), again = whiteCanvas();
        for (QImage *image : {&poster, &small, &again})
            QVERIFY(rasterized(*image, pen, line));
        QCOMPARE(poster.copy(small.rect()), small);
        QCOMPARE(again, small);  // nothing left over in the scratch image from the poster
    }

    // A point repeated in the line (no segment between the two) changes nothing: the joins beside
    // it still turn the right way.
    void repeatedPointsDrawAsTheLineWithoutThem()
    {
        const QPen pen(Qt::black, 4.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
        const QVector<QPointF> line = zigzag(40);
        QVector<QPointF> repeated = {line.first()};  // at the flat ends too
        for (const QPointF &p : line) {
            repeated << p;
            if (repeated.size() % 3 == 0) repeated << p;
        }
        repeated << line.last();
        QImage once = whiteCanvas(), twice = whiteCanvas();
        QVERIFY(rasterized(once, pen, line));
        QVERIFY(rasterized(twice, pen, repeated));
        QVERIFY(inkedPixels(once) > 1000);
        QCOMPARE(twice, once);
    }

    void translucentThinAndVectorPensAreStrokedAtOnce()
    {
        QImage image = whiteCanvas();
        QPainter p(&image);
        p.setPen(QPen(QColor(0, 0, 0, 200), 3.0));
        QVERIFY(!strokesInRuns(p));
        p.setPen(QPen(Qt::black, 1.0));
        QVERIFY(!strokesInRuns(p));
        p.setPen(QPen(Qt::black, 3.0));
        QVERIFY(strokesInRuns(p));
        p.end();
        QPicture picture;  // a recording, as vector output: one path per line
        QPainter recording(&picture);
        recording.setPen(QPen(Qt::black, 3.0));
        QVERIFY(!strokesInRuns(recording));
    }

    // A dead share's step line over 600 snapshots, its value changing now and then: drawn with the
    // straight runs merged, it is the picture QCPGraph draws.
    void stepGraphLooksAsQCPGraphDraws()
    {
        QVector<double> keys, values;
        for (int i = 0; i < 600; ++i) {
            keys.append(i);
            values.append((i / 37) % 3 == 0 ? 0.25 : (i / 37) % 3 == 1 ? 0.5 : 0.125);
        }
        const QPen pen(QColor(0x1A, 0x1A, 0x1A), 4.0, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
        const auto draw = [&](bool chunked) {
            return graphPicture(chunked, keys, values, pen, QCPGraph::lsStepLeft, {0, 600},
                                {0, 0.6}, false);
        };
        const QImage plain = draw(false), chunked = draw(true);
        QVERIFY(inkedPixels(plain) > 2000);
        QCOMPARE(differingPixels(plain, chunked, 96), 0);
        QVERIFY(differingPixels(plain, chunked, 24) <= inkedPixels(plain) / 100);
    }

    // Every point the simplification drops lies within the tolerance of the line it keeps; the
    // ends stay; a smooth stretch keeps few points, a straight run its two ends, a turn back its
    // tip.
    void simplificationKeepsEveryPointWithinTheTolerance()
    {
        const auto distanceToPolyline = [](QPointF p, const QVector<QPointF> &line) {
            double best = std::numeric_limits<double>::infinity();
            for (qsizetype i = 0; i + 1 < line.size(); ++i) {
                const QPointF a = line[i], ab = line[i + 1] - a;
                const double length2 = QPointF::dotProduct(ab, ab);
                const double t =
                    length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0)
                                : 0.0;
                const QPointF d = p - (a + t * ab);
                best = std::min(best, std::hypot(d.x(), d.y()));
            }
            return best;
        };
        // A loss-like curve with noise, a smooth one, and a step line.
        QVector<QPointF> smooth;
        for (int i = 0; i < 1000; ++i)
            smooth.append(QPointF(40.0 + 0.7 * i, 40.0 + 260.0 * std::exp(-i / 150.0)));
        for (const QVector<QPointF> &curve : {lossLikeCurve(1000), smooth, stepLine(200)}) {
            for (double tolerance : {0.1, 0.5}) {
                const QVector<QPointF> kept =
                    simplifiedPolyline(curve.constData(), int(curve.size()), tolerance);
                QCOMPARE(kept.first(), curve.first());
                QCOMPARE(kept.last(), curve.last());
                double worst = 0.0;
                for (const QPointF &p : curve)
                    worst = std::max(worst, distanceToPolyline(p, kept));
                QVERIFY2(worst <= tolerance + 1e-9, qPrintable(QString::number(worst)));
            }
        }
        const QVector<QPointF> smoothKept = simplifiedPolyline(smooth.constData(), 1000, 0.1);
        QVERIFY2(smoothKept.size() < 100, qPrintable(QString::number(smoothKept.size())));
        // A step line keeps its corners and nothing between them.
        const QVector<QPointF> steps = {{0, 10}, {5, 10}, {10, 10}, {10, 20}, {15, 20}, {20, 20}};
        QCOMPARE(simplifiedPolyline(steps.constData(), 6, 0.1),
                 QVector<QPointF>({{0, 10}, {10, 10}, {10, 20}, {20, 20}}));
        // Out and back along one line: the tip stays.
        const QVector<QPointF> back = {{0, 0}, {10, 0}, {4, 0}};
        QCOMPARE(simplifiedPolyline(back.constData(), 3, 0.1), back);
        QCOMPARE(simplifiedPolyline(back.constData(), 1, 0.1), QVector<QPointF>({{0, 0}}));
    }

    // A smooth loss curve of 1,000 points, simplified within a tenth of a pixel and stroked in
    // runs: the picture QCPGraph draws from all its points.
    void smoothGraphLooksAsQCPGraphDraws()
    {
        QVector<double> keys, values;
        for (int i = 0; i < 1000; ++i) {
            keys.append(i);
            values.append(0.05 + 0.6 * std::exp(-i / 200.0));
        }
        const QPen pen(QColor(0x00, 0x72, 0xB2), 2.4, Qt::SolidLine, Qt::RoundCap);
        const auto draw = [&](bool chunked) {
            return graphPicture(chunked, keys, values, pen, QCPGraph::lsLine, {0, 1000}, {0, 0.7},
                                true);
        };
        const QImage plain = draw(false), chunked = draw(true);
        QVERIFY(inkedPixels(plain) > 2000);
        QCOMPARE(differingPixels(plain, chunked, 96), 0);
        QVERIFY(differingPixels(plain, chunked, 40) <= inkedPixels(plain) / 50);
    }

    // A NaN point in the data leaves a gap in the graph's line, as QCPGraph's does.
    void graphLinesKeepTheirGaps()
    {
        QCustomPlot plot;
        plot.resize(600, 300);
        auto *graph = new ChunkedLineGraph(plot.xAxis, plot.yAxis);
        graph->setPen(QPen(Qt::black, 3.0));
        QVector<double> x, y;
        for (int i = 0; i <= 100; ++i) {
            x.append(i);
            y.append(i >= 45 && i <= 55 ? std::numeric_limits<double>::quiet_NaN() : 0.5);
        }
        graph->setData(x, y, true);
        plot.xAxis->setRange(0, 100);
        plot.yAxis->setRange(0, 1);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QImage image = plot.grab().toImage();
        const int row = qRound(plot.yAxis->coordToPixel(0.5));
        const auto darkAt = [&](double key) {
            const int column = qRound(plot.xAxis->coordToPixel(key));
            return qGray(image.pixel(column, row)) < 100;
        };
        QVERIFY(darkAt(20.0));
        QVERIFY(darkAt(80.0));
        QVERIFY(!darkAt(50.0));
    }
};

RELULAB_TEST_MAIN(tst_ChunkedLines)
#include "tst_chunkedlines.moc"
