// Tests of `relulab train` in-process: the JSON summary, determinism, the CSV log, bad input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <charconv>
#include <cmath>
#include <memory>

#include <QFileInfo>
#include "core/Dataset.h"
#include "core/InputField.h"
#include "core/LayerSizes.h"
#include "core/LinearRegions.h"
#include "core/Trainer.h"

#include "session/SessionFile.h"
#include "session/TrainCommand.h"
#include "support/Files.h"
#include "support/TestRegistry.h"

using namespace relulab;

using relulab::test::readAll;
using relulab::test::writeFile;

namespace {

struct RunResult
{
    int code = -1;
    QString out;
    QString err;
};

RunResult runTrain(const QStringList &arguments)
{
    RunResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = session::runTrainCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

// The summary: the last non-empty line on out, which must be a JSON object.
QJsonObject summaryOf(const RunResult &r)
{
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(lines.constLast().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) return {};
    return document.object();
}

// Every number in the log is written with %.17g, so it reads back to the very same double.
bool parseExact(const QByteArray &text, double *value)
{
    const auto [end, ec] =
        std::from_chars(text.constData(), text.constData() + text.size(), *value);
    return ec == std::errc() && end == text.constData() + text.size();
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

// Options found to make the loss non-finite within a few steps, on every run: plain SGD with an
// enormous step on a regression set whose large biases give large errors to follow.
const QStringList kDivergingOptions = args({"--dataset", "abs", "--optimizer", "sgd", "--lr",
                                            "1e200", "--bias-init", "5", "--steps", "200"});

}  // namespace

class tst_TrainCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedSessionReplaysTheRunsLog_data();
    void savedSessionReplaysTheRunsLog();
    void defaultRunsSessionWithItsHistoryIsAboutAMegabyte();
    void summaryHasEveryField_data();
    void summaryHasEveryField();
    void sameOptionsAndSeedGiveTheSameSummary();
    void differentSeedGivesDifferentLoss();
    void zeroStepsReportsTheInitialNetwork();
    void layerSizesAreTheCoresAtTheLastStep();
    void bornDeadLessonIsCollapsedUnderEveryConvention_data();
    void bornDeadLessonIsCollapsedUnderEveryConvention();
    void negativeBiasInitKillsReluButNotLeakyOrMaxout_data();
    void negativeBiasInitKillsReluButNotLeakyOrMaxout();
    void logHasHeaderRowsAtEveryKStepsAndAtTheEnd();
    void logOfRegressionLeavesAccuracyEmpty();
    void ownCsvDataTrains();
    void malformedCsvDataIsRejectedNamingTheLine();
    void badInputExitsTwoNamingTheOptionAndWritesNoLog_data();
    void badInputExitsTwoNamingTheOptionAndWritesNoLog();
    void divergenceIsReportedWithExitZero();
    void writeDataWritesTheTrainingSplitInTheFormDataReads();
    void writeDataGivesAnotherRunTheSameExamples();
    void writeDataMustNotBeTheLogFile();
    void helpListsEveryOption();
    void savedSessionWithZeroStepsReportsTheSameNumbers_data();
    void savedSessionWithZeroStepsReportsTheSameNumbers();
    void continuingASessionEqualsOneLongRun();
    void liveOptionsContinueTheSavedNetwork();
    void structuralOptionsStartOverAndSaySo();
    void sessionKeepsItsExplorerSettingsWhenSavedAgain();
    void divergedRunIsSavedWithoutItsNetwork();
    void badSessionExitsTwoAndWritesNothing_data();
    void badSessionExitsTwoAndWritesNothing();
    void unwritableSaveSessionExitsTwoBeforeTraining();
    void unknownActivationListsEveryKey();
    void linearRegionsAreTheCoresCountOfTheFinalNetwork_data();
    void linearRegionsAreTheCoresCountOfTheFinalNetwork();
    void boxChangesTheLinearRegions();
    void sigmoidAndTanhReportNoLinearRegions();
    void switchToSigmoidOrTanhContinuesTheSavedNetwork_data();
    void switchToSigmoidOrTanhContinuesTheSavedNetwork();
};

void tst_TrainCommand::summaryHasEveryField_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("units");
    QTest::addColumn<bool>("classification");

    QTest::newRow("circle 8,8") << "circle"
                                << "8,8" << 2 << 16 << true;
    QTest::newRow("xor 4,5,6") << "xor"
                               << "4,5,6" << 3 << 15 << true;
    QTest::newRow("abs regression 6") << "abs"
                                      << "6" << 1 << 6 << false;
    QTest::newRow("sine regression 3,3") << "sine"
                                         << "3,3" << 2 << 6 << false;
}

