// Tests of the training thread through TrainingController: commands, snapshots, throttling, stop.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>

#include "core/Trainer.h"
#include "session/SessionFile.h"
#include "session/TrainingController.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::TrainingController;
using session::TrainingSetup;
using session::TrainingSnapshot;

namespace {

constexpr int kTimeoutMs = 20000;

TrainingSetup smallSetup()
{
    TrainingSetup setup;
    setup.dataset = QStringLiteral("circle");
    setup.samples = 200;  // 160 to train, 40 to test
    setup.config.network.hidden = {6, 6};
    setup.config.seed = 7;
    return setup;
}

// Plain SGD with an enormous step on a regression set: the loss is non-finite within a few steps.
TrainingSetup divergingSetup()
{
    TrainingSetup setup;
    setup.dataset = QStringLiteral("abs");
    setup.samples = 100;
    setup.config.optimizer = core::OptimizerKind::Sgd;
    setup.config.learningRate = 1e200;
    setup.config.network.biasInit = 5.0;
    return setup;
}

// Bit for bit, so -0.0 and 0.0 differ and a NaN equals itself.
bool bitIdentical(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i])) return false;
    }
    return true;
}

std::vector<double> parametersOf(const core::Trainer &trainer)
{
    const auto params = trainer.network().parameters();
    return {params.begin(), params.end()};
}

// Configures and waits for the step-0 snapshot.
bool configureAndWait(TrainingController &controller, const TrainingSetup &setup)
{
    QSignalSpy spy(&controller, &TrainingController::snapshot);
    controller.configure(setup);
    return QTest::qWaitFor([&] { return spy.count() >= 1; }, kTimeoutMs) &&
           controller.latest().step == 0;
}

}  // namespace

class tst_TrainingWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configureSendsStepZeroSnapshotAndData();
    void stepOnceAdvancesOneStepEach();
    void playRunsAndPauseStops();
    void resetReplaysTheIdenticalRun();
    void liveChangesWhilePausedKeepTheParameters();
    void divergenceStopsTheRunForGood();
    void divergedSnapshotCarriesTheLastFiniteNetwork();
    void ownDataWithANaNIsRejectedWithAMessage();
    void invalidSetupIsRejectedWithAMessage();
    void snapshotsAreThrottledToScreenRate();
    void noNewSnapshotUntilThePreviousIsTaken();
    void destroyingWhilePlayingReturnsPromptly();
    void restoreShowsTheSavedRunAndStepContinuesIt();
    void currentRunIsWhatTheRunStartsFromUntilTheWorkerReports();
    void currentRunFollowsLiveChangesWithItsState();
    void restoreOfAStateThatDoesNotFitIsRejected();
    void pauseIsPromptAtARateTooHighToKeepUpWith();
    void historyFollowsTheRunAndShowEntrySendsAKeptStep();
    void continueFromAKeptStepIsTheRunThatStoppedThere();
    void liveChangeStartsANewSetupInTheHistory();
};

void tst_TrainingWorker::configureSendsStepZeroSnapshotAndData()
{
    TrainingController controller;
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QSignalSpy data(&controller, &TrainingController::dataChanged);

    controller.configure(smallSetup());

    QTRY_COMPARE_WITH_TIMEOUT(data.count(), 1, kTimeoutMs);
    const auto split = data.constFirst().constFirst().value<core::DataSplit>();
    QCOMPARE(split.train.size(), size_t(160));
    QCOMPARE(split.test.size(), size_t(40));
    QCOMPARE(controller.data().train.size(), size_t(160));

    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    const auto s = snapshots.constFirst().constFirst().value<TrainingSnapshot>();
    QCOMPARE(s.step, 0L);
    QCOMPARE(s.examples, 0L);
    QCOMPARE(s.running, false);
    QCOMPARE(s.diverged, false);
    QCOMPARE(s.message, QString());
    QCOMPARE(s.dead.hiddenUnits, 12);
    QCOMPARE(s.network.hidden, (std::vector<int>{6, 6}));
    // The untrained network of the same seed, parameter for parameter.
    core::TrainingConfig config = smallSetup().config;
    core::DataSplit reference = smallSetup().makeSplit(&config);
    const core::Trainer trainer(config, std::move(reference));
    QVERIFY(bitIdentical(s.parameters, parametersOf(trainer)));
    QCOMPARE(s.evaluation.trainLoss, trainer.evaluate().trainLoss);
    // The per-layer sizes come with the snapshot, computed by the worker from the same network.
    const core::LayerSizes sizes = core::measureLayerSizes(trainer.network(), trainer.data().train);
    QCOMPARE(s.layerSizes.gradientRms, sizes.gradientRms);
    QCOMPARE(s.layerSizes.activationRms, sizes.activationRms);
    QCOMPARE(s.layerSizes.gradientRms.size(), size_t(3));
    QCOMPARE(controller.isRunning(), false);
}

