// Tests of the real relulab binary's commands (export, train, --version), run headless and parsed.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <charconv>
#include <utility>
#include "support/Files.h"
#include "support/ProcessRun.h"
#include "support/TestRegistry.h"

using relulab::test::readAll;
using relulab::test::RunResult;

namespace {

// Runs `relulab arguments...` with no display at all, as on a build server, so the command has
// to be headless by itself.
RunResult runRelulab(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(relulab::test::headlessEnvironment());
    if (!workingDirectory.isEmpty()) process.setWorkingDirectory(workingDirectory);
    return relulab::test::runToEnd(process, QStringLiteral(RELULAB_BINARY), arguments);
}

RunResult runExport(const QStringList &arguments, const QString &workingDirectory = {})
{
    return runRelulab(QStringList{QStringLiteral("export")} + arguments, workingDirectory);
}

RunResult runTrain(const QStringList &arguments)
{
    return runRelulab(QStringList{QStringLiteral("train")} + arguments);
}

// Everything the command printed on stderr: it must be only its own messages (the app sets up
// XDG_RUNTIME_DIR itself, so Qt has nothing to warn about).
QByteArray commandMessages(const QByteArray &err)
{
    return err;
}

double parseDouble(const QByteArray &text)
{
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.constData(), text.constData() + text.size(), v);
    if (ec != std::errc() || end != text.constData() + text.size())
        qFatal("not a number in the CSV: %s", text.constData());
    return v;
}

// Runs `relulab arguments...` headless under the given locale (LC_ALL, LANG and, when not empty,
// LANGUAGE), as a shell of a user of that language would.
RunResult runRelulabUnderLocale(const QStringList &arguments, const QString &locale,
                                const QString &language)
{
    QProcessEnvironment environment = relulab::test::headlessEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANG"), locale);
    environment.remove(QStringLiteral("LANGUAGE"));
    if (!language.isEmpty()) environment.insert(QStringLiteral("LANGUAGE"), language);
    QProcess process;
    process.setProcessEnvironment(environment);
    return relulab::test::runToEnd(process, QStringLiteral(RELULAB_BINARY), arguments);
}

QJsonObject lastJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.constLast()).object();
}

}  // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvToStdoutHasHeaderAndExactRows();
    void figuresAreWrittenHeadlessAtTheGivenSize();
    void badInputExitsTwoNamesOptionAndCreatesNoFile_data();
    void badInputExitsTwoNamesOptionAndCreatesNoFile();
    void existingFileSurvivesBadInput();
    void helpExitsZeroAndDocumentsExitCodes();
    void exportCsvKinkRowFollowsConvention_data();
    void exportCsvKinkRowFollowsConvention();
    void trainSummaryEchoesConvention_data();
    void trainSummaryEchoesConvention();
    void unknownConventionExitsTwoListingFirst_data();
    void unknownConventionExitsTwoListingFirst();
    void trainPrintsAJsonSummaryLast();
    void trainBadInputExitsTwoNamingTheOption();
    void trainSnapshotWritesThePictureHeadless();
    void figuresStayEnglishUnderAGermanSystem();
    void trainHelpExitsZero();
    void versionPrintsTheName();
    void savedSessionWithZeroStepsPrintsTheSameSummary();
    void sessionOptionReachesCommandsThatStartAGuiApplication();
    void badSessionFilesExitTwoAndWriteNothing_data();
    void badSessionFilesExitTwoAndWriteNothing();
    void unknownCommandExitsTwo();
    void missingSessionFileExitsTwo();
    void benchmarkStartupPrintsTheFirstFrameAndQuits();
};

