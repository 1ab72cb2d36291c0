// Training curves: one point per snapshot, non-finite losses skipped, long runs thinned, the
// loss axis turning logarithmic once the loss spans a decade, and the linear regions' count with
// its reference lines.
#include <QtTest>
#include <cmath>
#include <limits>
#include <memory>

#include "gui/style/PlotStyle.h"
#include "gui/training/TrainingCurves.h"
#include "session/SnapshotAnalysis.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using relulab::gui::TrainingCurves;
namespace session = relulab::session;
namespace core = relulab::core;

Q_DECLARE_METATYPE(relulab::core::RegionsStatus)

namespace {

session::TrainingSnapshot snapshot(long step, double train, double test, double dead)
{
    session::TrainingSnapshot s;
    s.step = step;
    s.evaluation.trainLoss = train;
    s.evaluation.testLoss = test;
    s.dead.deadFraction = dead;
    return s;
}

// A snapshot of a network of the given shape whose analysis counted `count` regions.
session::TrainingSnapshot withRegions(
    long step, core::RegionsStatus status, std::size_t count, std::vector<int> hidden = {8},
    int inputs = 2, core::HiddenActivation activation = core::HiddenActivation::Relu)
{
    session::TrainingSnapshot s = snapshot(step, 0.5, 0.6, 0.0);
    s.network.inputs = inputs;
    s.network.hidden = std::move(hidden);
    s.network.activation = activation;
    auto analysis = std::make_shared<session::SnapshotAnalysis>();
    analysis->hasField = true;
    analysis->regions.status = status;
    analysis->regions.count = count;
    analysis->regions.limit = 500;
    s.analysis = analysis;
    return s;
}

QStringList legendNames(const TrainingCurves &curves)
{
    QStringList names;
    for (int i = 0; i < curves.legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(curves.legend->item(i)))
            names << item->plottable()->name();
    }
    return names;
}

QList<QPointF> points(QCPGraph *graph)
{
    QList<QPointF> out;
    for (const QCPGraphData &d : *graph->data())
        out << QPointF(d.key, d.value);
    return out;
}

}  // namespace

