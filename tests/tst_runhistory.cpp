// Tests of the run's history: the thinning rule, checkpoints, going on from a kept step bit for
// bit (also across a live change), dead-unit forensics, the log replayed from the history, and
// the history in a session file.
#include <QTest>
#include <map>
#include <memory>

#include "core/Trainer.h"
#include "session/HistoryJson.h"
#include "session/RunHistory.h"
#include "session/SessionFile.h"
#include "session/TrainingReplay.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::HistoryEntry;
using session::HistoryRecorder;
using session::RunHistory;
using session::TrainingSetup;

namespace {

TrainingSetup historySetup()
{
    TrainingSetup setup;
    setup.dataset = QStringLiteral("circle");
    setup.samples = 200;
    setup.config.network.hidden = {6, 6};
    setup.config.seed = 11;
    return setup;
}

std::unique_ptr<core::Trainer> historyTrainer(const TrainingSetup &setup)
{
    QString error;
    auto trainer = session::makeTrainer(setup, nullptr, &error);
    if (!trainer) qFatal("%s", qPrintable(error));
    return trainer;
}

// Trains to `steps`, recording the history as the window's worker does.
void trainRecording(core::Trainer &trainer, HistoryRecorder &recorder,
                    const std::shared_ptr<const TrainingSetup> &setup, long steps)
{
    recorder.record(trainer, setup, true);
    while (trainer.stepCount() < steps) {
        trainer.step();
        recorder.record(trainer, setup);
    }
}

// An entry whose only content is which units are dead (for the forensics).
RunHistory::Entry deadEntry(long step, std::vector<core::UnitState> layer)
{
    auto e = std::make_shared<HistoryEntry>();
    e->step = step;
    e->state = std::make_shared<core::TrainerState>();
    e->dead.states = {std::move(layer)};
    return e;
}

}  // namespace

class tst_RunHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thinningRuleKeepsEveryStepThenHalvesPerDoubling_data();
    void thinningRuleKeepsEveryStepThenHalvesPerDoubling();
    void aMillionStepsKeep1781Snapshots();
    void recorderKeepsTheRuleWithACheckpointEveryEight();
    void goingOnFromAKeptStepIsBitIdentical_data();
    void goingOnFromAKeptStepIsBitIdentical();
    void goingOnAfterALiveChangeReplaysWithTheNewSetup();
    void unitEventsTellWhenAUnitDiedAndRevived();
    void nearestAndIndexOfFindKeptSteps();
    void replayedLogRowsAreTheRunsOwn();
    void sessionKeepsTheHistoryExactly();
    void badHistoryIsLocated_data();
    void badHistoryIsLocated();
    void versionOneFilesOpenWithoutHistory();
    void replayFromTheHistoryDrawsTheRunsOwnSteps();
};

void tst_RunHistory::thinningRuleKeepsEveryStepThenHalvesPerDoubling_data()
{
    QTest::addColumn<long>("step");
    QTest::addColumn<bool>("kept");
    QTest::addColumn<long>("interval");
    QTest::newRow("0") << 0L << true << 1L;
    QTest::newRow("255") << 255L << true << 1L;
    QTest::newRow("256") << 256L << true << 2L;
    QTest::newRow("257") << 257L << false << 2L;
    QTest::newRow("258") << 258L << true << 2L;
    QTest::newRow("514") << 514L << false << 4L;
    QTest::newRow("516") << 516L << true << 4L;
    QTest::newRow("1023") << 1023L << false << 4L;
    QTest::newRow("1024") << 1024L << true << 8L;
    QTest::newRow("999424") << 999424L << true << 4096L;
    QTest::newRow("999425") << 999425L << false << 4096L;
}

void tst_RunHistory::thinningRuleKeepsEveryStepThenHalvesPerDoubling()
{
    QFETCH(long, step);
    QFETCH(bool, kept);
    QFETCH(long, interval);
    QCOMPARE(RunHistory::keepsStep(step), kept);
    QCOMPARE(RunHistory::intervalAt(step), interval);
}

void tst_RunHistory::aMillionStepsKeep1781Snapshots()
{
    long kept = 0;
    for (long step = 0; step <= 1'000'000; ++step)
        kept += RunHistory::keepsStep(step);
    // 256 + 128 per doubling from 256 to 2^19, and the part of the last doubling up to 10^6.
    QCOMPARE(kept, 1781L);
}

