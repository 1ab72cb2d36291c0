// The options of `relulab train`: the table behind its parser, help text and error messages, the
// help's closing text, and reading the options into a TrainRequest.
#include "TrainOptions.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <utility>

#include "SessionFile.h"
#include "TrainCommand.h"
#include "core/Dataset.h"
#include "core/LinearRegions.h"
#include "core/TextParsing.h"

namespace relulab::session {

namespace {

QString datasetKeys()
{
    QStringList keys;
    for (core::DatasetName name : core::allDatasets())
        keys << QString::fromStdString(core::datasetKey(name));
    return keys.join(QLatin1Char('|'));
}

// A default value as the help shows it.
QString exactText(double v)
{
    return QString::fromStdString(core::formatExact(v));
}

// The session to start from and to save, and the examples.
std::vector<OptionSpec> sessionAndDataOptions()
{
    const TrainRequest d;
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
         QStringLiteral("Noise of the generated data (default %1).").arg(exactText(d.setup.noise)),
         QStringLiteral("--noise X, a number in [0, 10]")},
        {QStringLiteral("samples"), QStringLiteral("N"),
         QStringLiteral("Examples generated, 20% held out for testing (default %1).")
             .arg(d.setup.samples),
         QStringLiteral("--samples N, a whole number from %1 to %2")
             .arg(TrainingSetup::kMinSamples)
             .arg(TrainingSetup::kMaxSamples)},
    };
}

// The network: its layers, activation and initialisation, and the kink convention.
std::vector<OptionSpec> networkOptions()
{
    const TrainRequest d;
    const core::TrainingConfig &c = d.setup.config;
    return {
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
         QStringLiteral("Leaky ReLU slope (default %1).").arg(exactText(c.network.alpha)),
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
             .arg(exactText(c.network.biasInit)),
         QStringLiteral("--bias-init C, a number")},
        {QStringLiteral("convention"), QStringLiteral("left|right|mean|first"),
         QStringLiteral("ReLU'(0) and Leaky'(0) in backpropagation: 0 and alpha (left, and "
                        "first: PyTorch's values), 1 (right) or their mean (default left). A "
                        "maxout tie always goes to the first maximal piece, as in PyTorch."),
         QStringLiteral("--convention left|right|mean|first")},
    };
}

// The training: optimizer, step size, batches, decay, length and seed.
std::vector<OptionSpec> trainingOptions()
{
    const TrainRequest d;
    const core::TrainingConfig &c = d.setup.config;
    return {
        {QStringLiteral("optimizer"), QStringLiteral("sgd|momentum|adam"),
         QStringLiteral("Optimizer (default adam)."),
         QStringLiteral("--optimizer sgd|momentum|adam")},
        {QStringLiteral("lr"), QStringLiteral("X"),
         QStringLiteral("Learning rate (default %1).").arg(exactText(c.learningRate)),
         QStringLiteral("--lr X, a number > 0")},
        {QStringLiteral("batch"), QStringLiteral("N"),
         QStringLiteral("Examples per step (default %1).").arg(c.batchSize),
         QStringLiteral("--batch N, a whole number from 1 to 100000")},
        {QStringLiteral("l2"), QStringLiteral("X"),
         QStringLiteral("L2 weight decay (default %1).").arg(exactText(c.l2)),
         QStringLiteral("--l2 X, a number >= 0")},
        {QStringLiteral("steps"), QStringLiteral("N"),
         QStringLiteral("Training steps (more steps after a --session's); 0 analyses the initial "
                        "or saved network (default %1).")
             .arg(d.steps),
         QStringLiteral("--steps N, a whole number from 0 to %1").arg(kMaxTrainSteps)},
        {QStringLiteral("seed"), QStringLiteral("S"),
         QStringLiteral("Seed of the data, the initial weights and the batch order (default %1).")
             .arg(c.seed),
         QStringLiteral("--seed S, a whole number from 0 to 2147483647")},
    };
}

