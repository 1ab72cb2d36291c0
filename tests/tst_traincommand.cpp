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

#include "core/Dataset.h"
#include "core/Trainer.h"
#include "session/TrainCommand.h"

using namespace relulab;

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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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
    void summaryHasEveryField_data();
    void summaryHasEveryField();
    void sameOptionsAndSeedGiveTheSameSummary();
    void differentSeedGivesDifferentLoss();
    void zeroStepsReportsTheInitialNetwork();
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
    QCOMPARE(s.value(QStringLiteral("diverged")).toBool(true), false);
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
    QTest::newRow("activation unknown") << args({"--activation", "tanh"}) << "--activation";
    QTest::newRow("optimizer unknown") << args({"--optimizer", "rmsprop"}) << "--optimizer";
    QTest::newRow("init unknown") << args({"--init", "zero"}) << "--init";
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
         {"--dataset",   "--data",       "--noise", "--samples",   "--hidden",     "--activation",
          "--alpha",     "--pieces",     "--init",  "--bias-init", "--convention", "--optimizer",
          "--lr",        "--batch",      "--l2",    "--steps",     "--seed",       "--log",
          "--log-every", "--write-data", "--help"}) {
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }
    QVERIFY(r.out.contains(QStringLiteral("Exit status")));
}

QTEST_GUILESS_MAIN(tst_TrainCommand)
#include "tst_traincommand.moc"
