// Training curves: one point per snapshot, non-finite losses skipped, long runs thinned, and the
// loss axis turning logarithmic once the loss spans a decade.
#include <QtTest>
#include <cmath>
#include <limits>

#include "gui/training/TrainingCurves.h"
#include "support/TestRegistry.h"

using relulab::gui::TrainingCurves;
namespace session = relulab::session;

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
        for (int i = 1; i <= n; ++i)
            curves.append(snapshot(i, 1.0 / i, 1.2 / i, (i % 7) / 10.0));
        for (QCPGraph *g : {curves.trainLoss(), curves.testLoss(), curves.deadFraction()}) {
            QVERIFY(g->data()->size() <= TrainingCurves::kMaxPoints);
            QVERIFY(g->data()->size() >= TrainingCurves::kMaxPoints / 2);
            QCOMPARE(g->data()->constBegin()->key, 1.0);
            QCOMPARE((g->data()->constEnd() - 1)->key, double(n));
        }
        QCOMPARE((curves.trainLoss()->data()->constEnd() - 1)->value, 1.0 / n);
        QCOMPARE(curves.xAxis->range(), QCPRange(1, n));

        const QString dir = qEnvironmentVariable("RELULAB_RENDER_DIR");
        if (!dir.isEmpty()) {
            curves.replot();
            QVERIFY(curves.toPixmap(520, 340).save(dir + QStringLiteral("/curves.png")));
        }
    }
};

RELULAB_TEST_MAIN(tst_TrainingCurves)
#include "tst_trainingcurves.moc"
