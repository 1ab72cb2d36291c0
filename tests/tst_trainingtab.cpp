// Training tab in the main window: the controls drive the worker, snapshots reach the views,
// dead ReLU units revive under Leaky ReLU, hand-added examples restart the run.
#include <cmath>
#include <map>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/Trainer.h"
#include "gui/common/StatusLine.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LayerSizesPlot.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "session/SnapshotAnalysis.h"
#include "support/MainWindowFixture.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;

class tst_TrainingTab : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    session::TrainingController *controller() { return m_window->training(); }
    gui::TrainingTab *tab() { return m_window->trainingTab(); }
    template <class T>
    T *child(const QString &accessibleName)
    {
        for (T *w : tab()->findChildren<T *>()) {
            if (w->accessibleName() == accessibleName) return w;
        }
        qFatal("no control named %s", qPrintable(accessibleName));
    }
    bool viewsSettled()
    {
        const auto &analysis = controller()->latest().analysis;
        return analysis && tab()->diagram()->thumbnailPixels() > 0 &&
               analysis->request.thumbnailPixels == tab()->diagram()->thumbnailPixels() &&
               analysis->request.viewWidth == tab()->inputView()->plotAreaSize().width() &&
               analysis->request.viewHeight == tab()->inputView()->plotAreaSize().height();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow({1400, 900}));
        m_window->tabs()->setCurrentIndex(1);
        // The window configures the run at start: a step-0 snapshot arrives.
        QTRY_VERIFY_WITH_TIMEOUT(controller()->latest().dead.hiddenUnits == 16, 10000);
        // The views have told the worker what to analyse for (their sizes once laid out) and the
        // worker has answered: no snapshot of its own arrives unasked from here on.
        QTRY_VERIFY_WITH_TIMEOUT(viewsSettled(), 10000);
        controller()->setStepsPerSecond(0.0);  // as fast as possible
    }
    void cleanup() { closeMainWindow(); }

    void firstSnapshotFillsDiagramViewAndStatus()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        QCOMPARE(controller()->data().train.size() + controller()->data().test.size(), size_t{400});
        const int shown = tab()->inputView()->trainGraph(0)->dataCount() +
                          tab()->inputView()->trainGraph(1)->dataCount();
        QCOMPARE(static_cast<size_t>(shown), controller()->data().train.size());
        QVERIFY2(tab()->status()->text().contains(QStringLiteral("step")),
                 qPrintable(tab()->status()->text()));
    }

    // Switching to 1-D data: the new examples arrive before the new run's first snapshot. The
    // 2-D network of the last snapshot must not be evaluated on them (it threw, uncaught, on the
    // GUI thread): the histogram and field wait for the snapshot that fits.
    void newDataOfAnotherDimensionWaitsForItsOwnSnapshot()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        tab()->diagram()->setSelectedUnit({0, 0});
        QVERIFY(tab()->histogram()->plottableCount() > 0);
        const core::DataSplit oneInput =
            core::splitTrainTest(core::makeDataset(core::DatasetName::Abs, 400, 0.1, 1), 0.2, 1);
        Q_EMIT controller()->dataChanged(oneInput);
        // Recomputes the histogram from data and snapshot.
        tab()->diagram()->setSelectedUnit({0, 1});
        QCOMPARE(controller()->latest().network.inputs, 2);
    }

    void burstOfSnapshotsIsDrawnOncePerFrameAndFieldWithEveryFrame()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        session::TrainingSnapshot s = controller()->latest();
        s.running = true;
        const long fieldsBefore = tab()->fieldRefreshes();
        const auto *status = tab()->status();
        // 200 snapshots at once, as a flat-out worker could queue them: none is drawn on the spot.
        for (int i = 1; i <= 200; ++i) {
            s.step = 1000 + i;
            Q_EMIT controller()->snapshot(s);
        }
        QVERIFY(!status->text().contains(QStringLiteral("1,200")));
        QCOMPARE(tab()->fieldRefreshes(), fieldsBefore);
        // At the next frame the newest one is drawn, once, field and thumbnails included.
        QTRY_VERIFY2(status->text().contains(QLocale().toString(1200)), qPrintable(status->text()));
        QCOMPARE(tab()->fieldRefreshes(), fieldsBefore + 1);
        QCOMPARE(tab()
                     ->curves()
                     ->trainLoss()
                     ->data()
                     ->at(tab()->curves()->trainLoss()->dataCount() - 1)
                     ->key,
                 1200.0);
        // One snapshot per frame, as a worker at screen rate sends them: every frame with a new
        // snapshot redraws the field, none is skipped.
        for (int i = 1; i <= 20; ++i) {
            s.step = 2000 + i;
            Q_EMIT controller()->snapshot(s);
            QTRY_COMPARE(tab()->fieldRefreshes(), fieldsBefore + 1 + i);
            QVERIFY(status->text().contains(QLocale().toString(2000 + i)));
        }
    }

    // The header, the diagram's legend and the diagram's units are one frame's picture of one
    // snapshot: counts and states agree, also while snapshots arrive faster than frames.
    void everyViewOfAFrameShowsTheSameSnapshot()
    {
        child<QDoubleSpinBox>(QStringLiteral("Bias init"))->setValue(-1.5);
        QTRY_COMPARE(controller()->setup().config.network.biasInit, -1.5);
        controller()->play();
        for (int frame = 0; frame < 20; ++frame) {
            const long drawn = tab()->fieldRefreshes();
            QTRY_VERIFY(tab()->fieldRefreshes() > drawn);
            const QString header = tab()->status()->text();
            const QString legend = tab()->diagram()->legendCount();
            // "dead <b>3 / 16</b> (19%)" in the header, "dead 3 / 16 (19%)" under the diagram.
            const QRegularExpression count(QStringLiteral("dead (?:<b>)?(\\d+) / (\\d+)"));
            const QRegularExpressionMatch inHeader = count.match(header);
            const QRegularExpressionMatch inLegend = count.match(legend);
            QVERIFY2(inHeader.hasMatch() && inLegend.hasMatch(), qPrintable(header + legend));
            QCOMPARE(inLegend.captured(1), inHeader.captured(1));
            QCOMPARE(inLegend.captured(2), inHeader.captured(2));
            int crossedOut = 0;
            for (int layer = 0; layer < 2; ++layer)
                for (int unit = 0; unit < 8; ++unit)
                    crossedOut += tab()
                                      ->diagram()
                                      ->unitDescription(gui::UnitRef{layer, unit})
                                      .contains(QStringLiteral(": dead"));
            QCOMPARE(QString::number(crossedOut), inHeader.captured(1));
        }
        controller()->pause();
        QTRY_VERIFY(!controller()->isRunning());
    }

    void stepButtonAdvancesOneStepAndCurvesFollow()
    {
        tab()->panel()->step();
        QTRY_COMPARE(controller()->latest().step, 1L);
        tab()->panel()->step();
        QTRY_COMPARE(controller()->latest().step, 2L);
        QTRY_VERIFY(tab()->curves()->trainLoss()->dataCount() >= 2);
    }

    // End to end: the worker counts the regions of every kept step in the data's box (as
    // `relulab train` does by default), and the curve plots those counts, also after the run's
    // unanalysed first snapshot.
    void regionCurveShowsEachKeptStepsCount()
    {
        for (long step = 1; step <= 6; ++step) {
            tab()->panel()->step();
            QTRY_COMPARE(controller()->latest().step, step);
        }
        QVERIFY(trainTo(200));
        const session::RunHistory &history = controller()->history();
        QMap<double, double> plotted;
        QTRY_VERIFY(tab()->curves()->regionCount()->dataCount() >= int(history.size()));
        for (const QCPGraphData &d : *tab()->curves()->regionCount()->data())
            plotted.insert(d.key, d.value);
        QCOMPARE(plotted.size(), qsizetype(history.size()));
        const core::InputBounds box = core::boundsOf(controller()->data().train);
        for (size_t i = 0; i < history.size(); i += 17) {
            const session::HistoryEntry &e = history[i];
            QVERIFY(e.regions);
            QCOMPARE(plotted.value(double(e.step)), double(*e.regions));
            session::TrainingSnapshot at;
            at.network = controller()->latest().network;
            at.parameters = e.state->parameters;
            const core::LinearRegions regions =
                core::computeLinearRegions(session::rebuildNetwork(at), box, {5000, true});
            QCOMPARE(long(regions.count), *e.regions);
        }
    }

    void layerSizesPlotShowsTheLatestSnapshot()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        const core::LayerSizes sizes = controller()->latest().layerSizes;
        QCOMPARE(sizes.gradientRms.size(), size_t{3});  // 8,8 hidden, then the output layer
        const gui::LayerSizesPlot *plot = tab()->layerSizes();
        QCOMPARE(plot->accessibleName(), QStringLiteral("Gradient and activation size per layer"));
        QVERIFY(!plot->toolTip().isEmpty());
        QVERIFY(plot->accessibleDescription().startsWith(QStringLiteral("Gradient RMS")));
        QCOMPARE(plot->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot->xAxis->label().contains(QStringLiteral("layer")));
        QVERIFY(plot->yAxis->label().startsWith(QStringLiteral("RMS")));
        // x = 1, 2 for the hidden layers and 3 for the output layer; the values are the
        // snapshot's, exactly.
        QCOMPARE(plot->gradient()->dataCount(), 3);
        QCOMPARE(plot->activation()->dataCount(), 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(plot->gradient()->data()->at(i)->key, i + 1.0);
            QCOMPARE(plot->gradient()->data()->at(i)->value, sizes.gradientRms[size_t(i)]);
        }
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(plot->activation()->data()->at(i)->key, i + 1.0);
            QCOMPARE(plot->activation()->data()->at(i)->value, sizes.activationRms[size_t(i)]);
        }
        QCOMPARE(plot->zeroGradient()->dataCount(), 0);
        QVERIFY(!plot->legend->itemWithPlottable(plot->zeroGradient()));
        // The two series differ in line style and marker, not only in colour.
        QVERIFY(plot->gradient()->pen().style() != plot->activation()->pen().style());
        QVERIFY(plot->gradient()->scatterStyle().shape() !=
                plot->activation()->scatterStyle().shape());
        // Presentation mode hides the histogram, not the sizes: lessons 5 and 9 point at them.
        tab()->setAdvancedVisible(false);
        QVERIFY(plot->isVisible());
        // Whole decades, at least two, so the log axis labels powers of ten only.
        const double decades =
            std::log10(plot->yAxis->range().upper) - std::log10(plot->yAxis->range().lower);
        QVERIFY2(decades >= 2.0 - 1e-9, qPrintable(QString::number(decades)));
        QCOMPARE(decades, std::round(decades));
        tab()->setAdvancedVisible(true);
        QVERIFY(plot->isVisible());
    }

    void collapsedNetShowsStarvedUnitsAndZeroGradients()
    {
        // Lesson 7's net (9 hidden ReLU layers of 2 on |x|, He, bias 0, seed 1) at step 0.
        core::TrainingConfig config;
        config.network.inputs = 1;
        config.network.task = core::TaskKind::Regression;
        config.network.hidden.assign(9, 2);
        config.network.biasInit = 0.0;
        const core::DataSplit split =
            core::splitTrainTest(core::makeDataset(core::DatasetName::Abs, 400, 0.1, 1), 0.2, 1);
        const core::Trainer trainer(config, split);
        session::TrainingSnapshot s;
        s.network = config.network;
        const auto params = trainer.network().parameters();
        s.parameters.assign(params.begin(), params.end());
        s.evaluation = trainer.evaluate();
        s.dead = core::analyseDeadUnits(trainer.network(), split.train);
        s.layerSizes = core::measureLayerSizes(trainer.network(), split.train);
        tab()->showNow(s, split);

        const QString status = tab()->status()->text();
        QVERIFY2(status.contains(QStringLiteral("starved <b>7</b>")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("collapsed: the output is the same for every "
                                                "training input")),
                 qPrintable(status));
        // No weight gets any gradient: ten zeros, drawn as triangles at the bottom edge, and
        // named in the legend.
        const gui::LayerSizesPlot *plot = tab()->layerSizes();
        QCOMPARE(plot->gradient()->dataCount(), 0);
        QCOMPARE(plot->zeroGradient()->dataCount(), 10);
        QVERIFY(plot->legend->itemWithPlottable(plot->zeroGradient()));
        for (int i = 0; i < 10; ++i)
            QVERIFY(plot->zeroGradient()->data()->at(i)->value > plot->yAxis->range().lower);
        // Activations: nonzero up to the layer that is off everywhere, exactly 0 from there on.
        QCOMPARE(plot->activation()->dataCount() + plot->zeroActivation()->dataCount(), 9);
        QVERIFY(plot->zeroActivation()->dataCount() > 0);
    }

    void negativeBiasKillsReluAndLeakyRevivesThem()
    {
        child<QDoubleSpinBox>(QStringLiteral("Bias init"))->setValue(-1.5);
        QTRY_COMPARE(controller()->setup().config.network.biasInit, -1.5);
        QVERIFY(trainTo(1500));
        const core::DeadUnitReport relu = controller()->latest().dead;
        QVERIFY2(relu.deadUnits >= 4, qPrintable(QString::number(relu.deadUnits)));
        QCOMPARE(relu.inactiveUnits, relu.deadUnits);

        // Same weights, Leaky slope: nothing is dead any more (the flat side now has slope
        // alpha)...
        auto *activation = child<QComboBox>(QStringLiteral("Hidden activation"));
        activation->setCurrentIndex(
            activation->findData(static_cast<int>(core::HiddenActivation::Leaky)));
        QTRY_COMPARE(controller()->latest().network.activation, core::HiddenActivation::Leaky);
        QCOMPARE(controller()->latest().dead.deadUnits, 0);
        QCOMPARE(controller()->latest().dead.inactiveUnits, relu.inactiveUnits);
        // ... and training moves the once-dead units back into the data: fewer stay inactive.
        QVERIFY(trainTo(controller()->latest().step + 6000));
        QVERIFY2(controller()->latest().dead.inactiveUnits < relu.inactiveUnits,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(relu.inactiveUnits)
                                .arg(controller()->latest().dead.inactiveUnits)));
    }

    void switchingToSigmoidOrTanhKeepsTheWeightsAndNothingIsDead_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::addColumn<QString>("name");
        QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid << "Sigmoid";
        QTest::newRow("tanh") << core::HiddenActivation::Tanh << "Tanh";
    }

    // The combo offers both with a tooltip each; a switch is live (same parameter shapes as
    // ReLU), and the dead ReLUs of a negative bias are neither dead nor inactive any more.
    void switchingToSigmoidOrTanhKeepsTheWeightsAndNothingIsDead()
    {
        QFETCH(core::HiddenActivation, activation);
        QFETCH(QString, name);
        child<QDoubleSpinBox>(QStringLiteral("Bias init"))->setValue(-1.5);
        QTRY_COMPARE(controller()->setup().config.network.biasInit, -1.5);
        QVERIFY(trainTo(300));
        QVERIFY(controller()->latest().dead.deadUnits > 0);
        const std::vector<double> weights = controller()->latest().parameters;
        const long step = controller()->latest().step;

        auto *combo = child<QComboBox>(QStringLiteral("Hidden activation"));
        const int index = combo->findData(static_cast<int>(activation));
        QVERIFY(index >= 0);
        QCOMPARE(combo->itemText(index), name);
        QVERIFY(!combo->itemData(index, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(combo->toolTip().contains(QStringLiteral("sigmoid and tanh keeps the weights")));
        combo->setCurrentIndex(index);
        QTRY_COMPARE(controller()->latest().network.activation, activation);
        QCOMPARE(controller()->latest().step, step);
        QCOMPARE(controller()->latest().parameters, weights);
        QCOMPARE(controller()->latest().dead.deadUnits, 0);
        QCOMPARE(controller()->latest().dead.inactiveUnits, 0);
    }

    // The controls show the setup model rounded and write to it only when edited: a value a
    // control cannot show stays exact through edits of the other controls and through the model's
    // own updates of that control, until the user edits it.
    void controlsShowTheModelAndKeepItsExactValuesUntilEdited()
    {
        session::TrainingSetupModel *model = m_window->trainingSetup();
        session::TrainingSetup setup = model->setup();
        setup.config.learningRate = 1e-7;
        setup.config.network.biasInit = -25.0;
        QCOMPARE(model->apply(setup), QString());
        auto *rate = child<QDoubleSpinBox>(QStringLiteral("Learning rate"));
        auto *bias = child<QDoubleSpinBox>(QStringLiteral("Bias init"));
        QCOMPARE(rate->value(), rate->minimum());  // 1e-7 shown as the smallest it can show
        QCOMPARE(bias->value(), -20.0);
        QTRY_COMPARE(controller()->setup().config.network.biasInit, -25.0);

        child<QSpinBox>(QStringLiteral("Seed"))->setValue(9);
        QCOMPARE(model->setup().config.seed, std::uint64_t(9));
        QCOMPARE(model->setup().config.learningRate, 1e-7);
        QCOMPARE(model->network().biasInit, -25.0);
        QCOMPARE(controller()->setup().config.learningRate, 1e-7);

        rate->setValue(0.002);
        QCOMPARE(model->setup().config.learningRate, 0.002);
        QCOMPARE(controller()->setup().config.learningRate, 0.002);
        QCOMPARE(model->network().biasInit, -25.0);
        // A value the model refuses leaves it, and says why.
        auto *widths = child<QLineEdit>(QStringLiteral("Hidden layer widths"));
        widths->setText(QStringLiteral("8,40"));
        Q_EMIT widths->editingFinished();
        QCOMPARE(model->network().hidden, (std::vector<int>{8, 8}));
        QVERIFY2(tab()->panel()->errorText().contains(QStringLiteral("1 to 32 units")),
                 qPrintable(tab()->panel()->errorText()));
    }

    // One selection for every view: the diagram's choice is the input view's and the histogram's,
    // and a unit chosen elsewhere shows in the diagram.
    void theSelectedUnitIsOneForEveryView()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        tab()->diagram()->setSelectedUnit({1, 3});
        QCOMPARE(tab()->selection()->unit(), (gui::UnitRef{1, 3}));
        QCOMPARE(tab()->inputView()->selectedUnit(), (gui::UnitRef{1, 3}));
        QCOMPARE(tab()->histogram()->xAxis->label(),
                 QStringLiteral("z of unit 2\u00b74 on the training data"));
        // The histogram's axes hold every bar (ends on a nice step, see tst_nicerange) and its
        // tallest bar.
        const QCPBars *bars = qobject_cast<QCPBars *>(tab()->histogram()->plottable(0));
        QVERIFY(bars && !bars->data()->isEmpty());
        const QCPRange x = tab()->histogram()->xAxis->range();
        double tallest = 0.0;
        for (const QCPBarsData &b : *bars->data()) {
            QVERIFY(x.lower <= b.key - bars->width() / 2 && b.key + bars->width() / 2 <= x.upper);
            tallest = std::max(tallest, b.value);
        }
        QVERIFY(tallest < tab()->histogram()->yAxis->range().upper);
        tab()->selection()->setUnit({0, 5});
        QCOMPARE(tab()->diagram()->selectedUnit(), (gui::UnitRef{0, 5}));
        QCOMPARE(tab()->inputView()->selectedUnit(), (gui::UnitRef{0, 5}));
        QVERIFY(tab()->diagram()->accessibleDescription().contains(
            QStringLiteral("Selected: Layer 1, unit 6")));
        // A unit the network lacks selects none, everywhere.
        tab()->diagram()->setSelectedUnit({5, 0});
        QVERIFY(!tab()->selection()->unit().isValid());
        QVERIFY(!tab()->inputView()->selectedUnit().isValid());
    }

    void selectingAUnitShowsItsHistogramOnTheExplorerPlot()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        tab()->diagram()->setSelectedUnit({0, 0});
        QCPBars *bars = m_window->plot()->histogramBars();
        QTRY_VERIFY(bars->visible());
        double total = 0.0;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            total += it->value;
        // Every training example's z lies in the explorer's default view [-10, 10].
        QCOMPARE(static_cast<size_t>(total), controller()->data().train.size());
        tab()->diagram()->setSelectedUnit({});
        QTRY_VERIFY(!bars->visible());
    }

    void explorerHistogramStaysLiveBehindTheExplorerTab()
    {
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        tab()->diagram()->setSelectedUnit({0, 0});
        QCPBars *bars = m_window->plot()->histogramBars();
        QTRY_VERIFY(bars->visible());
        const auto counts = [bars] {
            QList<double> values;
            for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                values << it->value;
            return values;
        };
        const QList<double> before = counts();
        m_window->tabs()->setCurrentIndex(0);
        QVERIFY(!tab()->isVisible());
        QVERIFY(trainTo(3000));
        // Training moved unit 1.1's weights, so its z spread over the data changed.
        QTRY_VERIFY(counts() != before);
    }

    void ctrlClickOnTheDataPlotAddsAnExampleAndShiftClickRemovesOne()
    {
        const size_t before = controller()->data().train.size() + controller()->data().test.size();
        gui::InputSpaceView *view = tab()->inputView();
        const QPoint at(qRound(view->xAxis->coordToPixel(0.1)),
                        qRound(view->yAxis->coordToPixel(0.2)));
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, at);
        QTRY_COMPARE(controller()->data().train.size() + controller()->data().test.size(),
                     before + 1);
        QCOMPARE(controller()->latest().step, 0L);  // new data: the run starts over
        QTest::mouseClick(view, Qt::LeftButton, Qt::ShiftModifier, at);
        QTRY_COMPARE(controller()->data().train.size() + controller()->data().test.size(), before);
    }

    void hugeLearningRateDivergesAndSaysSo()
    {
        child<QComboBox>(QStringLiteral("Optimiser"))->setCurrentIndex(0);  // SGD
        child<QComboBox>(QStringLiteral("Data set"))
            ->setCurrentIndex(
                child<QComboBox>(QStringLiteral("Data set"))->findData(QStringLiteral("abs")));
        child<QDoubleSpinBox>(QStringLiteral("Learning rate"))->setValue(100.0);
        controller()->play();
        QTRY_VERIFY_WITH_TIMEOUT(controller()->latest().diverged, 20000);
        QVERIFY(!controller()->isRunning());
        QVERIFY(tab()->panel()->errorText().contains(QStringLiteral("learning rate too high")));
    }
};

RELULAB_TEST_MAIN(tst_TrainingTab)
#include "tst_trainingtab.moc"
