// The snapshot analysis without widgets: the field is the network's own pre-activations, kinks are
// Maxout breakpoints and ReLU zero crossings, links, bins and off intervals are exact, states are
// the report's, and the pictures use the palette they were asked for.
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "core/DeadUnits.h"
#include "core/LinearRegions.h"
#include "core/Maxout.h"
#include "core/Mlp.h"
#include "core/RegionColouring.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSnapshot.h"
#include "support/ExactReal.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;
using test::exact;

namespace {

core::Dataset plane(const std::vector<std::array<double, 2>> &points)
{
    core::Dataset d;
    d.task = core::TaskKind::Classification;
    d.inputDim = 2;
    for (const auto &[x1, x2] : points) {
        d.inputs.insert(d.inputs.end(), {x1, x2});
        d.targets.push_back(x1 > 0 ? 1.0 : 0.0);
    }
    return d;
}

core::Dataset line(const std::vector<double> &xs)
{
    core::Dataset d;
    d.task = core::TaskKind::Regression;
    d.inputDim = 1;
    d.inputs = xs;
    for (double x : xs)
        d.targets.push_back(std::abs(x));
    return d;
}

session::TrainingSnapshot snapshotOf(const core::Mlp &net, const core::Dataset &train)
{
    session::TrainingSnapshot s;
    s.network = net.config();
    s.parameters.assign(net.parameters().begin(), net.parameters().end());
    s.dead = core::analyseDeadUnits(net, train);
    return s;
}

// 2 inputs, hidden {2}: unit 0 has z = x1 - 2 x2, unit 1 z = 0.5 x1 + 4 x2 + 0.25.
core::Mlp planeNet(core::HiddenActivation activation = core::HiddenActivation::Relu)
{
    core::NetworkConfig config;
    config.inputs = 2;
    config.hidden = {2};
    config.activation = activation;
    core::Mlp net(config, 1);
    net.weight(0, 0, 0) = 1.0;
    net.weight(0, 0, 1) = -2.0;
    net.bias(0, 0) = 0.0;
    net.weight(0, 1, 0) = 0.5;
    net.weight(0, 1, 1) = 4.0;
    net.bias(0, 1) = 0.25;
    net.weight(1, 0, 0) = 3.0;
    net.weight(1, 0, 1) = -1.5;
    net.bias(1, 0) = 0.1;
    return net;
}

session::AnalysisRequest gridOf(int resolution)
{
    session::AnalysisRequest request;
    request.fieldResolution = resolution;
    return request;
}

// Ramps and a tile whose every colour says where it came from.
session::AnalysisPalette telltalePalette()
{
    session::AnalysisPalette p;
    for (int i = 0; i < session::AnalysisPalette::kRampLevels; ++i) {
        p.prediction[size_t(i)] = qRgb(i, 0, 255 - i);
        p.on[size_t(i)] = qRgb(0, i, 7);
    }
    p.offTile = QImage(4, 4, QImage::Format_RGB32);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            p.offTile.setPixel(x, y, (x + y) % 4 == 0 ? qRgb(200, 10, 10) : qRgb(90, 90, 90));
    p.offFill = qRgb(1, 2, 3);
    p.kinkLine = qRgb(4, 5, 6);
    return p;
}

// A 200 x 100 canvas for planeNet: inputs at the left, the two units in the middle, the output
// at the right; every pen 5 px wide in a colour that names its sign and level.
session::LinkCanvas telltaleCanvas()
{
    session::LinkCanvas c;
    c.size = QSize(200, 100);
    c.starts = {{QPointF(10, 20), QPointF(10, 80)}, {QPointF(110, 30), QPointF(110, 70)}};
    c.ends = {{QPointF(100, 30), QPointF(100, 70)}, {QPointF(190, 50)}};
    for (int sign = 0; sign < 2; ++sign)
        for (int level = 0; level < session::kLinkLevels; ++level)
            c.pens[size_t(sign)][size_t(level)] = {QColor(20 * level, 200 * sign, 50), 5.0};
    c.silent = {QColor(128, 128, 128), 5.0};
    c.minStrength = 0.2;
    return c;
}

QColor colourAtMiddle(const QImage &image, QPointF a, QPointF b)
{
    const QPointF m = (a + b) / 2.0;
    return image.pixelColor(int(m.x()), int(m.y()));
}

}  // namespace