void tst_RunHistory::recorderKeepsTheRuleWithACheckpointEveryEight()
{
    const auto setup = std::make_shared<const TrainingSetup>(historySetup());
    auto trainer = historyTrainer(*setup);
    RunHistory history;
    HistoryRecorder recorder(&history);
    trainRecording(*trainer, recorder, setup, 1000);
    QCOMPARE(history.size(), size_t(507));  // steps 0..1000 the rule keeps
    for (size_t i = 0; i < history.size(); ++i) {
        const HistoryEntry &e = history[i];
        QVERIFY(RunHistory::keepsStep(e.step));
        QCOMPARE(e.checkpoint, i % RunHistory::kCheckpointEvery == 0);
        // A checkpoint has the optimizer's moments and the batch order; others only the weights.
        QCOMPARE(e.state->order.empty(), !e.checkpoint);
        QCOMPARE(e.state->parameters.size(), trainer->network().parameters().size());
        QVERIFY(std::isfinite(e.evaluation.trainLoss));
        QCOMPARE(e.dead.hiddenUnits, 12);
        QVERIFY(e.regions.has_value());
    }
    // The last entry is the trainer's step with its weights and losses, bit for bit.
    QCOMPARE(history.back().step, 1000L);
    QVERIFY(history.back().state->parameters ==
            std::vector<double>(trainer->network().parameters().begin(),
                                trainer->network().parameters().end()));
    QCOMPARE(history.back().evaluation.trainLoss, trainer->evaluate().trainLoss);
}

void tst_RunHistory::goingOnFromAKeptStepIsBitIdentical_data()
{
    QTest::addColumn<long>("from");
    QTest::newRow("a checkpoint (step 0)") << 0L;
    QTest::newRow("every step kept (step 201)") << 201L;
    QTest::newRow("between checkpoints (step 520)") << 520L;
    QTest::newRow("the last kept step") << 696L;
}

void tst_RunHistory::goingOnFromAKeptStepIsBitIdentical()
{
    QFETCH(long, from);
    const auto setup = std::make_shared<const TrainingSetup>(historySetup());
    auto straight = historyTrainer(*setup);
    RunHistory history;
    HistoryRecorder recorder(&history);
    trainRecording(*straight, recorder, setup, 700);

    const auto index = history.indexOf(from);
    QVERIFY(index);
    QString error;
    auto resumed = session::trainerAtEntry(history, *index, &error);
    QVERIFY2(resumed, qPrintable(error));
    QCOMPARE(resumed->stepCount(), from);
    while (resumed->stepCount() < 700)
        resumed->step();
    // The whole state: weights, moments, batch order and its random stream.
    QVERIFY(resumed->state() == straight->state());
}

void tst_RunHistory::goingOnAfterALiveChangeReplaysWithTheNewSetup()
{
    TrainingSetup before = historySetup();
    auto setup = std::make_shared<const TrainingSetup>(before);
    auto straight = historyTrainer(before);
    RunHistory history;
    HistoryRecorder recorder(&history);
    trainRecording(*straight, recorder, setup, 301);
    // At step 301 (not a kept step) the learning rate and the activation change live.
    TrainingSetup after = before;
    after.config.learningRate = 0.003;
    after.config.network.activation = core::HiddenActivation::Leaky;
    after.config.network.alpha = 0.1;
    setup = std::make_shared<const TrainingSetup>(after);
    straight->setLearningRate(0.003);
    straight->setActivation(core::HiddenActivation::Leaky, 0.1);
    recorder.recordChange(*straight, setup);
    QVERIFY(history.indexOf(301));
    QVERIFY(history[*history.indexOf(301)].checkpoint);
    while (straight->stepCount() < 600) {
        straight->step();
        recorder.record(*straight, setup);
    }
    QString error;
    auto resumed = session::trainerAtEntry(history, *history.indexOf(400), &error);
    QVERIFY2(resumed, qPrintable(error));
    QCOMPARE(resumed->config().network.activation, core::HiddenActivation::Leaky);
    QCOMPARE(resumed->config().learningRate, 0.003);
    while (resumed->stepCount() < 600)
        resumed->step();
    QVERIFY(resumed->state() == straight->state());
    // Before the change the setup is the old one.
    QCOMPARE(history[*history.indexOf(300)].setup->config.learningRate, before.config.learningRate);
}