void tst_TrainCommand::summaryHasEveryField()
{
    QFETCH(QString, dataset);
    QFETCH(QString, hidden);
    QFETCH(int, layers);
    QFETCH(int, units);
    QFETCH(bool, classification);

    const RunResult r = runTrain({QStringLiteral("--dataset"), dataset, QStringLiteral("--hidden"),
                                  hidden, QStringLiteral("--steps"), QStringLiteral("60")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject s = summaryOf(r);
    QVERIFY2(!s.isEmpty(), qPrintable(r.out));

    QCOMPARE(s.value(QStringLiteral("activation")).toString(), QStringLiteral("relu"));
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(-1), 60);
    QVERIFY(s.value(QStringLiteral("loss")).isDouble());
    QVERIFY(s.value(QStringLiteral("test_loss")).isDouble());
    QVERIFY(std::isfinite(s.value(QStringLiteral("loss")).toDouble()));
    QVERIFY(s.value(QStringLiteral("loss")).toDouble() >= 0.0);
    if (classification) {
        QVERIFY(s.value(QStringLiteral("accuracy")).isDouble());
        const double accuracy = s.value(QStringLiteral("accuracy")).toDouble();
        QVERIFY2(accuracy >= 0.0 && accuracy <= 1.0, qPrintable(QString::number(accuracy)));
    } else {
        QVERIFY(s.value(QStringLiteral("accuracy")).isNull());
    }
    QCOMPARE(s.value(QStringLiteral("hidden_units")).toInt(-1), units);
    QVERIFY(s.value(QStringLiteral("dead_units")).isDouble());
    QVERIFY(s.value(QStringLiteral("inactive_units")).isDouble());
    const int dead = s.value(QStringLiteral("dead_units")).toInt(-1);
    QVERIFY(dead >= 0 && dead <= units);
    QVERIFY(s.value(QStringLiteral("inactive_units")).toInt(-1) >= dead);
    QCOMPARE(s.value(QStringLiteral("dead_fraction")).toDouble(-1.0),
             static_cast<double>(dead) / units);
    const QJsonArray perLayer = s.value(QStringLiteral("dead_per_layer")).toArray();
    QCOMPARE(perLayer.size(), layers);
    int sum = 0;
    for (const QJsonValue &v : perLayer)
        sum += v.toInt(-1000);
    QCOMPARE(sum, dead);
    QVERIFY(s.value(QStringLiteral("collapsed")).isBool());
    QVERIFY(s.value(QStringLiteral("starved")).isDouble());
    const int starved = s.value(QStringLiteral("starved")).toInt(-1);
    QVERIFY(starved >= 0 && dead + starved <= units);
    // One gradient size per weight layer (the hidden layers, then the output layer), one
    // activation size per hidden layer; all finite and >= 0.
    const QJsonArray gradients = s.value(QStringLiteral("grad_rms_per_layer")).toArray();
    const QJsonArray activations = s.value(QStringLiteral("activation_rms_per_layer")).toArray();
    QCOMPARE(gradients.size(), layers + 1);
    QCOMPARE(activations.size(), layers);
    for (const QJsonArray &sizes : {gradients, activations}) {
        for (const QJsonValue &v : sizes) {
            QVERIFY(v.isDouble());
            QVERIFY(std::isfinite(v.toDouble()) && v.toDouble() >= 0.0);
        }
    }
    QCOMPARE(s.value(QStringLiteral("diverged")).toBool(true), false);
    QCOMPARE(s.value(QStringLiteral("convention")).toString(), QStringLiteral("left"));
    QVERIFY(s.value(QStringLiteral("examples_per_s")).isDouble());
    QVERIFY(s.value(QStringLiteral("examples_per_s")).toDouble() > 0.0);
}

void tst_TrainCommand::sameOptionsAndSeedGiveTheSameSummary()
{
    const QStringList options = args({"--dataset", "moons", "--hidden", "6,6", "--steps", "300",
                                      "--seed", "11", "--activation", "leaky", "--batch", "7"});
    QJsonObject first = summaryOf(runTrain(options));
    QJsonObject second = summaryOf(runTrain(options));
    QVERIFY(!first.isEmpty());
    QVERIFY(first.contains(QStringLiteral("examples_per_s")));
    first.remove(QStringLiteral("examples_per_s"));
    second.remove(QStringLiteral("examples_per_s"));
    QCOMPARE(second, first);
}

void tst_TrainCommand::differentSeedGivesDifferentLoss()
{
    const QStringList options = args({"--dataset", "circle", "--steps", "100"});
    const QJsonObject a = summaryOf(runTrain(options + args({"--seed", "1"})));
    const QJsonObject b = summaryOf(runTrain(options + args({"--seed", "2"})));
    QVERIFY(a.value(QStringLiteral("loss")).isDouble());
    QVERIFY(b.value(QStringLiteral("loss")).isDouble());
    QVERIFY(a.value(QStringLiteral("loss")).toDouble() !=
            b.value(QStringLiteral("loss")).toDouble());
}

void tst_TrainCommand::zeroStepsReportsTheInitialNetwork()
{
    const QStringList options =
        args({"--dataset", "spiral", "--hidden", "5,7", "--seed", "4", "--steps", "0"});
    const RunResult r = runTrain(options);
    QCOMPARE(r.code, 0);
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(-1), 0);

    // The untrained network built from the same request has exactly the reported losses.
    const session::TrainArguments parsed = session::parseTrainArguments(options);
    QVERIFY(parsed.request);
    core::TrainingConfig config = parsed.request->setup.config;
    core::DataSplit split = parsed.request->setup.makeSplit(&config);
    const core::Trainer trainer(config, std::move(split));
    const core::Evaluation initial = trainer.evaluate();
    QCOMPARE(s.value(QStringLiteral("loss")).toDouble(), initial.trainLoss);
    QCOMPARE(s.value(QStringLiteral("test_loss")).toDouble(), initial.testLoss);
    QVERIFY(initial.accuracy);
    QCOMPARE(s.value(QStringLiteral("accuracy")).toDouble(), *initial.accuracy);
}

void tst_TrainCommand::layerSizesAreTheCoresAtTheLastStep()
{
    const QStringList options =
        args({"--dataset", "moons", "--hidden", "6,5,4", "--seed", "3", "--steps", "0"});
    const QJsonObject s = summaryOf(runTrain(options));
    const session::TrainArguments parsed = session::parseTrainArguments(options);
    QVERIFY(parsed.request);
    core::TrainingConfig config = parsed.request->setup.config;
    core::DataSplit split = parsed.request->setup.makeSplit(&config);
    const core::Trainer trainer(config, std::move(split));
    const core::LayerSizes sizes = core::measureLayerSizes(trainer.network(), trainer.data().train);
    const auto numbers = [](const QJsonValue &array) {
        std::vector<double> values;
        for (const QJsonValue &v : array.toArray())
            values.push_back(v.toDouble());
        return values;
    };
    QCOMPARE(numbers(s.value(QStringLiteral("grad_rms_per_layer"))), sizes.gradientRms);
    QCOMPARE(numbers(s.value(QStringLiteral("activation_rms_per_layer"))), sizes.activationRms);
}