// What the run writes besides its summary line.
std::vector<OptionSpec> outputOptions()
{
    const TrainRequest d;
    return {
        {QStringLiteral("box"), QStringLiteral("XMIN:XMAX,YMIN:YMAX"),
         QStringLiteral("The box in which the summary's linear_regions are counted; XMIN:XMAX "
                        "for 1-D (regression) data. Default: the box the input-space view is "
                        "fitted to, the training examples' bounds grown by 10% of their extent on "
                        "each side and to at least [-1, 1] in each direction."),
         QStringLiteral("--box XMIN:XMAX,YMIN:YMAX for 2-D data, --box XMIN:XMAX for 1-D data, "
                        "finite numbers with MIN < MAX")},
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
         QStringLiteral("--log-every K, a whole number from 1 to %1").arg(kMaxTrainSteps)},
    };
}

// --animate and its frames, rate and size.
std::vector<OptionSpec> animationOptions()
{
    return animationOptionSpecs(
        QStringLiteral("the training view (as --snapshot draws it) at --frames steps evenly "
                       "spaced from the run's first step to its last, both included (frame k of "
                       "N at k * steps / (N - 1), rounded to the nearest step, halves up); the "
                       "run is the same as without it"),
        true);
}

}  // namespace

std::vector<OptionSpec> trainOptionSpecs()
{
    // In the order of the help text.
    std::vector<OptionSpec> specs;
    for (auto group : {sessionAndDataOptions, networkOptions, trainingOptions, outputOptions,
                       animationOptions}) {
        std::vector<OptionSpec> options = group();
        specs.insert(specs.end(), std::make_move_iterator(options.begin()),
                     std::make_move_iterator(options.end()));
    }
    return specs;
}

QString trainHelpEpilogue()
{
    // Apart from the rest, so that the limit comes from the core.
    const QString regions =
        QStringLiteral(
            "linear_regions: the exact number of activation regions (one on/off pattern of every "
            "hidden unit; maxout: one winning piece per unit) of the final network that meet "
            "--box, found by splitting the box along every unit's line, layer by layer; null for "
            "sigmoid and tanh (not piecewise linear) and for non-finite weights. Past %1 regions "
            "the count stops: linear_regions is then %1 and linear_regions_limit_reached is true "
            "(there are more).\n")
            .arg(core::kDefaultRegionLimit);
    return QStringLiteral(
               "\n"
               "The last line on standard output is a JSON summary: activation, steps, loss, "
               "test_loss, accuracy, hidden_units, dead_units, inactive_units, dead_fraction, "
               "dead_per_layer, starved, collapsed, grad_rms_per_layer, activation_rms_per_layer, "
               "diverged, convention, examples_per_s, linear_regions, "
               "linear_regions_limit_reached. The same options give the same numbers (but "
               "examples_per_s).\n"
               "A unit is dead when its own kink passes no gradient on any training example "
               "(ReLU: z <= 0 on all of them, z < 0 under --convention right or mean), starved "
               "when its kink would pass gradient but none reaches its incoming weights (e.g. "
               "every unit above an entirely-off layer); collapsed: some hidden layer's "
               "activations are the same on every training example, so the output no longer "
               "depends on the input (the same under every convention). grad_rms_per_layer: the "
               "root mean square of the gradient of the mean training loss with respect to each "
               "layer's weights (hidden layers, then the output layer); activation_rms_per_layer: "
               "the RMS of f(z) over the training examples and each hidden layer's units; both at "
               "the last step.\n") +
           regions +
           QStringLiteral(
               "With --session, steps counts from the start of the saved run: --session FILE "
               "--steps 0 reports the saved network exactly as the run that saved it did.\n"
               "\n"
               "Exit status:\n"
               "  0  success (also when the loss diverged: see \"diverged\")\n"
               "  2  bad input (also a malformed, truncated or wrong-version --session file) or an "
               "unwritable output\n"
               "  1  an unexpected internal failure\n");
}

