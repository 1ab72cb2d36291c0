// The worker's loop: a zero-interval timer runs slices of a few milliseconds of training, so
// queued commands are handled between slices and the thread never blocks on the GUI.
#include "TrainingWorker.h"

#include <algorithm>
#include <cmath>

#include "CoreMessageText.h"
#include "SessionFile.h"
#include "SnapshotAnalysis.h"

namespace relulab::session {

namespace {
constexpr qint64 kSliceNs = 4'000'000;  // train for at most 4 ms between command checks
}

TrainingWorker::TrainingWorker(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TrainingWorker::tick);
    m_clock.start();
    m_sinceSnapshot.start();
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::configure(const TrainingSetup &setup, quint64 generation)
{
    if (const QString error = setup.validate(); !error.isEmpty()) {
        Q_EMIT setupRejected(error);
        return;
    }
    m_setup = setup;
    reset(generation);
}

void TrainingWorker::restore(const TrainingSetup &setup, const core::TrainerState &state,
                             quint64 generation, const RunHistory &history)
{
    QString error;
    std::unique_ptr<core::Trainer> trainer = makeTrainer(setup, &state, &error);
    if (!trainer) {
        Q_EMIT setupRejected(error);
        return;
    }
    m_setup = setup;
    m_generation = generation;
    // The session's history goes on with the saved step itself (its setup is the session's).
    start(std::move(trainer),
          history.empty() || history.back().step > state.steps ? nullptr : &history);
}

void TrainingWorker::reset(quint64 generation)
{
    m_timer->stop();
    m_generation = generation;
    QString error;
    std::unique_ptr<core::Trainer> trainer = makeTrainer(m_setup, nullptr, &error);
    if (!trainer) {
        m_trainer.reset();
        Q_EMIT setupRejected(error);
        return;
    }
    start(std::move(trainer));
}

void TrainingWorker::start(std::unique_ptr<core::Trainer> trainer, const RunHistory *history)
{
    m_timer->stop();
    m_trainer = std::move(trainer);
    m_sharedSetup = std::make_shared<const TrainingSetup>(m_setup);
    m_diverged = false;
    m_message.clear();
    m_examplesPerSecond = 0.0;
    m_lastFinite = {};
    m_history = history ? *history : RunHistory{};
    m_sentEntries = 0;
    m_recording = true;
    m_viewing.reset();
    record(true);
    Q_EMIT dataReady(m_trainer->data());
    sendSnapshot(true);
}

void TrainingWorker::record(bool force)
{
    if (!m_recording) return;
    if (!m_recorder.record(*m_trainer, m_sharedSetup, force)) m_recording = false;
}

void TrainingWorker::recordChange()
{
    // The history starts the new setup at this step: going on from a later kept step replays
    // with it. The entry may replace one the GUI has already.
    if (!m_recording) return;
    m_recorder.recordChange(*m_trainer, m_sharedSetup);
    if (!m_history.empty()) m_sentEntries = std::min(m_sentEntries, m_history.size() - 1);
}

void TrainingWorker::showEntry(size_t index)
{
    if (!m_trainer || index >= m_history.size()) return;
    m_timer->stop();
    m_viewing = index;
    sendSnapshot(true);
}

void TrainingWorker::showNewest()
{
    m_viewing.reset();
    sendSnapshot(true);
}

void TrainingWorker::continueFrom(size_t index)
{
    if (!m_trainer) return;
    QString error;
    std::unique_ptr<core::Trainer> trainer = trainerAtEntry(m_history, index, &error);
    if (!trainer) {
        Q_EMIT historyRejected(error);
        return;
    }
    m_timer->stop();
    const RunHistory::Entry entry = m_history.entry(index);
    m_history.truncate(index + 1);
    m_sentEntries = std::min(m_sentEntries, m_history.size());
    m_setup = *entry->setup;
    m_sharedSetup = entry->setup;
    m_trainer = std::move(trainer);
    m_diverged = false;
    m_message.clear();
    m_lastFinite = {};
    m_recording = true;
    m_viewing.reset();
    sendSnapshot(true);
}

void TrainingWorker::play()
{
    m_viewing.reset();
    if (!m_trainer || m_diverged) return;
    m_lastTickNs = m_clock.nsecsElapsed();
    m_rateStartNs = m_lastTickNs;
    m_examplesAtRate = m_trainer->examplesSeen();
    m_stepBudget = 0.0;
    m_timer->start();
    sendSnapshot(true);
}

void TrainingWorker::pause()
{
    m_timer->stop();
    sendSnapshot(true);
}

void TrainingWorker::stepOnce()
{
    m_viewing.reset();
    if (!m_trainer || m_diverged) return;
    m_timer->stop();
    runSteps(1);
    sendSnapshot(true);
}

void TrainingWorker::setStepsPerSecond(double stepsPerSecond)
{
    m_stepsPerSecond = std::max(0.0, stepsPerSecond);
    m_stepBudget = 0.0;
}

void TrainingWorker::setLearningRate(double learningRate)
{
    if (!(learningRate > 0.0) || !std::isfinite(learningRate)) return;
    m_setup.config.learningRate = learningRate;
    m_sharedSetup = std::make_shared<const TrainingSetup>(m_setup);
    if (!m_trainer) return;
    m_trainer->setLearningRate(learningRate);
    recordChange();
    // So that the latest snapshot, which a session saves, has the new rate.
    sendSnapshot(!m_timer->isActive());
}

void TrainingWorker::setActivation(core::HiddenActivation activation, double alpha)
{
    core::NetworkConfig candidate = m_setup.config.network;
    candidate.activation = activation;
    candidate.alpha = alpha;
    // An exception must never leave a queued slot: refuse a bad value instead.
    if (const std::string problem = candidate.validate(); !problem.empty()) {
        Q_EMIT setupRejected(translatedCoreMessage(problem));
        return;
    }
    m_setup.config.network = candidate;
    m_sharedSetup = std::make_shared<const TrainingSetup>(m_setup);
    if (!m_trainer) return;
    m_trainer->setActivation(activation, alpha);
    recordChange();
    sendSnapshot(true);
}

void TrainingWorker::setAnalysisRequest(const AnalysisRequest &request)
{
    m_analysisRequest = request;
    if (!m_timer->isActive()) sendSnapshot(true);
}

bool TrainingWorker::runSteps(long count)
{
    for (long i = 0; i < count; ++i) {
        const double loss = m_trainer->step();
        if (RunHistory::keepsStep(m_trainer->stepCount()) && std::isfinite(loss)) record(false);
        if (!std::isfinite(loss)) {
            stop(tr("loss became %1 at step %2 \u2014 learning rate too high? Reset to start over.")
                     .arg(std::isnan(loss) ? QStringLiteral("NaN") : tr("infinite"))
                     .arg(m_trainer->stepCount()),
                 true);
            return false;
        }
    }
    return true;
}

void TrainingWorker::tick()
{
    if (!m_trainer) return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 sliceEnd = now + kSliceNs;
    if (m_stepsPerSecond > 0.0) {
        m_stepBudget += m_stepsPerSecond * static_cast<double>(now - m_lastTickNs) / 1e9;
        // The steps owed, within the slice like the flat-out loop. At a rate this machine cannot
        // keep up with, the backlog is dropped: owed steps would otherwise pile up, each tick
        // would run longer than the last, and Pause would wait behind them for seconds.
        while (m_stepBudget >= 1.0 && m_clock.nsecsElapsed() < sliceEnd) {
            const long chunk = std::min(16L, static_cast<long>(m_stepBudget));
            if (!runSteps(chunk)) return;
            m_stepBudget -= static_cast<double>(chunk);
        }
        if (m_stepBudget >= 1.0) m_stepBudget = 0.0;
    } else {
        // As fast as possible, in batches of steps between clock reads.
        while (m_clock.nsecsElapsed() < sliceEnd) {
            if (!runSteps(16)) return;
        }
    }
    m_lastTickNs = now;
    const qint64 elapsed = m_clock.nsecsElapsed() - m_rateStartNs;
    if (elapsed > 250'000'000) {
        m_examplesPerSecond = static_cast<double>(m_trainer->examplesSeen() - m_examplesAtRate) /
                              (static_cast<double>(elapsed) / 1e9);
        m_rateStartNs = m_clock.nsecsElapsed();
        m_examplesAtRate = m_trainer->examplesSeen();
    }
    if (m_stepsPerSecond > 0.0) {
        // At a slow rate there is nothing to do until the next step is due: sleep a little.
        m_timer->setInterval(m_stepsPerSecond < 500.0 ? 2 : 0);
    } else {
        m_timer->setInterval(0);
    }
    sendSnapshot(false);
}

void TrainingWorker::stop(const QString &message, bool diverged)
{
    m_timer->stop();
    m_diverged = diverged;
    m_message = message;
    sendSnapshot(true);
}

void TrainingWorker::sendSnapshot(bool force)
{
    if (!m_trainer) return;
    if (!force && (m_inFlight.load() || m_sinceSnapshot.elapsed() < kSnapshotIntervalMs)) return;
    if (m_viewing && *m_viewing < m_history.size()) {
        TrainingSnapshot past = pastSnapshot(*m_viewing);
        past.historyFrom = m_sentEntries;
        past.historyAdded.assign(m_history.entries().begin() + static_cast<long>(m_sentEntries),
                                 m_history.entries().end());
        m_sentEntries = m_history.size();
        m_inFlight.store(true);
        m_sinceSnapshot.restart();
        Q_EMIT snapshotReady(past);
        return;
    }
    // A weight can turn NaN or infinite before any loss does (a PReLU slope only used left of 0);
    // checking here, at snapshot rate, costs the training loop nothing and still comes before
    // anything is drawn.
    if (!m_diverged && !m_trainer->parametersFinite()) {
        m_timer->stop();
        m_diverged = true;
        m_message = tr("a weight became NaN or infinite by step %1 — learning rate too high? "
                       "Reset to start over.")
                        .arg(m_trainer->stepCount());
    }
    TrainingSnapshot s;
    s.step = m_trainer->stepCount();
    s.examples = m_trainer->examplesSeen();
    s.evaluation = m_trainer->evaluate();
    s.network = m_trainer->network().config();
    const bool finite = m_trainer->parametersFinite() && std::isfinite(s.evaluation.trainLoss) &&
                        std::isfinite(s.evaluation.testLoss);
    if (finite || m_lastFinite.parameters.empty()) {
        s.dead = core::analyseDeadUnits(m_trainer->network(), m_trainer->data().train);
        s.layerSizes = core::measureLayerSizes(m_trainer->network(), m_trainer->data().train);
        const auto params = m_trainer->network().parameters();
        s.parameters.assign(params.begin(), params.end());
    } else {
        // Diverged: the views get the last finite network (and its dead units); the losses
        // stay the true non-finite ones, which the curves skip and the status reports.
        s.network = m_lastFinite.network;
        s.parameters = m_lastFinite.parameters;
        s.dead = m_lastFinite.dead;
        s.layerSizes = m_lastFinite.layerSizes;
    }
    s.examplesPerSecond = m_examplesPerSecond;
    s.running = m_timer->isActive();
    s.diverged = m_diverged;
    s.message = m_message;
    s.setup = m_sharedSetup;
    s.state = std::make_shared<const core::TrainerState>(m_trainer->state());
    s.generation = m_generation;
    s.newestStep = s.step;
    s.historyFrom = m_sentEntries;
    s.historyAdded.assign(m_history.entries().begin() + static_cast<long>(m_sentEntries),
                          m_history.entries().end());
    m_sentEntries = m_history.size();
    // Derived here, on the worker's thread, so that the GUI only draws.
    if (m_analysisRequest)
        s.analysis = analyseSnapshot(s, m_trainer->data().train, *m_analysisRequest);
    if (finite) {
        m_lastFinite.network = s.network;
        m_lastFinite.parameters = s.parameters;
        m_lastFinite.dead = s.dead;
        m_lastFinite.layerSizes = s.layerSizes;
        m_lastFinite.step = s.step;
    } else if (m_diverged && !m_lastFinite.parameters.empty()) {
        s.message +=
            QLatin1Char(' ') +
            tr("Shown: the network at step %1, its last finite state.").arg(m_lastFinite.step);
    }
    m_inFlight.store(true);
    m_sinceSnapshot.restart();
    Q_EMIT snapshotReady(s);
}

TrainingSnapshot TrainingWorker::pastSnapshot(size_t index) const
{
    const HistoryEntry &e = m_history[index];
    TrainingSnapshot s;
    s.step = e.step;
    s.examples = e.examples;
    s.evaluation = e.evaluation;
    s.dead = e.dead;
    // The network of that step: its setup's activation, on this run's data.
    s.network = e.setup->config.network;
    s.network.inputs = m_trainer->config().network.inputs;
    s.network.task = m_trainer->config().network.task;
    s.parameters = e.state->parameters;
    s.layerSizes = core::measureLayerSizes(rebuildNetwork(s), m_trainer->data().train);
    s.running = false;
    s.diverged = false;
    s.setup = e.setup;
    s.state = e.state;
    s.generation = m_generation;
    s.past = index;
    s.newestStep = m_trainer->stepCount();
    if (m_analysisRequest)
        s.analysis = analyseSnapshot(s, m_trainer->data().train, *m_analysisRequest);
    return s;
}

}  // namespace relulab::session