class tst_TrainingCurves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Only the curves' layer is drawn again when a new point leaves the axes as they were; a
    // point that moves an axis end redraws everything (bench_training_redraw's frames).
    // The legends under the plots (these curves, the input space, the layer sizes) take as many
    // columns as the entries' own widths allow: one long translated entry widens only its own
    // column, so the short ones still sit side by side instead of one per row.
    void legendColumnsFollowEachColumnsWidestEntry_data()
    {
        QTest::addColumn<QList<int>>("widths");
        QTest::addColumn<int>("room");
        QTest::addColumn<int>("maxColumns");
        QTest::addColumn<int>("columns");
        // 300 + 8 + 100 + 8 + 100 = 516.
        QTest::newRow("all in one row") << QList<int>{300, 100, 100} << 516 << 3 << 3;
        QTest::newRow("one pixel short of one row") << QList<int>{300, 100, 100} << 515 << 3 << 2;
        // Two columns: max(300, 300, 120) + 8 + max(100, 100) = 408; three need 300 + 120 + 300.
        QTest::newRow("long entries share the first column")
            << QList<int>{300, 100, 300, 100, 120} << 420 << 3 << 2;
        QTest::newRow("two long entries") << QList<int>{300, 300} << 500 << 3 << 1;
        QTest::newRow("at most maxColumns") << QList<int>{50, 50, 50, 50} << 1000 << 3 << 3;
        QTest::newRow("no more columns than entries") << QList<int>{50, 50} << 1000 << 3 << 2;
        QTest::newRow("no entries") << QList<int>{} << 1000 << 3 << 1;
    }
    void legendColumnsFollowEachColumnsWidestEntry()
    {
        QFETCH(QList<int>, widths);
        QFETCH(int, room);
        QFETCH(int, maxColumns);
        QFETCH(int, columns);
        QCOMPARE(relulab::gui::fittingColumns(widths, 8, room, maxColumns), columns);
    }

    void newPointInsideTheAxesRedrawsOnlyTheCurvesLayer()
    {
        gui::TrainingCurves curves;
        curves.resize(600, 300);
        curves.show();
        for (long step = 0; step <= 101; ++step)
            curves.append(snapshot(step, 1.0 / double(step + 1), 1.2, 0.0));
        QTRY_COMPARE(curves.xAxis->range().upper, 120.0);
        QSignalSpy full(&curves, &QCustomPlot::afterReplot);
        QTest::qWait(120);  // any replot already scheduled is done
        full.clear();
        for (long step = 102; step <= 110; ++step) {
            curves.append(snapshot(step, 1.0 / double(step + 1), 1.2, 0.0));
            QTest::qWait(60);
        }
        QCOMPARE(curves.trainLoss()->dataCount(), 111);
        QCOMPARE(curves.xAxis->range().upper, 120.0);
        QCOMPARE(full.count(), 0);
        curves.append(snapshot(121, 0.005, 1.2, 0.0));  // past 120: the axis grows to 150
        QTRY_COMPARE(full.count(), 1);
        QCOMPARE(curves.xAxis->range().upper, 150.0);
    }
    void eachSnapshotAddsOnePointAtItsStep()
    {
        TrainingCurves curves;
        curves.append(snapshot(10, 0.7, 0.75, 0.0));
        curves.append(snapshot(20, 0.5, 0.6, 0.125));
        curves.append(snapshot(30, 0.3, 0.4, 0.25));
        QCOMPARE(points(curves.trainLoss()), (QList<QPointF>{{10, 0.7}, {20, 0.5}, {30, 0.3}}));
        QCOMPARE(points(curves.testLoss()), (QList<QPointF>{{10, 0.75}, {20, 0.6}, {30, 0.4}}));
        // The dead share is drawn in percent.
        QCOMPARE(points(curves.deadFraction()),
                 (QList<QPointF>{{10, 0.0}, {20, 12.5}, {30, 25.0}}));
        QCOMPARE(curves.xAxis->range(), QCPRange(10, 30));
        QCOMPARE(curves.deadFraction()->valueAxis(), curves.yAxis2);
        QCOMPARE(curves.trainLoss()->valueAxis(), curves.yAxis);
    }

    void lineStylesTellTrainFromTestWithoutColour()
    {
        TrainingCurves curves;
        QCOMPARE(curves.trainLoss()->pen().style(), Qt::SolidLine);
        QVERIFY(curves.testLoss()->pen().style() != Qt::SolidLine);
        QCOMPARE(curves.deadFraction()->lineStyle(), QCPGraph::lsStepLeft);
        QVERIFY(curves.deadFraction()->pen().widthF() > curves.trainLoss()->pen().widthF());
        QCOMPARE(curves.xAxis->label(), QStringLiteral("step"));
        QCOMPARE(curves.yAxis2->label(), QStringLiteral("dead units (%)"));
        QCOMPARE(curves.legend->itemCount(), 3);
    }

    void nonFiniteLossAddsNoLossPointButKeepsTheDeadShare()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        TrainingCurves curves;
        curves.append(snapshot(1, 0.7, 0.7, 0.0));
        curves.append(snapshot(2, nan, inf, 0.5));
        QCOMPARE(curves.trainLoss()->data()->size(), 1);
        QCOMPARE(curves.testLoss()->data()->size(), 1);
        QCOMPARE(points(curves.deadFraction()), (QList<QPointF>{{1, 0.0}, {2, 50.0}}));
        QVERIFY(std::isfinite(curves.yAxis->range().upper));
    }

    void clearEmptiesEveryCurve()
    {
        TrainingCurves curves;
        curves.append(snapshot(1, 10.0, 10.0, 0.0));
        curves.append(snapshot(2, 0.1, 0.2, 0.5));
        QVERIFY(curves.isLogScale());
        curves.clear();
        QCOMPARE(curves.trainLoss()->data()->size(), 0);
        QCOMPARE(curves.testLoss()->data()->size(), 0);
        QCOMPARE(curves.deadFraction()->data()->size(), 0);
        QVERIFY(!curves.isLogScale());
        QCOMPARE(curves.yAxis->scaleType(), QCPAxis::stLinear);
    }

    void lossAxisTurnsLogarithmicOnceTheLossSpansADecade()
    {
        TrainingCurves curves;
        curves.append(snapshot(1, 0.69, 0.7, 0.0));
        curves.append(snapshot(2, 0.2, 0.25, 0.0));
        QCOMPARE(curves.yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(curves.yAxis->range().lower, 0.0);
        curves.append(snapshot(3, 0.05, 0.08, 0.0));
        QCOMPARE(curves.yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(curves.yAxis->range().lower < 0.05);
        QVERIFY(curves.yAxis->range().upper > 0.7);
        QVERIFY(curves.yAxis->label().contains(QStringLiteral("log")));
    }

    void snapshotAtTheSameStepReplacesTheLastPoint()
    {
        TrainingCurves curves;
        curves.append(snapshot(5, 0.5, 0.5, 0.0));
        curves.append(snapshot(5, 0.5, 0.5, 0.25));
        QCOMPARE(points(curves.deadFraction()), (QList<QPointF>{{5, 25.0}}));
        QCOMPARE(curves.trainLoss()->data()->size(), 1);
    }

    void earlierStepStartsANewRun()
    {
        TrainingCurves curves;
        curves.append(snapshot(100, 0.5, 0.5, 0.0));
        curves.append(snapshot(200, 0.4, 0.5, 0.0));
        curves.append(snapshot(1, 0.7, 0.7, 0.5));
        QCOMPARE(points(curves.trainLoss()), (QList<QPointF>{{1, 0.7}}));
    }

    void longRunsAreThinnedKeepingTheFirstAndLastPoints()
    {
        TrainingCurves curves;
        const int n = 20000;
        const auto analysis = withRegions(0, core::RegionsStatus::Complete, 30).analysis;
        for (int i = 1; i <= n; ++i) {
            session::TrainingSnapshot s = snapshot(i, 1.0 / i, 1.2 / i, (i % 7) / 10.0);
            s.network.hidden = {8};
            s.analysis = analysis;
            curves.append(s);
        }
        for (QCPGraph *g :
             {curves.trainLoss(), curves.testLoss(), curves.deadFraction(), curves.regionCount()}) {
            QVERIFY(g->data()->size() <= TrainingCurves::kMaxPoints);
            QVERIFY(g->data()->size() >= TrainingCurves::kMaxPoints / 2);
            QCOMPARE(g->data()->constBegin()->key, 1.0);
            QCOMPARE((g->data()->constEnd() - 1)->key, double(n));
        }
        QCOMPARE((curves.trainLoss()->data()->constEnd() - 1)->value, 1.0 / n);
        // The step axis ends at a round number of steps past the first (19,999 -> 20,000), so it
        // moves only now and then as a run grows.
        QCOMPARE(curves.xAxis->range(), QCPRange(1, 20001));

        const QString dir = qEnvironmentVariable("RELULAB_RENDER_DIR");
        if (!dir.isEmpty()) {
            curves.replot();
            QVERIFY(curves.toPixmap(520, 340).save(dir + QStringLiteral("/curves.png")));
        }
    }

    void regionCountFollowsEachSnapshotsAnalysis()
    {
        TrainingCurves curves;
        QVERIFY(!curves.regionAxis()->visible());
        curves.append(withRegions(10, core::RegionsStatus::Complete, 20));
        curves.append(withRegions(20, core::RegionsStatus::Complete, 31));
        curves.append(withRegions(30, core::RegionsStatus::Complete, 35));
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{10, 20}, {20, 31}, {30, 35}}));
        QCOMPARE(curves.regionCount()->valueAxis(), curves.regionAxis());
        QCOMPARE(curves.regionCount()->keyAxis(), curves.xAxis);
        QVERIFY(curves.regionAxis() != curves.yAxis2);
        QCOMPARE(curves.regionAxis()->axisType(), QCPAxis::atRight);
        QVERIFY(curves.regionAxis()->visible());
        QCOMPARE(curves.regionAxis()->label(), QStringLiteral("linear regions"));
        QVERIFY(legendNames(curves).contains(QStringLiteral("linear regions")));
        QCOMPARE(curves.regionLimitMarks()->dataCount(), 0);
        // From 0, up to the largest of the counts and the 2-8-1 net's maximum of 37, with room.
        QCOMPARE(curves.regionAxis()->range().lower, 0.0);
        // 10% above the count, rounded up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k.
        QCOMPARE(curves.regionAxis()->range().upper, 50.0);  // 37 * 1.1 = 40.7
    }

    void regionCurveHasItsOwnLineStyle()
    {
        TrainingCurves curves;
        const QPen regions = curves.regionCount()->pen();
        for (QCPGraph *g : {curves.trainLoss(), curves.testLoss(), curves.deadFraction()}) {
            QVERIFY(g->pen().style() != regions.style() ||
                    g->pen().dashPattern() != regions.dashPattern());
        }
        QCOMPARE(regions.style(), Qt::CustomDashLine);
        QCOMPARE(regions.dashPattern().size(), 4);  // dash, gap, dot, gap
        QCOMPARE(curves.regionLimitMarks()->scatterStyle().shape(), QCPScatterStyle::ssTriangle);
        QCOMPARE(curves.regionLimitMarks()->lineStyle(), QCPGraph::lsNone);
    }

    void regionReferencesFollowTheNetworksShape_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<QList<int>>("hidden");
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::addColumn<double>("value");  // 0: no reference line
        QTest::addColumn<bool>("bound");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("source");  // what the tooltip cites
        const auto relu = core::HiddenActivation::Relu;
        QTest::newRow("2-8-1: Zaslavsky 1 + 8 + 28")
            << 2 << QList<int>{8} << relu << 37.0 << true << QStringLiteral("max 37 (Zaslavsky)")
            << QStringLiteral("Zaslavsky 1975");
        QTest::newRow("2-4-1 leaky: 1 + 4 + 6")
            << 2 << QList<int>{4} << core::HiddenActivation::Leaky << 11.0 << true
            << QStringLiteral("max 11 (Zaslavsky)") << QStringLiteral("Zaslavsky 1975");
        QTest::newRow("2-8-8-1: (16 units)\u00b2")
            << 2 << QList<int>{8, 8} << relu << 256.0 << false
            << QStringLiteral("~ (units)\u00b2 = 256") << QStringLiteral("Hanin & Rolnick 2019");
        QTest::newRow("2-16-16-16-1 prelu: 48\u00b2")
            << 2 << QList<int>{16, 16, 16} << core::HiddenActivation::Prelu << 2304.0 << false
            << QStringLiteral("~ (units)\u00b2 = 2304") << QStringLiteral("Hanin & Rolnick 2019");
        QTest::newRow("1-8-1: N + 1 intervals")
            << 1 << QList<int>{8} << relu << 9.0 << true << QStringLiteral("max 9 = N + 1")
            << QStringLiteral("intervals");
        QTest::newRow("1-8-8-1: (16 units)\u00b9")
            << 1 << QList<int>{8, 8} << relu << 16.0 << false << QStringLiteral("~ units = 16")
            << QStringLiteral("Hanin & Rolnick 2019");
        for (const auto a : {core::HiddenActivation::Maxout, core::HiddenActivation::Sigmoid,
                             core::HiddenActivation::Tanh}) {
            QTest::addRow("2-8-1 %s: none", core::activationKey(a).c_str())
                << 2 << QList<int>{8} << a << 0.0 << false << QString() << QString();
        }
    }

    void regionReferencesFollowTheNetworksShape()
    {
        QFETCH(int, inputs);
        QFETCH(QList<int>, hidden);
        QFETCH(core::HiddenActivation, activation);
        QFETCH(double, value);
        QFETCH(bool, bound);
        QFETCH(QString, label);
        QFETCH(QString, source);
        core::NetworkConfig network;
        network.inputs = inputs;
        network.hidden.assign(hidden.begin(), hidden.end());
        network.activation = activation;
        const auto references = TrainingCurves::regionReferences(network);
        if (value == 0.0) {
            QVERIFY(references.empty());
            return;
        }
        QCOMPARE(references.size(), size_t(1));
        QCOMPARE(references[0].value, value);
        QCOMPARE(references[0].bound, bound);
        QCOMPARE(references[0].label, label);
        QVERIFY2(references[0].toolTip.contains(source), qPrintable(references[0].toolTip));
        // A scale is never called a limit.
        if (!bound)
            QVERIFY(
                references[0].toolTip.startsWith(QStringLiteral("A scale, not an exact limit")));
    }

    void referenceLinesAreDrawnForTheLatestNetwork()
    {
        TrainingCurves curves;
        curves.append(withRegions(1, core::RegionsStatus::Complete, 60, {8, 8}));
        QCOMPARE(curves.regionReferenceLines().size(), size_t(1));
        QCOMPARE(curves.regionReferenceLines()[0].value, 256.0);
        QCOMPARE(curves.regionReferenceLabel(0)->text(), QStringLiteral("~ (units)\u00b2 = 256"));
        QVERIFY(curves.regionReferenceLabel(0)->visible());
        QCOMPARE(curves.regionAxis()->range().upper, 300.0);  // 256 * 1.1 = 281.6, rounded up
    }

    void referenceFarAboveTheCountIsLeftOffTheAxisWithAnUpwardLabel()
    {
        TrainingCurves curves;
        curves.append(withRegions(1, core::RegionsStatus::Complete, 100, {32, 32, 32}));
        QCOMPARE(curves.regionReferenceLines()[0].value, 96.0 * 96.0);
        QCOMPARE(curves.regionAxis()->range().upper, 120.0);  // 100 * 1.1 = 110, rounded up
        QVERIFY(curves.regionReferenceLabel(0)->visible());
        QVERIFY(curves.regionReferenceLabel(0)->text().startsWith(QStringLiteral("\u2191 ")));
    }

    void hoveringAReferenceLineTellsWhatItMeans()
    {
        TrainingCurves curves;
        curves.resize(640, 360);
        curves.append(withRegions(1, core::RegionsStatus::Complete, 20));
        curves.append(withRegions(2, core::RegionsStatus::Complete, 30));
        curves.replot();
        const QRect plot = curves.axisRect()->rect();
        const int y = qRound(curves.regionAxis()->coordToPixel(37.0));
        const int x = plot.center().x();
        QVERIFY(plot.contains(x, y));
        for (const int dy : {0, 3, -3})
            QVERIFY(
                curves.referenceToolTipAt({x, y + dy}).contains(QStringLiteral("Zaslavsky 1975")));
        QCOMPARE(curves.referenceToolTipAt({x, y + 20}), QString());
        QCOMPARE(curves.referenceToolTipAt({plot.left() - 20, y}), QString());
        // The label is hoverable too.
        const QCPItemText *label = curves.regionReferenceLabel(0);
        const QPointF middle =
            (label->topLeft->pixelPosition() + label->bottomRight->pixelPosition()) / 2.0;
        QVERIFY(
            curves.referenceToolTipAt(middle.toPoint()).contains(QStringLiteral("Zaslavsky 1975")));
    }

    void sigmoidAndNonFiniteNetsAddNoRegionPoint_data()
    {
        QTest::addColumn<core::RegionsStatus>("status");
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::newRow("sigmoid") << core::RegionsStatus::NotPiecewiseLinear
                                 << core::HiddenActivation::Sigmoid;
        QTest::newRow("tanh") << core::RegionsStatus::NotPiecewiseLinear
                              << core::HiddenActivation::Tanh;
        QTest::newRow("diverged relu")
            << core::RegionsStatus::NonFinite << core::HiddenActivation::Relu;
    }

    void sigmoidAndNonFiniteNetsAddNoRegionPoint()
    {
        QFETCH(core::RegionsStatus, status);
        QFETCH(core::HiddenActivation, activation);
        TrainingCurves curves;
        curves.append(withRegions(1, status, 0, {8}, 2, activation));
        curves.append(withRegions(2, status, 0, {8}, 2, activation));
        QCOMPARE(curves.regionCount()->dataCount(), 0);
        QCOMPARE(curves.regionLimitMarks()->dataCount(), 0);
        QCOMPARE(curves.trainLoss()->dataCount(), 2);
        // Nothing about regions is shown: no axis, no legend entry, no reference line visible.
        QVERIFY(!curves.regionAxis()->visible());
        QCOMPARE(curves.legend->itemCount(), 3);
        for (int i = 0; i < int(curves.regionReferenceLines().size()); ++i)
            QVERIFY(!curves.regionReferenceLabel(i)->visible());
    }

    void snapshotWithoutAnalysisAddsNoRegionPoint()
    {
        TrainingCurves curves;
        session::TrainingSnapshot s = withRegions(1, core::RegionsStatus::Complete, 12);
        s.analysis.reset();
        curves.append(s);
        QCOMPARE(curves.regionCount()->dataCount(), 0);
        QCOMPARE(curves.trainLoss()->dataCount(), 1);
        curves.append(withRegions(2, core::RegionsStatus::Complete, 12));
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{2, 12}}));
    }

    void limitReachedIsDrawnAtTheLimitAndMarked()
    {
        TrainingCurves curves;
        curves.append(withRegions(1, core::RegionsStatus::Complete, 480));
        curves.append(withRegions(2, core::RegionsStatus::LimitReached, 500));
        curves.append(withRegions(3, core::RegionsStatus::Complete, 470));
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{1, 480}, {2, 500}, {3, 470}}));
        QCOMPARE(points(curves.regionLimitMarks()), (QList<QPointF>{{2, 500}}));
        QCOMPARE(curves.regionLimitMarks()->valueAxis(), curves.regionAxis());
        const QStringList names = legendNames(curves);
        QVERIFY(names.contains(QStringLiteral("\u2265: more regions than the limit")));
    }

    void snapshotAtTheSameStepReplacesTheRegionPoint()
    {
        TrainingCurves curves;
        curves.append(withRegions(5, core::RegionsStatus::LimitReached, 500));
        curves.append(withRegions(5, core::RegionsStatus::Complete, 44));
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{5, 44}}));
        QCOMPARE(curves.regionLimitMarks()->dataCount(), 0);
    }

    void clearEmptiesTheRegionsAndTheirReferences()
    {
        TrainingCurves curves;
        curves.append(withRegions(1, core::RegionsStatus::Complete, 20));
        curves.append(withRegions(2, core::RegionsStatus::LimitReached, 500));
        curves.clear();
        QCOMPARE(curves.regionCount()->dataCount(), 0);
        QCOMPARE(curves.regionLimitMarks()->dataCount(), 0);
        QVERIFY(curves.regionReferenceLines().empty());
        QCOMPARE(curves.regionReferenceLabel(0), nullptr);
        QVERIFY(!curves.regionAxis()->visible());
        QCOMPARE(curves.legend->itemCount(), 3);
        // A new run after clear() starts its own curve.
        curves.append(withRegions(1, core::RegionsStatus::Complete, 9, {8}, 1));
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{1, 9}}));
        QCOMPARE(curves.regionReferenceLines()[0].value, 9.0);
    }

    void comparingKeepsTheMainRunsRegionsNamedForIt()
    {
        TrainingCurves curves;
        curves.append(withRegions(1, core::RegionsStatus::Complete, 20));
        session::TrainingSnapshot second = withRegions(1, core::RegionsStatus::Complete, 25);
        second.network.activation = core::HiddenActivation::Leaky;
        curves.appendComparison(second);
        QCOMPARE(points(curves.regionCount()), (QList<QPointF>{{1, 20}}));
        QVERIFY(legendNames(curves).contains(curves.regionCount()->name()));
        QVERIFY(curves.regionCount()->name().startsWith(QStringLiteral("linear regions (ReLU")));
        curves.clearComparison();
        QVERIFY(legendNames(curves).contains(QStringLiteral("linear regions")));
        QCOMPARE(curves.legend->itemCount(), 4);
    }
};

RELULAB_TEST_MAIN(tst_TrainingCurves)
#include "tst_trainingcurves.moc"
