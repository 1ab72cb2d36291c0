// Running `relulab train`: the trainer, the training loop with its log rows, the output files and
// the JSON summary line. Its options are read in TrainOptions.cpp.
#include "TrainCommand.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <utility>

#include "CommandLine.h"
#include "SessionFile.h"
#include "TrainOptions.h"
#include "TrainingLog.h"
#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/LinearRegions.h"
#include "core/Trainer.h"

namespace relulab::session {

namespace {

const QString kTrainCommand = QStringLiteral("relulab train");

QJsonValue jsonNumber(double v)
{
    // JSON has no NaN or infinity: a diverged loss is null.
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

int fail(QTextStream &err, const QString &message, int code)
{
    err << message << '\n';
    err.flush();
    return code;
}

// The trainer the request asks for: the session's network with the changes the window makes live
// (activation, alpha, learning rate), or a new one. Empty with *problem set on failure.
std::unique_ptr<core::Trainer> makeRequestedTrainer(const TrainRequest &request, QString *problem)
{
    std::unique_ptr<core::Trainer> trainer =
        request.network ? makeTrainer(request.networkSetup, &*request.network, problem)
                        : makeTrainer(request.setup, nullptr, problem);
    if (!trainer) return trainer;
    const core::NetworkConfig &wanted = request.setup.config.network;
    if (wanted.activation != trainer->config().network.activation ||
        wanted.alpha != trainer->config().network.alpha)
        trainer->setActivation(wanted.activation, wanted.alpha);
    trainer->setLearningRate(request.setup.config.learningRate);
    return trainer;
}

// Writes --write-data, the training examples as CSV; the problem as a message, or empty.
QString writeTrainingData(const TrainRequest &request, const core::Trainer &trainer)
{
    if (request.dataOutPath.isEmpty()) return {};
    const std::string csv = core::formatDatasetCsv(trainer.data().train);
    if (const QString e = writeAtomically(request.dataOutPath, QByteArray::fromStdString(csv));
        !e.isEmpty())
        return QStringLiteral("%1: --write-data: %2").arg(kTrainCommand, e);
    return {};
}

// What a training run leaves for its outputs.
struct TrainingRun
{
    QByteArray log{kTrainingLogHeader};
    std::vector<TrainingSnapshot> history;  // for --snapshot's loss curves
    // The last finite weights, for a picture of a run that diverged (never NaN on a plot).
    std::vector<double> lastFinite;
    core::DeadUnitReport lastFiniteDead;
    bool diverged = false;
    bool weightsDiverged = false;  // a weight became non-finite before the loss did
    qint64 trainingNs = 0;         // in training steps only, without the log rows' analysis
    long firstExamples = 0;        // examples seen before this run, e.g. by a session's
    // --animate: the steps still to draw (in order) and the writer the frames go to.
    std::vector<long> frameSteps;
    size_t nextFrame = 0;
    std::unique_ptr<AnimationWriter> animation;
    QString animationError;  // the first problem drawing or encoding a frame
    // The kept snapshots for --save-session: the session's own, then this run's.
    RunHistory kept;
};

// Keeps the weights of the run's last snapshot while they and its loss are finite.
void keepIfFinite(const core::Trainer &trainer, TrainingRun &run)
{
    const TrainingSnapshot &row = run.history.back();
    if (!trainer.parametersFinite() || !std::isfinite(row.evaluation.trainLoss)) return;
    const auto params = trainer.network().parameters();
    run.lastFinite.assign(params.begin(), params.end());
    run.lastFiniteDead = row.dead;
}

// A log row at the trainer's step; with a --snapshot, its snapshot too.
void recordRow(const TrainRequest &request, const core::Trainer &trainer, TrainingRun &run)
{
    TrainingSnapshot s;
    s.step = trainer.stepCount();
    s.examples = trainer.examplesSeen();
    s.evaluation = trainer.evaluate();
    s.dead = core::analyseDeadUnits(trainer.network(), trainer.data().train);
    run.log += trainingLogLine(trainingLogRow(s.step, s.evaluation, s.dead));
    if (!request.drawsPictures()) return;
    run.history.push_back(std::move(s));
    if (!run.diverged) keepIfFinite(trainer, run);
}

// Gives the history's last snapshot the weights to draw: the trainer's, or the last finite ones
// when the run diverged.
void completeLast(const core::Trainer &trainer, TrainingRun &run)
{
    TrainingSnapshot &last = run.history.back();
    last.network = trainer.network().config();
    if (!run.diverged || run.lastFinite.empty()) {
        const auto params = trainer.network().parameters();
        last.parameters.assign(params.begin(), params.end());
    } else {
        last.parameters = run.lastFinite;
        last.dead = run.lastFiniteDead;
    }
    last.diverged = run.diverged;
}

// Draws the frames due at the trainer's step (all that are left once the run has stopped) into
// --animate. A frame between log rows gets a snapshot of its own for as long as it is drawn, so
// the log and a --snapshot are the same with or without --animate.
void drawDueFrames(const TrainRequest &request, const core::Trainer &trainer, TrainingRun &run,
                   const TrainingFigureRenderer &render, bool stopped)
{
    if (!run.animation || !run.animationError.isEmpty()) return;
    const long step = trainer.stepCount();
    int due = 0;
    while (run.nextFrame + static_cast<size_t>(due) < run.frameSteps.size() &&
           (stopped || run.frameSteps[run.nextFrame + static_cast<size_t>(due)] <= step))
        ++due;
    if (due == 0) return;
    const bool extra = run.history.back().step != step;
    if (extra) {
        TrainingSnapshot s;
        s.step = step;
        s.examples = trainer.examplesSeen();
        s.evaluation = trainer.evaluate();
        s.dead = core::analyseDeadUnits(trainer.network(), trainer.data().train);
        run.history.push_back(std::move(s));
    }
    completeLast(trainer, run);
    QString error;
    const QImage frame = render(run.history, trainer.data(), request.animation->size, &error);
    if (extra) run.history.pop_back();
    if (frame.isNull()) {
        run.animationError =
            QStringLiteral("could not draw the training view at step %1: %2").arg(step).arg(error);
        return;
    }
    for (int i = 0; i < due && run.animationError.isEmpty(); ++i)
        run.animationError = run.animation->addFrame(frame);
    run.nextFrame += static_cast<size_t>(due);
}

// Trains the request's steps with a log row every --log-every steps and at the end, and the
// --animate frames at their steps; stops at the first non-finite loss or weight.
TrainingRun train(const TrainRequest &request, core::Trainer &trainer,
                  const TrainingFigureRenderer &render)
{
    TrainingRun run;
    run.firstExamples = trainer.examplesSeen();
    if (!request.logPath.isEmpty() && request.network) {
        // The log covers the run from its start: the rows before the session's step, replayed
        // from its history exactly as the run that saved it wrote them.
        QString error;
        for (const TrainingLogRow &row :
             replayLogRows(request.history, request.logEvery, trainer.stepCount(), &error))
            run.log += trainingLogLine(row);
    }
    const long lastStep = trainer.stepCount() + request.steps;
    if (request.animation) {
        const AnimationRequest &a = *request.animation;
        for (int k = 0; k < a.frames; ++k)
            run.frameSteps.push_back(
                animationFrameStep(trainer.stepCount(), request.steps, k, a.frames));
        run.animation = std::make_unique<AnimationWriter>(a.path, a.size, a.fps, a.format);
        run.animationError = run.animation->start();
    }
    recordRow(request, trainer, run);
    drawDueFrames(request, trainer, run, render, false);
    // The history is kept only for a session to save (it costs an analysis per kept step).
    const bool keepHistory = !request.saveSessionPath.isEmpty();
    const auto setup = std::make_shared<const TrainingSetup>(request.setup);
    HistoryRecorder recorder(&run.kept);
    if (keepHistory) {
        run.kept = request.network ? request.history : RunHistory{};
        const bool changed = !run.kept.empty() && run.kept.back().step == trainer.stepCount() &&
                             *run.kept.back().setup != *setup;
        if (changed)
            recorder.recordChange(trainer, setup);
        else
            recorder.record(trainer, setup, true);
    }
    QElapsedTimer timer;
    while (trainer.stepCount() < lastStep && !run.diverged) {
        // Train up to the next log row (or frame) without analysis in between.
        long target =
            std::min(lastStep, (trainer.stepCount() / request.logEvery + 1) * request.logEvery);
        if (run.nextFrame < run.frameSteps.size())
            target = std::min(target, run.frameSteps[run.nextFrame]);
        timer.start();
        qint64 keepingNs = 0;
        while (trainer.stepCount() < target) {
            if (!std::isfinite(trainer.step())) {
                run.diverged = true;
                break;
            }
            if (keepHistory && RunHistory::keepsStep(trainer.stepCount())) {
                const qint64 before = timer.nsecsElapsed();
                recorder.record(trainer, setup);
                keepingNs += timer.nsecsElapsed() - before;
            }
        }
        run.trainingNs += timer.nsecsElapsed() - keepingNs;
        // A weight can become NaN or infinite before the loss does.
        if (!run.diverged && !trainer.parametersFinite()) run.diverged = run.weightsDiverged = true;
        if (run.diverged || trainer.stepCount() % request.logEvery == 0 ||
            trainer.stepCount() == lastStep)
            recordRow(request, trainer, run);
        drawDueFrames(request, trainer, run, render, false);
    }
    // A run that diverged shows its last picture for the frames it did not reach.
    drawDueFrames(request, trainer, run, render, true);
    return run;
}

// Said on err when the run stopped at a non-finite loss or weight.
QString divergenceMessage(const TrainingRun &run, long step)
{
    return QStringLiteral(
               "%1: %2 became non-finite %3 step %4 \u2014 learning rate "
               "too high? Training stopped there.\n")
        .arg(kTrainCommand,
             run.weightsDiverged ? QStringLiteral("a weight") : QStringLiteral("the loss"),
             run.weightsDiverged ? QStringLiteral("by") : QStringLiteral("at"))
        .arg(step);
}

// Draws the training view with the final weights (the last finite ones when the run diverged)
// and writes it to --snapshot; the problem as a message, or empty.
QString writeSnapshot(const TrainRequest &request, const core::Trainer &trainer, TrainingRun &run,
                      const TrainingFigureRenderer &render)
{
    completeLast(trainer, run);
    QString error;
    const QImage image = render(run.history, trainer.data(), kTrainingSnapshotSize, &error);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return QStringLiteral("%1: --snapshot: could not draw the training view: %2")
            .arg(kTrainCommand,
                 image.isNull() ? error : QStringLiteral("could not encode the PNG"));
    if (const QString e = writeAtomically(request.snapshotPath, png); !e.isEmpty())
        return QStringLiteral("%1: --snapshot: %2").arg(kTrainCommand, e);
    return {};
}

// Writes --save-session: the setup and the trained network, without weights that are not finite
// (said on err); the problem as a message, or empty.
QString writeSavedSession(const TrainRequest &request, const core::Trainer &trainer,
                          const TrainingRun &run, QTextStream &err)
{
    Session saved;
    saved.explorer = request.explorer;
    saved.training = request.setup;
    saved.network = trainer.state();
    saved.history = run.kept;
    if (!saved.network->isFinite()) {
        saved.network.reset();
        saved.history.clear();
        err << QStringLiteral(
                   "%1: --save-session: the network's weights are not finite numbers, so the "
                   "session is saved without them (it starts the run from step 0)\n")
                   .arg(kTrainCommand);
    }
    if (const QString e = writeSessionFile(request.saveSessionPath, saved); !e.isEmpty())
        return QStringLiteral("%1: --save-session: %2").arg(kTrainCommand, e);
    return {};
}

// Writes --log, --snapshot, --save-session and --animate after training; the first problem as a
// message.
QString writeOutputs(const TrainRequest &request, const core::Trainer &trainer, TrainingRun &run,
                     const TrainingFigureRenderer &render, QTextStream &err)
{
    if (run.animation) {
        if (run.animationError.isEmpty()) run.animationError = run.animation->finish();
        if (!run.animationError.isEmpty())
            return QStringLiteral("%1: --animate: %2").arg(kTrainCommand, run.animationError);
    }
    if (!request.logPath.isEmpty()) {
        if (const QString e = writeAtomically(request.logPath, run.log); !e.isEmpty())
            return QStringLiteral("%1: --log: %2").arg(kTrainCommand, e);
    }
    if (!request.snapshotPath.isEmpty()) {
        if (QString e = writeSnapshot(request, trainer, run, render); !e.isEmpty()) return e;
    }
    if (!request.saveSessionPath.isEmpty()) return writeSavedSession(request, trainer, run, err);
    return {};
}

// linear_regions and linear_regions_limit_reached: the regions of the final network in the
// request's box (the training examples' bounds by default).
std::pair<QJsonValue, bool> linearRegions(const TrainRequest &request, const core::Trainer &trainer)
{
    const core::InputBounds box = request.box ? *request.box : core::boundsOf(trainer.data().train);
    const core::LinearRegions regions =
        core::computeLinearRegions(trainer.network(), box, {core::kDefaultRegionLimit, true});
    if (const auto shown = core::shownRegionCount(regions))
        return {static_cast<qint64>(shown->value), shown->atLeast};
    return {QJsonValue(QJsonValue::Null), false};
}

// The JSON summary of the trained network: the fields the help's epilogue lists.
QJsonObject summary(const TrainRequest &request, const core::Trainer &trainer,
                    const TrainingRun &run)
{
    const core::Evaluation evaluation = trainer.evaluate();
    const core::DeadUnitReport dead =
        core::analyseDeadUnits(trainer.network(), trainer.data().train);
    QJsonArray perLayer;
    for (int count : dead.deadPerLayer)
        perLayer.append(count);
    const core::LayerSizes sizes = core::measureLayerSizes(trainer.network(), trainer.data().train);
    const auto numbers = [](const std::vector<double> &values) {
        QJsonArray array;
        for (double v : values)
            array.append(jsonNumber(v));
        return array;
    };
    const double seconds = static_cast<double>(run.trainingNs) / 1e9;
    const auto [regions, regionLimitReached] = linearRegions(request, trainer);
    return QJsonObject{
        {QStringLiteral("activation"),
         QString::fromStdString(core::activationKey(trainer.config().network.activation))},
        {QStringLiteral("steps"), static_cast<qint64>(trainer.stepCount())},
        {QStringLiteral("loss"), jsonNumber(evaluation.trainLoss)},
        {QStringLiteral("test_loss"), jsonNumber(evaluation.testLoss)},
        {QStringLiteral("accuracy"),
         evaluation.accuracy ? jsonNumber(*evaluation.accuracy) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("hidden_units"), dead.hiddenUnits},
        {QStringLiteral("dead_units"), dead.deadUnits},
        {QStringLiteral("inactive_units"), dead.inactiveUnits},
        {QStringLiteral("dead_fraction"), dead.deadFraction},
        {QStringLiteral("dead_per_layer"), perLayer},
        {QStringLiteral("starved"), dead.starvedUnits},
        {QStringLiteral("collapsed"), dead.collapsed},
        {QStringLiteral("grad_rms_per_layer"), numbers(sizes.gradientRms)},
        {QStringLiteral("activation_rms_per_layer"), numbers(sizes.activationRms)},
        {QStringLiteral("diverged"), run.diverged},
        // The kink convention backpropagation used (a restored session's, unless overridden).
        {QStringLiteral("convention"),
         QString::fromLatin1(core::conventionName(trainer.config().network.convention))},
        {QStringLiteral("examples_per_s"),
         seconds > 0
             ? jsonNumber(static_cast<double>(trainer.examplesSeen() - run.firstExamples) / seconds)
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linear_regions"), regions},
        {QStringLiteral("linear_regions_limit_reached"), regionLimitReached},
    };
}

// runTrainCommand inside its catch-all: the help, or the run with its outputs and summary line.
int trainAndReport(const QStringList &arguments, QTextStream &out, QTextStream &err,
                   const TrainingFigureRenderer &render)
{
    const TrainArguments parsed = parseTrainArguments(arguments);
    if (!parsed.helpText.isEmpty()) {
        out << parsed.helpText;
        out.flush();
        return 0;
    }
    if (!parsed.request) return fail(err, parsed.error, 2);
    const TrainRequest &request = *parsed.request;
    if (request.drawsPictures() && !render)
        return fail(
            err,
            QStringLiteral("%1: --%2: pictures cannot be drawn here")
                .arg(kTrainCommand, request.snapshotPath.isEmpty() ? QStringLiteral("animate")
                                                                   : QStringLiteral("snapshot")),
            2);

    if (!request.note.isEmpty()) err << request.note << '\n';
    QString problem;
    const std::unique_ptr<core::Trainer> trainer = makeRequestedTrainer(request, &problem);
    // The setup and any saved state were checked while reading the options.
    if (!trainer)
        return fail(err, QStringLiteral("%1: internal error: %2").arg(kTrainCommand, problem), 1);
    if (QString e = writeTrainingData(request, *trainer); !e.isEmpty()) return fail(err, e, 2);

    TrainingRun run = train(request, *trainer, render);
    if (run.diverged) err << divergenceMessage(run, trainer->stepCount());
    if (QString e = writeOutputs(request, *trainer, run, render, err); !e.isEmpty())
        return fail(err, e, 2);
    out << QJsonDocument(summary(request, *trainer, run)).toJson(QJsonDocument::Compact) << '\n';
    out.flush();
    return 0;
}

}  // namespace

CommandLine trainCommandLine()
{
    return CommandLine(kTrainCommand,
                       QStringLiteral("Trains a small network on a toy data set without opening a "
                                      "window, and reports its loss and its dead units."),
                       trainOptionSpecs(), trainHelpEpilogue());
}

TrainArguments parseTrainArguments(const QStringList &arguments)
{
    CommandLine cl = trainCommandLine();
    TrainArguments result;
    if (!cl.parse(arguments)) {
        result.error = cl.error();
        return result;
    }
    if (cl.helpRequested()) {
        result.helpText = cl.helpText();
        return result;
    }
    TrainRequest request;
    if (QString e = readTrainRequest(cl, request); !e.isEmpty()) {
        result.error = std::move(e);
        return result;
    }
    result.request = std::move(request);
    return result;
}

int runTrainCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                    const TrainingFigureRenderer &render)
{
    try {
        return trainAndReport(arguments, out, err, render);
    } catch (const std::exception &e) {
        return fail(err,
                    QStringLiteral("%1: internal error: %2")
                        .arg(kTrainCommand, QString::fromLocal8Bit(e.what())),
                    1);
    }
}

}  // namespace relulab::session