void tst_TrainingWorker::stepOnceAdvancesOneStepEach()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);

    for (int i = 0; i < 3; ++i)
        controller.stepOnce();

    // Each step is shown: one snapshot per step.
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 3, kTimeoutMs);
    QCOMPARE(controller.latest().step, 3L);
    QCOMPARE(controller.latest().examples, 30L);  // default batch of 10
    QCOMPARE(controller.latest().running, false);
    QCOMPARE(snapshots.at(0).constFirst().value<TrainingSnapshot>().step, 1L);
    QCOMPARE(snapshots.at(1).constFirst().value<TrainingSnapshot>().step, 2L);
}

void tst_TrainingWorker::playRunsAndPauseStops()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QSignalSpy running(&controller, &TrainingController::runningChanged);

    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), kTimeoutMs);
    QCOMPARE(running.count(), 1);
    QCOMPARE(running.constFirst().constFirst().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step > 50, kTimeoutMs);
    const long midway = controller.latest().step;
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step > midway, kTimeoutMs);

    controller.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), kTimeoutMs);
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.constLast().constFirst().toBool(), false);
    QCOMPARE(controller.latest().running, false);

    // The snapshot saying "paused" is the last one: nothing trains after it. The worker handles
    // commands in order, so the snapshot of a single step asked for now is the next thing to
    // arrive, one step past the paused one: no tick ran in between.
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    const long stopped = controller.latest().step;
    controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    QCOMPARE(controller.latest().step, stopped + 1);
    QCOMPARE(controller.latest().running, false);
    QCOMPARE(running.count(), 2);
}

void tst_TrainingWorker::resetReplaysTheIdenticalRun()
{
    TrainingController controller;
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    controller.configure(smallSetup());
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    const std::vector<double> initial = controller.latest().parameters;

    for (int i = 0; i < 5; ++i)
        controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 6, kTimeoutMs);
    const TrainingSnapshot first = controller.latest();
    QCOMPARE(first.step, 5L);
    QVERIFY(!bitIdentical(first.parameters, initial));

    QSignalSpy data(&controller, &TrainingController::dataChanged);
    controller.reset();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 7, kTimeoutMs);
    QCOMPARE(controller.latest().step, 0L);
    QVERIFY(bitIdentical(controller.latest().parameters, initial));
    QCOMPARE(data.count(), 1);  // the data are sent again with the reset

    for (int i = 0; i < 5; ++i)
        controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 12, kTimeoutMs);
    const TrainingSnapshot second = controller.latest();
    QCOMPARE(second.step, 5L);
    QVERIFY(bitIdentical(second.parameters, first.parameters));
    QCOMPARE(second.evaluation.trainLoss, first.evaluation.trainLoss);
}

