// The headless `relulab train` command: a seeded training run from the shell, with a CSV log and
// a final JSON summary line.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

#include "AnimationOptions.h"
#include "CommandLine.h"
#include "ExplorerSettings.h"
#include "RunHistory.h"
#include "TrainingSetup.h"
#include "TrainingSnapshot.h"
#include "core/InputField.h"

#include <QByteArray>
#include <QImage>
#include <functional>
#include <vector>

namespace relulab::session {

struct TrainRequest
{
    TrainingSetup setup;
    long steps = 2000;        // more steps to train; 0: analyse the (initial or saved) network only
    QString logPath;          // empty: no log
    long logEvery = 100;      // a log row every this many steps, and one at the end
    QString snapshotPath;     // empty: no picture of the training view
    QString saveSessionPath;  // empty: no session written after training

    // From --session: the explorer settings (kept in a saved session), and the saved network
    // with the setup it was trained on. The network is dropped when options change more than
    // what the window changes live (learning rate, ReLU <-> Leaky <-> PReLU, alpha).
    ExplorerSettings explorer;
    std::optional<core::TrainerState> network;
    // The session's history up to its network's step (with the network; empty without).
    RunHistory history;
    TrainingSetup networkSetup;
    QString note;         // said on stderr before training, e.g. why the saved network is not used
    QString dataOutPath;  // empty: the training examples are not written out
    // --box: where the summary counts the linear regions (y0, y1 unused for 1-D data); none:
    // core::boundsOf the training examples, the box the input-space view is fitted to.
    std::optional<core::InputBounds> box;
    // --animate: frames of the training view at steps evenly spaced over this run's steps.
    std::optional<AnimationRequest> animation;

    bool drawsPictures() const { return !snapshotPath.isEmpty() || animation.has_value(); }
};

// Draws the training view (network diagram, data and prediction, loss curves) for the run's
// history (one snapshot per log row, the last one with the weights to show) at size pixels; null
// with *error set on failure. Implemented by the GUI layer.
using TrainingFigureRenderer =
    std::function<QImage(const std::vector<TrainingSnapshot> &history, const core::DataSplit &data,
                         QSize size, QString *error)>;
// The size of a --snapshot picture.
inline constexpr QSize kTrainingSnapshotSize{1600, 900};

struct TrainArguments
{
    std::optional<TrainRequest> request;
    QString helpText;
    QString error;  // names the option and its accepted form
};

// The command's options, description and closing text: what its parser, --help and the man page
// are made from.
CommandLine trainCommandLine();

TrainArguments parseTrainArguments(const QStringList &arguments);

// Runs the command; the last line on out is the JSON summary. Exit codes: 0 success (a diverged
// run included: "diverged": true, with a message on err), 2 bad input (a bad --session file
// included) or an unwritable output, 1 an unexpected internal failure.
// render may be empty when no picture is possible (then --snapshot and --animate are refused).
int runTrainCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                    const TrainingFigureRenderer &render = {});

}  // namespace relulab::session
