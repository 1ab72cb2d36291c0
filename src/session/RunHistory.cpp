// The history's thinning rule, its entries and their derived figures, dead-unit forensics, and the
// replay from a checkpoint to any kept step.
#include "RunHistory.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <bit>
#include <cmath>

#include "SessionFile.h"
#include "core/InputField.h"
#include "core/LinearRegions.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "RunHistory" by lupdate and looked up there.
class RunHistoryTr
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)
};

// The figures every entry carries, from its network over the data.
void derive(HistoryEntry &entry, const core::Mlp &net, const core::DataSplit &data)
{
    entry.evaluation = core::evaluateNetwork(net, data);
    entry.dead = core::analyseDeadUnits(net, data.train);
    const core::LinearRegions regions = core::computeLinearRegions(
        net, core::boundsOf(data.train), {RunHistory::kRegionLimit, /*countOnly=*/true});
    if (const auto shown = core::shownRegionCount(regions)) {
        entry.regions = static_cast<long>(shown->value);
        entry.regionsLimitReached = shown->atLeast;
    }
}

bool finite(const core::Evaluation &e)
{
    return std::isfinite(e.trainLoss) && std::isfinite(e.testLoss);
}

bool sameSetup(const std::shared_ptr<const TrainingSetup> &a,
               const std::shared_ptr<const TrainingSetup> &b)
{
    return a == b || (a && b && *a == *b);
}

}  // namespace

long RunHistory::intervalAt(long step)
{
    if (step < kEveryStepUntil) return 1;
    // floor(log2(step)) - log2(kPerDoubling): 2 from 256 to 511, 4 from 512 to 1023, …
    const int octave = static_cast<int>(std::bit_width(static_cast<unsigned long>(step))) - 1;
    const int perDoubling = std::countr_zero(static_cast<unsigned long>(kPerDoubling));
    return 1L << (octave - perDoubling);
}

bool RunHistory::keepsStep(long step)
{
    return step >= 0 && step % intervalAt(step) == 0;
}

void RunHistory::append(Entry entry)
{
    if (!m_entries.empty() && m_entries.back()->step == entry->step)
        m_entries.back() = std::move(entry);
    else
        m_entries.push_back(std::move(entry));
}

void RunHistory::truncate(size_t count)
{
    if (count < m_entries.size()) m_entries.resize(count);
}

std::optional<size_t> RunHistory::indexOf(long step) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), step,
                                     [](const Entry &e, long s) { return e->step < s; });
    if (it == m_entries.end() || (*it)->step != step) return std::nullopt;
    return static_cast<size_t>(it - m_entries.begin());
}

size_t RunHistory::nearest(long step) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), step,
                                     [](const Entry &e, long s) { return e->step < s; });
    if (it == m_entries.begin()) return 0;
    if (it == m_entries.end()) return m_entries.size() - 1;
    const size_t after = static_cast<size_t>(it - m_entries.begin());
    return step - m_entries[after - 1]->step <= (*it)->step - step ? after - 1 : after;
}

size_t RunHistory::checkpointAtOrBefore(size_t index) const
{
    for (size_t i = std::min(index, m_entries.size() - 1); i > 0; --i)
        if (m_entries[i]->checkpoint) return i;
    return 0;
}

std::vector<UnitEvent> RunHistory::unitEvents(int layer, int unit) const
{
    std::vector<UnitEvent> events;
    std::optional<bool> wasDead;
    long previousStep = 0;
    for (const Entry &e : m_entries) {
        const auto &states = e->dead.states;
        if (layer < 0 || static_cast<size_t>(layer) >= states.size() || unit < 0 ||
            static_cast<size_t>(unit) >= states[static_cast<size_t>(layer)].size()) {
            // A live change of shape (not possible today) or a bad unit: no story to tell.
            wasDead.reset();
            continue;
        }
        const bool dead =
            states[static_cast<size_t>(layer)][static_cast<size_t>(unit)] == core::UnitState::Dead;
        if (wasDead && dead != *wasDead) events.push_back({dead, e->step, previousStep});
        wasDead = dead;
        previousStep = e->step;
    }
    return events;
}

