// Replaying a setup for the animation dialog, step for step as the headless command trains it.
#include "TrainingReplay.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "AnimationOptions.h"
#include "SessionFile.h"
#include "core/DeadUnits.h"
#include "core/Trainer.h"

namespace relulab::session {

TrainingReplay::TrainingReplay(const TrainingSetup &setup, long steps, int frames, long logEvery)
    : m_setup(setup), m_steps(steps), m_logEvery(std::max(1L, logEvery))
{
    for (int k = 0; k < frames; ++k)
        m_frameSteps.push_back(animationFrameStep(0, steps, k, frames));
}

TrainingReplay::TrainingReplay(const RunHistory &history, long from, long to, int frames,
                               long logEvery)
    : m_setup(history.empty() ? TrainingSetup{} : *history.back().setup),
      m_steps(to),
      m_logEvery(std::max(1L, logEvery)),
      m_run(history)
{
    for (int k = 0; k < frames; ++k)
        m_frameSteps.push_back(animationFrameStep(from, to - from, k, frames));
}

TrainingReplay::~TrainingReplay() = default;

void TrainingReplay::takeCheckpoint()
{
    for (; m_nextEntry < m_run.size() && m_run[m_nextEntry].step <= m_trainer->stepCount();
         ++m_nextEntry) {
        const HistoryEntry &e = m_run[m_nextEntry];
        if (!e.checkpoint || e.step != m_trainer->stepCount()) continue;
        QString problem;
        if (auto trainer = makeTrainer(*e.setup, e.state.get(), &problem))
            m_trainer = std::move(trainer);
    }
}

long TrainingReplay::nextCheckpointStep() const
{
    for (size_t i = m_nextEntry; i < m_run.size(); ++i)
        if (m_run[i].checkpoint) return m_run[i].step;
    return std::numeric_limits<long>::max();
}

const core::DataSplit &TrainingReplay::data() const
{
    return m_trainer->data();
}

QString TrainingReplay::start()
{
    QString problem;
    if (m_run.empty()) {
        m_trainer = makeTrainer(m_setup, nullptr, &problem);
    } else {
        m_trainer = makeTrainer(*m_run[0].setup, m_run[0].state.get(), &problem);
        m_nextEntry = 1;
    }
    if (!m_trainer) return problem;
    record();
    return {};
}

void TrainingReplay::record()
{
    TrainingSnapshot s;
    s.step = m_trainer->stepCount();
    s.examples = m_trainer->examplesSeen();
    s.evaluation = m_trainer->evaluate();
    s.dead = core::analyseDeadUnits(m_trainer->network(), m_trainer->data().train);
    const bool finite = m_trainer->parametersFinite() && std::isfinite(s.evaluation.trainLoss);
    if (!m_diverged && finite) {
        const auto params = m_trainer->network().parameters();
        m_lastFinite.assign(params.begin(), params.end());
        m_lastFiniteDead = s.dead;
    }
    m_history.push_back(std::move(s));
}

void TrainingReplay::completeLast()
{
    TrainingSnapshot &last = m_history.back();
    last.network = m_trainer->network().config();
    if (!m_diverged || m_lastFinite.empty()) {
        const auto params = m_trainer->network().parameters();
        last.parameters.assign(params.begin(), params.end());
    } else {
        last.parameters = m_lastFinite;
        last.dead = m_lastFiniteDead;
    }
    last.diverged = m_diverged;
}

int TrainingReplay::advance()
{
    if (done() || !m_trainer) return 0;
    if (m_extraRow) {
        m_history.pop_back();
        m_extraRow = false;
    }
    const long target = m_frameSteps[m_nextFrame];
    while (m_trainer->stepCount() < target && !m_diverged) {
        const long next = std::min(
            {target, (m_trainer->stepCount() / m_logEvery + 1) * m_logEvery, nextCheckpointStep()});
        while (m_trainer->stepCount() < next) {
            if (!std::isfinite(m_trainer->step())) {
                m_diverged = true;
                break;
            }
        }
        if (!m_diverged && !m_trainer->parametersFinite()) m_diverged = true;
        if (!m_diverged) takeCheckpoint();
        const long step = m_trainer->stepCount();
        if (m_diverged || step % m_logEvery == 0 || step == m_steps) record();
    }
    if (m_history.back().step != m_trainer->stepCount()) {
        record();
        m_extraRow = true;
    }
    completeLast();
    int due = 0;
    while (!done() && (m_diverged || m_frameSteps[m_nextFrame] <= m_trainer->stepCount())) {
        ++due;
        ++m_nextFrame;
    }
    return due;
}

}  // namespace relulab::session
