// Queued calls into the worker's thread and the snapshot hand-back.
#include "TrainingController.h"

namespace relulab::session {

TrainingController::TrainingController(QObject *parent)
    : QObject(parent), m_worker(new TrainingWorker)
{
    qRegisterMetaType<TrainingSnapshot>();
    qRegisterMetaType<core::DataSplit>();
    m_thread.setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::snapshotReady, this, &TrainingController::receive,
            Qt::QueuedConnection);
    connect(
        m_worker, &TrainingWorker::dataReady, this,
        [this](const core::DataSplit &data) {
            m_data = data;
            Q_EMIT dataChanged(m_data);
        },
        Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::setupRejected, this, &TrainingController::setupRejected,
            Qt::QueuedConnection);
    connect(m_worker, &TrainingWorker::historyRejected, this, &TrainingController::historyRejected,
            Qt::QueuedConnection);
    // Normal priority: an idle-priority thread starves whenever anything else runs (a build, a
    // browser), and the GUI thread is not short of CPU on two cores anyway.
    m_thread.start();
}

TrainingController::~TrainingController()
{
    m_thread.requestInterruption();
    post([w = m_worker] { w->pause(); });
    m_thread.quit();
    m_thread.wait();
}

void TrainingController::configure(const TrainingSetup &setup)
{
    m_setup = setup;
    m_startState.reset();
    post([w = m_worker, setup, g = ++m_generation] { w->configure(setup, g); });
    Q_EMIT configured();
}

void TrainingController::restore(const TrainingSetup &setup, const core::TrainerState &state,
                                 const RunHistory &history)
{
    m_setup = setup;
    m_startState = state;
    post([w = m_worker, setup, state, history, g = ++m_generation] {
        w->restore(setup, state, g, history);
    });
}

void TrainingController::showEntry(size_t index)
{
    post([w = m_worker, index] { w->showEntry(index); });
}

void TrainingController::showNewest()
{
    post([w = m_worker] { w->showNewest(); });
}

void TrainingController::continueFrom(size_t index)
{
    if (index < m_history.size()) m_setup = *m_history[index].setup;
    post([w = m_worker, index] { w->continueFrom(index); });
}

RunState TrainingController::currentRun() const
{
    if (m_latest.generation == m_generation && m_latest.setup && m_latest.state)
        return {*m_latest.setup, *m_latest.state, m_history};
    return {m_setup, m_startState, {}};
}

void TrainingController::play()
{
    post([w = m_worker] { w->play(); });
    Q_EMIT played();
}
void TrainingController::pause()
{
    post([w = m_worker] { w->pause(); });
    Q_EMIT paused();
}
void TrainingController::stepOnce()
{
    post([w = m_worker] { w->stepOnce(); });
    Q_EMIT stepped();
}
void TrainingController::reset()
{
    m_startState.reset();
    post([w = m_worker, g = ++m_generation] { w->reset(g); });
    Q_EMIT resetRequested();
}

void TrainingController::setStepsPerSecond(double stepsPerSecond)
{
    m_stepsPerSecond = stepsPerSecond;
    post([w = m_worker, stepsPerSecond] { w->setStepsPerSecond(stepsPerSecond); });
    Q_EMIT stepsPerSecondChanged(stepsPerSecond);
}

void TrainingController::setLearningRate(double learningRate)
{
    m_setup.config.learningRate = learningRate;
    post([w = m_worker, learningRate] { w->setLearningRate(learningRate); });
    Q_EMIT learningRateChanged(learningRate);
}

void TrainingController::setActivation(core::HiddenActivation activation, double alpha)
{
    m_setup.config.network.activation = activation;
    m_setup.config.network.alpha = alpha;
    post([w = m_worker, activation, alpha] { w->setActivation(activation, alpha); });
}

void TrainingController::setAnalysisRequest(const AnalysisRequest &request)
{
    post([w = m_worker, request] { w->setAnalysisRequest(request); });
}

void TrainingController::receive(const TrainingSnapshot &received)
{
    // Taken: the worker may send the next one.
    m_worker->snapshotInFlight().store(false);
    if (received.historyFrom < m_history.size() || !received.historyAdded.empty()) {
        m_history.truncate(received.historyFrom);
        for (const RunHistory::Entry &entry : received.historyAdded)
            m_history.append(entry);
        Q_EMIT historyChanged();
    }
    m_shown = received.past;
    if (!received.past) m_latest = received;
    if (received.running != m_running) {
        m_running = received.running;
        Q_EMIT runningChanged(m_running);
    }
    Q_EMIT snapshot(received);
}

}  // namespace relulab::session