void tst_TrainingWorker::liveChangesWhilePausedKeepTheParameters()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    for (int i = 0; i < 3; ++i)
        controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 3, kTimeoutMs);
    const TrainingSnapshot before = controller.latest();
    QCOMPARE(before.network.activation, core::HiddenActivation::Relu);

    controller.setLearningRate(0.05);
    controller.setActivation(core::HiddenActivation::Leaky, 0.1);
    QCOMPARE(controller.setup().config.learningRate, 0.05);
    QCOMPARE(controller.setup().config.network.activation, core::HiddenActivation::Leaky);

    // One snapshot for each change: the learning rate's carries the setup a session saves.
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 5, kTimeoutMs);
    QCOMPARE(snapshots.at(3).constFirst().value<TrainingSnapshot>().setup->config.learningRate,
             0.05);
    const TrainingSnapshot changed = controller.latest();
    QCOMPARE(changed.step, 3L);
    QCOMPARE(changed.network.activation, core::HiddenActivation::Leaky);
    QCOMPARE(changed.network.alpha, 0.1);
    QVERIFY(bitIdentical(changed.parameters, before.parameters));
    QCOMPARE(changed.dead.deadUnits, 0);  // Leaky with alpha 0.1 has no dead units

    // The next step uses both changes: the same as the core trainer changed the same way.
    controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 6, kTimeoutMs);
    QCOMPARE(controller.latest().step, 4L);

    core::TrainingConfig config = smallSetup().config;
    core::DataSplit split = smallSetup().makeSplit(&config);
    core::Trainer reference(config, std::move(split));
    for (int i = 0; i < 3; ++i)
        reference.step();
    QVERIFY(bitIdentical(parametersOf(reference), before.parameters));
    reference.setLearningRate(0.05);
    reference.setActivation(core::HiddenActivation::Leaky, 0.1);
    reference.step();
    QVERIFY(bitIdentical(controller.latest().parameters, parametersOf(reference)));
}

void tst_TrainingWorker::divergenceStopsTheRunForGood()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, divergingSetup()));
    QSignalSpy running(&controller, &TrainingController::runningChanged);

    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().diverged, kTimeoutMs);
    const TrainingSnapshot stopped = controller.latest();
    QVERIFY2(stopped.message.contains(QStringLiteral("learning rate too high")),
             qPrintable(stopped.message));
    QCOMPARE(stopped.running, false);
    QCOMPARE(controller.isRunning(), false);
    QVERIFY(stopped.step >= 1);
    QVERIFY2(stopped.message.contains(QStringLiteral("step %1").arg(stopped.step)),
             qPrintable(stopped.message));
    QVERIFY(!std::isfinite(stopped.evaluation.trainLoss));
    // Play's snapshot said running, the divergence's says stopped.
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.constLast().constFirst().toBool(), false);

    // Play and Step do nothing now; a change of activation (which always sends a snapshot) is a
    // marker that the worker has handled both.
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    controller.play();
    controller.stepOnce();
    controller.setActivation(core::HiddenActivation::Relu, 0.01);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    QCOMPARE(controller.latest().step, stopped.step);
    QCOMPARE(controller.latest().running, false);
    QCOMPARE(controller.latest().diverged, true);

    // Reset starts over.
    controller.reset();
    QTRY_COMPARE_WITH_TIMEOUT(controller.latest().step, 0L, kTimeoutMs);
    QCOMPARE(controller.latest().diverged, false);
    QCOMPARE(controller.latest().message, QString());
}

void tst_TrainingWorker::divergedSnapshotCarriesTheLastFiniteNetwork()
{
    TrainingController controller;
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QVERIFY(configureAndWait(controller, divergingSetup()));

    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().diverged, kTimeoutMs);
    const TrainingSnapshot stopped = controller.latest();
    QVERIFY(!std::isfinite(stopped.evaluation.trainLoss));
    // What the views draw: finite weights of the right count, never the NaN ones.
    QCOMPARE(stopped.parameters.size(), rebuildNetwork(stopped).parameters().size());
    QVERIFY(std::all_of(stopped.parameters.begin(), stopped.parameters.end(),
                        [](double p) { return std::isfinite(p); }));
    // They are the weights of the last snapshot before the divergence, and the message says which.
    const TrainingSnapshot before =
        snapshots.at(snapshots.count() - 2).constFirst().value<TrainingSnapshot>();
    QCOMPARE(before.diverged, false);
    QVERIFY(bitIdentical(stopped.parameters, before.parameters));
    QCOMPARE(stopped.layerSizes.gradientRms, before.layerSizes.gradientRms);
    QVERIFY2(stopped.message.contains(
                 QStringLiteral("Shown: the network at step %1, its last finite state.")
                     .arg(before.step)),
             qPrintable(stopped.message));
}

void tst_TrainingWorker::ownDataWithANaNIsRejectedWithAMessage()
{
    TrainingController controller;
    QSignalSpy rejected(&controller, &TrainingController::setupRejected);
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);

    TrainingSetup setup = smallSetup();
    for (int i = 0; i < 12; ++i) {
        setup.data.inputs.insert(setup.data.inputs.end(), {0.1 * i, -0.05 * i});
        setup.data.targets.push_back(i % 2);
    }
    setup.data.inputs[5] = std::numeric_limits<double>::quiet_NaN();
    controller.configure(setup);

    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
    const QString message = rejected.constFirst().constFirst().toString();
    QCOMPARE(message,
             QStringLiteral("example 3 of the data has a value that is not a finite number"));
    QCOMPARE(snapshots.count(), 0);
}

