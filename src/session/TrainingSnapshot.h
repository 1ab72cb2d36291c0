// An immutable picture of a training run at one step, handed from the worker to the GUI.
#pragma once

#include <QMetaType>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "RunHistory.h"
#include "TrainingSetup.h"
#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/Trainer.h"

namespace relulab::session {

struct SnapshotAnalysis;

struct TrainingSnapshot
{
    long step = 0;
    long examples = 0;
    core::Evaluation evaluation;
    core::DeadUnitReport dead;
    // Gradient and activation sizes per layer over the training set (the views plot them).
    core::LayerSizes layerSizes;
    core::NetworkConfig network;     // the shape and activation the parameters belong to
    std::vector<double> parameters;  // a copy: the GUI rebuilds an Mlp from it for drawing
    double examplesPerSecond = 0.0;
    bool running = false;
    bool diverged = false;
    QString message;  // why the run stopped, for the user ("" when it did not)

    // What a session saves, taken together on the worker's thread so the two always fit: the
    // setup of the run (live changes included) and the whole trainer state at this step.
    std::shared_ptr<const TrainingSetup> setup;
    std::shared_ptr<const core::TrainerState> state;
    quint64 generation = 0;  // which configure / restore / reset of the controller this run is
    // What the snapshot means for the views, derived on the worker's thread with the views' latest
    // AnalysisRequest (null until a view has asked for one, as for a run nobody draws).
    std::shared_ptr<const SnapshotAnalysis> analysis;

    // The run's history as it grows: the receiver keeps the first historyFrom entries it has and
    // appends historyAdded (entries the worker added or replaced since its last snapshot).
    size_t historyFrom = 0;
    std::vector<RunHistory::Entry> historyAdded;
    // A kept step of the history shown on request (the timeline), not the run's newest state:
    // `past` is its index in the history; the run itself is paused at newestStep.
    std::optional<size_t> past;
    long newestStep = 0;
};

// A training run as a session holds it: the setup, and the network state at its step (empty: the
// run is at step 0 of its setup).
struct RunState
{
    TrainingSetup setup;
    std::optional<core::TrainerState> network;
    RunHistory history;  // the kept snapshots up to the network's step (may be empty)
};

// The snapshot's network as an Mlp again (same shape, the snapshot's parameters).
core::Mlp rebuildNetwork(const TrainingSnapshot &snapshot);

}  // namespace relulab::session

Q_DECLARE_METATYPE(relulab::session::TrainingSnapshot)
Q_DECLARE_METATYPE(relulab::core::DataSplit)