void tst_TrainCommand::bornDeadLessonIsCollapsedUnderEveryConvention_data()
{
    // Lesson 7's settings (9 hidden ReLU layers of 2 fitting |x|, He, bias 0, seed 1): the output
    // is constant, whatever the convention; only which units count as dead and which as starved
    // depends on relu'(0), since behind the off layer z = 0 exactly.
    QTest::addColumn<QString>("convention");
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("starved");
    QTest::newRow("left") << "left" << 11 << 7;
    QTest::newRow("right") << "right" << 0 << 18;
    QTest::newRow("mean") << "mean" << 0 << 18;
}

void tst_TrainCommand::bornDeadLessonIsCollapsedUnderEveryConvention()
{
    QFETCH(QString, convention);
    QFETCH(int, dead);
    QFETCH(int, starved);
    const RunResult r =
        runTrain(args({"--dataset", "abs", "--hidden", "2,2,2,2,2,2,2,2,2", "--init", "he",
                       "--bias-init", "0", "--seed", "1", "--steps", "0", "--convention"}) +
                 QStringList{convention});
    QCOMPARE(r.code, 0);
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("collapsed")).toBool(false), true);
    QCOMPARE(s.value(QStringLiteral("dead_units")).toInt(-1), dead);
    QCOMPARE(s.value(QStringLiteral("starved")).toInt(-1), starved);
    // No gradient reaches any weight: the last hidden layer is 0 on every example, so even the
    // output layer's weights get none; only the output bias can learn (the constant).
    const QJsonArray gradients = s.value(QStringLiteral("grad_rms_per_layer")).toArray();
    QCOMPARE(gradients.size(), 10);
    for (int l = 0; l < 10; ++l)
        QCOMPARE(gradients[l].toDouble(-1.0), 0.0);
}

void tst_TrainCommand::negativeBiasInitKillsReluButNotLeakyOrMaxout_data()
{
    QTest::addColumn<QString>("activation");
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("inactive");  // -1: not pinned
    QTest::addColumn<bool>("collapsed");

    // 8,8 hidden units: 16 in all.
    QTest::newRow("relu: every unit dead") << "relu" << 16 << 16 << true;
    QTest::newRow("leaky: inactive, not dead") << "leaky" << 0 << 16 << false;
    QTest::newRow("maxout: never dead") << "maxout" << 0 << -1 << false;
    // No flat side: nothing is off, whatever z is. But at a bias of -100 every unit saturates:
    // the first layer's values are ~1e-44 (sigmoid) or exactly -1 (tanh), so the second layer is
    // the same on every example in floating point and the net is collapsed all the same.
    QTest::newRow("sigmoid: never inactive, saturated") << "sigmoid" << 0 << 0 << true;
    QTest::newRow("tanh: never inactive, saturated") << "tanh" << 0 << 0 << true;
}

void tst_TrainCommand::negativeBiasInitKillsReluButNotLeakyOrMaxout()
{
    QFETCH(QString, activation);
    QFETCH(int, dead);
    QFETCH(int, inactive);
    QFETCH(bool, collapsed);

    const RunResult r = runTrain(args({"--steps", "0", "--bias-init", "-100", "--hidden", "8,8"}) +
                                 QStringList{QStringLiteral("--activation"), activation});
    QCOMPARE(r.code, 0);
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("activation")).toString(), activation);
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(-1), 0);
    QCOMPARE(s.value(QStringLiteral("hidden_units")).toInt(-1), 16);
    QCOMPARE(s.value(QStringLiteral("dead_units")).toInt(-1), dead);
    if (inactive >= 0) QCOMPARE(s.value(QStringLiteral("inactive_units")).toInt(-1), inactive);
    QCOMPARE(s.value(QStringLiteral("collapsed")).toBool(!collapsed), collapsed);
    QCOMPARE(s.value(QStringLiteral("dead_fraction")).toDouble(-1.0), dead / 16.0);
}

void tst_TrainCommand::logHasHeaderRowsAtEveryKStepsAndAtTheEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("run.csv"));
    const RunResult r =
        runTrain(args({"--dataset", "xor", "--steps", "250", "--log-every", "100", "--log"}) +
                 QStringList{log});
    QCOMPARE(r.code, 0);
    const QJsonObject s = summaryOf(r);

    QList<QByteArray> lines = readAll(log).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());  // the file ends with a newline
    QCOMPARE(lines.takeFirst(),
             QByteArray("step,loss,test_loss,accuracy,dead_units,dead_fraction"));
    QCOMPARE(lines.size(), 4);
    const long expectedSteps[] = {0, 100, 200, 250};
    for (int i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[0].toLong(), expectedSteps[i]);
        for (int j = 1; j < fields.size(); ++j) {
            double value = 0.0;
            QVERIFY2(
                parseExact(fields[j], &value),
                qPrintable(QStringLiteral("row %1: %2").arg(i).arg(QString::fromLatin1(lines[i]))));
            QVERIFY(std::isfinite(value));
        }
        QVERIFY(fields[3].toDouble() >= 0.0 && fields[3].toDouble() <= 1.0);
    }
    const QList<QByteArray> last = lines.constLast().split(',');
    double loss = 0.0, testLoss = 0.0, accuracy = 0.0;
    QVERIFY(parseExact(last[1], &loss));
    QVERIFY(parseExact(last[2], &testLoss));
    QVERIFY(parseExact(last[3], &accuracy));
    QCOMPARE(loss, s.value(QStringLiteral("loss")).toDouble());
    QCOMPARE(testLoss, s.value(QStringLiteral("test_loss")).toDouble());
    QCOMPARE(accuracy, s.value(QStringLiteral("accuracy")).toDouble());
    QCOMPARE(last[4].toInt(), s.value(QStringLiteral("dead_units")).toInt(-1));
}

void tst_TrainCommand::logOfRegressionLeavesAccuracyEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("abs.csv"));
    const RunResult r =
        runTrain(args({"--dataset", "abs", "--steps", "30", "--log-every", "10", "--log"}) +
                 QStringList{log});
    QCOMPARE(r.code, 0);
    QList<QByteArray> lines = readAll(log).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    lines.removeFirst();
    QCOMPARE(lines.size(), 4);  // steps 0, 10, 20, 30
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(',');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields[3], QByteArray());
    }
    double loss = 0.0;
    QVERIFY(parseExact(lines.constLast().split(',')[1], &loss));
    QCOMPARE(loss, summaryOf(r).value(QStringLiteral("loss")).toDouble());
}

