// Tests of the Training tab's network diagram: geometry, selection, the dead-unit marks.
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cstdlib>

#include "core/DeadUnits.h"
#include "core/Mlp.h"
#include "gui/style/PlotStyle.h"
#include "gui/training/DiagramLayout.h"
#include "gui/training/NetworkDiagram.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSnapshot.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;
using gui::NetworkDiagram;
using gui::UnitRef;

namespace {

const UnitRef kDeadUnit{0, 1};
const UnitRef kActiveUnit{0, 0};

core::Dataset handMadeData()
{
    core::Dataset data;
    data.task = core::TaskKind::Classification;
    data.inputDim = 2;
    data.inputs = {-1.0, -1.0, 1.0, -1.0, -1.0, 1.0, 1.0, 1.0, 0.0, 0.5, 0.5, 0.0};
    data.targets = {0, 1, 1, 0, 1, 1};
    return data;
}

// 2 inputs, hidden {3, 2}, ReLU; layer 0 unit 1 has bias -100 and is dead on the data.
struct HandMadeRun
{
    session::TrainingSnapshot snapshot;
    core::Dataset data;
};

HandMadeRun handMadeRun(core::HiddenActivation activation = core::HiddenActivation::Relu)
{
    core::NetworkConfig config;
    config.inputs = 2;
    config.hidden = {3, 2};
    config.activation = activation;
    core::Mlp net(config, 1);
    const double layer0[3][3] = {{1.0, 0.0, 0.1}, {0.5, 0.5, -100.0}, {0.0, 1.0, 0.2}};
    for (int u = 0; u < 3; ++u) {
        net.weight(0, u, 0) = layer0[u][0];
        net.weight(0, u, 1) = layer0[u][1];
        net.bias(0, u) = layer0[u][2];
    }
    const double layer1[2][4] = {{1.0, 0.3, 1.0, 0.5}, {1.0, -0.4, -1.0, 0.0}};
    for (int u = 0; u < 2; ++u) {
        for (int from = 0; from < 3; ++from)
            net.weight(1, u, from) = layer1[u][from];
        net.bias(1, u) = layer1[u][3];
    }
    net.weight(2, 0, 0) = 1.0;
    net.weight(2, 0, 1) = -0.7;
    net.bias(2, 0) = 0.0;

    const core::Dataset data = handMadeData();
    HandMadeRun run;
    run.snapshot.network = config;
    const auto params = net.parameters();
    run.snapshot.parameters.assign(params.begin(), params.end());
    run.snapshot.dead = core::analyseDeadUnits(net, data);
    run.data = data;
    return run;
}

// 2 inputs, hidden {2, 2, 2}, ReLU: the middle layer is off on every example, so the unit of
// layer 1 that is on somewhere gets no gradient from above and both units of layer 3 (z = their
// positive bias) see only zeros: three starved units, three dead ones, a collapsed net.
HandMadeRun starvedRun()
{
    core::NetworkConfig config;
    config.inputs = 2;
    config.hidden = {2, 2, 2};
    config.activation = core::HiddenActivation::Relu;
    core::Mlp net(config, 1);
    const double weights[3][2][3] = {{{1.0, 0.0, 0.1}, {0.5, 0.5, -100.0}},
                                     {{1.0, 1.0, -10.0}, {-1.0, 1.0, -10.0}},
                                     {{1.0, 1.0, 0.5}, {1.0, -1.0, 2.0}}};
    for (int l = 0; l < 3; ++l) {
        for (int u = 0; u < 2; ++u) {
            net.weight(l, u, 0) = weights[l][u][0];
            net.weight(l, u, 1) = weights[l][u][1];
            net.bias(l, u) = weights[l][u][2];
        }
    }
    const core::Dataset data = handMadeData();
    HandMadeRun run;
    run.snapshot.network = config;
    const auto params = net.parameters();
    run.snapshot.parameters.assign(params.begin(), params.end());
    run.snapshot.dead = core::analyseDeadUnits(net, data);
    run.data = data;
    return run;
}

// A network of the given shape with its seeded initial weights, analysed on the data.
HandMadeRun seededRun(core::NetworkConfig config, const core::Dataset &data)
{
    core::Mlp net(config, 7);
    HandMadeRun run;
    run.snapshot.network = config;
    const auto params = net.parameters();
    run.snapshot.parameters.assign(params.begin(), params.end());
    run.snapshot.dead = core::analyseDeadUnits(net, data);
    run.data = data;
    return run;
}

bool nearColour(QRgb pixel, const QColor &colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance &&
           std::abs(qGreen(pixel) - colour.green()) <= tolerance &&
           std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

bool rectContainsColour(const QImage &image, const QRect &rect, const QColor &colour)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.rect().contains(x, y) && nearColour(image.pixel(x, y), colour, 40))
                return true;
    return false;
}