void TestCli::csvToStdoutHasHeaderAndExactRows()
{
    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"),
                   QStringLiteral("-1:1"), QStringLiteral("--samples"), QStringLiteral("5")});
    QCOMPARE(r.code, 0);
    QCOMPARE(commandMessages(r.err), QByteArray());

    QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 7);  // header, 5 rows, and the empty piece after the last "\n"
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.takeFirst(),
             QByteArray("x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad"));

    // Default alpha 0.01, left convention, maxout max(z, -0.5 z, -5) with its kink at 0.
    const double alpha = 0.01;
    const double expected[5][7] = {
        {-1.0, 0.0, 0.0, alpha * -1.0, alpha, 0.5, -0.5},
        {-0.5, 0.0, 0.0, alpha * -0.5, alpha, 0.25, -0.5},
        {0.0, 0.0, 0.0, 0.0, alpha, 0.0, -0.5},
        {0.5, 0.5, 1.0, 0.5, 1.0, 0.5, 1.0},
        {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0},
    };
    for (int i = 0; i < 5; ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        QCOMPARE(fields.size(), 7);
        for (int j = 0; j < 7; ++j) {
            // Exact: %.17g reads back to the very same double.
            QVERIFY2(parseDouble(fields[j]) == expected[i][j],
                     qPrintable(QStringLiteral("row %1 column %2: %3")
                                    .arg(i)
                                    .arg(j)
                                    .arg(QString::fromLatin1(fields[j]))));
        }
    }
}

void TestCli::figuresAreWrittenHeadlessAtTheGivenSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    const QString svg = dir.filePath(QStringLiteral("figure.svg"));
    const QString pdf = dir.filePath(QStringLiteral("figure.pdf"));

    const RunResult r = runExport({QStringLiteral("--png"), png, QStringLiteral("--svg"), svg,
                                   QStringLiteral("--pdf"), pdf, QStringLiteral("--size"),
                                   QStringLiteral("800x500")});

    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(commandMessages(r.err), QByteArray());

    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 500));
    // A drawn figure, not a blank canvas: more than a handful of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 2, qPrintable(QString::number(colours.size())));

    const QByteArray svgBytes = readAll(svg);
    QVERIFY(svgBytes.startsWith("<?xml"));
    QVERIFY(svgBytes.contains("<svg"));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
}

void TestCli::badInputExitsTwoNamesOptionAndCreatesNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const auto row = [](const char *name, QStringList arguments, const char *named) {
        QTest::newRow(name) << (QStringList{QStringLiteral("--csv"), QStringLiteral("out.csv"),
                                            QStringLiteral("--png"), QStringLiteral("out.png")} +
                                arguments)
                            << QString::fromLatin1(named);
    };
    row("alpha not a number", {"--alpha", "abc"}, "--alpha");
    row("alpha out of range", {"--alpha", "2"}, "--alpha");
    row("range reversed", {"--range", "3:1"}, "--range");
    row("samples one", {"--samples", "1"}, "--samples");
    row("maxout malformed", {"--maxout", "1,0;-0.5"}, "--maxout");
    row("size one number", {"--size", "10"}, "--size");
    row("convention unknown", {"--convention", "up"}, "--convention");
    row("function unknown", {"--functions", "relu,swish"}, "--functions");
    row("unknown option", {"--colour", "red"}, "--colour");
    row("missing value", {"--samples"}, "--samples");
    row("positional argument", {"extra"}, "extra");
    row("unwritable path", {"--svg", "/nonexistent/dir/x.svg"}, "--svg");
    row("directory as file", {"--pdf", "."}, "--pdf");
}

void TestCli::badInputExitsTwoNamesOptionAndCreatesNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const RunResult r = runExport(arguments, dir.path());

    QCOMPARE(r.code, 2);
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.startsWith(QStringLiteral("relulab export: ")), qPrintable(message));
    QVERIFY2(message.contains(named), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("accepted: ")), qPrintable(message));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void TestCli::existingFileSurvivesBadInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("curves.csv"));
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    const RunResult r =
        runExport({QStringLiteral("--csv"), csv, QStringLiteral("--alpha"), QStringLiteral("abc")});
    QCOMPARE(r.code, 2);
    QCOMPARE(readAll(csv), QByteArray("old"));
}

