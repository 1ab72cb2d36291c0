// A run whose weights blow up, seen in the real main window (offscreen): training pauses with the
// message, the snapshot is marked diverged, and no plot receives a NaN or an infinity.
#include <QTabWidget>
#include <QtTest>
#include <cmath>

#include "gui/common/StatusLine.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/TestRegistry.h"

using namespace relulab;

namespace {

// Every key and value of a graph, bars or colour map is a finite number.
bool finite(const QCPGraph *graph)
{
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (!std::isfinite(it->key) || !std::isfinite(it->value)) return false;
    }
    return true;
}

bool finite(const QCPBars *bars)
{
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it) {
        if (!std::isfinite(it->key) || !std::isfinite(it->value)) return false;
    }
    return true;
}

bool finite(QCPColorMap *map)
{
    QCPColorMapData *data = map->data();  // cell() is not const
    for (int i = 0; i < data->keySize(); ++i) {
        for (int j = 0; j < data->valueSize(); ++j) {
            if (!std::isfinite(data->cell(i, j))) return false;
        }
    }
    return std::isfinite(data->dataBounds().lower) && std::isfinite(data->dataBounds().upper);
}

bool finite(const QPainterPath &path)
{
    const QRectF box = path.boundingRect();
    return std::isfinite(box.left()) && std::isfinite(box.right()) && std::isfinite(box.top()) &&
           std::isfinite(box.bottom());
}

}  // namespace

class tst_TrainingFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void divergedRunPausesAndPlotsNothingNonFinite_data();
    void divergedRunPausesAndPlotsNothingNonFinite();
};

void tst_TrainingFaults::divergedRunPausesAndPlotsNothingNonFinite_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::newRow("2-D classification") << QStringLiteral("circle");
    QTest::newRow("1-D regression") << QStringLiteral("abs");
}

void tst_TrainingFaults::divergedRunPausesAndPlotsNothingNonFinite()
{
    QFETCH(QString, dataset);
    session::ExplorerState state;
    gui::MainWindow window(&state);
    window.resize(1400, 900);
    window.show();
    window.tabs()->setCurrentIndex(1);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session::TrainingController *training = window.training();
    gui::TrainingTab *tab = window.trainingTab();

    // Plain SGD with a step of 1e200: the weights overflow within a few steps.
    session::TrainingSetup setup;
    setup.dataset = dataset;
    setup.config.optimizer = core::OptimizerKind::Sgd;
    setup.config.learningRate = 1e200;
    setup.config.network.biasInit = 5.0;
    training->configure(setup);
    // This run's first snapshot, not the one of the run the window started with (the tab resets
    // its selection when the shape changes, as it does from 2-D to 1-D).
    const int inputs = dataset == QLatin1String("abs") ? 1 : 2;
    QTRY_VERIFY_WITH_TIMEOUT(training->latest().step == 0 &&
                                 training->latest().network.inputs == inputs &&
                                 training->latest().network.biasInit == 5.0,
                             10000);
    // ... and the tab has shown it (the frame after): a unit chosen before would be unselected
    // by the new shape (1-D after the window's 2-D run). The diagram lays out one input node per
    // input for it.
    QTRY_VERIFY_WITH_TIMEOUT(
        !tab->diagram()->linkCanvas().starts.empty() &&
            tab->diagram()->linkCanvas().starts.front().size() == size_t(inputs),
        10000);
    tab->diagram()->setSelectedUnit({0, 0});  // its off-region and histograms are drawn too
    const long before = training->latest().step;

    training->setStepsPerSecond(0.0);
    training->play();
    QTRY_VERIFY_WITH_TIMEOUT(training->latest().diverged, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!training->isRunning(), 5000);
    const session::TrainingSnapshot &stopped = training->latest();
    QVERIFY(stopped.step > before);
    QVERIFY(!std::isfinite(stopped.evaluation.trainLoss));

    // Reported: in the status line and the panel, with the step the views show.
    QTRY_VERIFY(tab->status()->text().contains(QStringLiteral("learning rate too high")));
    QVERIFY2(tab->status()->text().contains(QStringLiteral("its last finite state")),
             qPrintable(tab->status()->text()));
    QVERIFY(tab->panel()->errorText().contains(QStringLiteral("learning rate too high")));

    // Never drawn: every plotted number is finite.
    QVERIFY(finite(tab->curves()->trainLoss()));
    QVERIFY(finite(tab->curves()->testLoss()));
    QVERIFY(finite(tab->curves()->deadFraction()));
    QVERIFY(tab->curves()->yAxis->range().size() > 0 &&
            std::isfinite(tab->curves()->yAxis->range().upper));
    gui::InputSpaceView *view = tab->inputView();
    if (dataset == QLatin1String("circle")) {
        QVERIFY(view->predictionMap()->data()->keySize() > 0);
        QVERIFY(finite(view->predictionMap()));
    } else {
        QVERIFY(view->predictionCurve()->dataCount() > 0);
        QVERIFY(finite(view->predictionCurve()));
        QVERIFY(finite(view->kinkMarks()));
    }
    QVERIFY(finite(view->offRegion()));
    QVERIFY(window.plot()->histogramBars()->visible());
    QVERIFY(finite(window.plot()->histogramBars()));
    QVERIFY(tab->histogram()->plottableCount() == 1);
    QVERIFY(finite(qobject_cast<QCPBars *>(tab->histogram()->plottable(0))));
}

RELULAB_TEST_MAIN(tst_TrainingFaults)
#include "tst_trainingfaults.moc"
