// Owns the training thread and its worker; the GUI talks to this object only, on its own thread.
#pragma once

#include <QObject>
#include <QThread>
#include <optional>

#include "TrainingWorker.h"

namespace relulab::session {

class TrainingController : public QObject
{
    Q_OBJECT

public:
    explicit TrainingController(QObject *parent = nullptr);
    // Stops the worker and joins the thread.
    ~TrainingController() override;

    void configure(const TrainingSetup &setup);
    // Continues a saved run from its state (paused, at its saved step); Play goes on from there.
    // setupRejected when the state does not fit the setup.
    // history: the kept snapshots of the run up to the state's step (a session's), or empty.
    void restore(const TrainingSetup &setup, const core::TrainerState &state,
                 const RunHistory &history = {});
    void play();
    void pause();
    void stepOnce();
    void reset();
    void setStepsPerSecond(double stepsPerSecond);
    void setLearningRate(double learningRate);
    void setActivation(core::HiddenActivation activation, double alpha);
    // What the views want each snapshot analysed for (TrainingWorker::setAnalysisRequest).
    void setAnalysisRequest(const AnalysisRequest &request);
    // The timeline (TrainingWorker::showEntry, showNewest, continueFrom). Continuing sets setup()
    // to the one the run had at that step; the model follows through TrainingSetupBinder.
    void showEntry(size_t index);
    void showNewest();
    void continueFrom(size_t index);

    // The run's kept snapshots, as of the latest snapshot received (shares the worker's entries).
    const RunHistory &history() const { return m_history; }
    // The history's entry the views show instead of the newest state, if any.
    std::optional<size_t> shownEntry() const { return m_shown; }

    // The setup the current run follows: what it was configured or restored with, plus the live
    // changes since. A record of the run, not a place to edit: the setup is edited in
    // TrainingSetupModel, which TrainingSetupBinder turns into these commands.
    const TrainingSetup &setup() const { return m_setup; }
    double stepsPerSecond() const { return m_stepsPerSecond; }
    bool isRunning() const { return m_running; }
    // The run's newest snapshot (a past step shown on the timeline is not one).
    const TrainingSnapshot &latest() const { return m_latest; }
    // The run as a session saves it: the setup and trainer state of the latest snapshot of the
    // current run, both from the worker at one moment; before the worker has reported on a run
    // just configured, restored or reset, what that run starts from.
    RunState currentRun() const;
    const core::DataSplit &data() const { return m_data; }

Q_SIGNALS:
    void snapshot(const relulab::session::TrainingSnapshot &snapshot);
    void dataChanged(const relulab::core::DataSplit &data);
    void setupRejected(const QString &message);
    void historyRejected(const QString &message);
    // The history grew or was cut (emitted before the snapshot that brought the change).
    void historyChanged();
    void runningChanged(bool running);
    // Each command as it is sent, so that a second run (CompareRun) can follow this one.
    void configured();
    void played();
    void paused();
    void stepped();
    void resetRequested();
    void stepsPerSecondChanged(double stepsPerSecond);
    void learningRateChanged(double learningRate);

private:
    template <class F>
    void post(F &&call)
    {
        QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
    }
    void receive(const TrainingSnapshot &snapshot);

    QThread m_thread;
    TrainingWorker *m_worker;  // lives on m_thread, deleted when it finishes
    TrainingSetup m_setup;
    std::optional<core::TrainerState> m_startState;  // what the current run started from
    quint64 m_generation = 0;                        // counts configure / restore / reset
    TrainingSnapshot m_latest;
    RunHistory m_history;
    std::optional<size_t> m_shown;
    core::DataSplit m_data;
    bool m_running = false;
    double m_stepsPerSecond = 0.0;
};

}  // namespace relulab::session