void tst_RunHistory::unitEventsTellWhenAUnitDiedAndRevived()
{
    using core::UnitState;
    RunHistory history;
    history.append(deadEntry(0, {UnitState::Active, UnitState::Active}));
    history.append(deadEntry(1, {UnitState::Dead, UnitState::Active}));
    history.append(deadEntry(2, {UnitState::Dead, UnitState::Inactive}));
    history.append(deadEntry(300, {UnitState::Dead, UnitState::Dead}));
    history.append(deadEntry(304, {UnitState::Active, UnitState::Dead}));
    const auto first = history.unitEvents(0, 0);
    QCOMPARE(first.size(), size_t(2));
    QVERIFY(first[0].died);
    QCOMPARE(first[0].step, 1L);
    QVERIFY(first[0].exact());
    QVERIFY(!first[1].died);
    QCOMPARE(first[1].step, 304L);
    QCOMPARE(first[1].previousStep, 300L);
    QVERIFY(!first[1].exact());
    // Inactive is not dead: the second unit died between steps 2 and 300.
    const auto second = history.unitEvents(0, 1);
    QCOMPARE(second.size(), size_t(1));
    QCOMPARE(second[0].step, 300L);
    QCOMPARE(second[0].previousStep, 2L);
    QVERIFY(history.unitEvents(1, 0).empty());
}

void tst_RunHistory::nearestAndIndexOfFindKeptSteps()
{
    RunHistory history;
    for (long step : {0L, 10L, 20L, 40L})
        history.append(deadEntry(step, {}));
    QCOMPARE(history.indexOf(20), std::optional<size_t>(2));
    QVERIFY(!history.indexOf(21));
    QCOMPARE(history.nearest(-5), size_t(0));
    QCOMPARE(history.nearest(15), size_t(1));  // a tie goes to the earlier
    QCOMPARE(history.nearest(31), size_t(3));
    QCOMPARE(history.nearest(1000), size_t(3));
    // An entry at the last step replaces it.
    history.append(deadEntry(40, {core::UnitState::Dead}));
    QCOMPARE(history.size(), size_t(4));
    QCOMPARE(history.back().dead.states[0].size(), size_t(1));
}

void tst_RunHistory::replayedLogRowsAreTheRunsOwn()
{
    const auto setup = std::make_shared<const TrainingSetup>(historySetup());
    auto trainer = historyTrainer(*setup);
    RunHistory history;
    HistoryRecorder recorder(&history);
    std::vector<session::TrainingLogRow> logged;
    recorder.record(*trainer, setup, true);
    while (trainer->stepCount() <= 900) {
        if (trainer->stepCount() % 70 == 0)
            logged.push_back(session::trainingLogRow(
                trainer->stepCount(), trainer->evaluate(),
                core::analyseDeadUnits(trainer->network(), trainer->data().train)));
        trainer->step();
        recorder.record(*trainer, setup);
    }
    QString error;
    const auto replayed = session::replayLogRows(history, 70, 901, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(session::trainingLogCsv(replayed), session::trainingLogCsv(logged));
    QCOMPARE(replayed.size(), size_t(13));
}

void tst_RunHistory::sessionKeepsTheHistoryExactly()
{
    const auto setup = std::make_shared<const TrainingSetup>(historySetup());
    auto trainer = historyTrainer(*setup);
    session::Session saved;
    saved.training = *setup;
    HistoryRecorder recorder(&saved.history);
    trainRecording(*trainer, recorder, setup, 600);
    saved.network = trainer->state();
    const QByteArray bytes = session::sessionToBytes(saved);
    // Weights of every kept step, not every step: far less than a decimal dump of each step.
    QVERIFY2(bytes.size() < 1'000'000, qPrintable(QString::number(bytes.size())));
    const auto read = session::parseSession(bytes);
    QVERIFY2(read.value, qPrintable(read.error));
    QVERIFY(read.value->history == saved.history);
    for (size_t i = 0; i < saved.history.size(); ++i) {
        // The derived figures come out the same, bit for bit.
        QCOMPARE(read.value->history[i].evaluation.trainLoss,
                 saved.history[i].evaluation.trainLoss);
        QCOMPARE(read.value->history[i].evaluation.testLoss, saved.history[i].evaluation.testLoss);
        QCOMPARE(read.value->history[i].dead.deadUnits, saved.history[i].dead.deadUnits);
        QCOMPARE(read.value->history[i].regions, saved.history[i].regions);
    }
    QCOMPARE(session::sessionToBytes(*read.value), bytes);
}

void tst_RunHistory::badHistoryIsLocated_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("problem");
    QTest::newRow("steps out of order")
        << QStringLiteral("\"step\": 2\n") << QStringLiteral("\"step\": 0\n")
        << QStringLiteral("history.entries[2].step: must be greater");
    QTest::newRow("weights not base64")
        << QStringLiteral("\"parameters\": \"") << QStringLiteral("\"parameters\": \"!!")
        << QStringLiteral(
               "history.entries[0].parameters: must be "
               "base64 of little-endian doubles");
    QTest::newRow("bad activation")
        << QStringLiteral("\"activation\": \"relu\"") << QStringLiteral("\"activation\": \"relux\"")
        << QStringLiteral("history.entries[0].setup.activation");
}