QString RunHistory::describeUnit(int layer, int unit, int most) const
{
    if (m_entries.empty()) return {};
    const std::vector<UnitEvent> events = unitEvents(layer, unit);
    const auto &first = m_entries.front()->dead.states;
    const bool deadAtFirst =
        layer >= 0 && static_cast<size_t>(layer) < first.size() && unit >= 0 &&
        static_cast<size_t>(unit) < first[static_cast<size_t>(layer)].size() &&
        first[static_cast<size_t>(layer)][static_cast<size_t>(unit)] == core::UnitState::Dead;
    if (events.empty() && !deadAtFirst) return {};
    const QLocale locale;
    const auto step = [&](long s) { return locale.toString(static_cast<qlonglong>(s)); };
    QStringList told;
    // Dead in the first kept step: dead from there (and revived later, if it did).
    if (deadAtFirst)
        told << RunHistoryTr::tr("dead from step %1").arg(step(m_entries.front()->step));
    for (const UnitEvent &e : events) {
        const QString when = e.exact() ? RunHistoryTr::tr("at step %1").arg(step(e.step))
                                       : RunHistoryTr::tr("between steps %1 and %2")
                                             .arg(step(e.previousStep), step(e.step));
        told << (e.died ? RunHistoryTr::tr("died %1").arg(when)
                        : RunHistoryTr::tr("revived %1").arg(when));
    }
    if (told.size() > most) {
        const qsizetype earlier = told.size() - most;
        told = told.mid(earlier);
        told.prepend(RunHistoryTr::tr("%n earlier change(s)", nullptr, static_cast<int>(earlier)));
    }
    return told.join(QStringLiteral(", "));
}

size_t RunHistory::bytes() const
{
    size_t total = m_entries.capacity() * sizeof(Entry);
    for (const Entry &e : m_entries) {
        total += sizeof(HistoryEntry) + sizeof(core::TrainerState);
        const core::TrainerState &s = *e->state;
        total += (s.parameters.capacity() + s.moment1.capacity() + s.moment2.capacity()) *
                     sizeof(double) +
                 s.order.capacity() * sizeof(size_t);
        for (const auto &layer : e->dead.states)
            total += layer.capacity() * sizeof(core::UnitState);
        for (const auto &layer : e->dead.activeFraction)
            total += layer.capacity() * sizeof(double);
    }
    return total;
}

bool operator==(const RunHistory &a, const RunHistory &b)
{
    return std::equal(a.m_entries.begin(), a.m_entries.end(), b.m_entries.begin(),
                      b.m_entries.end(),
                      [](const RunHistory::Entry &x, const RunHistory::Entry &y) {
                          return x->step == y->step && x->examples == y->examples &&
                                 x->checkpoint == y->checkpoint && sameSetup(x->setup, y->setup) &&
                                 *x->state == *y->state;
                      });
}

RunHistory::Entry makeHistoryEntry(const core::Trainer &trainer,
                                   std::shared_ptr<const TrainingSetup> setup, bool checkpoint)
{
    if (!trainer.parametersFinite()) return nullptr;
    auto entry = std::make_shared<HistoryEntry>();
    entry->step = trainer.stepCount();
    entry->examples = trainer.examplesSeen();
    entry->setup = std::move(setup);
    entry->checkpoint = checkpoint;
    derive(*entry, trainer.network(), trainer.data());
    if (!finite(entry->evaluation)) return nullptr;
    if (checkpoint) {
        entry->state = std::make_shared<const core::TrainerState>(trainer.state());
    } else {
        auto weights = std::make_shared<core::TrainerState>();
        weights->steps = entry->step;
        weights->examples = entry->examples;
        const auto params = trainer.network().parameters();
        weights->parameters.assign(params.begin(), params.end());
        entry->state = std::move(weights);
    }
    return entry;
}