void tst_TrainingWorker::invalidSetupIsRejectedWithAMessage()
{
    TrainingController controller;
    QSignalSpy rejected(&controller, &TrainingController::setupRejected);
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QSignalSpy data(&controller, &TrainingController::dataChanged);

    TrainingSetup bad = smallSetup();
    bad.config.network.hidden = {};
    controller.configure(bad);

    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
    QVERIFY(!rejected.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(snapshots.count(), 0);
    QCOMPARE(data.count(), 0);

    // Commands without a run are ignored, and a good setup afterwards works.
    controller.play();
    controller.stepOnce();
    controller.configure(smallSetup());
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    QCOMPARE(controller.latest().step, 0L);
    QCOMPARE(controller.isRunning(), false);
    QCOMPARE(rejected.count(), 1);
}

void tst_TrainingWorker::snapshotsAreThrottledToScreenRate()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), kTimeoutMs);

    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    const long startStep = controller.latest().step;
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(500);
    const qint64 elapsed = clock.elapsed();
    const qsizetype count = snapshots.count();
    controller.pause();

    const qint64 allowed = elapsed / session::TrainingWorker::kSnapshotIntervalMs + 3;
    QVERIFY2(count <= allowed, qPrintable(QStringLiteral("%1 snapshots in %2 ms, at most %3")
                                              .arg(count)
                                              .arg(elapsed)
                                              .arg(allowed)));
    QVERIFY2(count >= 3, qPrintable(QString::number(count)));  // and they do keep coming
    // Many steps per snapshot: training does not wait for the screen.
    QVERIFY2(controller.latest().step - startStep > 10 * count,
             qPrintable(QStringLiteral("%1 steps").arg(controller.latest().step - startStep)));
}

void tst_TrainingWorker::noNewSnapshotUntilThePreviousIsTaken()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), kTimeoutMs);

    // A GUI thread busy for 300 ms takes no snapshot; at 60 Hz about 18 would be due, but the
    // worker holds back while one is still waiting.
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QThread::msleep(300);
    QCoreApplication::sendPostedEvents(&controller, QEvent::MetaCall);
    QVERIFY2(snapshots.count() <= 2, qPrintable(QString::number(snapshots.count())));

    // Taken: they flow again.
    const qsizetype taken = snapshots.count();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > taken + 2, kTimeoutMs);
    controller.pause();
}

void tst_TrainingWorker::destroyingWhilePlayingReturnsPromptly()
{
    auto controller = std::make_unique<TrainingController>();
    QVERIFY(configureAndWait(*controller, smallSetup()));
    controller->play();
    QTRY_VERIFY_WITH_TIMEOUT(controller->isRunning(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(controller->latest().step > 0, kTimeoutMs);

    // Playing never ends by itself: a destructor that waited for the run would never return (and
    // CTest's timeout would fail the test). Returning, with the object gone, is what is pinned.
    QVERIFY(controller->isRunning());
    QSignalSpy destroyed(controller.get(), &QObject::destroyed);
    controller.reset();
    QCOMPARE(destroyed.count(), 1);
}

namespace {

// The state of a run of setup after some steps, as a session would hold it.
core::TrainerState trainedState(const TrainingSetup &setup, int steps,
                                std::unique_ptr<core::Trainer> *continued = nullptr)
{
    QString error;
    auto trainer = session::makeTrainer(setup, nullptr, &error);
    for (int i = 0; i < steps; ++i)
        trainer->step();
    const core::TrainerState state = trainer->state();
    if (continued) *continued = std::move(trainer);
    return state;
}

}  // namespace

void tst_TrainingWorker::restoreShowsTheSavedRunAndStepContinuesIt()
{
    TrainingSetup setup = smallSetup();
    setup.config.batchSize = 9;
    std::unique_ptr<core::Trainer> reference;
    const core::TrainerState saved = trainedState(setup, 37, &reference);

    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QSignalSpy data(&controller, &TrainingController::dataChanged);
    controller.restore(setup, saved);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 1, kTimeoutMs);
    QCOMPARE(data.count(), 1);
    TrainingSnapshot s = controller.latest();
    QCOMPARE(s.step, 37L);
    QCOMPARE(s.running, false);
    QVERIFY(bitIdentical(s.parameters, saved.parameters));
    QCOMPARE(s.evaluation.trainLoss, reference->evaluate().trainLoss);
    QVERIFY(*s.state == saved);
    QVERIFY(*s.setup == setup);

    // Step continues the saved run exactly where it stopped.
    controller.stepOnce();
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step == 38, kTimeoutMs);
    reference->step();
    QVERIFY(bitIdentical(controller.latest().parameters, parametersOf(*reference)));
    QVERIFY(controller.currentRun().network == reference->state());
}

