// Tests the JSON form of the explorer settings and the training setup: exact round trips,
// partial objects over a base, and located rejection of unknown keys, wrong types and ranges.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>

#include "session/StateJson.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::ExplorerSettings;
using session::FunctionId;
using session::TrainingSetup;

namespace {

// Through the text a file holds, not just the in-memory object.
QJsonValue throughText(const QJsonObject &object)
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Indented), &error);
    if (error.error != QJsonParseError::NoError) qFatal("writer made bad JSON");
    return doc.object();
}

QJsonValue parse(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) qFatal("bad JSON in the test: %s", text);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Settings unlike the defaults in every field, with numbers that have no short decimal form.
ExplorerSettings awkwardExplorer()
{
    ExplorerSettings s;
    s.alpha = 1.0 / 3.0;
    s.lo = -0.1 - 0.2;
    s.hi = 1e-300 + 2.0 / 7.0;
    s.pieces = {{0.1, 1e-300}, {-1.0 / 3.0, 5e-324}, {2.2250738585072014e-308, -123456.789e-7}};
    s.convention = core::KinkConvention::Mean;
    s.visible = {FunctionId::Leaky, FunctionId::Softplus, FunctionId::Silu};
    s.showSubgradient = false;
    s.samples = 777;
    s.softplusBeta = 1e-300;
    session::PinnedCurve leaky = s.pin(FunctionId::Leaky);
    session::PinnedCurve maxout = s.pin(FunctionId::Maxout);
    maxout.label = QStringLiteral("\u00e9l\u00e8ve's \"maxout\", k = 3 \u2014 \u03b1/\u03b2");
    s.pinned = {leaky, maxout, s.pin(FunctionId::Gelu)};
    return s;
}

TrainingSetup awkwardTraining()
{
    TrainingSetup t;
    t.dataset = QStringLiteral("spiral");
    t.samples = 1234;
    t.noise = 0.1 + 0.2;
    t.data.task = core::TaskKind::Classification;
    t.data.inputDim = 2;
    t.data.inputs = {0.1, 1.0 / 3.0, -1e-300, 5e-324, 1e300, -2.5, 0.0, 7.0, 3.0, 1.0 / 7.0};
    t.data.targets = {1.0, 0.0, 1.0, 0.0, 1.0};
    core::TrainingConfig &c = t.config;
    c.network.hidden = {3, 32, 1};
    c.network.activation = core::HiddenActivation::Prelu;
    c.network.alpha = 0.1 + 0.2;
    c.network.pieces = 4;
    c.network.init = core::InitScheme::Xavier;
    c.network.biasInit = -1.0 / 3.0;
    c.network.convention = core::KinkConvention::Right;
    c.optimizer = core::OptimizerKind::Momentum;
    c.learningRate = 1e-7 / 3.0;
    c.batchSize = 17;
    c.l2 = 1e-300;
    c.seed = 2147483647;
    return t;
}

}  // namespace

class tst_StateJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesRoundTripBitForBit_data();
    void doublesRoundTripBitForBit();
    void explorerRoundTripIsExact();
    void trainingRoundTripIsExact();
    void regressionExamplesRoundTrip();
    void saturatingActivationsRoundTrip_data();
    void saturatingActivationsRoundTrip();
    void writersGiveEveryKey();
    void everyConventionRoundTripsByName_data();
    void everyConventionRoundTripsByName();
    void generatedDataWritesNoExamples();
    void emptyObjectGivesTheBase();
    void partialExplorerKeepsBaseValues();
    void partialTrainingKeepsBaseValues();
    void pinnedCurveNeedsOnlyItsFunction();
    void explorerRejectsWithLocation_data();
    void explorerRejectsWithLocation();
    void trainingRejectsWithLocation_data();
    void trainingRejectsWithLocation();
    void hugeExampleArrayIsRejected();
    void topLevelErrorsHaveNoPrefix();
};

void tst_StateJson::doublesRoundTripBitForBit_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("0.1+0.2") << 0.1 + 0.2;
    QTest::newRow("1e-300") << 1e-300;
    QTest::newRow("smallest subnormal") << 5e-324;
    QTest::newRow("smallest normal") << std::numeric_limits<double>::min();
    QTest::newRow("largest") << std::numeric_limits<double>::max();
    QTest::newRow("1 + ulp") << std::nextafter(1.0, 2.0);
    QTest::newRow("2^53 + 2") << 9007199254740994.0;
    QTest::newRow("1e21") << 1e21;
    QTest::newRow("-2/7") << -2.0 / 7.0;
}