RunHistory::Entry deriveHistoryEntry(std::shared_ptr<const TrainingSetup> setup, bool checkpoint,
                                     std::shared_ptr<const core::TrainerState> state,
                                     const core::NetworkConfig &network,
                                     const core::DataSplit &data)
{
    core::Mlp net(network, 0);
    const auto params = net.parameters();
    if (params.size() != state->parameters.size() || !state->isFinite()) return nullptr;
    std::copy(state->parameters.begin(), state->parameters.end(), params.begin());
    auto entry = std::make_shared<HistoryEntry>();
    entry->step = state->steps;
    entry->examples = state->examples;
    entry->setup = std::move(setup);
    entry->checkpoint = checkpoint;
    entry->state = std::move(state);
    derive(*entry, net, data);
    if (!finite(entry->evaluation)) return nullptr;
    return entry;
}

bool HistoryRecorder::record(const core::Trainer &trainer,
                             const std::shared_ptr<const TrainingSetup> &setup, bool force)
{
    const long step = trainer.stepCount();
    if (!m_history->empty() && m_history->back().step >= step) return true;
    if (!force && !RunHistory::keepsStep(step)) return true;
    // A checkpoint every kCheckpointEvery entries, counted from the last one.
    bool checkpoint = m_history->empty();
    if (!checkpoint) {
        const size_t last = m_history->checkpointAtOrBefore(m_history->size() - 1);
        checkpoint = m_history->size() - last >= RunHistory::kCheckpointEvery ||
                     !sameSetup((*m_history)[last].setup, setup);
    }
    RunHistory::Entry entry = makeHistoryEntry(trainer, setup, checkpoint);
    if (!entry) return false;
    m_history->append(std::move(entry));
    return true;
}

void HistoryRecorder::recordChange(const core::Trainer &trainer,
                                   const std::shared_ptr<const TrainingSetup> &setup)
{
    if (RunHistory::Entry entry = makeHistoryEntry(trainer, setup, true))
        m_history->append(std::move(entry));
}

std::unique_ptr<core::Trainer> trainerAtEntry(const RunHistory &history, size_t index,
                                              QString *error)
{
    if (index >= history.size()) {
        *error = RunHistoryTr::tr("no such step in the history");
        return nullptr;
    }
    const size_t from = history.checkpointAtOrBefore(index);
    const HistoryEntry &start = history[from];
    const HistoryEntry &target = history[index];
    std::unique_ptr<core::Trainer> trainer = makeTrainer(*start.setup, start.state.get(), error);
    if (!trainer) return nullptr;
    while (trainer->stepCount() < target.step) {
        if (!std::isfinite(trainer->step())) break;
    }
    const auto params = trainer->network().parameters();
    if (trainer->stepCount() != target.step ||
        !std::equal(params.begin(), params.end(), target.state->parameters.begin(),
                    target.state->parameters.end())) {
        *error =
            RunHistoryTr::tr("training on from step %1 does not give the weights kept at step %2")
                .arg(start.step)
                .arg(target.step);
        return nullptr;
    }
    return trainer;
}

std::vector<TrainingLogRow> replayLogRows(const RunHistory &history, long every, long until,
                                          QString *error)
{
    std::vector<TrainingLogRow> rows;
    if (history.empty() || every < 1) return rows;
    std::unique_ptr<core::Trainer> trainer;
    size_t next = 0;
    const long first = (history[0].step + every - 1) / every * every;
    for (long row = first; row < until; row += every) {
        // Each checkpoint passed on the way takes over (it may start a live change).
        for (; next < history.size() && history[next].step <= row; ++next) {
            const HistoryEntry &e = history[next];
            if (!e.checkpoint) continue;
            trainer = makeTrainer(*e.setup, e.state.get(), error);
            if (!trainer) return {};
        }
        while (trainer->stepCount() < row)
            trainer->step();
        rows.push_back(
            trainingLogRow(row, trainer->evaluate(),
                           core::analyseDeadUnits(trainer->network(), trainer->data().train)));
    }
    return rows;
}

}  // namespace relulab::session
