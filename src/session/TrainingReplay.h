// A training setup replayed from step 0 for an animation: trains to each frame's step in turn and
// hands over the history to draw, as `relulab train --animate` does (the same frame steps, a
// history row every logEvery steps and at each frame, the last finite weights after divergence).
#pragma once

#include <QString>
#include <memory>
#include <vector>

#include "RunHistory.h"
#include "TrainingSetup.h"
#include "TrainingSnapshot.h"
#include "core/Dataset.h"

namespace relulab::core {
class Trainer;
}

namespace relulab::session {

class TrainingReplay
{
public:
    // steps: the last frame's step; frames: how many, evenly spaced (animationFrameStep).
    TrainingReplay(const TrainingSetup &setup, long steps, int frames, long logEvery = 100);
    // A run's own steps, from its history (the timeline): frames evenly spaced from step `from`
    // to `to`, the run replayed from its first kept step through every checkpoint (so live
    // changes happen where they did), and past its last kept step trained on with the setup it
    // had last, as Play would.
    TrainingReplay(const RunHistory &history, long from, long to, int frames, long logEvery = 100);
    ~TrainingReplay();
    TrainingReplay(const TrainingReplay &) = delete;
    TrainingReplay &operator=(const TrainingReplay &) = delete;

    // Makes the trainer; empty on success, else the reason (an invalid setup).
    QString start();
    bool done() const { return m_nextFrame >= m_frameSteps.size(); }
    int framesLeft() const { return static_cast<int>(m_frameSteps.size() - m_nextFrame); }
    // Trains to the next frame's step and returns how many frames show that step (more than one
    // when steps repeat, or once the run diverged: the rest). history() then ends with it.
    int advance();
    const std::vector<TrainingSnapshot> &history() const { return m_history; }
    const core::DataSplit &data() const;

private:
    void record();
    void completeLast();
    // History mode: the checkpoint at the trainer's step takes over (it may carry a live change).
    void takeCheckpoint();
    long nextCheckpointStep() const;

    TrainingSetup m_setup;
    long m_steps;
    long m_logEvery;
    std::vector<long> m_frameSteps;
    size_t m_nextFrame = 0;
    std::unique_ptr<core::Trainer> m_trainer;
    std::vector<TrainingSnapshot> m_history;
    bool m_extraRow = false;  // the history's last row is a frame's own, not a log row
    bool m_diverged = false;
    std::vector<double> m_lastFinite;
    core::DeadUnitReport m_lastFiniteDead;
    RunHistory m_run;        // history mode: the run replayed (empty: the setup from step 0)
    size_t m_nextEntry = 0;  // the run's next entry not yet passed
};

}  // namespace relulab::session
