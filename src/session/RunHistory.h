// A training run's history: snapshots kept at increasing step intervals, each with what the views
// need to show that step (weights, losses, dead units, the number of linear regions), and every
// few of them a checkpoint with the whole trainer state, so the run can go on from any kept step
// bit for bit (replaying from the checkpoint before it).
#pragma once

#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "TrainingLog.h"
#include "TrainingSetup.h"
#include "core/DeadUnits.h"
#include "core/Trainer.h"

namespace relulab::session {

struct HistoryEntry
{
    long step = 0;
    long examples = 0;
    // What the run follows from this step on (live changes start a new setup at their step).
    std::shared_ptr<const TrainingSetup> setup;
    // A checkpoint has the whole trainer state (weights, optimizer moments, batch order and its
    // random stream); any other entry has steps, examples and parameters only.
    bool checkpoint = false;
    std::shared_ptr<const core::TrainerState> state;

    // Derived from the weights and the data (a session does not store them; opening it derives
    // them again, bit for bit): the losses, the dead units, and the number of linear regions in
    // the data's box (core::boundsOf, the box `relulab train` counts in by default; none for
    // sigmoid and tanh, and at most kHistoryRegionLimit).
    core::Evaluation evaluation;
    core::DeadUnitReport dead;
    std::optional<long> regions;
    bool regionsLimitReached = false;
};

// A unit dying (turning dead) or reviving between two kept steps of the history.
struct UnitEvent
{
    bool died = true;
    long step = 0;          // the first kept step with the new state
    long previousStep = 0;  // the kept step before it, still with the old state
    // The change happened at `step` itself (the kept steps are one step apart), not somewhere in
    // (previousStep, step].
    bool exact() const { return step - previousStep == 1; }
};

class RunHistory
{
public:
    using Entry = std::shared_ptr<const HistoryEntry>;

    // The thinning rule: every step up to kEveryStepUntil, then kPerDoubling snapshots per
    // doubling of the step count (every 2nd step from 256 to 511, every 4th from 512 to 1023, …).
    // A 10^6-step run keeps about 1,800 snapshots.
    static constexpr long kEveryStepUntil = 256;
    static constexpr long kPerDoubling = 128;
    // Every this many kept snapshots one is a checkpoint (as is the first, and one at every live
    // change): going on from a kept step replays at most this many intervals.
    static constexpr int kCheckpointEvery = 8;
    // The region count of a history entry stops here (as the window's views do).
    static constexpr int kRegionLimit = 5000;

    // The interval between kept steps around `step`, and whether `step` is kept.
    static long intervalAt(long step);
    static bool keepsStep(long step);

    bool empty() const { return m_entries.empty(); }
    size_t size() const { return m_entries.size(); }
    const HistoryEntry &operator[](size_t i) const { return *m_entries[i]; }
    const Entry &entry(size_t i) const { return m_entries[i]; }
    const HistoryEntry &back() const { return *m_entries.back(); }
    const std::vector<Entry> &entries() const { return m_entries; }

    void clear() { m_entries.clear(); }
    // Adds an entry after the last; one at the last entry's step replaces it (a live change).
    void append(Entry entry);
    // Keeps the first `count` entries.
    void truncate(size_t count);

    // The index of the entry at `step`, if it was kept.
    std::optional<size_t> indexOf(long step) const;
    // The entry nearest to `step` (the earlier one on a tie); the history must not be empty.
    size_t nearest(long step) const;
    // The last checkpoint at or before entry `index` (the first entry is always one).
    size_t checkpointAtOrBefore(size_t index) const;

    // When hidden unit (layer, unit) died and revived, in step order, from its dead state in the
    // kept snapshots (core::UnitState::Dead).
    std::vector<UnitEvent> unitEvents(int layer, int unit) const;

    // unitEvents told in words, the latest `most` of them: "dead from step 0, revived at step
    // 18, died between steps 260 and 262" ("" when the unit never died).
    QString describeUnit(int layer, int unit, int most = 4) const;

    // Memory held by the entries (states, dead reports), for bench_memory's report.
    size_t bytes() const;

    // Same steps, states and setups (the derived figures follow from them).
    friend bool operator==(const RunHistory &a, const RunHistory &b);

private:
    std::vector<Entry> m_entries;
};

// An entry for the trainer's current step: the figures derived from its network and data, the
// whole state when `checkpoint`, else the weights. Empty when the run has diverged (a weight or
// loss is not finite): a history holds only what can be drawn, saved and trained on from.
RunHistory::Entry makeHistoryEntry(const core::Trainer &trainer,
                                   std::shared_ptr<const TrainingSetup> setup, bool checkpoint);

// An entry made from its state and setup alone (a session's history being opened): the derived
// figures computed again on the network (`network`, the trainer's config of that setup, with the
// state's parameters) over `data`. Empty when the parameters do not fit the network or are not
// finite.
RunHistory::Entry deriveHistoryEntry(std::shared_ptr<const TrainingSetup> setup, bool checkpoint,
                                     std::shared_ptr<const core::TrainerState> state,
                                     const core::NetworkConfig &network,
                                     const core::DataSplit &data);

// Records a run's history as it trains: call record() at the start and after every step, and
// recordChange() after a live change (it starts a new setup at the current step).
class HistoryRecorder
{
public:
    explicit HistoryRecorder(RunHistory *history) : m_history(history) {}

    // Adds the trainer's step when the thinning rule keeps it (always when `force`), unless it is
    // the last entry's step already. False once the run has diverged (nothing was added).
    bool record(const core::Trainer &trainer, const std::shared_ptr<const TrainingSetup> &setup,
                bool force = false);
    // A checkpoint at the trainer's step with the new setup (replacing an entry at that step).
    void recordChange(const core::Trainer &trainer,
                      const std::shared_ptr<const TrainingSetup> &setup);

private:
    void add(const core::Trainer &trainer, const std::shared_ptr<const TrainingSetup> &setup,
             bool checkpoint);
    RunHistory *m_history;
};

// A trainer at entry `index` of the history, restored from the checkpoint at or before it and
// trained on to its step; its weights are checked to be the entry's, bit for bit. nullptr with
// *error set when that fails.
std::unique_ptr<core::Trainer> trainerAtEntry(const RunHistory &history, size_t index,
                                              QString *error);

// The training log's rows at every multiple of `every` from the history's first step up to (not
// including) `until`, replayed from the checkpoints: the rows `relulab train --log` wrote for
// those steps while the run was trained. Empty with *error set when a checkpoint does not fit.
std::vector<TrainingLogRow> replayLogRows(const RunHistory &history, long every, long until,
                                          QString *error);

}  // namespace relulab::session