void tst_RunHistory::badHistoryIsLocated()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, problem);
    const auto setup = std::make_shared<const TrainingSetup>(historySetup());
    auto trainer = historyTrainer(*setup);
    session::Session saved;
    saved.training = *setup;
    HistoryRecorder recorder(&saved.history);
    trainRecording(*trainer, recorder, setup, 20);
    saved.network = trainer->state();
    // The history comes last in the file: replace the first occurrence after its key.
    QByteArray bytes = session::sessionToBytes(saved);
    const qsizetype start = bytes.indexOf("\"history\"");
    const qsizetype at = bytes.indexOf(from.toUtf8(), start);
    QVERIFY(at > 0);
    bytes.replace(at, from.size(), to.toUtf8());
    const auto read = session::parseSession(bytes);
    QVERIFY(!read.value);
    QVERIFY2(read.error.startsWith(problem), qPrintable(read.error));
}

void tst_RunHistory::versionOneFilesOpenWithoutHistory()
{
    session::Session saved;
    saved.training = historySetup();
    QByteArray bytes = session::sessionToBytes(saved);
    QVERIFY(bytes.contains("\"version\": 2"));
    bytes.replace("\"version\": 2", "\"version\": 1");
    const auto read = session::parseSession(bytes);
    QVERIFY2(read.value, qPrintable(read.error));
    QVERIFY(read.value->history.empty());
    // A history is not part of version 1.
    QByteArray withHistory = bytes;
    withHistory.replace("\n}\n", ",\n    \"history\": {\"entries\": []}\n}\n");
    const auto refused = session::parseSession(withHistory);
    QVERIFY(!refused.value);
    QVERIFY2(refused.error.startsWith(QStringLiteral("history")), qPrintable(refused.error));
}

// The animation of a run from its timeline: the frames' weights are the run's at those steps,
// live changes included, and past the last kept step the run goes on as Play would.
void tst_RunHistory::replayFromTheHistoryDrawsTheRunsOwnSteps()
{
    TrainingSetup before = historySetup();
    auto setup = std::make_shared<const TrainingSetup>(before);
    auto run = historyTrainer(before);
    RunHistory history;
    HistoryRecorder recorder(&history);
    trainRecording(*run, recorder, setup, 150);
    TrainingSetup after = before;
    after.config.learningRate = 0.05;
    setup = std::make_shared<const TrainingSetup>(after);
    run->setLearningRate(0.05);
    recorder.recordChange(*run, setup);
    while (run->stepCount() < 300) {
        run->step();
        recorder.record(*run, setup);
    }
    // The run's weights at every step up to 400 (past its end it goes on with the new rate).
    std::map<long, std::vector<double>> weights;
    auto straight = historyTrainer(before);
    while (straight->stepCount() <= 400) {
        if (straight->stepCount() == 150) straight->setLearningRate(0.05);
        const auto p = straight->network().parameters();
        weights[straight->stepCount()].assign(p.begin(), p.end());
        straight->step();
    }
    session::TrainingReplay replay(history, 100, 400, 7);
    QVERIFY(replay.start().isEmpty());
    std::vector<long> steps;
    while (!replay.done()) {
        QVERIFY(replay.advance() >= 1);
        const session::TrainingSnapshot &last = replay.history().back();
        steps.push_back(last.step);
        QVERIFY2(last.parameters == weights[last.step], qPrintable(QString::number(last.step)));
    }
    QCOMPARE(steps, (std::vector<long>{100, 150, 200, 250, 300, 350, 400}));
    // The curves' rows start at the run's first kept step.
    QCOMPARE(replay.history().front().step, 0L);
}

RELULAB_TEST_APPLESS_MAIN(tst_RunHistory)
#include "tst_runhistory.moc"
