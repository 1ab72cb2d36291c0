// Input-space view: the examples, the prediction over the grid, the selected unit's off-region
// and (for 1-D) the prediction curve with its first-layer kinks are what the plot holds.
#include <QtTest>
#include <cmath>

#include "core/DeadUnits.h"
#include "core/InputField.h"
#include "core/Mlp.h"
#include "gui/training/InputSpaceView.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSnapshot.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using relulab::gui::InputSpaceView;
using relulab::gui::UnitRef;
namespace core = relulab::core;
namespace session = relulab::session;

namespace {

core::Dataset examples(const std::vector<std::array<double, 3>> &rows)
{
    core::Dataset d;
    d.task = core::TaskKind::Classification;
    d.inputDim = 2;
    for (const auto &[x1, x2, label] : rows) {
        d.inputs.insert(d.inputs.end(), {x1, x2});
        d.targets.push_back(label);
    }
    return d;
}

// Hidden units with known planes: unit 0 has z = x1, unit 1 z = x2 - 0.5, unit 2 is always off
// on [-1, 1]^2 (dead).
core::Mlp planeNetwork()
{
    core::NetworkConfig config;
    config.inputs = 2;
    config.hidden = {3};
    config.activation = core::HiddenActivation::Relu;
    config.task = core::TaskKind::Classification;
    core::Mlp net(config, 1);
    const double w[3][3] = {{1.0, 0.0, 0.0}, {0.0, 1.0, -0.5}, {-1.0, -1.0, -5.0}};
    for (int u = 0; u < 3; ++u) {
        net.weight(0, u, 0) = w[u][0];
        net.weight(0, u, 1) = w[u][1];
        net.bias(0, u) = w[u][2];
        net.weight(1, 0, u) = u == 0 ? 2.0 : -1.5;
    }
    net.bias(1, 0) = 0.1;
    return net;
}

// y = |x|-like: kinks at x = 0.2 (unit 0), 0.5 (unit 1) and -5 (unit 2, outside the bounds).
core::Mlp lineNetwork()
{
    core::NetworkConfig config;
    config.inputs = 1;
    config.hidden = {3};
    config.activation = core::HiddenActivation::Relu;
    config.task = core::TaskKind::Regression;
    core::Mlp net(config, 1);
    const double w[3][2] = {{1.0, -0.2}, {-2.0, 1.0}, {1.0, 5.0}};
    for (int u = 0; u < 3; ++u) {
        net.weight(0, u, 0) = w[u][0];
        net.bias(0, u) = w[u][1];
        net.weight(1, 0, u) = u == 2 ? 0.1 : 1.0;
    }
    net.bias(1, 0) = -0.3;
    return net;
}

session::TrainingSnapshot snapshotOf(const core::Mlp &net, const core::Dataset &train)
{
    session::TrainingSnapshot s;
    s.step = 100;
    s.network = net.config();
    s.parameters.assign(net.parameters().begin(), net.parameters().end());
    s.dead = core::analyseDeadUnits(net, train);
    return s;
}

// The snapshot's analysis on a resolution x resolution grid over the data's bounds.
std::shared_ptr<const session::SnapshotAnalysis> analysed(const session::TrainingSnapshot &snapshot,
                                                          const core::Dataset &train,
                                                          int resolution)
{
    session::AnalysisRequest request;
    request.fieldResolution = resolution;
    return session::analyseSnapshot(snapshot, train, request);
}

// A point of the grid moved a hair towards the middle, so it is never on the path's outline.
QPointF insideGridPoint(const core::InputField &f, int c, int r)
{
    const double nudge = 1e-9;
    return {f.x(c) + (c == 0 ? nudge : -nudge), f.y(r) + (r == 0 ? nudge : -nudge)};
}

void saveIfAsked(InputSpaceView &view, const QString &name)
{
    const QString dir = qEnvironmentVariable("RELULAB_RENDER_DIR");
    if (dir.isEmpty()) return;
    view.replot();
    QVERIFY(view.toPixmap(520, 600).save(dir + QLatin1Char('/') + name));
}

}  // namespace

class tst_InputSpaceView : public QObject
{
    Q_OBJECT

private:
    core::DataSplit m_data;
    core::InputField m_field;
    session::TrainingSnapshot m_snapshot;
    std::shared_ptr<const session::SnapshotAnalysis> m_analysis;

private Q_SLOTS:
    void init()
    {
        m_data.train = examples({{0.5, 0.5, 1},
                                 {-0.3, 0.8, 1},
                                 {0.1, -0.2, 1},
                                 {0.7, -0.6, 1},
                                 {0.2, 0.3, 1},
                                 {-0.8, -0.5, 0},
                                 {-0.6, 0.2, 0},
                                 {-0.2, -0.9, 0}});
        m_data.test = examples({{0.4, 0.1, 1}, {0.6, 0.6, 1}, {-0.7, -0.1, 0}});
        const core::Mlp net = planeNetwork();
        m_snapshot = snapshotOf(net, m_data.train);
        m_analysis = analysed(m_snapshot, m_data.train, 32);
        m_field = m_analysis->field;
    }