void tst_StateJson::doublesRoundTripBitForBit()
{
    QFETCH(double, value);
    ExplorerSettings s;
    s.pieces = {{value, -value}};
    const auto read = session::explorerFromJson(throughText(session::explorerToJson(s)),
                                                ExplorerSettings{}, QStringLiteral("explorer"));
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(sameBits(read.value->pieces[0].slope, value));
    QVERIFY(sameBits(read.value->pieces[0].intercept, -value));
}

void tst_StateJson::explorerRoundTripIsExact()
{
    const ExplorerSettings original = awkwardExplorer();
    QCOMPARE(original.validate(), QString());
    const auto read = session::explorerFromJson(throughText(session::explorerToJson(original)),
                                                ExplorerSettings{}, QStringLiteral("explorer"));
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == original);
    QVERIFY(sameBits(read.value->hi, original.hi));
    QCOMPARE(read.value->pinned.size(), size_t(3));
    QCOMPARE(read.value->pinned[1].label, original.pinned[1].label);
    QCOMPARE(read.value->pinned[2].function, FunctionId::Gelu);
}

void tst_StateJson::trainingRoundTripIsExact()
{
    const TrainingSetup original = awkwardTraining();
    QCOMPARE(original.validate(), QString());
    const auto read = session::trainingFromJson(throughText(session::trainingToJson(original)),
                                                TrainingSetup{}, QStringLiteral("training"));
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(*read.value == original);
    QCOMPARE(read.value->config.seed, std::uint64_t(2147483647));
    QVERIFY(sameBits(read.value->config.learningRate, 1e-7 / 3.0));
    QVERIFY(sameBits(read.value->data.inputs[3], 5e-324));
}