void tst_TrainingWorker::currentRunIsWhatTheRunStartsFromUntilTheWorkerReports()
{
    const TrainingSetup setup = smallSetup();
    const core::TrainerState saved = trainedState(setup, 12);
    TrainingController controller;
    // No snapshot of the new run yet: the run is what it was started from.
    controller.restore(setup, saved);
    session::RunState run = controller.currentRun();
    QVERIFY(run.setup == setup);
    QVERIFY(run.network == saved);
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step == 12, kTimeoutMs);
    QVERIFY(controller.currentRun().network == saved);

    TrainingSetup other = setup;
    other.config.network.hidden = {3};
    controller.configure(other);
    run = controller.currentRun();
    QVERIFY(run.setup == other);
    QVERIFY(!run.network);
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().network.hidden == std::vector<int>{3}, kTimeoutMs);
    QCOMPARE(controller.currentRun().network->steps, 0L);
    QCOMPARE(controller.currentRun().network->parameters.size(), size_t(2 * 3 + 3 + 3 + 1));
}

void tst_TrainingWorker::currentRunFollowsLiveChangesWithItsState()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    controller.stepOnce();
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step == 1, kTimeoutMs);
    controller.setActivation(core::HiddenActivation::Prelu, 0.01);
    controller.setLearningRate(0.002);
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().setup->config.learningRate == 0.002, kTimeoutMs);
    const session::RunState run = controller.currentRun();
    QCOMPARE(run.setup.config.network.activation, core::HiddenActivation::Prelu);
    QCOMPARE(run.setup.config.learningRate, 0.002);
    // The PReLU slopes are part of the state the setup describes.
    QCOMPARE(run.network->parameters.size(), controller.latest().parameters.size());
    QString error;
    QVERIFY2(session::makeTrainer(run.setup, &*run.network, &error), qPrintable(error));
}

void tst_TrainingWorker::restoreOfAStateThatDoesNotFitIsRejected()
{
    TrainingSetup setup = smallSetup();
    const core::TrainerState saved = trainedState(setup, 5);
    setup.config.network.hidden = {4};
    TrainingController controller;
    QSignalSpy rejected(&controller, &TrainingController::setupRejected);
    controller.restore(setup, saved);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kTimeoutMs);
    QVERIFY2(rejected.constFirst().constFirst().toString().startsWith(
                 QStringLiteral("parameters: expected 17 numbers")),
             qPrintable(rejected.constFirst().constFirst().toString()));
}

void tst_TrainingWorker::pauseIsPromptAtARateTooHighToKeepUpWith()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    // A billion steps a second: no machine keeps up, so owed steps must not pile up.
    controller.setStepsPerSecond(1e9);
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), kTimeoutMs);
    // Long enough behind (many snapshots) that a backlog of owed steps would have built up.
    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 10, kTimeoutMs);
    QVERIFY(controller.latest().step > 0);

    // Pause is handled at the end of the slice under way, not behind the backlog: before the
    // paused snapshot at most the one already on its way and the one of that slice arrive.
    snapshots.clear();
    controller.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), kTimeoutMs);
    QVERIFY2(snapshots.count() <= 3, qPrintable(QString::number(snapshots.count())));
    QCOMPARE(snapshots.constLast().constFirst().value<TrainingSnapshot>().running, false);

    // And no owed step runs after it: a single step asked for now lands one past the pause.
    const long paused = controller.latest().step;
    snapshots.clear();
    controller.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, kTimeoutMs);
    QCOMPARE(controller.latest().step, paused + 1);
}