    void classGraphsHoldTheTrainingExamplesOfEachClass()
    {
        InputSpaceView view;
        view.setData(m_data);
        QCOMPARE(view.trainGraph(1)->data()->size(), 5);
        QCOMPARE(view.trainGraph(0)->data()->size(), 3);
        QCOMPARE(view.testGraph(1)->data()->size(), 2);
        QCOMPARE(view.testGraph(0)->data()->size(), 1);
        // Sorted by x1 in the graph: (-0.8, -0.5), (-0.6, 0.2), (-0.2, -0.9).
        const auto first = view.trainGraph(0)->data()->constBegin();
        QCOMPARE(first->key, -0.8);
        QCOMPARE(first->value, -0.5);
        QVERIFY(view.trainGraph(0)->visible());
        QVERIFY(!view.predictionCurve()->visible());
    }

    void colourMapHoldsThePredictionOnTheGrid()
    {
        InputSpaceView view;
        view.setData(m_data);
        view.setAnalysis(m_analysis);
        QCPColorMapData *map = view.predictionMap()->data();
        QCOMPARE(map->keySize(), m_field.columns);
        QCOMPARE(map->valueSize(), m_field.rows);
        QCOMPARE(map->keyRange(), QCPRange(m_field.bounds.x0, m_field.bounds.x1));
        QCOMPARE(map->valueRange(), QCPRange(m_field.bounds.y0, m_field.bounds.y1));
        for (int r = 0; r < m_field.rows; ++r) {
            for (int c = 0; c < m_field.columns; ++c)
                QCOMPARE(map->cell(c, r), m_field.prediction[size_t(r * m_field.columns + c)]);
        }
        QCOMPARE(view.predictionMap()->dataRange(), QCPRange(0.0, 1.0));
    }

    void offRegionOfAUnitCoversExactlyWhereItsPreActivationIsNotPositive_data()
    {
        QTest::addColumn<int>("unit");
        QTest::newRow("z = x1") << 0;
        QTest::newRow("z = x2 - 0.5") << 1;
        QTest::newRow("dead, off everywhere") << 2;
    }

    void offRegionOfAUnitCoversExactlyWhereItsPreActivationIsNotPositive()
    {
        QFETCH(int, unit);
        InputSpaceView view;
        view.setData(m_data);
        view.setAnalysis(m_analysis);
        view.setSelectedUnit({0, unit});
        const QPainterPath off = view.offRegion();
        QVERIFY(!off.isEmpty());
        int mismatches = 0;
        for (int r = 0; r < m_field.rows; ++r) {
            for (int c = 0; c < m_field.columns; ++c) {
                const bool expected = m_field.preActivation(c, r, unit) <= 0.0;
                mismatches += off.contains(insideGridPoint(m_field, c, r)) != expected;
            }
        }
        QCOMPARE(mismatches, 0);
        if (unit == 0) {
            // z = x1 is linear, so the outline is exact: x1 = 0, from the bottom to the top.
            const QRectF box = off.boundingRect();
            QCOMPARE(box.left(), -1.0);
            QVERIFY(std::abs(box.right()) < 1e-12);
            QCOMPARE(box.top(), m_field.bounds.y0);
            QCOMPARE(box.bottom(), m_field.bounds.y1);
            QVERIFY(off.contains(QPointF(-1e-6, 0.3)));
            QVERIFY(!off.contains(QPointF(1e-6, 0.3)));
        }
        saveIfAsked(view, QStringLiteral("inputspace_unit%1.png").arg(unit));
    }