void tst_TrainCommand::ownCsvDataTrains()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Two separable clusters: label 1 to the right of x1 = 0.
    QByteArray csv("x1,x2,label\n");
    for (int i = 0; i < 20; ++i) {
        const double y = -1.0 + 0.1 * i;
        csv += QByteArray::number(-0.8 + 0.01 * i) + ',' + QByteArray::number(y) + ",0\n";
        csv += QByteArray::number(0.8 - 0.01 * i) + ',' + QByteArray::number(y) + ",1\n";
    }
    const QString path = dir.filePath(QStringLiteral("points.csv"));
    QVERIFY(writeFile(path, csv));

    const RunResult r = runTrain(args({"--steps", "200", "--data"}) + QStringList{path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(-1), 200);
    QVERIFY(s.value(QStringLiteral("accuracy")).isDouble());
    QVERIFY(std::isfinite(s.value(QStringLiteral("loss")).toDouble()));
    // Initially a coin flip (BCE about ln 2); trained on an easy split it must have learnt.
    QVERIFY2(s.value(QStringLiteral("loss")).toDouble() < 0.5,
             qPrintable(QString::number(s.value(QStringLiteral("loss")).toDouble())));
}

void tst_TrainCommand::malformedCsvDataIsRejectedNamingTheLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, "x1,x2,label\n0.1,0.2,1\n0.3,0.4,0\n0.5,oops,1\n0.6,0.7,0\n"));

    const RunResult r = runTrain(args({"--steps", "10", "--data"}) + QStringList{path});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("--data")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("line 4")), qPrintable(r.err));
}

void tst_TrainCommand::badInputExitsTwoNamingTheOptionAndWritesNoLog_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::newRow("lr not a number") << args({"--lr", "abc"}) << "--lr";
    QTest::newRow("lr negative") << args({"--lr", "-1"}) << "--lr";
    QTest::newRow("lr zero") << args({"--lr", "0"}) << "--lr";
    QTest::newRow("hidden width too large") << args({"--hidden", "8,99"}) << "--hidden";
    QTest::newRow("hidden width zero") << args({"--hidden", "0"}) << "--hidden";
    QTest::newRow("hidden too many layers")
        << args({"--hidden", "1,1,1,1,1,1,1,1,1,1,1,1,1"}) << "--hidden";
    QTest::newRow("activation unknown") << args({"--activation", "abc"}) << "--activation";
    QTest::newRow("optimizer unknown") << args({"--optimizer", "rmsprop"}) << "--optimizer";
    QTest::newRow("init unknown") << args({"--init", "zero"}) << "--init";
    QTest::newRow("convention unknown") << args({"--convention", "abc"}) << "--convention";
    QTest::newRow("pieces too many") << args({"--pieces", "9"}) << "--pieces";
    QTest::newRow("alpha one and a half") << args({"--alpha", "1.5"}) << "--alpha";
    QTest::newRow("batch zero") << args({"--batch", "0"}) << "--batch";
    QTest::newRow("steps negative") << args({"--steps", "-1"}) << "--steps";
    QTest::newRow("seed negative") << args({"--seed", "-3"}) << "--seed";
    QTest::newRow("noise negative") << args({"--noise", "-0.1"}) << "--noise";
    QTest::newRow("samples too few") << args({"--samples", "3"}) << "--samples";
    QTest::newRow("log-every zero") << args({"--log-every", "0"}) << "--log-every";
    QTest::newRow("dataset unknown") << args({"--dataset", "nope"}) << "--dataset";
    QTest::newRow("dataset with data")
        << args({"--dataset", "circle", "--data", "points.csv"}) << "--data";
    QTest::newRow("data missing file") << args({"--data", "/nonexistent/points.csv"}) << "--data";
    QTest::newRow("log unwritable") << args({"--log", "/nonexistent/dir/x.csv"}) << "--log";
    QTest::newRow("write-data unwritable")
        << args({"--write-data", "/nonexistent/dir/x.csv"}) << "--write-data";
    QTest::newRow("unknown option") << args({"--epochs", "5"}) << "--epochs";
    QTest::newRow("missing value") << args({"--lr"}) << "--lr";
    QTest::newRow("positional argument") << args({"circle"}) << "'circle'";
    QTest::newRow("box not numbers") << args({"--box", "a:b,c:d"}) << "--box";
    QTest::newRow("box without a colon") << args({"--box", "-1,1"}) << "--box";
    QTest::newRow("box min equal to max") << args({"--box", "1:1,-1:1"}) << "--box";
    QTest::newRow("box min above max") << args({"--box", "-1:1,2:1"}) << "--box";
    QTest::newRow("box one range for 2-D data") << args({"--box", "-1:1"}) << "--box";
    QTest::newRow("box three ranges") << args({"--box", "-1:1,-1:1,-1:1"}) << "--box";
    QTest::newRow("box two ranges for 1-D data")
        << args({"--dataset", "abs", "--box", "-1:1,-1:1"}) << "--box";
    QTest::newRow("box nan") << args({"--box", "nan:1,-1:1"}) << "--box";
    QTest::newRow("box infinite") << args({"--box", "-1:inf,-1:1"}) << "--box";
    QTest::newRow("box empty") << args({"--box", ""}) << "--box";
}

void tst_TrainCommand::badInputExitsTwoNamingTheOptionAndWritesNoLog()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    // A --log of its own in the same run, unless the row is about --log.
    const QStringList withLog = arguments.contains(QStringLiteral("--log"))
                                    ? arguments
                                    : QStringList{QStringLiteral("--log"), log} + arguments;

    const RunResult r = runTrain(withLog);

    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("relulab train: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("accepted: ")), qPrintable(r.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/dir/x.csv")));
}