void TestCli::helpExitsZeroAndDocumentsExitCodes()
{
    const RunResult r = runExport({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Usage: relulab export"), r.out.constData());
    QVERIFY(r.out.contains("--csv"));
    QVERIFY(r.out.contains("Exit status"));
}

void TestCli::exportCsvKinkRowFollowsConvention_data()
{
    QTest::addColumn<QString>("convention");
    QTest::addColumn<double>("reluGrad");
    QTest::addColumn<double>("leakyGrad");
    QTest::addColumn<double>("maxoutGrad");

    // Default alpha 0.01 and maxout max(z, -0.5 z, -5): slopes -0.5 and 1 tie at 0, z first.
    QTest::newRow("left") << "left" << 0.0 << 0.01 << -0.5;
    QTest::newRow("right") << "right" << 1.0 << 1.0 << 1.0;
    QTest::newRow("mean") << "mean" << 0.5 << (0.01 + 1.0) / 2 << 0.25;
    QTest::newRow("first") << "first" << 0.0 << 0.01 << 1.0;
}

void TestCli::exportCsvKinkRowFollowsConvention()
{
    QFETCH(QString, convention);
    QFETCH(double, reluGrad);
    QFETCH(double, leakyGrad);
    QFETCH(double, maxoutGrad);

    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"),
                   QStringLiteral("-1:1"), QStringLiteral("--samples"), QStringLiteral("5"),
                   QStringLiteral("--convention"), convention});
    QCOMPARE(r.code, 0);
    QCOMPARE(commandMessages(r.err), QByteArray());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 7);
    const QList<QByteArray> kinkRow = lines[3].split(',');  // x = -1, -0.5, 0: the third row
    QCOMPARE(kinkRow.size(), 7);
    QCOMPARE(parseDouble(kinkRow[0]), 0.0);
    QVERIFY(parseDouble(kinkRow[2]) == reluGrad);
    QVERIFY(parseDouble(kinkRow[4]) == leakyGrad);
    QVERIFY(parseDouble(kinkRow[6]) == maxoutGrad);
}

