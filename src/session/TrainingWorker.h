// The training run on its own thread: Play, Pause, Step, Reset and live changes arrive as queued
// calls; snapshots leave as queued signals at most at screen rate. The GUI never waits for it.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <optional>

#include "AnalysisRequest.h"
#include "TrainingSetup.h"
#include "TrainingSnapshot.h"

namespace relulab::session {

class TrainingWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSnapshotIntervalMs = 33;  // 30 Hz: smooth, and leaves the GUI idle time

    explicit TrainingWorker(QObject *parent = nullptr);
    ~TrainingWorker() override;

    // The GUI sets this back to false when it has taken a snapshot; while it is true no new
    // snapshot is sent, so a busy GUI is never flooded.
    std::atomic<bool> &snapshotInFlight() { return m_inFlight; }

public Q_SLOTS:
    // Starts over from this setup (paused, at step 0). Emits setupRejected on a bad setup.
    // generation stamps the snapshots of the new run.
    void configure(const relulab::session::TrainingSetup &setup, quint64 generation = 0);
    // Continues a saved run (paused, at its step); setupRejected when the state does not fit.
    // history: the run's kept snapshots up to the state's step (a session's), or empty.
    void restore(const relulab::session::TrainingSetup &setup,
                 const relulab::core::TrainerState &state, quint64 generation = 0,
                 const relulab::session::RunHistory &history = {});
    void play();
    void pause();
    void stepOnce();
    // Same setup, same seed: the identical run again from step 0.
    void reset(quint64 generation = 0);
    // 0 means as fast as possible.
    void setStepsPerSecond(double stepsPerSecond);
    void setLearningRate(double learningRate);
    void setActivation(relulab::core::HiddenActivation activation, double alpha);
    // From now on every snapshot carries its analysis made for this request; a paused run sends
    // its snapshot again at once, analysed for it (the views changed).
    void setAnalysisRequest(const relulab::session::AnalysisRequest &request);
    // The timeline: pauses the run and sends a snapshot of the history's entry `index` (every view
    // shows that step) until showNewest(), play() or stepOnce().
    void showEntry(size_t index);
    void showNewest();
    // Discards the history after entry `index` and trains on from it, paused there: bit for bit
    // the run that had stopped at that step (with the setup it had then). Emits historyRejected
    // when that fails.
    void continueFrom(size_t index);

Q_SIGNALS:
    void snapshotReady(const relulab::session::TrainingSnapshot &snapshot);
    // The examples of the run, sent once after every configure() or reset().
    void dataReady(const relulab::core::DataSplit &data);
    void setupRejected(const QString &message);
    void historyRejected(const QString &message);

private:
    void tick();
    void stop(const QString &message, bool diverged);
    void sendSnapshot(bool force);
    bool runSteps(long count);

    // history: where the run's history begins (a session's), else it begins at the trainer's step.
    void start(std::unique_ptr<core::Trainer> trainer, const RunHistory *history = nullptr);
    void record(bool force);
    void recordChange();
    TrainingSnapshot pastSnapshot(size_t index) const;

    TrainingSetup m_setup;
    std::shared_ptr<const TrainingSetup> m_sharedSetup;  // m_setup for snapshots, made on change
    quint64 m_generation = 0;
    std::unique_ptr<core::Trainer> m_trainer;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceSnapshot;
    double m_stepsPerSecond = 0.0;
    double m_stepBudget = 0.0;  // steps owed at the chosen rate
    qint64 m_lastTickNs = 0;
    long m_examplesAtRate = 0;
    qint64 m_rateStartNs = 0;
    double m_examplesPerSecond = 0.0;
    bool m_diverged = false;
    QString m_message;
    // The network of the last snapshot sent with finite weights and losses: after a divergence
    // the views draw this instead of NaN and infinite weights (never garbage on screen).
    TrainingSnapshot m_lastFinite;
    std::optional<AnalysisRequest> m_analysisRequest;  // none: nobody draws this run
    std::atomic<bool> m_inFlight{false};
    RunHistory m_history;
    HistoryRecorder m_recorder{&m_history};
    bool m_recording = true;          // false once the run diverged
    size_t m_sentEntries = 0;         // the history's entries the GUI has been sent
    std::optional<size_t> m_viewing;  // the entry shown instead of the newest state
};

}  // namespace relulab::session