    // The worker fills the selected unit's off-region on the canvas the view asks for; the view
    // draws that picture, the very pixels of its own fill, and fills the region itself when the
    // picture was made for another canvas.
    void offRegionFilledByTheWorkerIsThePictureTheViewFills()
    {
        InputSpaceView view;
        view.resize(520, 600);
        view.setData(m_data);
        view.setAnalysis(m_analysis);
        view.grab();  // a hidden widget gets its size (a pending resize event) when drawn
        QSignalSpy asked(&view, &InputSpaceView::viewChanged);
        view.setSelectedUnit({0, 1});
        view.replot();
        QVERIFY(asked.count() >= 1);  // a new canvas is news for the worker

        // Analysed for the view's size (the field's bounds fitted to its aspect), without a
        // canvas: no picture.
        session::AnalysisRequest request;
        request.fieldResolution = 32;
        request.viewWidth = view.plotAreaSize().width();
        request.viewHeight = view.plotAreaSize().height();
        const auto own = session::analyseSnapshot(m_snapshot, m_data.train, request);
        QVERIFY(own->offImage.isNull());
        view.setAnalysis(own);
        view.replot();
        const session::OffCanvas canvas = view.offCanvas();
        view.replot();
        QCOMPARE(view.offCanvas(), canvas);  // settled
        QCOMPARE(canvas.unit, 1);
        QVERIFY(!canvas.area.isEmpty());
        request.off = canvas;
        const auto pictured = session::analyseSnapshot(m_snapshot, m_data.train, request);
        QVERIFY(!pictured->offImage.isNull());
        QCOMPARE(pictured->offImage.size(), canvas.area.size());

        view.setAnalysis(own);
        view.replot();
        QCOMPARE(view.offPicturesDrawn(), 0);
        const QImage filledHere = view.grab().toImage();
        view.setAnalysis(pictured);
        view.replot();
        QCOMPARE(view.offPicturesDrawn(), 1);
        const QImage fromWorker = view.grab().toImage();
        QCOMPARE(fromWorker, filledHere);
        // Some hatching was drawn: a unit off over a third of the box.
        QVERIFY(filledHere != [&] {
            view.setSelectedUnit({});
            view.replot();
            return view.grab().toImage();
        }());

        // Resized: the picture no longer fits, and the view fills the region itself.
        view.setSelectedUnit({0, 1});
        view.resize(600, 600);
        view.grab();
        const long drawn = view.offPicturesDrawn();
        view.replot();
        QCOMPARE(view.offPicturesDrawn(), drawn);
        QVERIFY(view.offCanvas() != canvas);
    }

    void captionNamesTheSelectedUnitAndWhetherItIsDead()
    {
        InputSpaceView view;
        view.setAnalysis(m_analysis);
        QVERIFY(view.caption().contains(QStringLiteral("click a unit")));
        QVERIFY(view.offRegion().isEmpty());
        view.setSelectedUnit({0, 0});
        QVERIFY(view.caption().contains(QStringLiteral("unit 1\u00b71 is off")));
        QVERIFY(!view.caption().contains(QStringLiteral("dead")));
        view.setSelectedUnit({0, 2});
        QVERIFY(view.caption().contains(QStringLiteral("unit 1\u00b73")));
        QVERIFY(view.caption().contains(QStringLiteral("dead")));
    }

    void captionSaysWhenTheSelectedUnitIsStarved()
    {
        // The output ignores unit 0 (weight 0): it is on for x1 > 0, but no gradient reaches it.
        core::Mlp net = planeNetwork();
        net.weight(1, 0, 0) = 0.0;
        const session::TrainingSnapshot snapshot = snapshotOf(net, m_data.train);
        QCOMPARE(snapshot.dead.states[0][0], core::UnitState::Starved);
        InputSpaceView view;
        view.setAnalysis(analysed(snapshot, m_data.train, 32));
        view.setSelectedUnit({0, 0});
        QVERIFY2(view.caption().contains(QStringLiteral("starved: no gradient reaches it")),
                 qPrintable(view.caption()));
        view.setSelectedUnit({0, 1});
        QVERIFY(!view.caption().contains(QStringLiteral("starved")));
    }

    void unitTheNetworkLacksShowsNoOffRegion()
    {
        InputSpaceView view;
        view.setAnalysis(m_analysis);
        view.setSelectedUnit({0, 7});
        QVERIFY(view.offRegion().isEmpty());
        view.setSelectedUnit({3, 0});
        QVERIFY(view.offRegion().isEmpty());
        QVERIFY(view.caption().contains(QStringLiteral("click a unit")));
    }

    void offRegionFollowsANewFieldForTheSameUnit()
    {
        InputSpaceView view;
        view.setAnalysis(m_analysis);
        view.setSelectedUnit({0, 0});
        core::Mlp net = planeNetwork();
        net.bias(0, 0) = 0.5;  // z = x1 + 0.5: off for x1 <= -0.5
        view.setAnalysis(analysed(snapshotOf(net, m_data.train), m_data.train, 32));
        const QRectF box = view.offRegion().boundingRect();
        QVERIFY(std::abs(box.right() + 0.5) < 1e-12);
    }

