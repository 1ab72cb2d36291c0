// Side-by-side runs: the second run starts from the main run's data and initial weights, follows
// its transport, and its curves share the main run's plot under names of their own.
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QSpinBox>
#include <QtTest>

#include "gui/training/CompareDialog.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/CompareRun.h"
#include "session/ExplorerState.h"
#include "support/LegendTexts.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;
using relulab::test::legendTexts;
using session::CompareRun;
using session::CompareSpec;
using session::TrainingController;

namespace {

bool sameExamples(const core::Dataset &a, const core::Dataset &b)
{
    return a.inputs == b.inputs && a.targets == b.targets && a.size() > 0;
}

}  // namespace

class tst_CompareRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TrainingController> m_main;
    std::unique_ptr<CompareRun> m_compare;

    TrainingController *second() { return m_compare->controller(); }
    // Starts the main run from setup and waits for its first snapshot.
    bool configureMain(const session::TrainingSetup &setup)
    {
        m_main->configure(setup);
        return QTest::qWaitFor(
            [&] {
                return m_main->latest().dead.hiddenUnits == setup.config.network.hiddenUnits() &&
                       m_main->latest().network.biasInit == setup.config.network.biasInit;
            },
            10000);
    }
    bool secondIs(core::HiddenActivation activation, long step)
    {
        return QTest::qWaitFor(
            [&] {
                return second() && second()->latest().network.activation == activation &&
                       second()->latest().step == step;
            },
            10000);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_main = std::make_unique<TrainingController>();
        m_compare = std::make_unique<CompareRun>(m_main.get());
        m_main->setStepsPerSecond(0.0);
        QVERIFY(configureMain(session::TrainingSetup{}));
    }
    void cleanup()
    {
        m_compare.reset();
        m_main.reset();
    }

    void secondRunStartsFromTheSameDataAndInitialWeights()
    {
        QSignalSpy active(m_compare.get(), &CompareRun::activeChanged);
        m_compare->start({core::HiddenActivation::Leaky, 0.01, 2});
        QCOMPARE(active.count(), 1);
        QVERIFY(m_compare->isActive());
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 0));
        QCOMPARE(second()->latest().network.alpha, 0.01);
        QCOMPARE(m_main->latest().network.activation, core::HiddenActivation::Relu);
        QVERIFY(sameExamples(second()->data().train, m_main->data().train));
        QVERIFY(sameExamples(second()->data().test, m_main->data().test));
        QVERIFY(!m_main->latest().parameters.empty());
        QCOMPARE(second()->latest().parameters, m_main->latest().parameters);
    }

    void maxoutSecondRunHasItsOwnWeightsOnTheSameData()
    {
        m_compare->start({core::HiddenActivation::Maxout, 0.01, 3});
        QVERIFY(secondIs(core::HiddenActivation::Maxout, 0));
        QCOMPARE(second()->latest().network.pieces, 3);
        QVERIFY(sameExamples(second()->data().train, m_main->data().train));
        QVERIFY(second()->latest().parameters.size() > m_main->latest().parameters.size());
    }

    void sigmoidAndTanhSecondRunsStartFromTheSameInitialWeights_data()
    {
        QTest::addColumn<core::HiddenActivation>("activation");
        QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid;
        QTest::newRow("tanh") << core::HiddenActivation::Tanh;
    }

    void sigmoidAndTanhSecondRunsStartFromTheSameInitialWeights()
    {
        QFETCH(core::HiddenActivation, activation);
        m_compare->start({activation, 0.01, 2});
        QVERIFY(secondIs(activation, 0));
        QVERIFY(!m_main->latest().parameters.empty());
        QCOMPARE(second()->latest().parameters, m_main->latest().parameters);
        QCOMPARE(second()->latest().dead.deadUnits, 0);
    }

    void secondRunStepsResetsAndRestartsWithTheMainRun()
    {
        m_compare->start({core::HiddenActivation::Leaky, 0.01, 2});
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 0));
        m_main->stepOnce();
        m_main->stepOnce();
        QTRY_COMPARE(m_main->latest().step, 2L);
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 2));
        QVERIFY(second()->latest().parameters != m_main->latest().parameters);

        m_main->reset();
        QTRY_COMPARE(m_main->latest().step, 0L);
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 0));
        QTRY_COMPARE(second()->latest().parameters, m_main->latest().parameters);

        // A new setup (another seed) restarts both on the new data.
        session::TrainingSetup setup;
        setup.config.seed = 7;
        setup.config.network.biasInit = 0.5;
        QVERIFY(configureMain(setup));
        QTRY_VERIFY(second()->latest().network.biasInit == 0.5 &&
                    second()->latest().network.activation == core::HiddenActivation::Leaky);
        QVERIFY(sameExamples(second()->data().train, m_main->data().train));
        QCOMPARE(second()->latest().parameters, m_main->latest().parameters);

        m_main->setStepsPerSecond(123.0);
        QCOMPARE(second()->stepsPerSecond(), 123.0);
        m_main->setLearningRate(0.05);
        QCOMPARE(second()->setup().config.learningRate, 0.05);
    }

    void bothRunsPlayAndPauseTogether()
    {
        m_compare->start({core::HiddenActivation::Relu, 0.01, 2});
        QVERIFY(secondIs(core::HiddenActivation::Relu, 0));
        m_main->play();
        QTRY_VERIFY(m_main->isRunning() && second()->isRunning());
        QTRY_VERIFY(m_main->latest().step > 100 && second()->latest().step > 100);
        m_main->pause();
        QTRY_VERIFY(!m_main->isRunning() && !second()->isRunning());
    }

    void negativeBiasKillsReluUnitsButNoLeakyOnes()
    {
        session::TrainingSetup setup;
        setup.config.network.biasInit = -1.5;
        QVERIFY(configureMain(setup));
        m_compare->start({core::HiddenActivation::Leaky, 0.01, 2});
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 0));
        m_main->play();
        QTRY_VERIFY_WITH_TIMEOUT(m_main->latest().step >= 1500 && second()->latest().step >= 1500,
                                 60000);
        m_main->pause();
        QTRY_VERIFY(!m_main->isRunning() && !second()->isRunning());
        QVERIFY2(m_main->latest().dead.deadUnits >= 4,
                 qPrintable(QString::number(m_main->latest().dead.deadUnits)));
        QCOMPARE(second()->latest().dead.deadUnits, 0);
        QCOMPARE(second()->latest().dead.hiddenUnits, m_main->latest().dead.hiddenUnits);
    }

    void stopEndsTheSecondRun()
    {
        QSignalSpy active(m_compare.get(), &CompareRun::activeChanged);
        m_compare->start({core::HiddenActivation::Leaky, 0.01, 2});
        QVERIFY(secondIs(core::HiddenActivation::Leaky, 0));
        m_compare->stop();
        QVERIFY(!m_compare->isActive());
        QVERIFY(!second());
        QCOMPARE(active.count(), 2);
        QCOMPARE(active.last().first().toBool(), false);
        m_main->stepOnce();  // nothing follows any more
        QTRY_COMPARE(m_main->latest().step, 1L);
    }

    void runNamesSayTheActivation()
    {
        core::NetworkConfig net;
        QCOMPARE(session::runName(net), QStringLiteral("ReLU"));
        net.activation = core::HiddenActivation::Leaky;
        net.alpha = 0.01;
        QCOMPARE(session::runName(net), QStringLiteral("Leaky ReLU \u03b1 = 0.01"));
        QCOMPARE(session::runName(CompareSpec{core::HiddenActivation::Maxout, 0.0, 3}),
                 QStringLiteral("Maxout k = 3"));
        QCOMPARE(session::runName(CompareSpec{core::HiddenActivation::Sigmoid, 0.01, 2}),
                 QStringLiteral("Sigmoid"));
        QCOMPARE(session::runName(CompareSpec{core::HiddenActivation::Tanh, 0.01, 2}),
                 QStringLiteral("Tanh"));
        QCOMPARE(session::defaultContrast(core::NetworkConfig{}).activation,
                 core::HiddenActivation::Leaky);
        QCOMPARE(session::defaultContrast(net).activation, core::HiddenActivation::Relu);
    }

    void dialogOffersLeakyBesideReluAndEnablesOnlyItsParameter()
    {
        const core::NetworkConfig relu;
        gui::CompareDialog dialog(relu, session::defaultContrast(relu));
        QCOMPARE(dialog.spec(), (CompareSpec{core::HiddenActivation::Leaky, 0.01, 2}));
        QVERIFY(dialog.alphaSpin()->isEnabled());
        QVERIFY(!dialog.piecesSpin()->isEnabled());
        QVERIFY(dialog.summary().contains(QStringLiteral("<b>ReLU</b>")));
        QVERIFY(dialog.summary().contains(QStringLiteral("Leaky ReLU \u03b1 = 0.01")));
        dialog.activationCombo()->setCurrentIndex(
            dialog.activationCombo()->findData(static_cast<int>(core::HiddenActivation::Maxout)));
        dialog.piecesSpin()->setValue(4);
        QCOMPARE(dialog.spec().activation, core::HiddenActivation::Maxout);
        QCOMPARE(dialog.spec().pieces, 4);
        QVERIFY(!dialog.alphaSpin()->isEnabled());
        QVERIFY(dialog.piecesSpin()->isEnabled());
        QVERIFY(dialog.summary().contains(QStringLiteral("Maxout k = 4")));

        // Sigmoid and tanh have ReLU's shapes: the second run shares the initial weights.
        for (core::HiddenActivation a :
             {core::HiddenActivation::Sigmoid, core::HiddenActivation::Tanh}) {
            const int index = dialog.activationCombo()->findData(static_cast<int>(a));
            QVERIFY(index >= 0);
            dialog.activationCombo()->setCurrentIndex(index);
            QCOMPARE(dialog.spec().activation, a);
            QVERIFY(!dialog.alphaSpin()->isEnabled());
            QVERIFY(!dialog.piecesSpin()->isEnabled());
            QVERIFY(dialog.summary().contains(session::runName(dialog.spec())));
        }
    }

    void curvesPlotBothRunsUnderTheirNames()
    {
        // The whole window: its own main run, the menu, the curves.
        m_compare.reset();
        m_main.reset();
        session::ExplorerState state;
        gui::MainWindow window(&state);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrainingController *main = window.training();
        QTRY_VERIFY_WITH_TIMEOUT(main->latest().dead.hiddenUnits == 16, 10000);
        gui::TrainingCurves *curves = window.trainingTab()->curves();
        QVERIFY(!curves->isComparing());

        window.startComparison({core::HiddenActivation::Leaky, 0.01, 2});
        QCOMPARE(window.tabs()->currentIndex(), 1);
        QTRY_VERIFY(curves->isComparing());
        main->stepOnce();
        main->stepOnce();
        QTRY_VERIFY(curves->comparisonDeadFraction()->dataCount() == 3 &&
                    curves->deadFraction()->dataCount() == 3);
        // One legend row per run: the run's name and dead units on its dead share, then its loss.
        const auto &mainDead = main->latest().dead;
        const QString mainEntry = QStringLiteral("ReLU: %1 / 16 dead (%2%)")
                                      .arg(mainDead.deadUnits)
                                      .arg(std::round(100.0 * mainDead.deadFraction));
        const QString secondEntry = QStringLiteral("Leaky ReLU \u03b1 = 0.01: 0 / 16 dead (0%)");
        QCOMPARE(curves->deadFraction()->name(), mainEntry);
        QCOMPARE(curves->comparisonDeadFraction()->name(), secondEntry);
        // Then, once the worker has counted them, the main run's linear regions, named for it.
        QStringList entries{mainEntry, QStringLiteral("train loss"), secondEntry,
                            QStringLiteral("train loss")};
        if (curves->regionCount()->dataCount() > 0)
            entries << QStringLiteral("linear regions (ReLU)");
        QCOMPARE(legendTexts(curves->legend), entries);
        QCOMPARE(curves->comparisonText(), mainEntry + QLatin1Char('\n') + secondEntry);
        QVERIFY(curves->comparisonDeadFraction()->visible());
        QVERIFY(!curves->testLoss()->visible());
        // Told apart by line style, not only by colour.
        QCOMPARE(curves->deadFraction()->pen().style(), Qt::SolidLine);
        QVERIFY(curves->comparisonDeadFraction()->pen().style() != Qt::SolidLine);
        QCOMPARE(curves->comparisonDeadFraction()->lineStyle(), QCPGraph::lsStepLeft);
        QCOMPARE(curves->comparisonDeadFraction()->valueAxis(), curves->yAxis2);
        QCOMPARE(curves->comparisonLog().size(), size_t(3));

        QAction *stop = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Stop comparing"))
                    stop = a;
            }
        }
        QVERIFY(stop);
        QVERIFY(stop->isEnabled());
        stop->trigger();
        QVERIFY(!window.compare()->isActive());
        QVERIFY(!curves->isComparing());
        QVERIFY(!stop->isEnabled());
        QVERIFY(!curves->comparisonDeadFraction()->visible());
        // Train loss, test loss, dead units, each layer's dead share, and the linear regions once
        // counted.
        QCOMPARE(curves->legend->itemCount(), 3 + int(curves->layerDeadShares().size()) +
                                                  int(curves->regionCount()->dataCount() > 0));
        QCOMPARE(curves->deadFraction()->name(), QStringLiteral("dead units"));
        QVERIFY(curves->testLoss()->visible());
    }
};

RELULAB_TEST_MAIN(tst_CompareRun)
#include "tst_comparerun.moc"