void tst_TrainCommand::divergenceIsReportedWithExitZero()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("diverged.csv"));

    const RunResult r = runTrain(kDivergingOptions + QStringList{QStringLiteral("--log"), log});

    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("learning rate too high")), qPrintable(r.err));
    const QJsonObject s = summaryOf(r);
    QVERIFY2(!s.isEmpty(), qPrintable(r.out));
    QCOMPARE(s.value(QStringLiteral("diverged")).toBool(false), true);
    // Training stops at the first non-finite step, before the requested 200.
    const qint64 steps = s.value(QStringLiteral("steps")).toInteger(-1);
    QVERIFY2(steps >= 1 && steps < 200, qPrintable(QString::number(steps)));
    QVERIFY2(r.err.contains(QStringLiteral("step %1").arg(steps)), qPrintable(r.err));
    // JSON has no NaN: the loss is null, or a finite number.
    const QJsonValue loss = s.value(QStringLiteral("loss"));
    QVERIFY(loss.isNull() || (loss.isDouble() && std::isfinite(loss.toDouble())));
    const QJsonValue testLoss = s.value(QStringLiteral("test_loss"));
    QVERIFY(testLoss.isNull() || (testLoss.isDouble() && std::isfinite(testLoss.toDouble())));

    // The log is still written, ending at the step where training stopped.
    const QList<QByteArray> lines = readAll(log).trimmed().split('\n');
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.constLast().split(',').constFirst().toLongLong(), steps);

    // Deterministically so: the same options diverge at the same step.
    QCOMPARE(summaryOf(runTrain(kDivergingOptions)).value(QStringLiteral("steps")).toInteger(-1),
             steps);
}

void tst_TrainCommand::writeDataWritesTheTrainingSplitInTheFormDataReads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("train.csv"));

    const RunResult r =
        runTrain(args({"--dataset", "moons", "--samples", "150", "--seed", "4", "--steps", "0"}) +
                 QStringList{QStringLiteral("--write-data"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());

    const QByteArray csv = readAll(path);
    QVERIFY(csv.startsWith("x1,x2,label\n"));
    const auto parsed = core::parseDatasetCsv(std::string_view(csv.constData(), csv.size()));
    QVERIFY2(parsed, parsed.error.c_str());
    // The 80% the run trains on, every number read back to the same double.
    session::TrainingSetup setup;
    setup.dataset = QStringLiteral("moons");
    setup.samples = 150;
    setup.config.seed = 4;
    core::TrainingConfig config = setup.config;
    const core::DataSplit split = setup.makeSplit(&config);
    QCOMPARE(parsed.value->size(), size_t(120));
    QCOMPARE(parsed.value->task, core::TaskKind::Classification);
    QVERIFY(parsed.value->inputs == split.train.inputs);
    QVERIFY(parsed.value->targets == split.train.targets);
}

void tst_TrainCommand::writeDataGivesAnotherRunTheSameExamples()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("abs.csv"));
    const QString second = dir.filePath(QStringLiteral("again.csv"));

    QCOMPARE(runTrain(args({"--dataset", "abs", "--samples", "50", "--steps", "0"}) +
                      QStringList{QStringLiteral("--write-data"), first})
                 .code,
             0);
    const QByteArray written = readAll(first);
    QVERIFY(written.startsWith("x,y\n"));
    QCOMPARE(written.count('\n'), 41);  // header + 40 training examples

    // Read back through --data (which splits again: 80% of 40) and written out once more: the
    // rows are a subset of the first file's, byte for byte.
    const RunResult r = runTrain(args({"--steps", "5", "--data"}) +
                                 QStringList{first, QStringLiteral("--write-data"), second});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> rows = readAll(second).split('\n');
    QCOMPARE(rows.constFirst(), QByteArray("x,y"));
    QCOMPARE(rows.size(), 1 + 32 + 1);  // header, 32 rows, the empty string after the last \n
    const QList<QByteArray> original = written.split('\n');
    for (qsizetype i = 1; i + 1 < rows.size(); ++i)
        QVERIFY2(original.contains(rows[i]), rows[i].constData());
}