// The run's analysis as the Training tab has it made for this diagram: a 24 x 24 grid over the
// data's bounds, thumbnails at the size the diagram lays its units out for this network.
void show(NetworkDiagram &diagram, const HandMadeRun &run)
{
    session::AnalysisRequest request;
    request.fieldResolution = 24;
    request.palette = diagram.thumbnailPalette();
    request.devicePixelRatio = diagram.devicePixelRatioF();
    request.curveLineWidth = diagram.thumbnailLineWidth();
    diagram.setAnalysis(session::analyseSnapshot(run.snapshot, run.data, request));
    request.thumbnailPixels = diagram.thumbnailPixels();
    diagram.setAnalysis(session::analyseSnapshot(run.snapshot, run.data, request));
}

std::vector<UnitRef> allUnits(const std::vector<int> &widths)
{
    std::vector<UnitRef> units;
    for (int l = 0; l < static_cast<int>(widths.size()); ++l)
        for (int u = 0; u < widths[static_cast<size_t>(l)]; ++u)
            units.push_back({l, u});
    return units;
}

// Set RELULAB_DIAGRAM_PNG=/tmp/diagram to look at the renderings (…-name.png).
void saveForInspection(NetworkDiagram &diagram, const char *name)
{
    const QByteArray prefix = qgetenv("RELULAB_DIAGRAM_PNG");
    if (!prefix.isEmpty())
        diagram.grab().save(QString::fromLocal8Bit(prefix) + "-" + name + ".png");
}

}  // namespace

class tst_NetworkDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitRectsLieInsideTheWidgetWithoutOverlap();
    void unitAtTheCentreOfAUnitRectIsThatUnit();
    void clickSelectsTheUnitAndEmitsOnce();
    void arrowKeysMoveTheSelectionAndHomeClearsIt();
    void deadUnitIsDrawnInVermillionAndActiveUnitIsNot();
    void deadUnitTooltipSaysDead();
    void accessibleDescriptionCountsDeadUnits();
    void starvedUnitHasItsOwnMarkAndTooltip();
    void accessibleDescriptionCountsStarvedUnitsAndSaysCollapsed();
    void selectionOfAUnitTheNetworkLacksIsCleared();
    void emptyDiagramPaintsWithoutCrashing();
    void twelveLayersOfThirtyTwoUnitsFitWithoutOverlap();
    void endColumnsAreWideEnoughForTheirHeadings();
    void regressionNetworkPaintsCurveThumbnails();
    void saturatingUnitsAreNeitherHatchedNorCalledOff_data();
    void saturatingUnitsAreNeitherHatchedNorCalledOff();
};

void tst_NetworkDiagram::unitRectsLieInsideTheWidgetWithoutOverlap()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    const auto units = allUnits({3, 2});
    for (const UnitRef u : units) {
        const QRectF r = diagram.unitRect(u);
        QVERIFY(!r.isEmpty());
        QVERIFY(QRectF(diagram.rect()).contains(r));
        QVERIFY(r.width() >= 28.0 && r.width() <= 72.0);
        for (const UnitRef v : units)
            if (!(u == v)) QVERIFY(!r.intersects(diagram.unitRect(v)));
    }
    saveForInspection(diagram, "handmade");
}

void tst_NetworkDiagram::unitAtTheCentreOfAUnitRectIsThatUnit()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    for (const UnitRef u : allUnits({3, 2}))
        QCOMPARE(diagram.unitAt(diagram.unitRect(u).center()), u);
    QVERIFY(!diagram.unitAt(QPointF(1, 1)).isValid());
}

void tst_NetworkDiagram::clickSelectsTheUnitAndEmitsOnce()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    QSignalSpy spy(&diagram, &NetworkDiagram::unitSelected);

    const UnitRef target{1, 1};
    QTest::mouseClick(&diagram, Qt::LeftButton, {}, diagram.unitRect(target).center().toPoint());

    QCOMPARE(diagram.selectedUnit(), target);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<UnitRef>(), target);
    // Clicking the selected unit again changes nothing and emits nothing.
    QTest::mouseClick(&diagram, Qt::LeftButton, {}, diagram.unitRect(target).center().toPoint());
    QCOMPARE(spy.count(), 1);
}

