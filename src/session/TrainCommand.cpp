// Option parsing, the training loop with its log rows, and the JSON summary of `relulab train`.
#include "TrainCommand.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <exception>
#include <utility>

#include "CommandLine.h"
#include "SessionFile.h"
#include "TrainingLog.h"
#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/TextParsing.h"
#include "core/Trainer.h"

namespace relulab::session {

namespace {

const QString kCommand = QStringLiteral("relulab train");
constexpr long kMaxSteps = 100000000;

QString datasetKeys()
{
    QStringList keys;
    for (core::DatasetName name : core::allDatasets())
        keys << QString::fromStdString(core::datasetKey(name));
    return keys.join(QLatin1Char('|'));
}

std::vector<OptionSpec> optionSpecs()
{
    const TrainRequest d;
    const core::TrainingConfig &c = d.setup.config;
    const auto num = [](double v) { return QString::fromStdString(core::formatExact(v)); };
    return {
        {QStringLiteral("session"), QStringLiteral("FILE.relulab"),
         QStringLiteral("Start from a saved session: its training setup and its trained network "
                        "at its step. Other options override the session's settings; the network "
                        "is continued unless they change more than --lr, --activation (between "
                        "relu, leaky, prelu, sigmoid and tanh) and --alpha."),
         QStringLiteral("--session FILE.relulab, a session saved by ReLU Lab")},
        {QStringLiteral("save-session"), QStringLiteral("FILE.relulab"),
         QStringLiteral("After training, save the session (setup and trained network) to FILE; "
                        "the window's File > Open and --session continue from it."),
         QStringLiteral("--save-session FILE.relulab, a file in an existing writable directory")},
        {QStringLiteral("dataset"), QStringLiteral("NAME"),
         QStringLiteral("Generated data set: %1 (default %2).").arg(datasetKeys(), d.setup.dataset),
         QStringLiteral("--dataset NAME with NAME one of %1").arg(datasetKeys())},
        {QStringLiteral("data"), QStringLiteral("FILE.csv"),
         QStringLiteral("Your own data instead: a header line, then rows x1,x2,label (label 0 "
                        "or 1) or x,y (regression)."),
         QStringLiteral("--data FILE.csv, a readable CSV file")},
        {QStringLiteral("noise"), QStringLiteral("X"),
         QStringLiteral("Noise of the generated data (default %1).").arg(num(d.setup.noise)),
         QStringLiteral("--noise X, a number in [0, 10]")},
        {QStringLiteral("samples"), QStringLiteral("N"),
         QStringLiteral("Examples generated, 20% held out for testing (default %1).")
             .arg(d.setup.samples),
         QStringLiteral("--samples N, a whole number from %1 to %2")
             .arg(TrainingSetup::kMinSamples)
             .arg(TrainingSetup::kMaxSamples)},
        {QStringLiteral("hidden"), QStringLiteral("W1,W2,..."),
         QStringLiteral("Hidden layer widths (default 8,8)."),
         QStringLiteral("--hidden 8,8: 1 to 12 widths of 1 to 32")},
        {QStringLiteral("activation"), QStringLiteral("NAME"),
         QStringLiteral("Hidden activation: relu|leaky|prelu|maxout|sigmoid|tanh (default relu). "
                        "PReLU learns one slope per unit (PyTorch's nn.PReLU shares one per layer "
                        "by default). sigmoid and tanh are there to compare with: they saturate, "
                        "so gradients vanish in deep nets (Xavier init, --init xavier, is the one "
                        "derived for them)."),
         QStringLiteral("--activation relu|leaky|prelu|maxout|sigmoid|tanh")},
        {QStringLiteral("alpha"), QStringLiteral("A"),
         QStringLiteral("Leaky ReLU slope (default %1).").arg(num(c.network.alpha)),
         QStringLiteral("--alpha A, a number in [0, 1)")},
        {QStringLiteral("pieces"), QStringLiteral("K"),
         QStringLiteral("Maxout pieces per unit (default %1).").arg(c.network.pieces),
         QStringLiteral("--pieces K, a whole number from 2 to 5")},
        {QStringLiteral("init"), QStringLiteral("he|he-uniform|xavier"),
         QStringLiteral("Weight initialisation (default he): he draws N(0, gain / fan_in), "
                        "he-uniform the uniform law with that variance; gain 2 for ReLU, "
                        "2 / (1 + a^2) for Leaky and PReLU (a = alpha, or PReLU's initial "
                        "0.25), 1 / E[M_k^2] for maxout of k pieces (1, 0.784, 0.645, 0.556 "
                        "for k = 2..5: M_k is the largest of k standard normals). xavier: "
                        "U(+-sqrt(6 / (fan_in + fan_out)))."),
         QStringLiteral("--init he|he-uniform|xavier")},
        {QStringLiteral("bias-init"), QStringLiteral("C"),
         QStringLiteral("Initial value of every hidden bias; negative values kill ReLUs "
                        "(default %1).")
             .arg(num(c.network.biasInit)),
         QStringLiteral("--bias-init C, a number")},
        {QStringLiteral("convention"), QStringLiteral("left|right|mean|first"),
         QStringLiteral("ReLU'(0) and Leaky'(0) in backpropagation: 0 and alpha (left, and "
                        "first: PyTorch's values), 1 (right) or their mean (default left). A "
                        "maxout tie always goes to the first maximal piece, as in PyTorch."),
         QStringLiteral("--convention left|right|mean|first")},
        {QStringLiteral("optimizer"), QStringLiteral("sgd|momentum|adam"),
         QStringLiteral("Optimizer (default adam)."),
         QStringLiteral("--optimizer sgd|momentum|adam")},
        {QStringLiteral("lr"), QStringLiteral("X"),
         QStringLiteral("Learning rate (default %1).").arg(num(c.learningRate)),
         QStringLiteral("--lr X, a number > 0")},
        {QStringLiteral("batch"), QStringLiteral("N"),
         QStringLiteral("Examples per step (default %1).").arg(c.batchSize),
         QStringLiteral("--batch N, a whole number from 1 to 100000")},
        {QStringLiteral("l2"), QStringLiteral("X"),
         QStringLiteral("L2 weight decay (default %1).").arg(num(c.l2)),
         QStringLiteral("--l2 X, a number >= 0")},
        {QStringLiteral("steps"), QStringLiteral("N"),
         QStringLiteral("Training steps (more steps after a --session's); 0 analyses the initial "
                        "or saved network (default %1).")
             .arg(d.steps),
         QStringLiteral("--steps N, a whole number from 0 to %1").arg(kMaxSteps)},
        {QStringLiteral("seed"), QStringLiteral("S"),
         QStringLiteral("Seed of the data, the initial weights and the batch order (default %1).")
             .arg(c.seed),
         QStringLiteral("--seed S, a whole number from 0 to 2147483647")},
        {QStringLiteral("log"), QStringLiteral("FILE"),
         QStringLiteral("Write a CSV log: step,loss,test_loss,accuracy,dead_units,dead_fraction."),
         QStringLiteral("--log FILE, a file in an existing writable directory")},
        {QStringLiteral("snapshot"), QStringLiteral("FILE.png"),
         QStringLiteral("Write a picture of the training view after training: the network "
                        "with its dead units, the data and prediction, the loss curves."),
         QStringLiteral("--snapshot FILE.png, a file in an existing writable directory")},
        {QStringLiteral("write-data"), QStringLiteral("FILE.csv"),
         QStringLiteral("Write the training examples (the 80% the network trains on, after the "
                        "seeded split) as CSV in the form --data reads, so that another program "
                        "can train on exactly the same data."),
         QStringLiteral("--write-data FILE.csv, a file in an existing writable directory")},
        {QStringLiteral("log-every"), QStringLiteral("K"),
         QStringLiteral("A log row every K steps and at the end (default %1).").arg(d.logEvery),
         QStringLiteral("--log-every K, a whole number from 1 to %1").arg(kMaxSteps)},
    };
}

const QString kEpilogue = QStringLiteral(
    "\nThe last line on standard output is a JSON summary: activation, steps, loss, test_loss, "
    "accuracy, hidden_units, dead_units, inactive_units, dead_fraction, dead_per_layer, starved, "
    "collapsed, grad_rms_per_layer, activation_rms_per_layer, diverged, convention, "
    "examples_per_s. The "
    "same options give the same numbers (but examples_per_s).\n"
    "A unit is dead when its own kink passes no gradient on any training example (ReLU: z <= 0 "
    "on all of them, z < 0 under --convention right or mean), starved when its kink would pass "
    "gradient but none reaches its incoming weights (e.g. every unit above an entirely-off "
    "layer); collapsed: some hidden layer's activations are the same on every training example, "
    "so the output no longer depends on the input (the same under every convention). "
    "grad_rms_per_layer: the root mean square of the gradient of the mean training loss with "
    "respect to each layer's weights (hidden layers, then the output layer); "
    "activation_rms_per_layer: the RMS of f(z) over the training examples and each hidden "
    "layer's units; both at the last step.\n"
    "With --session, steps counts from the start of the saved run: --session FILE --steps 0 "
    "reports the saved network exactly as the run that saved it did.\n"
    "\nExit status:\n"
    "  0  success (also when the loss diverged: see \"diverged\")\n"
    "  2  bad input (also a malformed, truncated or wrong-version --session file) or an "
    "unwritable output\n"
    "  1  an unexpected internal failure\n");

// Parses option `name` with `parse` (a core parser returning Parsed<T>) into *target.
template <class T, class Parse>
QString read(const CommandLine &cl, const QString &name, T *target, Parse parse)
{
    if (!cl.isSet(name)) return {};
    const auto parsed = parse(cl.value(name).toStdString());
    if (!parsed) return cl.optionError(name, QString::fromStdString(parsed.error));
    *target = *parsed.value;
    return {};
}

template <class T, class Lookup>
QString readKey(const CommandLine &cl, const QString &name, T *target, Lookup lookup)
{
    if (!cl.isSet(name)) return {};
    const QString value = cl.value(name);
    const auto found = lookup(value.toStdString());
    if (!found) return cl.optionError(name, QStringLiteral("unknown value %1").arg(quoted(value)));
    *target = *found;
    return {};
}

// Reads --session into r: the base the other options override.
QString readSession(const CommandLine &cl, TrainRequest &r)
{
    if (!cl.isSet(QStringLiteral("session"))) return {};
    const QString path = cl.value(QStringLiteral("session"));
    auto read = readSessionFile(path);
    if (!read)
        return cl.optionError(QStringLiteral("session"),
                              QStringLiteral("%1: %2").arg(quoted(path), read.error));
    r.setup = read.value->training;
    r.explorer = read.value->explorer;
    r.network = std::move(read.value->network);
    r.networkSetup = r.setup;
    return {};
}

// The options that change what a saved network was trained on (not only what the window changes
// live), among those given.
QStringList structuralOptionsGiven(const CommandLine &cl)
{
    QStringList given;
    for (const char *name : {"dataset", "data", "noise", "samples", "hidden", "pieces", "init",
                             "bias-init", "convention", "optimizer", "batch", "l2", "seed"}) {
        if (cl.isSet(QLatin1String(name))) given << QStringLiteral("--") + QLatin1String(name);
    }
    return given;
}

// Keeps the session's network when the final setup differs from the one it was trained on only
// in what can change live; otherwise the run starts over and a note says why.
void decideOnNetwork(const CommandLine &cl, TrainRequest &r)
{
    if (!r.network) return;
    TrainingSetup live = r.networkSetup;
    const core::NetworkConfig &n = r.setup.config.network;
    live.config.learningRate = r.setup.config.learningRate;
    live.config.network.activation = n.activation;
    live.config.network.alpha = n.alpha;
    const bool maxoutSwitch =
        (n.activation == core::HiddenActivation::Maxout) !=
        (r.networkSetup.config.network.activation == core::HiddenActivation::Maxout);
    if (!maxoutSwitch && live == r.setup) return;
    QStringList why = structuralOptionsGiven(cl);
    if (maxoutSwitch) why.prepend(QStringLiteral("--activation"));
    r.network.reset();
    r.note = QStringLiteral(
                 "%1: %2 changes what the session's network was trained on; training "
                 "starts from step 0")
                 .arg(kCommand, why.join(QStringLiteral(", ")));
}

QString readRequest(const CommandLine &cl, TrainRequest &r)
{
    if (QString e = readSession(cl, r); !e.isEmpty()) return e;
    core::TrainingConfig &c = r.setup.config;
    core::NetworkConfig &n = c.network;
    const auto number = [](std::string_view s) { return core::parseFiniteDouble(s); };
    const auto wholeNumber = [](int lo, int hi) {
        return [lo, hi](std::string_view s) { return core::parseInt(s, lo, hi); };
    };
    int seed = static_cast<int>(c.seed);
    int steps = static_cast<int>(r.steps);
    int logEvery = static_cast<int>(r.logEvery);
    for (const QString &e : {
             readKey(cl, QStringLiteral("activation"), &n.activation, core::parseActivation),
             readKey(cl, QStringLiteral("init"), &n.init, core::parseInit),
             readKey(cl, QStringLiteral("optimizer"), &c.optimizer, core::parseOptimizer),
             readKey(cl, QStringLiteral("convention"), &n.convention, core::parseConvention),
             read(cl, QStringLiteral("noise"), &r.setup.noise, number),
             read(cl, QStringLiteral("samples"), &r.setup.samples,
                  wholeNumber(TrainingSetup::kMinSamples, TrainingSetup::kMaxSamples)),
             read(cl, QStringLiteral("alpha"), &n.alpha, number),
             read(cl, QStringLiteral("pieces"), &n.pieces,
                  wholeNumber(core::NetworkConfig::kMinPieces, core::NetworkConfig::kMaxPieces)),
             read(cl, QStringLiteral("bias-init"), &n.biasInit, number),
             read(cl, QStringLiteral("lr"), &c.learningRate, number),
             read(cl, QStringLiteral("batch"), &c.batchSize, wholeNumber(1, 100000)),
             read(cl, QStringLiteral("l2"), &c.l2, number),
             read(cl, QStringLiteral("steps"), &steps, wholeNumber(0, kMaxSteps)),
             read(cl, QStringLiteral("seed"), &seed, wholeNumber(0, 2147483647)),
             read(cl, QStringLiteral("log-every"), &logEvery, wholeNumber(1, kMaxSteps)),
         }) {
        if (!e.isEmpty()) return e;
    }
    // Range checks here rather than only in validate(), so the message names the option.
    const auto outside = [&cl](const QString &name, bool ok) {
        return ok ? QString()
                  : cl.optionError(
                        name, QStringLiteral("%1 is out of range").arg(quoted(cl.value(name))));
    };
    for (const QString &e : {
             outside(QStringLiteral("noise"), r.setup.noise >= 0.0 && r.setup.noise <= 10.0),
             outside(QStringLiteral("alpha"), n.alpha >= 0.0 && n.alpha < 1.0),
             outside(QStringLiteral("lr"), c.learningRate > 0.0),
             outside(QStringLiteral("l2"), c.l2 >= 0.0),
         }) {
        if (!e.isEmpty()) return e;
    }
    c.seed = static_cast<std::uint64_t>(seed);
    r.steps = steps;
    r.logEvery = logEvery;

    if (cl.isSet(QStringLiteral("hidden"))) {
        const QString value = cl.value(QStringLiteral("hidden"));
        n.hidden.clear();
        for (const QString &part : value.split(QLatin1Char(','))) {
            const auto width =
                core::parseInt(part.toStdString(), 1, core::NetworkConfig::kMaxWidth);
            if (!width)
                return cl.optionError(QStringLiteral("hidden"),
                                      QStringLiteral("%1 in %2")
                                          .arg(QString::fromStdString(width.error), quoted(value)));
            n.hidden.push_back(*width.value);
        }
        if (n.hidden.size() > static_cast<size_t>(core::NetworkConfig::kMaxLayers))
            return cl.optionError(QStringLiteral("hidden"),
                                  QStringLiteral("%1 layers, at most 12").arg(n.hidden.size()));
    }

    if (cl.isSet(QStringLiteral("dataset")) && cl.isSet(QStringLiteral("data")))
        return cl.generalError(QStringLiteral("both --dataset and --data given"),
                               QStringLiteral("one of --dataset NAME, --data FILE.csv"));
    if (cl.isSet(QStringLiteral("dataset"))) {
        const QString value = cl.value(QStringLiteral("dataset"));
        if (!core::parseDatasetName(value.toStdString()))
            return cl.optionError(QStringLiteral("dataset"),
                                  QStringLiteral("unknown data set %1").arg(quoted(value)));
        r.setup.dataset = value;
        r.setup.data = {};  // a session's own examples give way, as in the window
    }
    if (cl.isSet(QStringLiteral("data"))) {
        const QString path = cl.value(QStringLiteral("data"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cl.optionError(
                QStringLiteral("data"),
                QStringLiteral("cannot read %1: %2").arg(quoted(path), file.errorString()));
        const QByteArray bytes = file.readAll();
        auto parsed = core::parseDatasetCsv(std::string_view(bytes.constData(), bytes.size()));
        if (!parsed)
            return cl.optionError(
                QStringLiteral("data"),
                QStringLiteral("%1: %2").arg(path, QString::fromStdString(parsed.error)));
        r.setup.data = std::move(*parsed.value);
    }
    if (cl.isSet(QStringLiteral("log"))) {
        r.logPath = cl.value(QStringLiteral("log"));
        if (const QString e = checkWritable(r.logPath); !e.isEmpty())
            return cl.optionError(QStringLiteral("log"), e);
    }
    if (cl.isSet(QStringLiteral("snapshot"))) {
        r.snapshotPath = cl.value(QStringLiteral("snapshot"));
        if (const QString e = checkWritable(r.snapshotPath); !e.isEmpty())
            return cl.optionError(QStringLiteral("snapshot"), e);
        if (!r.logPath.isEmpty() &&
            QFileInfo(r.logPath).absoluteFilePath() == QFileInfo(r.snapshotPath).absoluteFilePath())
            return cl.optionError(
                QStringLiteral("snapshot"),
                QStringLiteral("%1 is also the file for --log").arg(quoted(r.snapshotPath)));
    }
    if (cl.isSet(QStringLiteral("save-session"))) {
        r.saveSessionPath = cl.value(QStringLiteral("save-session"));
        if (const QString e = checkWritable(r.saveSessionPath); !e.isEmpty())
            return cl.optionError(QStringLiteral("save-session"), e);
        const QString absolute = QFileInfo(r.saveSessionPath).absoluteFilePath();
        for (const auto &[other, path] : {std::pair{QStringLiteral("log"), r.logPath},
                                          std::pair{QStringLiteral("snapshot"), r.snapshotPath}}) {
            if (!path.isEmpty() && QFileInfo(path).absoluteFilePath() == absolute)
                return cl.optionError(QStringLiteral("save-session"),
                                      QStringLiteral("%1 is also the file for --%2")
                                          .arg(quoted(r.saveSessionPath), other));
        }
    }
    if (cl.isSet(QStringLiteral("write-data"))) {
        r.dataOutPath = cl.value(QStringLiteral("write-data"));
        if (const QString e = checkWritable(r.dataOutPath); !e.isEmpty())
            return cl.optionError(QStringLiteral("write-data"), e);
        const QString target = QFileInfo(r.dataOutPath).absoluteFilePath();
        for (const auto &[name, other] : {std::pair{QStringLiteral("log"), r.logPath},
                                          std::pair{QStringLiteral("snapshot"), r.snapshotPath}}) {
            if (!other.isEmpty() && QFileInfo(other).absoluteFilePath() == target)
                return cl.optionError(QStringLiteral("write-data"),
                                      QStringLiteral("%1 is also the file for --%2")
                                          .arg(quoted(r.dataOutPath), name));
        }
    }
    if (const QString e = r.setup.validate(); !e.isEmpty())
        return QStringLiteral("%1: %2").arg(kCommand, e);
    decideOnNetwork(cl, r);
    return {};
}

QJsonValue jsonNumber(double v)
{
    // JSON has no NaN or infinity: a diverged loss is null.
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

}  // namespace

TrainArguments parseTrainArguments(const QStringList &arguments)
{
    CommandLine cl(kCommand,
                   QStringLiteral("Trains a small network on a toy data set without opening a "
                                  "window, and reports its loss and its dead units."),
                   optionSpecs(), kEpilogue);
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
    if (QString e = readRequest(cl, request); !e.isEmpty()) {
        result.error = std::move(e);
        return result;
    }
    result.request = std::move(request);
    return result;
}

int runTrainCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                    const TrainingFigureRenderer &render)
{
    const auto fail = [&err](const QString &message, int code) {
        err << message << '\n';
        err.flush();
        return code;
    };
    try {
        const TrainArguments parsed = parseTrainArguments(arguments);
        if (!parsed.helpText.isEmpty()) {
            out << parsed.helpText;
            out.flush();
            return 0;
        }
        if (!parsed.request) return fail(parsed.error, 2);
        const TrainRequest &request = *parsed.request;
        if (!request.snapshotPath.isEmpty() && !render)
            return fail(
                QStringLiteral("%1: --snapshot: pictures cannot be drawn here").arg(kCommand), 2);

        if (!request.note.isEmpty()) err << request.note << '\n';
        QString problem;
        const std::unique_ptr<core::Trainer> made =
            request.network ? makeTrainer(request.networkSetup, &*request.network, &problem)
                            : makeTrainer(request.setup, nullptr, &problem);
        // The setup and any saved state were checked while reading the options.
        if (!made) return fail(QStringLiteral("%1: internal error: %2").arg(kCommand, problem), 1);
        core::Trainer &trainer = *made;
        // Live changes to a saved network, as the window makes them.
        const core::NetworkConfig &wanted = request.setup.config.network;
        if (wanted.activation != trainer.config().network.activation ||
            wanted.alpha != trainer.config().network.alpha)
            trainer.setActivation(wanted.activation, wanted.alpha);
        trainer.setLearningRate(request.setup.config.learningRate);
        const long firstStep = trainer.stepCount();
        const long lastStep = firstStep + request.steps;
        const long firstExamples = trainer.examplesSeen();
        if (!request.dataOutPath.isEmpty()) {
            const std::string csv = core::formatDatasetCsv(trainer.data().train);
            if (const QString e =
                    writeAtomically(request.dataOutPath, QByteArray::fromStdString(csv));
                !e.isEmpty())
                return fail(QStringLiteral("%1: --write-data: %2").arg(kCommand, e), 2);
        }

        QByteArray log(kTrainingLogHeader);
        std::vector<TrainingSnapshot> history;  // for --snapshot's loss curves
        const auto logRow = [&] {
            TrainingSnapshot s;
            s.step = trainer.stepCount();
            s.examples = trainer.examplesSeen();
            s.evaluation = trainer.evaluate();
            s.dead = core::analyseDeadUnits(trainer.network(), trainer.data().train);
            log += trainingLogLine(trainingLogRow(s.step, s.evaluation, s.dead));
            if (!request.snapshotPath.isEmpty()) history.push_back(std::move(s));
        };
        // The last finite weights, for a picture of a run that diverged (never NaN on a plot).
        std::vector<double> lastFinite;
        core::DeadUnitReport lastFiniteDead;
        const auto keepIfFinite = [&] {  // after logRow(), with a --snapshot
            const TrainingSnapshot &row = history.back();
            if (!trainer.parametersFinite() || !std::isfinite(row.evaluation.trainLoss)) return;
            const auto params = trainer.network().parameters();
            lastFinite.assign(params.begin(), params.end());
            lastFiniteDead = row.dead;
        };
        logRow();
        if (!request.snapshotPath.isEmpty()) keepIfFinite();
        bool diverged = false;
        bool weightsDiverged = false;
        qint64 trainingNs = 0;
        QElapsedTimer timer;
        while (trainer.stepCount() < lastStep && !diverged) {
            // Train up to the next log row without analysis in between.
            const long target =
                std::min(lastStep, (trainer.stepCount() / request.logEvery + 1) * request.logEvery);
            timer.start();
            while (trainer.stepCount() < target) {
                if (!std::isfinite(trainer.step())) {
                    diverged = true;
                    break;
                }
            }
            trainingNs += timer.nsecsElapsed();
            // A weight can become NaN or infinite before the loss does.
            if (!diverged && !trainer.parametersFinite()) diverged = weightsDiverged = true;
            logRow();
            if (!diverged && !request.snapshotPath.isEmpty()) keepIfFinite();
        }
        if (diverged)
            err << QStringLiteral(
                       "%1: %2 became non-finite %3 step %4 \u2014 learning rate "
                       "too high? Training stopped there.\n")
                       .arg(kCommand,
                            weightsDiverged ? QStringLiteral("a weight")
                                            : QStringLiteral("the loss"),
                            weightsDiverged ? QStringLiteral("by") : QStringLiteral("at"))
                       .arg(trainer.stepCount());

        if (!request.logPath.isEmpty()) {
            if (const QString e = writeAtomically(request.logPath, log); !e.isEmpty())
                return fail(QStringLiteral("%1: --log: %2").arg(kCommand, e), 2);
        }
        if (!request.snapshotPath.isEmpty()) {
            TrainingSnapshot &last = history.back();
            last.network = trainer.network().config();
            if (!diverged || lastFinite.empty()) {
                const auto params = trainer.network().parameters();
                last.parameters.assign(params.begin(), params.end());
            } else {
                last.parameters = lastFinite;
                last.dead = lastFiniteDead;
            }
            last.diverged = diverged;
            QString error;
            const QByteArray png = render(history, trainer.data(), &error);
            if (png.isEmpty())
                return fail(QStringLiteral("%1: --snapshot: could not draw the training view: %2")
                                .arg(kCommand, error),
                            2);
            if (const QString e = writeAtomically(request.snapshotPath, png); !e.isEmpty())
                return fail(QStringLiteral("%1: --snapshot: %2").arg(kCommand, e), 2);
        }

        if (!request.saveSessionPath.isEmpty()) {
            Session saved;
            saved.explorer = request.explorer;
            saved.training = request.setup;
            saved.network = trainer.state();
            if (!saved.network->isFinite()) {
                saved.network.reset();
                err << QStringLiteral(
                           "%1: --save-session: the network's weights are not finite numbers, "
                           "so the session is saved without them (it starts the run from step "
                           "0)\n")
                           .arg(kCommand);
            }
            if (const QString e = writeSessionFile(request.saveSessionPath, saved); !e.isEmpty())
                return fail(QStringLiteral("%1: --save-session: %2").arg(kCommand, e), 2);
        }

        const core::Evaluation evaluation = trainer.evaluate();
        const core::DeadUnitReport dead =
            core::analyseDeadUnits(trainer.network(), trainer.data().train);
        QJsonArray perLayer;
        for (int count : dead.deadPerLayer)
            perLayer.append(count);
        const core::LayerSizes sizes =
            core::measureLayerSizes(trainer.network(), trainer.data().train);
        const auto numbers = [](const std::vector<double> &values) {
            QJsonArray array;
            for (double v : values)
                array.append(jsonNumber(v));
            return array;
        };
        const double seconds = static_cast<double>(trainingNs) / 1e9;
        const QJsonObject summary{
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
            {QStringLiteral("diverged"), diverged},
            // The kink convention backpropagation used (a restored session's, unless overridden).
            {QStringLiteral("convention"),
             QString::fromLatin1(core::conventionName(trainer.config().network.convention))},
            {QStringLiteral("examples_per_s"),
             seconds > 0
                 ? jsonNumber(static_cast<double>(trainer.examplesSeen() - firstExamples) / seconds)
                 : QJsonValue(QJsonValue::Null)},
        };
        out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
        return 0;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1: internal error: %2")
                        .arg(kCommand, QString::fromLocal8Bit(e.what())),
                    1);
    }
}

}  // namespace relulab::session