void tst_TrainCommand::writeDataMustNotBeTheLogFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("same.csv"));
    const RunResult r =
        runTrain(QStringList{QStringLiteral("--log"), path, QStringLiteral("--write-data"), path});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--write-data")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("also the file for --log")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void tst_TrainCommand::helpListsEveryOption()
{
    const RunResult r = runTrain({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: relulab train")), qPrintable(r.out));
    for (const char *option :
         {"--dataset",   "--data",   "--noise",   "--samples",      "--hidden",     "--activation",
          "--alpha",     "--pieces", "--init",    "--bias-init",    "--convention", "--optimizer",
          "--lr",        "--batch",  "--l2",      "--steps",        "--seed",       "--log",
          "--log-every", "--help",   "--session", "--save-session", "--write-data", "--box"}) {
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
    QVERIFY(r.out.contains(QStringLiteral("Exit status")));
    // What --init draws for maxout, and whose PReLU slope is per unit (words may wrap: compare
    // with the line breaks and indentation taken out).
    const QString flat = r.out.simplified();
    QVERIFY2(flat.contains(QStringLiteral("1 / E[M_k^2] for maxout of k pieces")),
             qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("PReLU learns one slope per unit")));
    QVERIFY(flat.contains(QStringLiteral("starved")));
    QVERIFY(flat.contains(QStringLiteral("linear_regions_limit_reached")));
}

namespace {

// The summary without the one number that depends on the machine's speed.
QJsonObject withoutSpeed(QJsonObject summary)
{
    summary.remove(QStringLiteral("examples_per_s"));
    return summary;
}

}  // namespace

void tst_TrainCommand::savedSessionWithZeroStepsReportsTheSameNumbers_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("relu with dead units")
        << args({"--bias-init", "-1", "--steps", "500", "--hidden", "8,8"});
    QTest::newRow("prelu regression")
        << args({"--dataset", "sine", "--activation", "prelu", "--steps", "333", "--batch", "7"});
    QTest::newRow("maxout momentum")
        << args({"--dataset", "xor", "--activation", "maxout", "--pieces", "3", "--optimizer",
                 "momentum", "--steps", "250", "--seed", "9"});
    QTest::newRow("untrained") << args({"--steps", "0", "--bias-init", "-2"});
}

void tst_TrainCommand::savedSessionWithZeroStepsReportsTheSameNumbers()
{
    QFETCH(QStringList, options);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.relulab"));
    const RunResult saving =
        runTrain(options + QStringList{QStringLiteral("--save-session"), path});
    QCOMPARE(saving.code, 0);
    QCOMPARE(saving.err, QString());
    const QJsonObject saved = summaryOf(saving);
    QVERIFY(!saved.isEmpty());

    const RunResult reading = runTrain(
        {QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("0")});
    QCOMPARE(reading.code, 0);
    QCOMPARE(reading.err, QString());
    const QJsonObject reported = summaryOf(reading);
    // Every number exactly as the run that saved the session printed it (the JSON text holds the
    // shortest exact form of each double), the step included.
    QCOMPARE(withoutSpeed(reported), withoutSpeed(saved));
    QCOMPARE(reported.value(QStringLiteral("loss")).toDouble(),
             saved.value(QStringLiteral("loss")).toDouble());
    QCOMPARE(reported.value(QStringLiteral("steps")).toInteger(),
             saved.value(QStringLiteral("steps")).toInteger());
    QVERIFY(reported.value(QStringLiteral("examples_per_s")).isNull());
}

void tst_TrainCommand::continuingASessionEqualsOneLongRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.relulab"));
    const QStringList options = args({"--dataset", "moons", "--hidden", "6,6", "--batch", "13",
                                      "--seed", "4", "--activation", "leaky"});
    QCOMPARE(
        runTrain(options + args({"--steps", "170", "--save-session"}) + QStringList{path}).code, 0);
    const QJsonObject continued = summaryOf(runTrain(
        {QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("230")}));
    const QJsonObject whole = summaryOf(runTrain(options + args({"--steps", "400"})));
    QVERIFY(!whole.isEmpty());
    QCOMPARE(continued.value(QStringLiteral("steps")).toInteger(), 400);
    QCOMPARE(withoutSpeed(continued), withoutSpeed(whole));
}

void tst_TrainCommand::liveOptionsContinueTheSavedNetwork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.relulab"));
    const QString again = dir.filePath(QStringLiteral("again.relulab"));
    QCOMPARE(runTrain(args({"--bias-init", "-1", "--steps", "300", "--save-session"}) +
                      QStringList{path})
                 .code,
             0);
    // ReLU -> PReLU and another learning rate keep the weights, as in the window.
    const RunResult r = runTrain(
        {QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("50"),
         QStringLiteral("--activation"), QStringLiteral("prelu"), QStringLiteral("--lr"),
         QStringLiteral("0.005"), QStringLiteral("--save-session"), again});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(summaryOf(r).value(QStringLiteral("steps")).toInteger(), 350);
    const auto before = session::readSessionFile(path);
    const auto after = session::readSessionFile(again);
    QVERIFY2(after, qPrintable(after.error));
    QCOMPARE(after.value->training.config.network.activation, core::HiddenActivation::Prelu);
    QCOMPARE(after.value->training.config.learningRate, 0.005);
    QCOMPARE(after.value->network->steps, 350L);
    // The PReLU net has one slope per hidden unit after the ReLU net's weights.
    QCOMPARE(after.value->network->parameters.size(),
             before.value->network->parameters.size() + 16);
}

void tst_TrainCommand::unknownActivationListsEveryKey()
{
    const RunResult r = runTrain(args({"--activation", "abc"}));
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err, QStringLiteral("relulab train: --activation: unknown value 'abc' (accepted: "
                                   "--activation relu|leaky|prelu|maxout|sigmoid|tanh)\n"));
}

void tst_TrainCommand::switchToSigmoidOrTanhContinuesTheSavedNetwork_data()
{
    QTest::addColumn<QString>("activation");
    QTest::newRow("sigmoid") << "sigmoid";
    QTest::newRow("tanh") << "tanh";
}

// Same parameter shapes as ReLU: switching a saved ReLU run to sigmoid or tanh keeps its network
// (the step count goes on, no note on stderr) and equals a run that switched at that step.
void tst_TrainCommand::switchToSigmoidOrTanhContinuesTheSavedNetwork()
{
    QFETCH(QString, activation);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.relulab"));
    const QString again = dir.filePath(QStringLiteral("again.relulab"));
    QCOMPARE(runTrain(args({"--steps", "100", "--save-session"}) + QStringList{path}).code, 0);
    const RunResult r = runTrain({QStringLiteral("--session"), path, QStringLiteral("--steps"),
                                  QStringLiteral("30"), QStringLiteral("--activation"), activation,
                                  QStringLiteral("--save-session"), again});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("activation")).toString(), activation);
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(), 130);
    QCOMPARE(s.value(QStringLiteral("dead_units")).toInt(-1), 0);
    QCOMPARE(s.value(QStringLiteral("inactive_units")).toInt(-1), 0);
    const auto before = session::readSessionFile(path);
    const auto after = session::readSessionFile(again);
    QVERIFY2(after, qPrintable(after.error));
    QCOMPARE(after.value->training.config.network.activation,
             core::parseActivation(activation.toStdString()).value());
    QCOMPARE(after.value->network->parameters.size(), before.value->network->parameters.size());
}