namespace {

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

// Reads option `name`, one of a set of keys, with `lookup` (a core key parser) into *target.
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
    r.history = std::move(read.value->history);
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
    r.history.clear();
    r.note = QStringLiteral(
                 "%1: %2 changes what the session's network was trained on; training "
                 "starts from step 0")
                 .arg(cl.command(), why.join(QStringLiteral(", ")));
}

// Range checks here rather than only in validate(), so the message names the option.
QString checkRanges(const CommandLine &cl, const TrainingSetup &setup)
{
    const core::TrainingConfig &c = setup.config;
    const auto outside = [&cl](const QString &name, bool ok) {
        return ok ? QString()
                  : cl.optionError(
                        name, QStringLiteral("%1 is out of range").arg(quoted(cl.value(name))));
    };
    for (const QString &e : {
             outside(QStringLiteral("noise"), setup.noise >= 0.0 && setup.noise <= 10.0),
             outside(QStringLiteral("alpha"), c.network.alpha >= 0.0 && c.network.alpha < 1.0),
             outside(QStringLiteral("lr"), c.learningRate > 0.0),
             outside(QStringLiteral("l2"), c.l2 >= 0.0),
         }) {
        if (!e.isEmpty()) return e;
    }
    return {};
}

// Reads the scalar options (names and numbers) into r, over the session's values.
QString readSettings(const CommandLine &cl, TrainRequest &r)
{
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
             read(cl, QStringLiteral("steps"), &steps, wholeNumber(0, kMaxTrainSteps)),
             read(cl, QStringLiteral("seed"), &seed, wholeNumber(0, 2147483647)),
             read(cl, QStringLiteral("log-every"), &logEvery, wholeNumber(1, kMaxTrainSteps)),
         }) {
        if (!e.isEmpty()) return e;
    }
    if (QString e = checkRanges(cl, r.setup); !e.isEmpty()) return e;
    c.seed = static_cast<std::uint64_t>(seed);
    r.steps = steps;
    r.logEvery = logEvery;
    return {};
}

// Reads --hidden, the hidden layer widths.
QString readHidden(const CommandLine &cl, TrainRequest &r)
{
    if (!cl.isSet(QStringLiteral("hidden"))) return {};
    std::vector<int> &hidden = r.setup.config.network.hidden;
    const QString value = cl.value(QStringLiteral("hidden"));
    hidden.clear();
    for (const QString &part : value.split(QLatin1Char(','))) {
        const auto width = core::parseInt(part.toStdString(), 1, core::NetworkConfig::kMaxWidth);
        if (!width)
            return cl.optionError(
                QStringLiteral("hidden"),
                QStringLiteral("%1 in %2").arg(QString::fromStdString(width.error), quoted(value)));
        hidden.push_back(*width.value);
    }
    if (hidden.size() > static_cast<size_t>(core::NetworkConfig::kMaxLayers))
        return cl.optionError(QStringLiteral("hidden"),
                              QStringLiteral("%1 layers, at most 12").arg(hidden.size()));
    return {};
}

// Reads --data, the user's own examples from a CSV file.
QString readDataFile(const CommandLine &cl, TrainRequest &r)
{
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
    return {};
}

// Reads where the examples come from: --dataset (generated) or --data (a file), not both.
QString readData(const CommandLine &cl, TrainRequest &r)
{
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
    if (cl.isSet(QStringLiteral("data"))) return readDataFile(cl, r);
    return {};
}

// The number of inputs of the data the run trains on: 2 (classification) or 1 (regression).
int dataInputs(const TrainingSetup &setup)
{
    if (setup.usesOwnData()) return setup.data.inputDim;
    const auto name = core::parseDatasetName(setup.dataset.toStdString());
    return name && core::taskOf(*name) == core::TaskKind::Regression ? 1 : 2;
}