void tst_NetworkDiagram::arrowKeysMoveTheSelectionAndHomeClearsIt()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    diagram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&diagram));
    diagram.setFocus();
    QSignalSpy spy(&diagram, &NetworkDiagram::unitSelected);

    QTest::keyClick(&diagram, Qt::Key_Right);  // nothing selected yet: the first unit
    QCOMPARE(diagram.selectedUnit(), (UnitRef{0, 0}));
    QTest::keyClick(&diagram, Qt::Key_Down);
    QCOMPARE(diagram.selectedUnit(), (UnitRef{0, 1}));
    QTest::keyClick(&diagram, Qt::Key_Right);  // the unit at about the same height
    QCOMPARE(diagram.selectedUnit(), (UnitRef{1, 1}));
    QTest::keyClick(&diagram, Qt::Key_Up);
    QTest::keyClick(&diagram, Qt::Key_Up);  // stops at the first unit of the layer
    QCOMPARE(diagram.selectedUnit(), (UnitRef{1, 0}));
    QTest::keyClick(&diagram, Qt::Key_Right);  // stops at the last hidden layer
    QCOMPARE(diagram.selectedUnit(), (UnitRef{1, 0}));
    QTest::keyClick(&diagram, Qt::Key_Left);
    QCOMPARE(diagram.selectedUnit(), (UnitRef{0, 0}));
    QTest::keyClick(&diagram, Qt::Key_Down);
    QCOMPARE(diagram.selectedUnit(), (UnitRef{0, 1}));
    saveForInspection(diagram, "selected");
    QTest::keyClick(&diagram, Qt::Key_Home);
    QVERIFY(!diagram.selectedUnit().isValid());
    QCOMPARE(spy.count(), 7);
}

void tst_NetworkDiagram::deadUnitIsDrawnInVermillionAndActiveUnitIsNot()
{
    const HandMadeRun run = handMadeRun();
    QCOMPARE(run.snapshot.dead.states[0][1], core::UnitState::Dead);
    QCOMPARE(run.snapshot.dead.states[0][0], core::UnitState::Active);
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    const QImage image = diagram.grab().toImage();

    // Inside the squares only: links of either sign end at their edges.
    const auto inner = [&](UnitRef u) {
        return diagram.unitRect(u).toRect().adjusted(2, 2, -2, -2);
    };
    QVERIFY(rectContainsColour(image, inner(kDeadUnit), gui::okabeIto::kVermillion));
    QVERIFY(!rectContainsColour(image, inner(kActiveUnit), gui::okabeIto::kVermillion));
}

void tst_NetworkDiagram::deadUnitTooltipSaysDead()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    QVERIFY(diagram.unitDescription(kDeadUnit).contains("dead"));
    QVERIFY(diagram.unitDescription(kDeadUnit).startsWith("Layer 1, unit 2"));
    QVERIFY(diagram.unitDescription(kDeadUnit).contains("0%"));
    QVERIFY(!diagram.unitDescription(kActiveUnit).contains("dead"));
}

void tst_NetworkDiagram::accessibleDescriptionCountsDeadUnits()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    QCOMPARE(diagram.accessibleName(), QString("Network diagram"));
    show(diagram, run);
    QVERIFY(diagram.accessibleDescription().contains(
        QString("%1 dead").arg(run.snapshot.dead.deadUnits)));
}

void tst_NetworkDiagram::starvedUnitHasItsOwnMarkAndTooltip()
{
    const HandMadeRun run = starvedRun();
    const UnitRef starved{0, 0}, dead{0, 1}, aboveTheOffLayer{2, 0};
    QCOMPARE(run.snapshot.dead.states[0][0], core::UnitState::Starved);
    QCOMPARE(run.snapshot.dead.states[2][0], core::UnitState::Starved);
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    saveForInspection(diagram, "starved");
    const QImage image = diagram.grab().toImage();
    const auto inner = [&](UnitRef u) {
        return diagram.unitRect(u).toRect().adjusted(2, 2, -2, -2);
    };
    // Its dotted border and badge in reddish purple; no dead unit's vermillion cross.
    const QColor purple = gui::okabeIto::kReddishPurple.darker(150);
    QVERIFY(rectContainsColour(image, inner(starved), purple));
    QVERIFY(rectContainsColour(image, inner(aboveTheOffLayer), purple));
    QVERIFY(!rectContainsColour(image, inner(starved), gui::okabeIto::kVermillion));
    QVERIFY(!rectContainsColour(image, inner(dead), purple));

    QVERIFY(diagram.unitDescription(starved).startsWith("Layer 1, unit 1: starved"));
    QVERIFY(
        diagram.unitDescription(aboveTheOffLayer).contains("none reaches its incoming weights"));
    QVERIFY(!diagram.unitDescription(dead).contains("starved"));
}