void tst_StateJson::saturatingActivationsRoundTrip_data()
{
    QTest::addColumn<core::HiddenActivation>("activation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<FunctionId>("function");
    QTest::newRow("sigmoid") << core::HiddenActivation::Sigmoid << "sigmoid" << FunctionId::Sigmoid;
    QTest::newRow("tanh") << core::HiddenActivation::Tanh << "tanh" << FunctionId::Tanh;
}

// The training's activation and the explorer's curve are written under their keys and read back.
void tst_StateJson::saturatingActivationsRoundTrip()
{
    QFETCH(core::HiddenActivation, activation);
    QFETCH(QString, key);
    QFETCH(FunctionId, function);

    TrainingSetup training;
    training.config.network.activation = activation;
    const QJsonObject trainingJson = session::trainingToJson(training);
    QCOMPARE(trainingJson.value(QStringLiteral("activation")).toString(), key);
    const auto readTraining = session::trainingFromJson(throughText(trainingJson), TrainingSetup{},
                                                        QStringLiteral("training"));
    QVERIFY2(readTraining, qPrintable(readTraining.error));
    QCOMPARE(readTraining.value->config.network.activation, activation);

    ExplorerSettings explorer;
    explorer.visible = {FunctionId::Relu, function};
    const QJsonObject explorerJson = session::explorerToJson(explorer);
    QCOMPARE(explorerJson.value(QStringLiteral("visible")).toArray(),
             (QJsonArray{QStringLiteral("relu"), key}));
    const auto readExplorer = session::explorerFromJson(
        throughText(explorerJson), ExplorerSettings{}, QStringLiteral("explorer"));
    QVERIFY2(readExplorer, qPrintable(readExplorer.error));
    QCOMPARE(readExplorer.value->visible, (QSet<FunctionId>{FunctionId::Relu, function}));
}

void tst_StateJson::regressionExamplesRoundTrip()
{
    TrainingSetup original;
    original.data.task = core::TaskKind::Regression;
    original.data.inputDim = 1;
    original.data.inputs = {-1.0, -1.0 / 3.0, 0.1, 1.0};
    original.data.targets = {1.0, 1.0 / 3.0, 0.1, -0.25};
    const QJsonObject json = session::trainingToJson(original);
    QCOMPARE(json.value(QStringLiteral("examples")).toArray().at(1).toArray(),
             QJsonArray({-1.0 / 3.0, 1.0 / 3.0}));
    const auto read =
        session::trainingFromJson(throughText(json), TrainingSetup{}, QStringLiteral("training"));
    QVERIFY2(read, qPrintable(read.error));
    QVERIFY(read.value->data == original.data);
    QCOMPARE(read.value->data.task, core::TaskKind::Regression);
}

void tst_StateJson::writersGiveEveryKey()
{
    QStringList explorerKeys = session::explorerToJson(ExplorerSettings{}).keys();
    explorerKeys.sort();
    QCOMPARE(explorerKeys,
             QStringList({"alpha", "convention", "hi", "lo", "pieces", "pinned", "samples",
                          "show_subgradient", "softplus_beta", "visible"}));
    QStringList trainingKeys = session::trainingToJson(TrainingSetup{}).keys();
    trainingKeys.sort();
    QCOMPARE(trainingKeys,
             QStringList({"activation", "alpha", "batch", "bias_init", "convention", "dataset",
                          "examples", "hidden", "init", "l2", "learning_rate", "noise", "optimizer",
                          "pieces", "samples", "seed"}));
    const QJsonObject explorer = session::explorerToJson(ExplorerSettings{});
    QCOMPARE(explorer.value(QStringLiteral("visible")).toArray(),
             QJsonArray({"relu", "leaky", "maxout"}));
    QCOMPARE(explorer.value(QStringLiteral("convention")).toString(), QStringLiteral("left"));
    QCOMPARE(explorer.value(QStringLiteral("pieces")).toArray().at(1).toObject(),
             QJsonObject({{"slope", -0.5}, {"intercept", 0.0}}));
}

void tst_StateJson::everyConventionRoundTripsByName_data()
{
    QTest::addColumn<core::KinkConvention>("convention");
    QTest::addColumn<QString>("key");
    QTest::newRow("left") << core::KinkConvention::Left << "left";
    QTest::newRow("right") << core::KinkConvention::Right << "right";
    QTest::newRow("mean") << core::KinkConvention::Mean << "mean";
    QTest::newRow("first") << core::KinkConvention::First << "first";
}

void tst_StateJson::everyConventionRoundTripsByName()
{
    QFETCH(core::KinkConvention, convention);
    QFETCH(QString, key);

    ExplorerSettings explorer;
    explorer.convention = convention;
    const QJsonObject explorerJson = session::explorerToJson(explorer);
    QCOMPARE(explorerJson.value(QStringLiteral("convention")).toString(), key);
    const auto explorerRead =
        session::explorerFromJson(throughText(explorerJson), ExplorerSettings{}, "explorer");
    QVERIFY2(explorerRead, qPrintable(explorerRead.error));
    QCOMPARE(explorerRead.value->convention, convention);

    TrainingSetup training;
    training.config.network.convention = convention;
    const QJsonObject trainingJson = session::trainingToJson(training);
    QCOMPARE(trainingJson.value(QStringLiteral("convention")).toString(), key);
    const auto trainingRead =
        session::trainingFromJson(throughText(trainingJson), TrainingSetup{}, "training");
    QVERIFY2(trainingRead, qPrintable(trainingRead.error));
    QCOMPARE(trainingRead.value->config.network.convention, convention);
}

void tst_StateJson::generatedDataWritesNoExamples()
{
    const QJsonObject json = session::trainingToJson(TrainingSetup{});
    QCOMPARE(json.value(QStringLiteral("examples")).toArray(), QJsonArray());
    QCOMPARE(json.value(QStringLiteral("dataset")).toString(), QStringLiteral("circle"));
    QCOMPARE(json.value(QStringLiteral("seed")).toInteger(), 1);
}

void tst_StateJson::emptyObjectGivesTheBase()
{
    const auto explorer = session::explorerFromJson(QJsonObject{}, awkwardExplorer(), "explorer");
    QVERIFY2(explorer, qPrintable(explorer.error));
    QVERIFY(*explorer.value == awkwardExplorer());
    const auto training = session::trainingFromJson(QJsonObject{}, awkwardTraining(), "training");
    QVERIFY2(training, qPrintable(training.error));
    QVERIFY(*training.value == awkwardTraining());
}

void tst_StateJson::partialExplorerKeepsBaseValues()
{
    const ExplorerSettings base = awkwardExplorer();
    const auto read = session::explorerFromJson(
        parse(R"({"alpha": 0.25, "convention": "right", "visible": ["relu"]})"), base,
        QStringLiteral("explorer"));
    QVERIFY2(read, qPrintable(read.error));
    ExplorerSettings expected = base;
    expected.alpha = 0.25;
    expected.convention = core::KinkConvention::Right;
    expected.visible = {FunctionId::Relu};
    QVERIFY(*read.value == expected);
    // Only hi given: lo stays the base's.
    const auto range = session::explorerFromJson(parse(R"({"hi": 4})"), base, "explorer");
    QVERIFY2(range, qPrintable(range.error));
    QCOMPARE(range.value->lo, base.lo);
    QCOMPARE(range.value->hi, 4.0);
}

void tst_StateJson::partialTrainingKeepsBaseValues()
{
    const TrainingSetup base = awkwardTraining();
    const auto read = session::trainingFromJson(
        parse(R"({"hidden": [4, 4], "learning_rate": 0.5, "optimizer": "sgd"})"), base,
        QStringLiteral("training"));
    QVERIFY2(read, qPrintable(read.error));
    TrainingSetup expected = base;
    expected.config.network.hidden = {4, 4};
    expected.config.learningRate = 0.5;
    expected.config.optimizer = core::OptimizerKind::Sgd;
    QVERIFY(*read.value == expected);
    // An empty example list switches to the generated set.
    const auto generated =
        session::trainingFromJson(parse(R"({"examples": [], "dataset": "xor"})"), base, "training");
    QVERIFY2(generated, qPrintable(generated.error));
    QVERIFY(!generated.value->usesOwnData());
    QCOMPARE(generated.value->dataset, QStringLiteral("xor"));
}

void tst_StateJson::pinnedCurveNeedsOnlyItsFunction()
{
    const auto read = session::explorerFromJson(
        parse(R"({"pinned": [{"function": "leaky", "alpha": 0.2}, {"function": "relu"}]})"),
        ExplorerSettings{}, QStringLiteral("explorer"));
    QVERIFY2(read, qPrintable(read.error));
    QCOMPARE(read.value->pinned.size(), size_t(2));
    QCOMPARE(read.value->pinned[0].alpha, 0.2);
    QCOMPARE(read.value->pinned[0].label, QStringLiteral("Leaky ReLU, \u03b1 = 0.2"));
    QCOMPARE(read.value->pinned[1].label, QStringLiteral("ReLU"));
    QVERIFY(read.value->pinned[1].pieces == session::PinnedCurve{}.pieces);
}

void tst_StateJson::explorerRejectsWithLocation_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown key")
        << R"({"alhpa": 0.1})"
        << "explorer.alhpa: unknown key (known: alpha, lo, hi, pieces, convention, visible, "
           "show_subgradient, samples, softplus_beta, pinned)";
    QTest::newRow("alpha as text") << R"({"alpha": "0.1"})"
                                   << "explorer.alpha: must be a finite number";
    QTest::newRow("alpha null (NaN)") << R"({"alpha": null})"
                                      << "explorer.alpha: must be a finite number";
    QTest::newRow("alpha out of range")
        << R"({"alpha": 2})"
        << "explorer.alpha: the leaky slope \u03b1 must be a number in [-1, 1]";
    QTest::newRow("piece slope text")
        << R"({"pieces": [{"slope": 1, "intercept": 0}, {"slope": 0, "intercept": 0},
                          {"slope": "x", "intercept": 0}]})"
        << "explorer.pieces[2].slope: must be a finite number";
    QTest::newRow("piece lacks intercept") << R"({"pieces": [{"slope": 1}]})"
                                           << "explorer.pieces[0].intercept: is required";
    QTest::newRow("piece unknown key")
        << R"({"pieces": [{"slope": 1, "intercept": 0, "bias": 2}]})"
        << "explorer.pieces[0].bias: unknown key (known: slope, intercept)";
    QTest::newRow("no pieces") << R"({"pieces": []})"
                               << "explorer.pieces: maxout needs between 1 and 8 pieces";
    QTest::newRow("nine pieces")
        << R"({"pieces": [{"slope":1,"intercept":0},{"slope":1,"intercept":0},
              {"slope":1,"intercept":0},{"slope":1,"intercept":0},{"slope":1,"intercept":0},
              {"slope":1,"intercept":0},{"slope":1,"intercept":0},{"slope":1,"intercept":0},
              {"slope":1,"intercept":0}]})"
        << "explorer.pieces: maxout needs between 1 and 8 pieces";
    QTest::newRow("pieces not an array") << R"({"pieces": {"slope": 1}})"
                                         << "explorer.pieces: must be an array";
    QTest::newRow("lo above hi") << R"({"lo": 5, "hi": 1})"
                                 << "explorer.hi: the range needs lo < hi";
    QTest::newRow("lo above base hi") << R"({"lo": 50})"
                                      << "explorer.lo: the range needs lo < hi";
    QTest::newRow("lo too far") << R"({"lo": -2e6})"
                                << "explorer.lo: must lie in [-1e6, 1e6]";
    QTest::newRow("convention unknown")
        << R"({"convention": "middle"})"
        << "explorer.convention: must be one of left, right, mean, first, got 'middle'";
    QTest::newRow("visible twice") << R"({"visible": ["relu", "relu"]})"
                                   << "explorer.visible[1]: 'relu' is listed twice";
    QTest::newRow("visible unknown")
        << R"({"visible": ["relu", "swish"]})"
        << "explorer.visible[1]: must be one of relu, leaky, maxout, softplus, elu, gelu, silu, "
           "sigmoid, tanh";
    QTest::newRow("subgradient as number") << R"({"show_subgradient": 1})"
                                           << "explorer.show_subgradient: must be true or false";
    QTest::newRow("samples fractional")
        << R"({"samples": 2.5})"
        << "explorer.samples: must be a whole number from 2 to 1000000";
    QTest::newRow("samples too few")
        << R"({"samples": 1})"
        << "explorer.samples: must be a whole number from 2 to 1000000";
    QTest::newRow("beta zero")
        << R"({"softplus_beta": 0})"
        << "explorer.softplus_beta: the softplus \u03b2 must be a number > 0";
    QTest::newRow("seven pins")
        << R"({"pinned": [{"function":"relu"},{"function":"relu"},{"function":"relu"},
              {"function":"relu"},{"function":"relu"},{"function":"relu"},{"function":"relu"}]})"
        << "explorer.pinned: at most 6 curves can be pinned, got 7";
    QTest::newRow("pin without function") << R"({"pinned": [{"alpha": 0.1}]})"
                                          << "explorer.pinned[0].function: is required";
    QTest::newRow("pin piece bad")
        << R"({"pinned": [{"function": "maxout", "pieces": [{"slope": 1, "intercept": true}]}]})"
        << "explorer.pinned[0].pieces[0].intercept: must be a finite number";
    QTest::newRow("pin alpha out of range")
        << R"({"pinned": [{"function": "leaky"}, {"function": "leaky", "alpha": -3}]})"
        << "explorer.pinned[1].alpha: the leaky slope \u03b1 must be a number in [-1, 1]";
    QTest::newRow("pin label too long")
        << QStringLiteral(R"({"pinned": [{"function": "relu", "label": "%1"}]})")
               .arg(QString(201, QLatin1Char('x')))
        << "explorer.pinned[0].label: must be at most 200 characters";
    QTest::newRow("not an object") << R"([1, 2])"
                                   << "explorer: must be a JSON object";
}