    void oneDimensionalViewDrawsTargetsAndThePredictionCurveThroughEveryGridPoint()
    {
        core::DataSplit data;
        data.train.task = data.test.task = core::TaskKind::Regression;
        data.train.inputDim = data.test.inputDim = 1;
        data.train.inputs = {-0.9, -0.4, 0.0, 0.3, 0.8};
        data.train.targets = {0.9, 0.4, 0.0, 0.3, 0.8};
        data.test.inputs = {0.5, -0.5};
        data.test.targets = {0.5, 0.5};
        const core::Mlp net = lineNetwork();
        const auto analysis = analysed(snapshotOf(net, data.train), data.train, 41);
        const core::InputField &field = analysis->field;
        InputSpaceView view;
        view.setData(data);
        view.setAnalysis(analysis);

        QCOMPARE(view.trainGraph(0), view.trainGraph(1));
        QCOMPARE(view.trainGraph(0)->data()->size(), 5);
        QCOMPARE(view.testGraph(0)->data()->size(), 2);
        QVERIFY(view.predictionCurve()->visible());
        QVERIFY(!view.predictionMap()->visible());

        // Every grid sample, plus the two kinks inside the bounds as exact corners.
        QCPGraph *curve = view.predictionCurve();
        QCOMPARE(curve->data()->size(), field.columns + 2);
        for (int c = 0; c < field.columns; ++c) {
            bool found = false;
            for (const QCPGraphData &d : *curve->data())
                found = found || (d.key == field.x(c) && d.value == field.prediction[size_t(c)]);
            QVERIFY2(found, qPrintable(QStringLiteral("grid point %1 missing").arg(c)));
        }
    }

    void saturatingUnitHasNoOffRegionAndSaysSo_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::addColumn<QString>("name");
        QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid << "sigmoid";
        QTest::newRow("tanh") << core::HiddenActivation::Tanh << "tanh";
    }

    // The ReLU net's planes under sigmoid or tanh: z <= 0 is not "off" for them, so no unit (not
    // even the one with z < 0 everywhere) gets a hatched region, and the caption says why.
    void saturatingUnitHasNoOffRegionAndSaysSo()
    {
        QFETCH(core::HiddenActivation, activation);
        QFETCH(QString, name);
        core::Mlp net = planeNetwork();
        net.setActivation(activation, 0.01);
        InputSpaceView view;
        view.setData(m_data);
        view.setAnalysis(analysed(snapshotOf(net, m_data.train), m_data.train, 32));
        for (int unit : {0, 1, 2}) {
            view.setSelectedUnit({0, unit});
            QVERIFY(view.offRegion().isEmpty());
            QCOMPARE(view.caption(),
                     QStringLiteral("Data and prediction \u2014 %1 unit 1\u00b7%2 has "
                                    "no off region")
                         .arg(name)
                         .arg(unit + 1));
        }
    }

    void saturatingFirstLayerMarksNoKinks_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid;
        QTest::newRow("tanh") << core::HiddenActivation::Tanh;
    }

    // Where a first-layer unit's z crosses 0 is a kink of a ReLU net, not of a smooth one.
    void saturatingFirstLayerMarksNoKinks()
    {
        QFETCH(core::HiddenActivation, activation);
        core::DataSplit data;
        data.train.task = data.test.task = core::TaskKind::Regression;
        data.train.inputDim = data.test.inputDim = 1;
        data.train.inputs = {-0.5, 0.5};
        data.train.targets = {0.5, 0.5};
        data.test = data.train;
        core::Mlp net = lineNetwork();
        net.setActivation(activation, 0.01);
        InputSpaceView view;
        view.setData(data);
        view.setAnalysis(analysed(snapshotOf(net, data.train), data.train, 41));
        QCOMPARE(view.kinkMarks()->data()->size(), 0);
        view.setSelectedUnit({0, 1});
        QVERIFY(view.offRegion().isEmpty());
    }

    void kinkMarksSitAtMinusBiasOverWeightOfEachFirstLayerUnitInsideTheBounds()
    {
        core::DataSplit data;
        data.train.task = data.test.task = core::TaskKind::Regression;
        data.train.inputDim = data.test.inputDim = 1;
        data.train.inputs = {-0.5, 0.5};
        data.train.targets = {0.5, 0.5};
        data.test = data.train;
        const core::Mlp net = lineNetwork();
        InputSpaceView view;
        view.setData(data);
        view.setAnalysis(analysed(snapshotOf(net, data.train), data.train, 41));
        QCPGraph *kinks = view.kinkMarks();
        QCOMPARE(kinks->data()->size(), 2);  // x = -5 lies outside [-1, 1]
        const double expected[2] = {0.2, 0.5};
        int i = 0;
        for (const QCPGraphData &d : *kinks->data()) {
            QCOMPARE(d.key, expected[i]);
            const double x = d.key;
            QCOMPARE(d.value, net.predict(std::span<const double>(&x, 1)));
            ++i;
        }

        // Unit 1 (z = -2x + 1) is off for x >= 0.5: one band from its kink to the right end.
        view.setSelectedUnit({0, 1});
        const QRectF band = view.offRegion().boundingRect();
        QVERIFY(std::abs(band.left() - 0.5) < 1e-12);
        QCOMPARE(band.right(), 1.0);
        saveIfAsked(view, QStringLiteral("inputspace_1d.png"));
    }
};

RELULAB_TEST_MAIN(tst_InputSpaceView)
#include "tst_inputspaceview.moc"