void tst_NetworkDiagram::accessibleDescriptionCountsStarvedUnitsAndSaysCollapsed()
{
    const HandMadeRun run = starvedRun();
    QCOMPARE(run.snapshot.dead.starvedUnits, 3);
    QCOMPARE(run.snapshot.dead.deadUnits, 3);
    QVERIFY(run.snapshot.dead.collapsed);
    NetworkDiagram diagram;
    show(diagram, run);
    const QString text = diagram.accessibleDescription();
    QVERIFY2(text.contains("3 dead, 3 starved"), qPrintable(text));
    QVERIFY2(text.contains("Collapsed"), qPrintable(text));
    // The hand-made net with only a dead unit is not collapsed and has none starved.
    show(diagram, handMadeRun());
    QVERIFY(diagram.accessibleDescription().contains("0 starved"));
    QVERIFY(!diagram.accessibleDescription().contains("Collapsed"));
}

void tst_NetworkDiagram::selectionOfAUnitTheNetworkLacksIsCleared()
{
    const HandMadeRun run = handMadeRun();
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    QSignalSpy spy(&diagram, &NetworkDiagram::unitSelected);
    diagram.setSelectedUnit({0, 7});
    QVERIFY(!diagram.selectedUnit().isValid());
    QCOMPARE(spy.count(), 0);
    diagram.setSelectedUnit({1, 1});
    QCOMPARE(spy.count(), 1);

    // A narrower network drops the selection.
    HandMadeRun narrower = seededRun(
        [] {
            core::NetworkConfig c;
            c.hidden = {2};
            return c;
        }(),
        handMadeData());
    show(diagram, narrower);
    QVERIFY(!diagram.selectedUnit().isValid());
    QCOMPARE(spy.count(), 2);
}

void tst_NetworkDiagram::emptyDiagramPaintsWithoutCrashing()
{
    NetworkDiagram diagram;
    diagram.resize(400, 300);
    const QImage image = diagram.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(!diagram.unitAt(QPointF(200, 150)).isValid());
    QVERIFY(diagram.unitRect({0, 0}).isEmpty());
    QVERIFY(diagram.accessibleDescription().contains("Press Play"));
    saveForInspection(diagram, "empty");
}

void tst_NetworkDiagram::twelveLayersOfThirtyTwoUnitsFitWithoutOverlap()
{
    core::NetworkConfig config;
    config.hidden = std::vector<int>(12, 32);
    const HandMadeRun run = seededRun(config, handMadeData());
    NetworkDiagram diagram;
    diagram.resize(800, 600);
    show(diagram, run);
    const auto units = allUnits(config.hidden);
    for (size_t i = 0; i < units.size(); ++i) {
        const QRectF r = diagram.unitRect(units[i]);
        QVERIFY(!r.isEmpty());
        QVERIFY(QRectF(diagram.rect()).contains(r));
        QCOMPARE(diagram.unitAt(r.center()), units[i]);
        // Neighbours in the column and across are the only candidates for an overlap.
        if (i + 1 < units.size()) QVERIFY(!r.intersects(diagram.unitRect(units[i + 1])));
    }
    QVERIFY(!diagram.grab().isNull());
    saveForInspection(diagram, "deep");
}