void tst_TrainCommand::structuralOptionsStartOverAndSaySo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.relulab"));
    QCOMPARE(runTrain(args({"--steps", "200", "--save-session"}) + QStringList{path}).code, 0);
    const RunResult r =
        runTrain({QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("0"),
                  QStringLiteral("--hidden"), QStringLiteral("4"), QStringLiteral("--seed"),
                  QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QStringLiteral("relulab train: --hidden, --seed changes what the session's "
                                   "network was trained on; training starts from step 0\n"));
    const QJsonObject s = summaryOf(r);
    QCOMPARE(s.value(QStringLiteral("steps")).toInteger(), 0);
    QCOMPARE(s.value(QStringLiteral("hidden_units")).toInt(), 4);
    // Same as a fresh run with the session's settings and these options.
    QCOMPARE(
        withoutSpeed(s),
        withoutSpeed(summaryOf(runTrain(args({"--steps", "0", "--hidden", "4", "--seed", "3"})))));
    // An option equal to the session's value changes nothing: the network is continued.
    const RunResult same =
        runTrain({QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("0"),
                  QStringLiteral("--hidden"), QStringLiteral("8,8")});
    QCOMPARE(same.err, QString());
    QCOMPARE(summaryOf(same).value(QStringLiteral("steps")).toInteger(), 200);
}

void tst_TrainCommand::sessionKeepsItsExplorerSettingsWhenSavedAgain()
{
    QTemporaryDir dir;
    session::Session original;
    original.explorer.alpha = 0.3;
    original.explorer.pinned = {original.explorer.pin(session::FunctionId::Leaky)};
    original.training.config.network.hidden = {3};
    const QString in = dir.filePath(QStringLiteral("in.relulab"));
    const QString out = dir.filePath(QStringLiteral("out.relulab"));
    QCOMPARE(session::writeSessionFile(in, original), QString());
    QCOMPARE(runTrain({QStringLiteral("--session"), in, QStringLiteral("--steps"),
                       QStringLiteral("20"), QStringLiteral("--save-session"), out})
                 .code,
             0);
    const auto saved = session::readSessionFile(out);
    QVERIFY2(saved, qPrintable(saved.error));
    QVERIFY(saved.value->explorer == original.explorer);
    QVERIFY(saved.value->training == original.training);
    QCOMPARE(saved.value->network->steps, 20L);
}

void tst_TrainCommand::divergedRunIsSavedWithoutItsNetwork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("d.relulab"));
    const RunResult r =
        runTrain(kDivergingOptions + QStringList{QStringLiteral("--save-session"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QStringLiteral("--save-session: the network's weights are not finite")),
             qPrintable(r.err));
    const auto saved = session::readSessionFile(path);
    QVERIFY2(saved, qPrintable(saved.error));
    QVERIFY(!saved.value->network);
    QCOMPARE(saved.value->training.config.learningRate, 1e200);
}

void tst_TrainCommand::badSessionExitsTwoAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");  // empty: no such file
    QTest::addColumn<QString>("problem");
    session::Session trained;
    QString error;
    auto trainer = session::makeTrainer(trained.training, nullptr, &error);
    for (int i = 0; i < 30; ++i)
        trainer->step();
    trained.network = trainer->state();
    const QByteArray good = session::sessionToBytes(trained);
    QTest::newRow("missing file") << QByteArray() << "the file does not exist";
    QTest::newRow("empty file") << QByteArray(" ") << "the file is empty";
    QTest::newRow("truncated") << good.left(good.size() * 2 / 3) << "line ";
    QTest::newRow("malformed") << QByteArray("{\"format\": \"relulab-session\", \"version\": 1,}")
                               << "line 1, column 44: object is missing after a comma";
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "relulab-session", "version": 3})")
        << "version: this ReLU Lab reads version 1 to 2 sessions, the file is version 3";
    QTest::newRow("another program's file")
        << QByteArray(R"({"name": "x"})") << "format: is required; this is not a ReLU Lab session";
    QByteArray mismatch = good;
    mismatch.replace("\"hidden\": [\n            8,\n            8\n        ]",
                     "\"hidden\": [\n            8,\n            7\n        ]");
    QTest::newRow("network of another shape")
        << mismatch << "network.parameters: expected 95 numbers, got 105";
}

void tst_TrainCommand::badSessionExitsTwoAndWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.relulab"));
    if (!content.isEmpty()) QVERIFY(writeFile(path, content));
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    const QString out = dir.filePath(QStringLiteral("out.relulab"));
    const RunResult r = runTrain({QStringLiteral("--session"), path, QStringLiteral("--log"), log,
                                  QStringLiteral("--save-session"), out, QStringLiteral("--steps"),
                                  QStringLiteral("5")});
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.startsWith(QStringLiteral("relulab train: --session: '%1': %2").arg(path, problem)),
        qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(log));
    QVERIFY(!QFileInfo::exists(out));
    if (!content.isEmpty()) QCOMPARE(readAll(path), content);
}

void tst_TrainCommand::unwritableSaveSessionExitsTwoBeforeTraining()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("log.csv"));
    const RunResult r =
        runTrain({QStringLiteral("--save-session"), dir.filePath(QStringLiteral("no/s.relulab")),
                  QStringLiteral("--log"), log});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("relulab train: --save-session: cannot write")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(log));
    // One file for two outputs is refused too.
    const RunResult same =
        runTrain({QStringLiteral("--save-session"), log, QStringLiteral("--log"), log});
    QCOMPARE(same.code, 2);
    QVERIFY2(same.err.contains(QStringLiteral("is also the file for --log")), qPrintable(same.err));
}

namespace {

// The network the options train, trained as `relulab train` does (the same seeded steps).
std::unique_ptr<core::Trainer> trainedAs(const QStringList &options, long steps)
{
    const session::TrainArguments parsed = session::parseTrainArguments(options);
    if (!parsed.request) return nullptr;
    core::TrainingConfig config = parsed.request->setup.config;
    core::DataSplit split = parsed.request->setup.makeSplit(&config);
    auto trainer = std::make_unique<core::Trainer>(config, std::move(split));
    for (long i = 0; i < steps; ++i)
        trainer->step();
    return trainer;
}

}  // namespace

void tst_TrainCommand::linearRegionsAreTheCoresCountOfTheFinalNetwork_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("relu circle 8,8") << args({"--hidden", "8,8"});
    QTest::newRow("leaky spiral 6,6,6") << args(
        {"--dataset", "spiral", "--hidden", "6,6,6", "--activation", "leaky", "--seed", "3"});
    QTest::newRow("maxout xor") << args(
        {"--dataset", "xor", "--hidden", "5,5", "--activation", "maxout", "--pieces", "3"});
    QTest::newRow("prelu sine regression")
        << args({"--dataset", "sine", "--hidden", "8,8", "--activation", "prelu"});
}