void TestCli::trainSummaryEchoesConvention_data()
{
    QTest::addColumn<QString>("convention");
    for (const char *c : {"left", "right", "mean", "first"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestCli::trainSummaryEchoesConvention()
{
    QFETCH(QString, convention);

    const RunResult r = runTrain({QStringLiteral("--steps"), QStringLiteral("20"),
                                  QStringLiteral("--convention"), convention});
    QCOMPARE(r.code, 0);
    QCOMPARE(commandMessages(r.err), QByteArray());
    QCOMPARE(lastJsonLine(r.out).value(QStringLiteral("convention")).toString(), convention);
}

void TestCli::unknownConventionExitsTwoListingFirst_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("fileOption");  // a file the command must not write
    QTest::newRow("export") << "export"
                            << "--csv";
    QTest::newRow("train") << "train"
                           << "--log";
}

void TestCli::unknownConventionExitsTwoListingFirst()
{
    QFETCH(QString, command);
    QFETCH(QString, fileOption);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const RunResult r = runRelulab({command, QStringLiteral("--convention"), QStringLiteral("abc"),
                                    fileOption, dir.filePath(QStringLiteral("out.csv"))},
                                   dir.path());
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.startsWith(QStringLiteral("relulab %1: --convention: ").arg(command)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'abc'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("accepted: --convention left|right|mean|first")),
             qPrintable(message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCli::trainPrintsAJsonSummaryLast()
{
    const RunResult r = runTrain({QStringLiteral("--steps"), QStringLiteral("50"),
                                  QStringLiteral("--seed"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QCOMPARE(commandMessages(r.err), QByteArray());
    QVERIFY2(r.out.endsWith('\n'), r.out.constData());
    const QByteArray last = r.out.trimmed().split('\n').constLast();
    QJsonParseError error;
    const QJsonDocument summary = QJsonDocument::fromJson(last, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && summary.isObject(), last.constData());
    QCOMPARE(summary.object().value(QStringLiteral("steps")).toInteger(-1), 50);
    QCOMPARE(summary.object().value(QStringLiteral("diverged")).toBool(true), false);
    QVERIFY(summary.object().value(QStringLiteral("loss")).isDouble());
}

void TestCli::trainSnapshotWritesThePictureHeadless()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    const RunResult r = runTrain(
        {QStringLiteral("--steps"), QStringLiteral("100"), QStringLiteral("--snapshot"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(commandMessages(r.err), QByteArray());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1600, 900));
    // The vermillion/blue of the diagram and views, not a blank page.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
}

// The command line's figures are English with '.' as the decimal point whatever the system's
// language (docs/translations.md): under German, the same bytes as under C.UTF-8, not "2,5".
void TestCli::figuresStayEnglishUnderAGermanSystem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray svgs[2];
    QImage snapshots[2];
    const std::pair<QString, QString> locales[2] = {
        {QStringLiteral("C.UTF-8"), QString()},
        {QStringLiteral("de_DE.UTF-8"), QStringLiteral("de")}};
    for (int i = 0; i < 2; ++i) {
        const QString svg = dir.filePath(QStringLiteral("figure%1.svg").arg(i));
        const QString png = dir.filePath(QStringLiteral("view%1.png").arg(i));
        const RunResult exported =
            runRelulabUnderLocale({QStringLiteral("export"), QStringLiteral("--svg"), svg},
                                  locales[i].first, locales[i].second);
        QCOMPARE(exported.code, 0);
        QCOMPARE(commandMessages(exported.err), QByteArray());
        svgs[i] = readAll(svg);
        const RunResult trained =
            runRelulabUnderLocale({QStringLiteral("train"), QStringLiteral("--steps"),
                                   QStringLiteral("50"), QStringLiteral("--snapshot"), png},
                                  locales[i].first, locales[i].second);
        QCOMPARE(trained.code, 0);
        QCOMPARE(commandMessages(trained.err), QByteArray());
        snapshots[i] = QImage(png);
    }
    // The default range -10:10 has ticks at -7.5, -2.5, 2.5 and 7.5.
    QVERIFY(svgs[1].contains(">2.5</text>"));
    QVERIFY(!svgs[1].contains(">2,5</text>"));
    QVERIFY(svgs[0] == svgs[1]);
    QVERIFY(!snapshots[1].isNull());
    QVERIFY(snapshots[0] == snapshots[1]);
}

void TestCli::savedSessionWithZeroStepsPrintsTheSameSummary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.relulab"));
    const RunResult saving =
        runTrain({QStringLiteral("--bias-init"), QStringLiteral("-1"), QStringLiteral("--steps"),
                  QStringLiteral("400"), QStringLiteral("--save-session"), path});
    QCOMPARE(saving.code, 0);
    QCOMPARE(commandMessages(saving.err), QByteArray());
    const RunResult reading = runTrain(
        {QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("0")});
    QCOMPARE(reading.code, 0);
    QCOMPARE(commandMessages(reading.err), QByteArray());
    QJsonObject saved = lastJsonLine(saving.out);
    QJsonObject reported = lastJsonLine(reading.out);
    QCOMPARE(reported.value(QStringLiteral("steps")).toInteger(), 400);
    QVERIFY(reported.value(QStringLiteral("dead_units")).toInt() > 0);
    saved.remove(QStringLiteral("examples_per_s"));
    reported.remove(QStringLiteral("examples_per_s"));
    QCOMPARE(reported, saved);
}

void TestCli::sessionOptionReachesCommandsThatStartAGuiApplication()
{
    // QGuiApplication takes -session/--session from argv for X11 session management; the
    // commands must still see theirs (export always, train with --snapshot).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.relulab"));
    QCOMPARE(runTrain({QStringLiteral("--steps"), QStringLiteral("30"), QStringLiteral("--alpha"),
                       QStringLiteral("0.5"), QStringLiteral("--save-session"), path})
                 .code,
             0);
    // The explorer part of a trained session is the default one: alpha 0.01 on the CSV.
    QByteArray session = readAll(path);
    session.replace("\"alpha\": 0.01", "\"alpha\": 0.25");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(session);
    file.close();
    const RunResult csv =
        runExport({QStringLiteral("--session"), path, QStringLiteral("--csv"), QStringLiteral("-"),
                   QStringLiteral("--range"), QStringLiteral("-1:1"), QStringLiteral("--samples"),
                   QStringLiteral("2")});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.split('\n').value(1).split(',').value(3), QByteArray("-0.25"));

    const QString picture = dir.filePath(QStringLiteral("view.png"));
    const RunResult snapshot =
        runTrain({QStringLiteral("--session"), path, QStringLiteral("--steps"), QStringLiteral("0"),
                  QStringLiteral("--snapshot"), picture});
    QCOMPARE(snapshot.code, 0);
    QCOMPARE(lastJsonLine(snapshot.out).value(QStringLiteral("steps")).toInteger(), 30);
    QVERIFY(QFileInfo::exists(picture));
}

void TestCli::badSessionFilesExitTwoAndWriteNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    for (const char *command : {"train", "export"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s malformed", command)
            << c << QByteArray("{\"format\": \"relulab-session\" \"version\": 1}")
            << "line 1, column 30: unterminated object";
        QTest::addRow("%s truncated", command)
            << c
            << QByteArray("{\n    \"format\": \"relulab-session\",\n    \"version\": 1,\n    \"ex")
            << "line 4, column 8: unterminated string";
        QTest::addRow("%s wrong version", command)
            << c << QByteArray(R"({"format": "relulab-session", "version": 3})")
            << "version: this ReLU Lab reads version 1 to 2 sessions, the file is version 3";
    }
}

void TestCli::badSessionFilesExitTwoAndWriteNothing()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.relulab"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const QString output =
        dir.filePath(command == QLatin1String("train") ? QStringLiteral("out.relulab")
                                                       : QStringLiteral("out.png"));
    const QString outputOption = command == QLatin1String("train")
                                     ? QStringLiteral("--save-session")
                                     : QStringLiteral("--png");
    const RunResult r =
        runRelulab({command, QStringLiteral("--session"), path, outputOption, output});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.startsWith(
                 QStringLiteral("relulab %1: --session: '%2': %3").arg(command, path, problem)),
             qPrintable(message));
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(readAll(path), content);
}

void TestCli::trainBadInputExitsTwoNamingTheOption()
{
    const RunResult r = runTrain({QStringLiteral("--lr"), QStringLiteral("abc")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.startsWith(QStringLiteral("relulab train: --lr")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("accepted: ")), qPrintable(message));
}

void TestCli::trainHelpExitsZero()
{
    const RunResult r = runTrain({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("Usage: relulab train"), r.out.constData());
    QVERIFY(r.out.contains("--log-every"));
}

void TestCli::versionPrintsTheName()
{
    const RunResult r = runRelulab({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("relulab "), r.out.constData());
    QVERIFY(r.out.trimmed().size() > int(sizeof("relulab ")) - 1);
}

void TestCli::unknownCommandExitsTwo()
{
    const RunResult r = runRelulab({QStringLiteral("foo")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.contains(QStringLiteral("unknown command")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'foo'")), qPrintable(message));
}

void TestCli::missingSessionFileExitsTwo()
{
    // A session to open in the window that is not there: a message, no window.
    const RunResult r = runRelulab({QStringLiteral("no-such-lesson.relulab")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString message = QString::fromUtf8(commandMessages(r.err));
    QVERIFY2(message.contains(QStringLiteral("cannot open 'no-such-lesson.relulab': no such file")),
             qPrintable(message));
}

void TestCli::benchmarkStartupPrintsTheFirstFrameAndQuits()
{
    // The window itself this time, on the offscreen platform: it paints, reports, and quits.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RELULAB_BINARY), {QStringLiteral("--benchmark-startup")});
    QVERIFY(process.waitForFinished(relulab::test::kProcessTimeoutMs));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject probe = QJsonDocument::fromJson(lines.constFirst()).object();
    const double ms = probe.value(QStringLiteral("first_frame_ms")).toDouble(-1.0);
    QVERIFY2(ms > 0.0 && ms < relulab::test::kProcessTimeoutMs, lines.constFirst().constData());
    // A Qt Widgets process with a window holds some MiB; less than one is no real reading.
    QVERIFY2(probe.value(QStringLiteral("rss_kb")).toInteger(-1) > 1024,
             lines.constFirst().constData());
    QCOMPARE(probe.value(QStringLiteral("platform")).toString(), QStringLiteral("offscreen"));
}

RELULAB_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