// A deep, narrow net in a narrow diagram (lesson 10 on a 720p projector): the input's and the
// output's columns are as wide as their headings in a long language, so "entrada" does not run
// into the first hidden layer's number.
void tst_NetworkDiagram::endColumnsAreWideEnoughForTheirHeadings()
{
    relulab::gui::DiagramShape shape;
    shape.rect = QRectF(0, 0, 320, 240);
    shape.inputs = 1;
    shape.widths = std::vector<int>(9, 2);
    shape.legendFont.setPixelSize(16);
    shape.inputHeading = QStringLiteral("entrada");
    shape.outputHeading = QStringLiteral("saída");
    const relulab::gui::DiagramLayout layout = relulab::gui::layoutDiagram(shape);
    const QFontMetricsF fm(shape.legendFont);
    const std::vector<QRectF> &headings = layout.headingRects;
    QCOMPARE(headings.size(), size_t(11));
    QVERIFY(headings.front().width() >= fm.horizontalAdvance(shape.inputHeading));
    QVERIFY(headings.back().width() >= fm.horizontalAdvance(shape.outputHeading));
    for (size_t c = 0; c + 1 < headings.size(); ++c)
        QVERIFY(headings[c].right() <= headings[c + 1].left() + 1e-9);
    QVERIFY(headings.front().left() >= shape.rect.left());
    QVERIFY(headings.back().right() <= shape.rect.right() + 1e-9);
    // The hidden layers share the rest, their units inside the diagram and in column order.
    for (size_t l = 0; l < layout.unitRects.size(); ++l) {
        const QRectF unit = layout.unitRects[l].front();
        QVERIFY(shape.rect.contains(unit));
        QVERIFY(unit.left() >= headings[l + 1].left() && unit.right() <= headings[l + 1].right());
    }
}

void tst_NetworkDiagram::regressionNetworkPaintsCurveThumbnails()
{
    core::Dataset data;
    data.task = core::TaskKind::Regression;
    data.inputDim = 1;
    for (int i = 0; i < 21; ++i) {
        const double x = -1.0 + 0.1 * i;
        data.inputs.push_back(x);
        data.targets.push_back(std::abs(x));
    }
    core::NetworkConfig config;
    config.inputs = 1;
    config.task = core::TaskKind::Regression;
    config.hidden = {6, 4};
    config.activation = core::HiddenActivation::Leaky;
    config.biasInit = -0.5;
    const HandMadeRun run = seededRun(config, data);
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    diagram.setDisplayScale(1.5);
    for (const UnitRef u : allUnits(config.hidden))
        QVERIFY(QRectF(diagram.rect()).contains(diagram.unitRect(u)));
    QVERIFY(!diagram.grab().isNull());
    saveForInspection(diagram, "regression");
}

void tst_NetworkDiagram::saturatingUnitsAreNeitherHatchedNorCalledOff_data()
{
    QTest::addColumn<core::HiddenActivation>("activation");
    QTest::addColumn<bool>("hatched");
    QTest::newRow("relu: the dead unit is hatched") << core::HiddenActivation::Relu << true;
    QTest::newRow("sigmoid: nothing hatched") << core::HiddenActivation::Sigmoid << false;
    QTest::newRow("tanh: nothing hatched") << core::HiddenActivation::Tanh << false;
}

// The hand-made net's unit with bias -100 is dead under ReLU; under sigmoid or tanh the same
// weights leave it passing gradient everywhere, so no thumbnail hatches an "off" side and the
// words say it is never off.
void tst_NetworkDiagram::saturatingUnitsAreNeitherHatchedNorCalledOff()
{
    QFETCH(core::HiddenActivation, activation);
    QFETCH(bool, hatched);
    const HandMadeRun run = handMadeRun(activation);
    NetworkDiagram diagram;
    diagram.resize(640, 420);
    show(diagram, run);
    const QImage image = diagram.grab().toImage();
    const QColor hatch{0x9A, 0x9A, 0x9A};
    const auto hasHatch = [&](UnitRef u) {
        const QRect r = diagram.unitRect(u).toRect().adjusted(2, 2, -2, -2);
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                if (image.rect().contains(x, y) && nearColour(image.pixel(x, y), hatch, 4))
                    return true;
        return false;
    };
    QCOMPARE(hasHatch(kDeadUnit), hatched);
    const QString description = diagram.unitDescription(kDeadUnit);
    if (hatched) {
        QVERIFY(description.contains("dead"));
        return;
    }
    for (const UnitRef u : allUnits({3, 2}))
        QVERIFY2(!hasHatch(u), qPrintable(QString("unit %1.%2").arg(u.layer).arg(u.unit)));
    QVERIFY2(description.startsWith("Layer 1, unit 2: never off"), qPrintable(description));
    QVERIFY(!description.contains("dead"));
    // Never dead or inactive; the tanh unit at z = -100 is exactly -1, its slope exactly 0, so
    // it may be starved (no gradient gets through it), which is what backprop computes.
    const QString text = diagram.accessibleDescription();
    QVERIFY2(text.contains("5 units: 0 dead, ") && text.contains(", 0 inactive but alive"),
             qPrintable(text));
    QVERIFY(diagram.accessibleDescription().contains("no off region"));
}

RELULAB_TEST_MAIN(tst_NetworkDiagram)
#include "tst_networkdiagram.moc"