class tst_SnapshotAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldHoldsTheNetworksPreActivationsAndPredictionAtEveryGridPoint()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}, {0.2, 0.1}});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(9));
        const core::InputField &f = a->field;
        QVERIFY(a->hasField);
        QCOMPARE(f.columns, 9);
        QCOMPARE(f.rows, 9);
        QCOMPARE(f.units, 2);
        std::vector<double> z;
        for (int r = 0; r < f.rows; ++r) {
            for (int c = 0; c < f.columns; ++c) {
                const double x[2] = {f.x(c), f.y(r)};
                net.preActivations(x, z);
                QCOMPARE(exact(f.preActivation(c, r, 0)), exact(z[0]));
                QCOMPARE(exact(f.preActivation(c, r, 1)), exact(z[1]));
                QCOMPARE(exact(f.prediction[size_t(r * f.columns + c)]), exact(net.predict(x)));
            }
        }
    }

    void fieldOfATwoInputNetTakesTheRequestedAreasAspect()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}});  // bounds [-1, 1]^2
        session::AnalysisRequest request = gridOf(9);
        request.viewWidth = 400;
        request.viewHeight = 200;
        const core::InputBounds b =
            session::analyseSnapshot(snapshotOf(net, data), data, request)->field.bounds;
        QCOMPARE(exact(b.x0), exact(-2.0));
        QCOMPARE(exact(b.x1), exact(2.0));
        QCOMPARE(exact(b.y0), exact(-1.0));
        QCOMPARE(exact(b.y1), exact(1.0));
    }

    void maxoutKinksAreTheBreakpointsOfEachFirstLayerUnitsEnvelope()
    {
        core::NetworkConfig config;
        config.inputs = 1;
        config.hidden = {2};
        config.activation = core::HiddenActivation::Maxout;
        config.pieces = 3;
        config.task = core::TaskKind::Regression;
        core::Mlp net(config, 1);
        // Unit 0: max(-x - 0.5, 0, x - 0.5), kinks at -0.5 and 0.5. Unit 1: max(2x + 0.3, 0.5x,
        // -x + 5): the middle piece never wins; the crossing of the outer two at x = 4.7 / 3 is
        // outside the bounds.
        const double pieces[2][3][2] = {{{-1.0, -0.5}, {0.0, 0.0}, {1.0, -0.5}},
                                        {{2.0, 0.3}, {0.5, 0.0}, {-1.0, 5.0}}};
        std::vector<double> expected;
        const core::Dataset data = line({-0.9, 0.0, 0.9});
        const core::InputBounds bounds = core::boundsOf(data);
        for (int u = 0; u < 2; ++u) {
            std::vector<core::MaxoutPiece> unit;
            for (int k = 0; k < 3; ++k) {
                net.weight(0, u, 0, k) = pieces[u][k][0];
                net.bias(0, u, k) = pieces[u][k][1];
                unit.push_back({pieces[u][k][0], pieces[u][k][1]});
            }
            const core::Maxout envelope(unit);
            for (double x : envelope.breakpoints())
                if (x >= bounds.x0 && x <= bounds.x1) expected.push_back(x);
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(expected, (std::vector<double>{-0.5, 0.5}));
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(41));
        QCOMPARE(a->kinks, expected);
        QCOMPARE(a->kinkOutputs.size(), expected.size());
        for (size_t k = 0; k < expected.size(); ++k)
            QCOMPARE(exact(a->kinkOutputs[k]),
                     exact(net.predict(std::span<const double>(&expected[k], 1))));
    }

    void rectifierKinksAreWhereEachFirstLayerUnitCrossesZero_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::addColumn<bool>("kinked");
        QTest::newRow("relu") << core::HiddenActivation::Relu << true;
        QTest::newRow("leaky") << core::HiddenActivation::Leaky << true;
        QTest::newRow("tanh: smooth, no kinks") << core::HiddenActivation::Tanh << false;
    }

    void rectifierKinksAreWhereEachFirstLayerUnitCrossesZero()
    {
        QFETCH(core::HiddenActivation, activation);
        QFETCH(bool, kinked);
        core::NetworkConfig config;
        config.inputs = 1;
        config.hidden = {3};
        config.activation = activation;
        config.task = core::TaskKind::Regression;
        core::Mlp net(config, 1);
        // z = x - 0.25, z = -2x - 1 (kink at -0.5), z = x + 9 (kink at -9, outside the bounds).
        const double w[3][2] = {{1.0, -0.25}, {-2.0, -1.0}, {1.0, 9.0}};
        for (int u = 0; u < 3; ++u) {
            net.weight(0, u, 0) = w[u][0];
            net.bias(0, u) = w[u][1];
        }
        const core::Dataset data = line({-0.9, 0.9});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(41));
        const std::vector<double> expected =
            kinked ? std::vector<double>{-0.5, 0.25} : std::vector<double>{};
        QCOMPARE(a->kinks, expected);
    }

    void offIntervalOfAFirstLayerUnitIsExact()
    {
        core::NetworkConfig config;
        config.inputs = 1;
        config.hidden = {2};
        config.activation = core::HiddenActivation::Relu;
        config.task = core::TaskKind::Regression;
        core::Mlp net(config, 1);
        net.weight(0, 0, 0) = -2.0;  // z = -2x + 1: off for x >= 0.5
        net.bias(0, 0) = 1.0;
        net.weight(0, 1, 0) = 3.0;  // z = 3x - 0.3: off for x <= 0.1 (not a double, exactly -b/w)
        net.bias(0, 1) = -0.3;
        const core::Dataset data = line({-0.9, 0.9});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(7));
        const core::InputBounds &b = a->field.bounds;
        QCOMPARE(a->offRegions.size(), size_t{2});
        QCOMPARE(a->offRegions[0].intervals, (std::vector<core::Interval>{{0.5, b.x1}}));
        QCOMPARE(a->offRegions[1].intervals, (std::vector<core::Interval>{{b.x0, 0.3 / 3.0}}));
    }

    void linkStrengthsAreEachWeightOverTheLargestOfItsGap()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{0.5, 0.5}});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(5));
        QCOMPARE(a->links.size(), size_t{2});
        // Into unit 0 from x1, x2; into unit 1 from x1, x2; the largest |w| is 4.
        const std::vector<core::Link> &first = a->links[0];
        QCOMPARE(first.size(), size_t{4});
        const double strength[4] = {0.25, 0.5, 0.125, 1.0};
        const bool positive[4] = {true, false, true, true};
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(first[i].from, int(i % 2));
            QCOMPARE(first[i].to, int(i / 2));
            QCOMPARE(exact(first[i].strength), exact(strength[i]));
            QCOMPARE(first[i].positive, positive[i]);
        }
        const std::vector<core::Link> &out = a->links[1];
        QCOMPARE(out.size(), size_t{2});
        QCOMPARE(exact(out[0].strength), exact(1.0));
        QCOMPARE(exact(out[1].strength), exact(0.5));
        QVERIFY(!out[1].positive);
    }

    // The links of planeNet on the example (0, 1), where unit 0 (z = -2) is dead: each drawn in
    // its sign's and strength level's pen, the link out of the dead unit in the silent pen, the
    // one under minStrength not at all.
    void linksAreDrawnOnTheRequestedCanvasInTheirLevelsPens()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{0.0, 1.0}});
        session::AnalysisRequest request = gridOf(5);
        request.links = telltaleCanvas();
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        QCOMPARE(a->dead.states[0][0], core::UnitState::Dead);
        const QImage &image = a->linkImage;
        QCOMPARE(image.size(), QSize(200, 100));
        const auto &st = request.links.starts;
        const auto &en = request.links.ends;
        const auto pen = [&](int sign, int level) {
            return request.links.pens[size_t(sign)][size_t(level)].colour;
        };
        // x1 -> unit 0: 0.25 of the gap's largest |w|, positive: level 2.
        QCOMPARE(colourAtMiddle(image, st[0][0], en[0][0]), pen(0, 2));
        // x2 -> unit 0: 0.5, negative: level 4.
        QCOMPARE(colourAtMiddle(image, st[0][1], en[0][0]), pen(1, 4));
        // x2 -> unit 1: the largest, positive: the top level.
        QCOMPARE(colourAtMiddle(image, st[0][1], en[0][1]), pen(0, session::kLinkLevels - 1));
        // x1 -> unit 1: 0.125, under minStrength: transparent.
        QCOMPARE(colourAtMiddle(image, st[0][0], en[0][1]).alpha(), 0);
        // Out of the dead unit 0: silent; out of unit 1: 0.5 of the largest, negative.
        QCOMPARE(colourAtMiddle(image, st[1][0], en[1][0]), request.links.silent.colour);
        QCOMPARE(colourAtMiddle(image, st[1][1], en[1][0]), pen(1, 4));
        // Away from every link: transparent.
        QCOMPARE(image.pixelColor(195, 95).alpha(), 0);
    }

    void noLinkPictureWithoutACanvasOrForAnotherShape()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{0.0, 1.0}});
        QVERIFY(
            session::analyseSnapshot(snapshotOf(net, data), data, gridOf(5))->linkImage.isNull());
        session::AnalysisRequest request = gridOf(5);
        request.links = telltaleCanvas();
        request.links.ends[1].clear();  // laid out for a net without the output's links
        QVERIFY(session::analyseSnapshot(snapshotOf(net, data), data, request)->linkImage.isNull());
        request.links = telltaleCanvas();
        request.links.starts.pop_back();  // one gap fewer
        QVERIFY(session::analyseSnapshot(snapshotOf(net, data), data, request)->linkImage.isNull());
    }

    // The selected unit's off-region filled with the canvas's tile on an image of its plot area:
    // unit 0 of planeNet (z = x1 - 2 x2) is off above the line x2 = x1 / 2. The tile is anchored
    // at the view's origin, not the plot area's corner.
    void offRegionIsFilledOnTheRequestedCanvas()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-1.0, -1.0}, {1.0, 1.0}});
        session::AnalysisRequest request = gridOf(9);
        session::OffCanvas &c = request.off;
        c.unit = 0;
        c.area = QRect(13, 7, 200, 200);  // the plot area, where the view maps [-1, 1]^2
        c.dataToPixels = QTransform(100.0, 0.0, 0.0, -100.0, 113.0, 107.0);
        c.hatch = QImage(3, 3, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 3; ++x)
                c.hatch.setPixel(x, y, x == 0 ? qRgb(200, 0, 0) : qRgb(0, 0, 200));
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        const QImage &image = a->offImage;
        QCOMPARE(image.size(), QSize(200, 200));
        // (x1, x2) -> the image's pixel; off means z = x1 - 2 x2 <= 0.
        const auto at = [&](double x1, double x2) {
            const QPointF p = c.dataToPixels.map(QPointF(x1, x2)) - QPointF(c.area.topLeft());
            return QPoint(int(p.x()), int(p.y()));
        };
        QCOMPARE(qAlpha(image.pixel(at(-0.5, 0.5))), 255);  // z = -1.5: off, filled
        QCOMPARE(qAlpha(image.pixel(at(0.5, -0.5))), 0);    // z = 1.5: on, empty
        QCOMPARE(qAlpha(image.pixel(at(0.9, 0.5))), 255);   // z = -0.1
        QCOMPARE(qAlpha(image.pixel(at(0.9, 0.4))), 0);     // z = 0.1
        // The tile's red column where the view's x is a multiple of 3.
        for (int x = 100; x < 106; ++x) {
            const bool red = (x + c.area.left()) % 3 == 0;
            QCOMPARE(qRed(image.pixel(x, 10)) == 200, red);
        }
        // No unit, or one the network lacks: no picture.
        c.unit = -1;
        QVERIFY(session::analyseSnapshot(snapshotOf(net, data), data, request)->offImage.isNull());
        c.unit = 5;
        QVERIFY(session::analyseSnapshot(snapshotOf(net, data), data, request)->offImage.isNull());
    }

    // z = x1 of unit 0 over six examples spanning [-1.25, 2.5]: 31 bins of exactly 0.125 from
    // -1.25, so 0 is the edge between bins 9 and 10.
    void histogramBinsEachUnitsPreActivationsOnTheTrainingData()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data =
            plane({{-1.25, 0.0}, {2.5, 0.0}, {0.0, 1.0}, {0.0, -1.0}, {0.3, 0.0}, {-0.1, 0.0}});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(5));
        QCOMPARE(a->trainingPreActivations.size(), size_t{2});
        QCOMPARE(a->trainingPreActivations[0],
                 (std::vector<double>{-1.25, 2.5, -2.0, 2.0, 0.3, -0.1}));
        // -2 x2 moves the two on x1 = 0; unit 0 is z = x1 - 2 x2.
        const core::Dataset onAxis =
            plane({{-1.25, 0.0}, {2.5, 0.0}, {0.0, 0.0}, {0.0, 0.0}, {0.3, 0.0}, {-0.1, 0.0}});
        const auto b = session::analyseSnapshot(snapshotOf(net, onAxis), onAxis, gridOf(5));
        const core::Histogram &h = b->histograms[0];
        QCOMPARE(exact(h.start), exact(-1.25));
        QCOMPARE(exact(h.width), exact(0.125));
        std::vector<double> expected(31, 0.0);
        expected[0] = 1;   // -1.25
        expected[9] = 1;   // -0.1
        expected[10] = 2;  // 0, 0
        expected[12] = 1;  // 0.3
        expected[30] = 1;  // 2.5
        QCOMPARE(h.counts, expected);
        QCOMPARE(exact(h.centre(10)), exact(0.0625));
    }

    void unitStatesAreTheSnapshotsReport()
    {
        core::Mlp net = planeNet();
        net.bias(0, 0) = -100.0;  // dead on the data
        const core::Dataset data = plane({{0.5, 0.5}, {-0.5, 0.2}, {0.1, -0.9}});
        const session::TrainingSnapshot s = snapshotOf(net, data);
        QCOMPARE(s.dead.states[0][0], core::UnitState::Dead);
        const auto a = session::analyseSnapshot(s, data, gridOf(5));
        QCOMPARE(a->dead.states, s.dead.states);
        QCOMPARE(a->dead.deadUnits, 1);
        QCOMPARE(a->dead.inactiveUnits, s.dead.inactiveUnits);
        QCOMPARE(a->dead.starvedUnits, s.dead.starvedUnits);
        QCOMPARE(a->dead.collapsed, s.dead.collapsed);
        QCOMPARE(a->widths, std::vector<int>{2});
        // A report of another shape is not trusted: every unit active, nothing counted.
        session::TrainingSnapshot other = s;
        other.dead.states = {{core::UnitState::Dead}};
        const auto b = session::analyseSnapshot(other, data, gridOf(5));
        QCOMPARE(b->dead.states, (std::vector<std::vector<core::UnitState>>{
                                     {core::UnitState::Active, core::UnitState::Active}}));
        QCOMPARE(b->dead.deadUnits, 0);
        QVERIFY(std::isnan(b->dead.activeFraction[0][1]));
    }

    void predictionImageColoursEachGridPointFromThePalette()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{0.5, 0.5}, {-0.5, -0.5}});
        session::AnalysisRequest request = gridOf(6);
        request.palette = telltalePalette();
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        const QImage &image = a->predictionImage;
        QCOMPARE(image.size(), QSize(6, 6));
        for (int r = 0; r < 6; ++r) {
            for (int c = 0; c < 6; ++c) {
                const double p = a->field.prediction[size_t(r * 6 + c)];
                const QRgb expected = qRgb(int(p * 255), 0, 255 - int(p * 255));
                // The top row is the largest x2.
                QCOMPARE(image.pixel(c, 5 - r), expected);
            }
        }
    }

    void planeThumbnailIsHatchedWhereTheUnitIsOffAndRampedWhereItIsOn_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::newRow("relu: hatched off side") << core::HiddenActivation::Relu;
        QTest::newRow("sigmoid: plain off side") << core::HiddenActivation::Sigmoid;
    }

    void planeThumbnailIsHatchedWhereTheUnitIsOffAndRampedWhereItIsOn()
    {
        QFETCH(core::HiddenActivation, activation);
        // Unit 0 turned into z = x1: off on the left half of the plane, on the right.
        core::Mlp net = planeNet(activation);
        net.weight(0, 0, 1) = 0.0;
        const core::Dataset data = plane({{0.5, 0.5}, {-0.5, -0.5}});  // bounds [-1, 1]^2
        session::AnalysisRequest request = gridOf(9);
        request.palette = telltalePalette();
        request.thumbnailPixels = 20;
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        QCOMPARE(a->thumbnails.size(), size_t{2});
        const QImage &t = a->thumbnails[0];
        QCOMPARE(t.size(), QSize(20, 20));
        const bool hatched = activation == core::HiddenActivation::Relu;
        for (int y : {0, 7, 19}) {
            for (int x : {0, 3, 8}) {
                const QRgb off =
                    hatched ? request.palette.offTile.pixel(x % 4, y % 4) : request.palette.offFill;
                QCOMPARE(t.pixel(x, y), off);
            }
            // The rightmost column: z = 19.5 / 20 of the largest z, on the ramp by its root.
            const int level = int(std::sqrt(19.5 / 20.0 * 2.0 - 1.0) * 255.0);
            const int green = qGreen(t.pixel(19, y));
            QVERIFY2(std::abs(green - level) <= 1 && qBlue(t.pixel(19, y)) == 7,
                     qPrintable(QString::number(green)));
            // The unit's z = 0 line where on meets off.
            QCOMPARE(t.pixel(10, y), request.palette.kinkLine);
        }
    }

    void regionsAreTheExactRegionsOfTheFieldsBoundsWhenAskedFor()
    {
        // The two first-layer lines cross at (-0.1, -0.05), inside the field: four regions.
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}});
        session::AnalysisRequest request = gridOf(9);
        request.viewWidth = 400;
        request.viewHeight = 200;
        request.regions = true;
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        const core::LinearRegions &r = a->regions;
        QCOMPARE(r.status, core::RegionsStatus::Complete);
        QCOMPARE(r.count, size_t{4});
        QVERIFY(r.detailed);
        QCOMPARE(exact(r.box.x0), exact(a->field.bounds.x0));
        QCOMPARE(exact(r.box.x1), exact(a->field.bounds.x1));
        QCOMPARE(exact(r.box.y0), exact(a->field.bounds.y0));
        QCOMPARE(exact(r.box.y1), exact(a->field.bounds.y1));
        const core::LinearRegions direct = core::computeLinearRegions(net, a->field.bounds);
        QCOMPARE(r.firstVertex, direct.firstVertex);
        QCOMPARE(r.patterns, direct.patterns);
        double area = 0.0;
        for (size_t i = 0; i < r.count; ++i)
            area += r.area(i);
        QVERIFY(std::abs(area - 8.0) < 1e-12);  // the field's [-2, 2] x [-1, 1]
        // Four quadrants round one crossing: each touches two others, which differ from it.
        QCOMPARE(a->regionColours.size(), size_t{4});
        for (const auto &[i, j] : core::adjacentRegions(r))
            QVERIFY(a->regionColours[size_t(i)] != a->regionColours[size_t(j)]);
        QCOMPARE(core::adjacentRegions(r).size(), size_t{4});
    }

    void withoutTheRegionsFlagOnlyTheCountIsKept()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}});
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, gridOf(9));
        QCOMPARE(a->regions.status, core::RegionsStatus::Complete);
        QCOMPARE(a->regions.count, size_t{4});
        QVERIFY(!a->regions.detailed);
        QVERIFY(a->regions.vertices.empty());
        QVERIFY(a->regions.patterns.empty());
        QVERIFY(a->regionColours.empty());
    }

    void regionLimitStopsTheCountAndSaysSo()
    {
        const core::Mlp net = planeNet();
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}});
        session::AnalysisRequest request = gridOf(9);
        request.regions = true;
        request.regionLimit = 3;
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        QCOMPARE(a->regions.status, core::RegionsStatus::LimitReached);
        QCOMPARE(a->regions.limit, 3);
        QVERIFY(a->regions.count <= 3);
    }

    void sigmoidAndTanhHaveNoRegions_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid;
        QTest::newRow("tanh") << core::HiddenActivation::Tanh;
    }

    void sigmoidAndTanhHaveNoRegions()
    {
        QFETCH(core::HiddenActivation, activation);
        const core::Mlp net = planeNet(activation);
        const core::Dataset data = plane({{-0.5, 0.5}, {0.5, -0.5}});
        session::AnalysisRequest request = gridOf(9);
        request.regions = true;
        const auto a = session::analyseSnapshot(snapshotOf(net, data), data, request);
        QCOMPARE(a->regions.status, core::RegionsStatus::NotPiecewiseLinear);
        QCOMPARE(a->regions.count, size_t{0});
    }
};

RELULAB_TEST_GUILESS_MAIN(tst_SnapshotAnalysis)
#include "tst_snapshotanalysis.moc"