void tst_TrainCommand::linearRegionsAreTheCoresCountOfTheFinalNetwork()
{
    QFETCH(QStringList, options);
    const QStringList run = options + args({"--steps", "150"});
    const QJsonObject s = summaryOf(runTrain(run));
    QVERIFY(!s.isEmpty());
    const std::unique_ptr<core::Trainer> trainer = trainedAs(run, 150);
    QVERIFY(trainer);
    // The default box is the one the input-space view is fitted to: the training data's bounds.
    const core::LinearRegions regions =
        core::computeLinearRegions(trainer->network(), core::boundsOf(trainer->data().train));
    QCOMPARE(regions.status, core::RegionsStatus::Complete);
    QVERIFY(regions.count > 1);
    QCOMPARE(s.value(QStringLiteral("linear_regions")).toInteger(-1), qint64(regions.count));
    QCOMPARE(s.value(QStringLiteral("linear_regions_limit_reached")).toBool(true), false);
}

void tst_TrainCommand::boxChangesTheLinearRegions()
{
    const QStringList run = args({"--dataset", "spiral", "--hidden", "8,8", "--steps", "100"});
    const qint64 whole =
        summaryOf(runTrain(run)).value(QStringLiteral("linear_regions")).toInteger(-1);
    const qint64 small = summaryOf(runTrain(run + args({"--box", "-0.1:0.2,0:0.1"})))
                             .value(QStringLiteral("linear_regions"))
                             .toInteger(-1);
    const std::unique_ptr<core::Trainer> trainer = trainedAs(run, 100);
    QVERIFY(trainer);
    const core::InputBounds box{-0.1, 0.2, 0.0, 0.1};
    QCOMPARE(small, qint64(core::computeLinearRegions(trainer->network(), box).count));
    QVERIFY2(small >= 1 && small < whole,
             qPrintable(QStringLiteral("%1 %2").arg(small).arg(whole)));
    // 1-D data takes one range.
    const QStringList line = args({"--dataset", "abs", "--hidden", "8", "--steps", "100"});
    const qint64 wide = summaryOf(runTrain(line + args({"--box", "-100:100"})))
                            .value(QStringLiteral("linear_regions"))
                            .toInteger(-1);
    const std::unique_ptr<core::Trainer> lineTrainer = trainedAs(line, 100);
    QCOMPARE(wide, qint64(core::computeLinearRegions(lineTrainer->network(),
                                                     core::InputBounds{-100, 100, 0, 0})
                              .count));
    QVERIFY(wide >= 2);
}

void tst_TrainCommand::sigmoidAndTanhReportNoLinearRegions()
{
    for (const char *activation : {"sigmoid", "tanh"}) {
        const QJsonObject s =
            summaryOf(runTrain(args({"--activation", activation, "--steps", "10"})));
        QVERIFY(!s.isEmpty());
        QVERIFY(s.contains(QStringLiteral("linear_regions")));
        QVERIFY(s.value(QStringLiteral("linear_regions")).isNull());
        QCOMPARE(s.value(QStringLiteral("linear_regions_limit_reached")).toBool(true), false);
    }
}

void tst_TrainCommand::savedSessionReplaysTheRunsLog_data()
{
    QTest::addColumn<QString>("every");
    QTest::addColumn<QString>("steps");
    QTest::newRow("every 50, 700 steps") << QStringLiteral("50") << QStringLiteral("700");
    QTest::newRow("every 7, 300 steps (not a multiple)")
        << QStringLiteral("7") << QStringLiteral("300");
    QTest::newRow("every 1000, 2500 steps") << QStringLiteral("1000") << QStringLiteral("2500");
}

// `--session F --steps 0 --log L --log-every K` writes the rows of the run that saved F, from
// step 0: the session keeps the history the rows are replayed from.
void tst_TrainCommand::savedSessionReplaysTheRunsLog()
{
    QFETCH(QString, every);
    QFETCH(QString, steps);
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.csv"));
    const QString replayed = dir.filePath(QStringLiteral("replayed.csv"));
    const QString saved = dir.filePath(QStringLiteral("run.relulab"));
    const RunResult run =
        runTrain(args({"--dataset", "moons", "--samples", "150", "--hidden", "6,6", "--seed", "5",
                       "--steps"}) +
                 QStringList{steps, QStringLiteral("--log-every"), every, QStringLiteral("--log"),
                             original, QStringLiteral("--save-session"), saved});
    QCOMPARE(run.code, 0);
    const RunResult again = runTrain({QStringLiteral("--session"), saved, QStringLiteral("--steps"),
                                      QStringLiteral("0"), QStringLiteral("--log"), replayed,
                                      QStringLiteral("--log-every"), every});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    const QByteArray expected = readAll(original);
    QCOMPARE(readAll(replayed), expected);
    QVERIFY(expected.count('\n') > 3);
}

// The README and docs/session-format.md: a session of 2,000 steps of the default net, history
// included, is about 1.1 MB (the kept steps' weights, not every step's).
void tst_TrainCommand::defaultRunsSessionWithItsHistoryIsAboutAMegabyte()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("default.relulab"));
    const RunResult run = runTrain({QStringLiteral("--steps"), QStringLiteral("2000"),
                                    QStringLiteral("--save-session"), saved});
    QCOMPARE(run.code, 0);
    const qint64 size = QFileInfo(saved).size();
    QVERIFY2(size > 1'000'000 && size < 1'200'000, qPrintable(QString::number(size)));
    const auto read = session::readSessionFile(saved);
    QVERIFY(read.value);
    QCOMPARE(read.value->history.size(), size_t(635));  // 256 + 128 per doubling up to 2,000
    QCOMPARE(read.value->history.back().step, 2000L);
}

RELULAB_TEST_GUILESS_MAIN(tst_TrainCommand)
#include "tst_traincommand.moc"