void tst_StateJson::explorerRejectsWithLocation()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    const auto read = session::explorerFromJson(parse(json.toUtf8().constData()),
                                                ExplorerSettings{}, QStringLiteral("explorer"));
    QVERIFY(!read);
    QCOMPARE(read.error, error);
}

void tst_StateJson::trainingRejectsWithLocation_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown data set")
        << R"({"dataset": "donut"})"
        << "training.dataset: must be one of circle, xor, gauss, spiral, moons, above-sine, "
           "above-cubic, above-abs, abs, sine, step, got 'donut'";
    QTest::newRow("too few samples")
        << R"({"samples": 5})"
        << "training.samples: must be a whole number from 10 to 100000";
    QTest::newRow("negative noise") << R"({"noise": -1})"
                                    << "training.noise: must be a number in [0, 10]";
    QTest::newRow("no layers") << R"({"hidden": []})"
                               << "training.hidden: 1 to 12 hidden layers, got 0";
    QTest::newRow("too wide") << R"({"hidden": [8, 33]})"
                              << "training.hidden[1]: must be a whole number from 1 to 32";
    QTest::newRow("activation unknown")
        << R"({"activation": "abc"})"
        << "training.activation: must be one of relu, leaky, prelu, maxout, sigmoid, tanh, got "
           "'abc'";
    QTest::newRow("alpha one") << R"({"alpha": 1})"
                               << "training.alpha: must be a number in [0, 1)";
    QTest::newRow("six pieces") << R"({"pieces": 6})"
                                << "training.pieces: must be a whole number from 2 to 5";
    QTest::newRow("init unknown")
        << R"({"init": "lecun"})"
        << "training.init: must be one of he, he-uniform, xavier, got 'lecun'";
    QTest::newRow("bias init text") << R"({"bias_init": "-2"})"
                                    << "training.bias_init: must be a finite number";
    QTest::newRow("optimizer as number")
        << R"({"optimizer": 3})"
        << "training.optimizer: must be one of sgd, momentum, adam";
    QTest::newRow("zero learning rate") << R"({"learning_rate": 0})"
                                        << "training.learning_rate: must be a number > 0";
    QTest::newRow("zero batch") << R"({"batch": 0})"
                                << "training.batch: must be a whole number from 1 to 100000";
    QTest::newRow("negative l2") << R"({"l2": -0.1})"
                                 << "training.l2: must be a number >= 0";
    QTest::newRow("negative seed") << R"({"seed": -1})"
                                   << "training.seed: must be a whole number from 0 to 2147483647";
    QTest::newRow("seed too large") << R"({"seed": 4294967296})"
                                    << "training.seed: must be a whole number from 0 to 2147483647";
    QTest::newRow("label two") << R"({"examples": [[0, 0, 1], [1, 1, 0], [0, 1, 2], [1, 0, 1]]})"
                               << "training.examples[2][2]: a label must be 0 or 1";
    QTest::newRow("ragged rows") << R"({"examples": [[0, 0, 1], [1, 1]]})"
                                 << "training.examples[1]: must hold 3 numbers like the first row";
    QTest::newRow("too few examples")
        << R"({"examples": [[0, 0, 1]]})"
        << "training.examples: a data set needs at least 4 examples, got 1";
    QTest::newRow("one-number row") << R"({"examples": [[0]]})"
                                    << "training.examples[0]: must be [x1, x2, label] or [x, y]";
    QTest::newRow("null in a row") << R"({"examples": [[0, 0], [1, null], [2, 2], [3, 3]]})"
                                   << "training.examples[1][1]: must be a finite number";
    QTest::newRow("unknown key")
        << R"({"learningrate": 0.1})"
        << "training.learningrate: unknown key (known: dataset, samples, noise, examples, hidden, "
           "activation, alpha, pieces, init, bias_init, convention, optimizer, learning_rate, "
           "batch, l2, seed)";
    QTest::newRow("not an object") << R"([])"
                                   << "training: must be a JSON object";
}

void tst_StateJson::trainingRejectsWithLocation()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    const auto read = session::trainingFromJson(parse(json.toUtf8().constData()), TrainingSetup{},
                                                QStringLiteral("training"));
    QVERIFY(!read);
    QCOMPARE(read.error, error);
}

void tst_StateJson::hugeExampleArrayIsRejected()
{
    QJsonArray rows;
    for (int i = 0; i <= TrainingSetup::kMaxSamples; ++i)
        rows.append(QJsonArray({i * 1e-5, 0.5}));
    const auto read = session::trainingFromJson(QJsonObject{{"examples", rows}}, TrainingSetup{},
                                                QStringLiteral("training"));
    QVERIFY(!read);
    QCOMPARE(read.error, QStringLiteral("training.examples: at most 100000 examples, got 100001"));
}

void tst_StateJson::topLevelErrorsHaveNoPrefix()
{
    const auto read =
        session::explorerFromJson(parse(R"({"alpha": true})"), ExplorerSettings{}, QString());
    QCOMPARE(read.error, QStringLiteral("alpha: must be a finite number"));
}

RELULAB_TEST_APPLESS_MAIN(tst_StateJson)
#include "tst_statejson.moc"