// Reads --box after the data, whose dimension says how many ranges it takes.
QString readBox(const CommandLine &cl, TrainRequest &r)
{
    const QString name = QStringLiteral("box");
    if (!cl.isSet(name)) return {};
    const QString value = cl.value(name);
    const int inputs = dataInputs(r.setup);
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != inputs)
        return cl.optionError(name,
                              QStringLiteral("%1 has %2 range(s), but the data has %3 input(s)")
                                  .arg(quoted(value))
                                  .arg(parts.size())
                                  .arg(inputs));
    core::Range ranges[2];
    for (int i = 0; i < inputs; ++i) {
        const auto range = core::parseRange(parts[i].toStdString());
        if (!range)
            return cl.optionError(
                name, QStringLiteral("%1 in %2: %3")
                          .arg(i == 0 ? QStringLiteral("x") : QStringLiteral("y"), quoted(value),
                               QString::fromStdString(range.error)));
        ranges[i] = *range.value;
    }
    core::InputBounds box{ranges[0].lo, ranges[0].hi, 0.0, 0.0};
    if (inputs == 2) {
        box.y0 = ranges[1].lo;
        box.y1 = ranges[1].hi;
    }
    r.box = box;
    return {};
}

// An output option read before another, with the path it was given (empty when not given).
struct EarlierOutput
{
    QString option;
    QString path;
};

// Reads output option `name` into *path when given: a writable file that is none of `earlier`
// (two outputs into one file would leave only the last one, silently).
QString readOutput(const CommandLine &cl, const QString &name, QString *path,
                   std::initializer_list<EarlierOutput> earlier = {})
{
    if (!cl.isSet(name)) return {};
    *path = cl.value(name);
    if (const QString e = checkWritable(*path); !e.isEmpty()) return cl.optionError(name, e);
    const QString absolute = QFileInfo(*path).absoluteFilePath();
    for (const EarlierOutput &other : earlier) {
        if (!other.path.isEmpty() && QFileInfo(other.path).absoluteFilePath() == absolute)
            return cl.optionError(
                name,
                QStringLiteral("%1 is also the file for --%2").arg(quoted(*path), other.option));
    }
    return {};
}

// Reads --log, --snapshot, --save-session, --write-data and --animate.
QString readOutputs(const CommandLine &cl, TrainRequest &r)
{
    if (QString e = readOutput(cl, QStringLiteral("log"), &r.logPath); !e.isEmpty()) return e;
    const EarlierOutput log{QStringLiteral("log"), r.logPath};
    if (QString e = readOutput(cl, QStringLiteral("snapshot"), &r.snapshotPath, {log});
        !e.isEmpty())
        return e;
    const EarlierOutput snapshot{QStringLiteral("snapshot"), r.snapshotPath};
    if (QString e =
            readOutput(cl, QStringLiteral("save-session"), &r.saveSessionPath, {log, snapshot});
        !e.isEmpty())
        return e;
    if (QString e = readOutput(cl, QStringLiteral("write-data"), &r.dataOutPath, {log, snapshot});
        !e.isEmpty())
        return e;
    if (QString e = readAnimationRequest(cl, true, &r.animation); !e.isEmpty()) return e;
    if (!r.animation) return {};
    const QString animation = QFileInfo(r.animation->path).absoluteFilePath();
    for (const EarlierOutput &other :
         {log, snapshot, EarlierOutput{QStringLiteral("save-session"), r.saveSessionPath},
          EarlierOutput{QStringLiteral("write-data"), r.dataOutPath}}) {
        if (!other.path.isEmpty() && QFileInfo(other.path).absoluteFilePath() == animation)
            return cl.optionError(QStringLiteral("animate"),
                                  QStringLiteral("%1 is also the file for --%2")
                                      .arg(quoted(r.animation->path), other.option));
    }
    return {};
}

}  // namespace

QString readTrainRequest(const CommandLine &cl, TrainRequest &r)
{
    // In this order: the session is the base the other options override.
    using Reader = QString (*)(const CommandLine &, TrainRequest &);
    for (Reader reader : {readSession, readSettings, readHidden, readData, readBox, readOutputs}) {
        if (QString e = reader(cl, r); !e.isEmpty()) return e;
    }
    if (const QString e = r.setup.validate(); !e.isEmpty())
        return QStringLiteral("%1: %2").arg(cl.command(), e);
    decideOnNetwork(cl, r);
    return {};
}

}  // namespace relulab::session