// Steps the run to `steps` with stepOnce and waits for its snapshot.
bool stepTo(TrainingController &controller, long steps)
{
    for (long i = controller.latest().step; i < steps; ++i)
        controller.stepOnce();
    return QTest::qWaitFor(
        [&] { return controller.latest().step == steps && !controller.shownEntry(); }, kTimeoutMs);
}

void tst_TrainingWorker::historyFollowsTheRunAndShowEntrySendsAKeptStep()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QVERIFY(stepTo(controller, 40));
    // Every step up to 256 is kept; the controller's copy is the worker's, up to its snapshot.
    const session::RunHistory &history = controller.history();
    QCOMPARE(history.size(), size_t(41));
    QCOMPARE(history.back().step, 40L);
    QVERIFY(bitIdentical(history.back().state->parameters, controller.latest().parameters));

    QSignalSpy snapshots(&controller, &TrainingController::snapshot);
    controller.showEntry(10);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), kTimeoutMs);
    const auto past = snapshots.constLast().constFirst().value<TrainingSnapshot>();
    QCOMPARE(past.past, std::optional<size_t>(10));
    QCOMPARE(past.step, 10L);
    QCOMPARE(past.newestStep, 40L);
    QVERIFY(bitIdentical(past.parameters, history[10].state->parameters));
    QCOMPARE(past.evaluation.trainLoss, history[10].evaluation.trainLoss);
    QCOMPARE(controller.shownEntry(), std::optional<size_t>(10));
    // The run itself stays at its newest step: that is what a session saves.
    QCOMPARE(controller.latest().step, 40L);
    QCOMPARE(controller.currentRun().network->steps, 40L);

    snapshots.clear();
    controller.showNewest();
    QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty(), kTimeoutMs);
    const auto newest = snapshots.constLast().constFirst().value<TrainingSnapshot>();
    QVERIFY(!newest.past);
    QCOMPARE(newest.step, 40L);
    QVERIFY(!controller.shownEntry());

    // Step goes on from the newest step, not from the one shown.
    controller.showEntry(3);
    QTRY_COMPARE_WITH_TIMEOUT(controller.shownEntry(), std::optional<size_t>(3), kTimeoutMs);
    QVERIFY(stepTo(controller, 41));
    QCOMPARE(controller.history().back().step, 41L);
}

void tst_TrainingWorker::continueFromAKeptStepIsTheRunThatStoppedThere()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    controller.setStepsPerSecond(0.0);
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step >= 700, kTimeoutMs);
    controller.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), kTimeoutMs);
    const long newest = controller.latest().step;
    const auto index = controller.history().indexOf(520);  // between two checkpoints
    QVERIFY(index);
    QVERIFY(!controller.history()[*index].checkpoint);

    controller.continueFrom(*index);
    QTRY_VERIFY_WITH_TIMEOUT(controller.latest().step == 520, kTimeoutMs);
    QCOMPARE(controller.history().size(), *index + 1);
    QVERIFY(controller.history().back().step < newest);
    QVERIFY(stepTo(controller, 530));

    // The same run trained straight to step 530.
    core::TrainingConfig config = smallSetup().config;
    core::Trainer straight(config, smallSetup().makeSplit(&config));
    while (straight.stepCount() < 530)
        straight.step();
    QVERIFY(controller.currentRun().network == straight.state());
}

void tst_TrainingWorker::liveChangeStartsANewSetupInTheHistory()
{
    TrainingController controller;
    QVERIFY(configureAndWait(controller, smallSetup()));
    QVERIFY(stepTo(controller, 5));
    controller.setLearningRate(0.5);
    QVERIFY(stepTo(controller, 7));
    const session::RunHistory &history = controller.history();
    QCOMPARE(history.size(), size_t(8));
    QCOMPARE(history[4].setup->config.learningRate, smallSetup().config.learningRate);
    // Step 5 is where the new rate starts: a checkpoint with it.
    QCOMPARE(history[5].setup->config.learningRate, 0.5);
    QVERIFY(history[5].checkpoint);
    QCOMPARE(history[7].setup->config.learningRate, 0.5);
}

RELULAB_TEST_GUILESS_MAIN(tst_TrainingWorker)
#include "tst_trainingworker.moc"
