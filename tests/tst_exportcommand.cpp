// Tests of `relulab export` in-process: option parsing, error messages, CSV contents, file safety.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <vector>

#include "core/CurveSampling.h"
#include "core/MaxoutPiece.h"
#include "core/TextParsing.h"
#include "session/ExportCommand.h"
#include "session/SessionFile.h"
#include "support/Files.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::ExplorerSettings;
using session::ExportRequest;
using session::FunctionId;
using session::ImageFormat;

using relulab::test::readAll;
using relulab::test::writeFile;

namespace {

// Stands in for the GUI's renderer: fixed bytes per format, and a record of every call.
struct FakeRenderer
{
    int calls = 0;
    QList<ImageFormat> formats;
    QList<QSize> sizes;
    ExplorerSettings lastSettings;
    QString failWith;  // when set, every call fails with this message

    static QByteArray bytesFor(ImageFormat format)
    {
        switch (format) {
            case ImageFormat::Png:
                return QByteArrayLiteral("fake png");
            case ImageFormat::Svg:
                return QByteArrayLiteral("fake svg");
            case ImageFormat::Pdf:
                return QByteArrayLiteral("fake pdf");
        }
        return {};
    }

    session::FigureRenderer function()
    {
        return [this](const ExplorerSettings &settings, QSize size, ImageFormat format,
                      QString *error) -> QByteArray {
            ++calls;
            formats << format;
            sizes << size;
            lastSettings = settings;
            if (!failWith.isEmpty()) {
                *error = failWith;
                return {};
            }
            return bytesFor(format);
        };
    }
};

struct RunResult
{
    int code = -1;
    QString out;
    QString err;
};

RunResult runExport(const QStringList &arguments, FakeRenderer &renderer)
{
    RunResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = session::runExportCommand(arguments, renderer.function(), out, err);
    out.flush();
    err.flush();
    return result;
}

// from_chars rather than strtod: exact like strtod, but immune to the locale that
// QCoreApplication installs (a decimal comma would break strtod).
double parseDouble(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    double v = 0.0;
    const auto [end, ec] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), v);
    if (ec != std::errc() || end != bytes.constData() + bytes.size())
        qFatal("not a number in the CSV: %s", bytes.constData());
    return v;
}

std::uint64_t bits(double v)
{
    return std::bit_cast<std::uint64_t>(v);
}

struct Csv
{
    QString header;
    std::vector<std::vector<double>> rows;
};

Csv parseCsv(const QString &text)
{
    Csv csv;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty() || !lines.constLast().isEmpty()) qFatal("CSV does not end with a newline");
    lines.removeLast();
    csv.header = lines.takeFirst();
    for (const QString &line : lines) {
        std::vector<double> row;
        for (const QString &field : line.split(QLatin1Char(',')))
            row.push_back(parseDouble(field));
        csv.rows.push_back(std::move(row));
    }
    return csv;
}

QStringList withDir(QStringList arguments, const QString &dir)
{
    for (QString &a : arguments)
        a.replace(QStringLiteral("%DIR%"), dir);
    return arguments;
}

// The left / right derivative of max_i(s_i z + b_i) is the least / greatest slope among the
// pieces that attain the maximum at z; first is the slope of the first of them in table order.
double maxoutReference(const std::vector<core::MaxoutPiece> &pieces, double z,
                       core::KinkConvention convention, double *value)
{
    double best = pieces.front().at(z);
    for (const auto &p : pieces)
        best = std::max(best, p.at(z));
    double left = INFINITY;
    double right = -INFINITY;
    double first = NAN;
    for (const auto &p : pieces) {
        if (p.at(z) != best) continue;
        left = std::min(left, p.slope);
        right = std::max(right, p.slope);
        if (std::isnan(first)) first = p.slope;
    }
    *value = best;
    switch (convention) {
        case core::KinkConvention::Left:
            return left;
        case core::KinkConvention::Right:
            return right;
        case core::KinkConvention::First:
            return first;
        case core::KinkConvention::Mean:
            break;
    }
    return left == right ? left : 0.5 * (left + right);
}

const QString kHeader =
    QStringLiteral("x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad");

}  // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheExplorerDefaults();
    void everyOptionIsRead();
    void functionsOptionSetsVisibleFunctions();
    void helpListsOptionsAndExitCodesAndExitsZero();

    void badArgumentNamesOptionAndExitsTwo_data();
    void badArgumentNamesOptionAndExitsTwo();
    void badAlphaNamesOptionAndExitsTwo();
    void unwritablePathExitsTwoAndCreatesNothing_data();
    void unwritablePathExitsTwoAndCreatesNothing();
    void existingFileIsNotTruncatedWhenAnotherOptionIsBad();
    void existingFileIsKeptWhenRendererFails();

    void csvDashGoesToOutStreamOnly();
    void successIsQuietAndWritesEveryFile();
    void existingFileIsReplacedOnSuccess();
    void rendererGetsSettingsSizeAndFormat();
    void functionsDoNotChangeCsvColumns();

    void csvHeaderIsExactAndXIsTheUniformGrid_data();
    void csvHeaderIsExactAndXIsTheUniformGrid();
    void csvGradientsAtZeroFollowConvention_data();
    void csvGradientsAtZeroFollowConvention();
    void csvMaxoutMatchesPieces_data();
    void csvMaxoutMatchesPieces();
    void csvRectifierValuesMatchDefinitions();

    void sessionGivesTheSettingsAndOptionsOverrideThem();
    void badSessionExitsTwoNamingTheOptionAndWritesNothing_data();
    void badSessionExitsTwoNamingTheOptionAndWritesNothing();
};

void TestExportCommand::defaultsAreTheExplorerDefaults()
{
    const auto parsed =
        session::parseExportArguments({QStringLiteral("--csv"), QStringLiteral("-")});
    QVERIFY2(parsed.request.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.request->settings, ExplorerSettings{});
    QCOMPARE(parsed.request->settings.samples, 2001);
    QCOMPARE(parsed.request->size, QSize(1280, 720));
    QCOMPARE(parsed.request->csvPath, QStringLiteral("-"));
    QVERIFY(parsed.request->pngPath.isEmpty());
}

void TestExportCommand::everyOptionIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto parsed = session::parseExportArguments(withDir({QStringLiteral("--csv"),
                                                               QStringLiteral("%DIR%/c.csv"),
                                                               QStringLiteral("--png"),
                                                               QStringLiteral("%DIR%/p.png"),
                                                               QStringLiteral("--svg"),
                                                               QStringLiteral("%DIR%/s.svg"),
                                                               QStringLiteral("--pdf=%DIR%/d.pdf"),
                                                               QStringLiteral("--alpha"),
                                                               QStringLiteral("-0.25"),
                                                               QStringLiteral("--range"),
                                                               QStringLiteral("-3:1.5"),
                                                               QStringLiteral("--maxout"),
                                                               QStringLiteral("1,0;-0.5,0;0,-5"),
                                                               QStringLiteral("--samples"),
                                                               QStringLiteral("7"),
                                                               QStringLiteral("--convention"),
                                                               QStringLiteral("mean"),
                                                               QStringLiteral("--size"),
                                                               QStringLiteral("800x500"),
                                                               QStringLiteral("--functions"),
                                                               QStringLiteral("gelu,relu")},
                                                              dir.path()));
    QVERIFY2(parsed.request.has_value(), qPrintable(parsed.error));
    const ExportRequest &r = *parsed.request;
    QCOMPARE(r.csvPath, dir.filePath(QStringLiteral("c.csv")));
    QCOMPARE(r.pngPath, dir.filePath(QStringLiteral("p.png")));
    QCOMPARE(r.svgPath, dir.filePath(QStringLiteral("s.svg")));
    QCOMPARE(r.pdfPath, dir.filePath(QStringLiteral("d.pdf")));
    QCOMPARE(r.settings.alpha, -0.25);
    QCOMPARE(r.settings.lo, -3.0);
    QCOMPARE(r.settings.hi, 1.5);
    const std::vector<core::MaxoutPiece> pieces = {{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}};
    QVERIFY(r.settings.pieces == pieces);
    QCOMPARE(r.settings.samples, 7);
    QCOMPARE(r.settings.convention, core::KinkConvention::Mean);
    QCOMPARE(r.size, QSize(800, 500));
    QCOMPARE(r.settings.visible, (QSet<FunctionId>{FunctionId::Gelu, FunctionId::Relu}));
    // Parsing alone never creates a file.
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestExportCommand::functionsOptionSetsVisibleFunctions()
{
    const auto parsed = session::parseExportArguments(
        {QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--functions"),
         QStringLiteral("relu,leaky,maxout,softplus,elu,gelu,silu")});
    QVERIFY2(parsed.request.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.request->settings.visible.size(), 7);
}

void TestExportCommand::helpListsOptionsAndExitCodesAndExitsZero()
{
    FakeRenderer renderer;
    const RunResult r = runExport({QStringLiteral("--help")}, renderer);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: relulab export [options]")),
             qPrintable(r.out));
    for (const char *option : {"--csv", "--png", "--svg", "--pdf", "--alpha", "--range", "--maxout",
                               "--samples", "--convention", "--size", "--functions", "--session"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.out.contains(QStringLiteral("Exit status")));
    QVERIFY(r.out.contains(QStringLiteral("2  bad input")));
    QCOMPARE(renderer.calls, 0);
}

void TestExportCommand::badArgumentNamesOptionAndExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");  // the option or argument the message must name

    const QStringList outputs = {QStringLiteral("--csv"), QStringLiteral("%DIR%/out.csv"),
                                 QStringLiteral("--png"), QStringLiteral("%DIR%/out.png")};
    const auto row = [&](const char *name, QStringList arguments, const char *named) {
        QTest::newRow(name) << (outputs + arguments) << QString::fromLatin1(named);
    };
    row("alpha not a number", {"--alpha", "abc"}, "--alpha");
    row("alpha above 1", {"--alpha", "2"}, "--alpha");
    row("alpha below -1", {"--alpha", "-1.5"}, "--alpha");
    row("alpha infinite", {"--alpha", "inf"}, "--alpha");
    row("alpha without value", {"--alpha"}, "--alpha");
    row("range reversed", {"--range", "3:1"}, "--range");
    row("range empty", {"--range", "1:1"}, "--range");
    row("range without colon", {"--range", "5"}, "--range");
    row("range beyond limit", {"--range", "-1e7:1"}, "--range");
    row("range too narrow", {"--range", "0:1e-9"}, "--range");
    row("range without value", {"--range"}, "--range");
    row("samples one", {"--samples", "1"}, "--samples");
    row("samples fractional", {"--samples", "2.5"}, "--samples");
    row("samples too many", {"--samples", "1000001"}, "--samples");
    row("maxout malformed", {"--maxout", "1,0;x"}, "--maxout");
    row("maxout one number", {"--maxout", "1"}, "--maxout");
    row("maxout empty", {"--maxout", ""}, "--maxout");
    row("maxout nine pieces", {"--maxout", "1,0;1,1;1,2;1,3;1,4;1,5;1,6;1,7;1,8"}, "--maxout");
    row("size one number", {"--size", "10"}, "--size");
    row("size too small", {"--size", "10x10"}, "--size");
    row("size too large", {"--size", "9000x100"}, "--size");
    row("convention unknown", {"--convention", "up"}, "--convention");
    row("function unknown", {"--functions", "relu,swish"}, "--functions");
    row("functions empty", {"--functions", ""}, "--functions");
    row("unknown option", {"--colour", "red"}, "'--colour'");
    row("positional argument", {"extra"}, "'extra'");
    row("output path empty", {"--svg", ""}, "--svg");
    row("png to stdout", {"--pdf", "-"}, "--pdf");
    row("same file twice", {"--svg", "%DIR%/out.png"}, "--svg");
    row("png into directory", {"--pdf", "%DIR%"}, "--pdf");
    row("svg into missing directory", {"--svg", "/nonexistent/dir/x.svg"}, "--svg");
    QTest::newRow("no output") << QStringList{QStringLiteral("--alpha"), QStringLiteral("0.1")}
                               << QStringLiteral("no output");
}

void TestExportCommand::badArgumentNamesOptionAndExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeRenderer renderer;

    const RunResult r = runExport(withDir(arguments, dir.path()), renderer);

    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("relulab export: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("(accepted: ")), qPrintable(r.err));
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1,
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(renderer.calls, 0);
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestExportCommand::badAlphaNamesOptionAndExitsTwo()
{
    FakeRenderer renderer;
    const RunResult r = runExport({QStringLiteral("--csv"), QStringLiteral("-"),
                                   QStringLiteral("--alpha"), QStringLiteral("abc")},
                                  renderer);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QStringLiteral("relulab export: --alpha: expected a number, got 'abc' "
                                   "(accepted: --alpha A, a number in [-1, 1])\n"));
    QVERIFY(r.out.isEmpty());
}

void TestExportCommand::unwritablePathExitsTwoAndCreatesNothing_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");

    QTest::newRow("csv in missing directory") << "--csv"
                                              << "/nonexistent/dir/x.csv";
    QTest::newRow("png in missing directory") << "--png"
                                              << "/nonexistent/dir/x.png";
    QTest::newRow("svg in missing directory") << "--svg"
                                              << "/nonexistent/dir/x.svg";
    QTest::newRow("pdf in missing directory") << "--pdf"
                                              << "/nonexistent/dir/x.pdf";
    QTest::newRow("csv is a directory") << "--csv"
                                        << "%DIR%";
    QTest::newRow("png is a directory") << "--png"
                                        << "%DIR%/sub";
    QTest::newRow("parent is a file") << "--csv"
                                      << "%DIR%/file/x.csv";
}

void TestExportCommand::unwritablePathExitsTwoAndCreatesNothing()
{
    QFETCH(QString, option);
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("file")), "keep"));
    path.replace(QStringLiteral("%DIR%"), dir.path());
    FakeRenderer renderer;

    const RunResult r = runExport({option, path}, renderer);

    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(option + QLatin1Char(':')), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(renderer.calls, 0);
    QVERIFY(!QFileInfo(path).isFile());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("file"), QStringLiteral("sub")}));
    QVERIFY(QDir(dir.filePath(QStringLiteral("sub"))).isEmpty());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("file"))), QByteArray("keep"));
}

void TestExportCommand::existingFileIsNotTruncatedWhenAnotherOptionIsBad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("curves.csv"));
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    QVERIFY(writeFile(csv, "old"));
    QVERIFY(writeFile(png, "old"));
    FakeRenderer renderer;

    const RunResult r = runExport({QStringLiteral("--csv"), csv, QStringLiteral("--png"), png,
                                   QStringLiteral("--alpha"), QStringLiteral("abc")},
                                  renderer);

    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--alpha")));
    QCOMPARE(readAll(csv), QByteArray("old"));
    QCOMPARE(readAll(png), QByteArray("old"));
}

void TestExportCommand::existingFileIsKeptWhenRendererFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("curves.csv"));
    QVERIFY(writeFile(csv, "old"));
    FakeRenderer renderer;
    renderer.failWith = QStringLiteral("no fonts");

    const RunResult r = runExport({QStringLiteral("--csv"), csv, QStringLiteral("--svg"),
                                   dir.filePath(QStringLiteral("figure.svg"))},
                                  renderer);

    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--svg")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("no fonts")), qPrintable(r.err));
    QCOMPARE(readAll(csv), QByteArray("old"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("figure.svg"))));
}

void TestExportCommand::csvDashGoesToOutStreamOnly()
{
    FakeRenderer renderer;
    const RunResult r = runExport({QStringLiteral("--csv"), QStringLiteral("-"),
                                   QStringLiteral("--samples"), QStringLiteral("3")},
                                  renderer);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(r.out, QString::fromLatin1(session::curvesCsv([] {
                 ExplorerSettings s;
                 s.samples = 3;
                 return s;
             }())));
    QVERIFY(r.out.startsWith(kHeader + QLatin1Char('\n')));
    QCOMPARE(renderer.calls, 0);
}

void TestExportCommand::successIsQuietAndWritesEveryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeRenderer renderer;
    const RunResult r = runExport(withDir({QStringLiteral("--csv"), QStringLiteral("%DIR%/c.csv"),
                                           QStringLiteral("--png"), QStringLiteral("%DIR%/p.png"),
                                           QStringLiteral("--svg"), QStringLiteral("%DIR%/s.svg"),
                                           QStringLiteral("--pdf"), QStringLiteral("%DIR%/d.pdf")},
                                          dir.path()),
                                  renderer);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.isEmpty());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("c.csv"))),
             session::curvesCsv(ExplorerSettings{}));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("p.png"))), QByteArray("fake png"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("s.svg"))), QByteArray("fake svg"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("d.pdf"))), QByteArray("fake pdf"));
    // QSaveFile's temporary files are gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

void TestExportCommand::existingFileIsReplacedOnSuccess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("figure.png"));
    QVERIFY(writeFile(png, "an older, longer figure"));
    FakeRenderer renderer;
    const RunResult r = runExport({QStringLiteral("--png"), png}, renderer);
    QCOMPARE(r.code, 0);
    QCOMPARE(readAll(png), QByteArray("fake png"));
}

void TestExportCommand::rendererGetsSettingsSizeAndFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeRenderer renderer;
    const RunResult r = runExport(
        withDir(
            {QStringLiteral("--pdf"), QStringLiteral("%DIR%/d.pdf"), QStringLiteral("--png"),
             QStringLiteral("%DIR%/p.png"), QStringLiteral("--svg"), QStringLiteral("%DIR%/s.svg"),
             QStringLiteral("--size"), QStringLiteral("800x500"), QStringLiteral("--alpha"),
             QStringLiteral("0.2"), QStringLiteral("--convention"), QStringLiteral("right")},
            dir.path()),
        renderer);
    QCOMPARE(r.code, 0);
    QCOMPARE(renderer.calls, 3);
    QCOMPARE(renderer.formats,
             (QList<ImageFormat>{ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}));
    QCOMPARE(renderer.sizes, (QList<QSize>{QSize(800, 500), QSize(800, 500), QSize(800, 500)}));
    QCOMPARE(renderer.lastSettings.alpha, 0.2);
    QCOMPARE(renderer.lastSettings.convention, core::KinkConvention::Right);
}

void TestExportCommand::functionsDoNotChangeCsvColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FakeRenderer renderer;
    const RunResult r = runExport(withDir({QStringLiteral("--csv"), QStringLiteral("%DIR%/c.csv"),
                                           QStringLiteral("--png"), QStringLiteral("%DIR%/p.png"),
                                           QStringLiteral("--functions"), QStringLiteral("silu")},
                                          dir.path()),
                                  renderer);
    QCOMPARE(r.code, 0);
    QCOMPARE(renderer.lastSettings.visible, QSet<FunctionId>{FunctionId::Silu});
    QCOMPARE(readAll(dir.filePath(QStringLiteral("c.csv"))),
             session::curvesCsv(ExplorerSettings{}));
}

void TestExportCommand::csvHeaderIsExactAndXIsTheUniformGrid_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");

    QTest::newRow("default") << "-10:10" << 2001 << -10.0 << 10.0;
    QTest::newRow("five on -1:1") << "-1:1" << 5 << -1.0 << 1.0;
    QTest::newRow("inexact step") << "0.1:0.7" << 7 << 0.1 << 0.7;
    QTest::newRow("two samples") << "-3:1e-3" << 2 << -3.0 << 1e-3;
}

void TestExportCommand::csvHeaderIsExactAndXIsTheUniformGrid()
{
    QFETCH(QString, range);
    QFETCH(int, samples);
    QFETCH(double, lo);
    QFETCH(double, hi);
    FakeRenderer renderer;

    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"), range,
                   QStringLiteral("--samples"), QString::number(samples)},
                  renderer);

    QCOMPARE(r.code, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.header, kHeader);
    QCOMPARE(csv.rows.size(), size_t(samples));
    const std::vector<double> grid = core::uniformGrid(lo, hi, samples);
    for (size_t i = 0; i < csv.rows.size(); ++i) {
        QCOMPARE(csv.rows[i].size(), size_t(7));
        QCOMPARE(bits(csv.rows[i][0]), bits(grid[i]));
    }
    QCOMPARE(csv.rows.front()[0], lo);
    QCOMPARE(bits(csv.rows.back()[0]), bits(hi));
}

void TestExportCommand::csvGradientsAtZeroFollowConvention_data()
{
    QTest::addColumn<QString>("convention");
    QTest::addColumn<QString>("alpha");
    QTest::addColumn<double>("reluGrad");
    QTest::addColumn<double>("leakyGrad");
    QTest::addColumn<double>("maxoutGrad");  // default pieces: slopes -0.5 and 1 meet at 0

    QTest::newRow("left") << "left"
                          << "0.01" << 0.0 << 0.01 << -0.5;
    QTest::newRow("right") << "right"
                           << "0.01" << 1.0 << 1.0 << 1.0;
    QTest::newRow("mean") << "mean"
                          << "0.01" << 0.5 << (0.01 + 1.0) / 2 << 0.25;
    // PyTorch: relu'(0) = 0, leaky_relu'(0) = alpha, the tie to z, the first maxout piece.
    QTest::newRow("first") << "first"
                           << "0.01" << 0.0 << 0.01 << 1.0;
    QTest::newRow("first, alpha 0.2") << "first"
                                      << "0.2" << 0.0 << 0.2 << 1.0;
    QTest::newRow("left, alpha 0.2") << "left"
                                     << "0.2" << 0.0 << 0.2 << -0.5;
    QTest::newRow("mean, alpha -0.5") << "mean"
                                      << "-0.5" << 0.5 << 0.25 << 0.25;
}

void TestExportCommand::csvGradientsAtZeroFollowConvention()
{
    QFETCH(QString, convention);
    QFETCH(QString, alpha);
    QFETCH(double, reluGrad);
    QFETCH(double, leakyGrad);
    QFETCH(double, maxoutGrad);
    FakeRenderer renderer;

    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"),
                   QStringLiteral("-10:10"), QStringLiteral("--samples"), QStringLiteral("21"),
                   QStringLiteral("--convention"), convention, QStringLiteral("--alpha"), alpha},
                  renderer);

    QCOMPARE(r.code, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.rows.size(), size_t(21));
    const std::vector<double> &atZero = csv.rows[10];
    QCOMPARE(bits(atZero[0]), bits(0.0));
    QCOMPARE(atZero[1], 0.0);
    QCOMPARE(atZero[2], reluGrad);
    QCOMPARE(atZero[3], 0.0);
    QCOMPARE(atZero[4], leakyGrad);
    QCOMPARE(atZero[5], 0.0);
    QCOMPARE(atZero[6], maxoutGrad);
    // Away from the kink the convention does not matter.
    QCOMPARE(csv.rows[9][2], 0.0);
    QCOMPARE(csv.rows[11][2], 1.0);
    QCOMPARE(csv.rows[9][4], parseDouble(alpha));
    QCOMPARE(csv.rows[11][4], 1.0);
}

void TestExportCommand::csvMaxoutMatchesPieces_data()
{
    QTest::addColumn<QString>("pieces");
    QTest::addColumn<QString>("convention");

    for (const char *c : {"left", "right", "mean", "first"}) {
        QTest::addRow("explorer default, %s", c) << "1,0;-0.5,0;0,-5" << c;
        QTest::addRow("abs, %s", c) << "1,0;-1,0" << c;
        QTest::addRow("three kinks, %s", c) << "-1,-2;0,0;0.5,0;2,-6" << c;
    }
    QTest::newRow("one piece") << "0.5,1"
                               << "left";
}

void TestExportCommand::csvMaxoutMatchesPieces()
{
    QFETCH(QString, pieces);
    QFETCH(QString, convention);
    FakeRenderer renderer;

    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"),
                   QStringLiteral("-10:10"), QStringLiteral("--samples"), QStringLiteral("21"),
                   QStringLiteral("--maxout"), pieces, QStringLiteral("--convention"), convention},
                  renderer);

    QCOMPARE(r.code, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.rows.size(), size_t(21));
    const auto parsedPieces = core::parseMaxoutPieces(pieces.toStdString());
    QVERIFY(parsedPieces);
    const auto kinkConvention = *core::parseConvention(convention.toStdString());
    for (const auto &row : csv.rows) {
        double value = 0.0;
        const double grad = maxoutReference(*parsedPieces.value, row[0], kinkConvention, &value);
        QCOMPARE(row[5], value);
        QCOMPARE(row[6], grad);
    }
}

void TestExportCommand::csvRectifierValuesMatchDefinitions()
{
    FakeRenderer renderer;
    const RunResult r =
        runExport({QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--range"),
                   QStringLiteral("-2:2"), QStringLiteral("--samples"), QStringLiteral("9"),
                   QStringLiteral("--alpha"), QStringLiteral("0.1")},
                  renderer);
    QCOMPARE(r.code, 0);
    for (const auto &row : parseCsv(r.out).rows) {
        const double z = row[0];
        QCOMPARE(row[1], std::max(0.0, z));
        QCOMPARE(row[3], z > 0 ? z : 0.1 * z);
        if (z != 0.0) {
            QCOMPARE(row[2], z > 0 ? 1.0 : 0.0);
            QCOMPARE(row[4], z > 0 ? 1.0 : 0.1);
        }
    }
}

void TestExportCommand::sessionGivesTheSettingsAndOptionsOverrideThem()
{
    QTemporaryDir dir;
    session::Session saved;
    saved.explorer.alpha = 1.0 / 3.0;
    saved.explorer.lo = -2.0;
    saved.explorer.hi = 2.0;
    saved.explorer.pieces = {{-1.0, 0.0}, {1.0, 0.0}};
    saved.explorer.convention = core::KinkConvention::Right;
    saved.explorer.visible = {FunctionId::Maxout};
    saved.explorer.pinned = {saved.explorer.pin(FunctionId::Leaky)};
    const QString path = dir.filePath(QStringLiteral("s.relulab"));
    QCOMPARE(session::writeSessionFile(path, saved), QString());

    const auto plain = session::parseExportArguments(
        {QStringLiteral("--session"), path, QStringLiteral("--csv"), QStringLiteral("-")});
    QVERIFY2(plain.request, qPrintable(plain.error));
    QVERIFY(plain.request->settings == saved.explorer);

    const auto overridden = session::parseExportArguments(
        {QStringLiteral("--session"), path, QStringLiteral("--csv"), QStringLiteral("-"),
         QStringLiteral("--alpha"), QStringLiteral("0.5"), QStringLiteral("--samples"),
         QStringLiteral("5")});
    QVERIFY2(overridden.request, qPrintable(overridden.error));
    ExplorerSettings expected = saved.explorer;
    expected.alpha = 0.5;
    expected.samples = 5;
    QVERIFY(overridden.request->settings == expected);

    // The CSV follows the session: |z| as maxout, right derivative at the kink, z in [-2, 2].
    FakeRenderer renderer;
    const RunResult r =
        runExport({QStringLiteral("--session"), path, QStringLiteral("--csv"), QStringLiteral("-"),
                   QStringLiteral("--samples"), QStringLiteral("5")},
                  renderer);
    QCOMPARE(r.code, 0);
    const Csv csv = parseCsv(r.out);
    QCOMPARE(csv.rows.size(), size_t(5));
    QCOMPARE(csv.rows[0][0], -2.0);
    QCOMPARE(csv.rows[0][5], 2.0);  // maxout = |z|
    QCOMPARE(csv.rows[2][6], 1.0);  // maxout' at the kink under the right convention
    QCOMPARE(csv.rows[0][3], -2.0 / 3.0);
}

void TestExportCommand::badSessionExitsTwoNamingTheOptionAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("content");  // empty: no such file
    QTest::addColumn<QString>("problem");
    const QByteArray good = session::sessionToBytes(session::Session{});
    QTest::newRow("missing file") << QByteArray() << "the file does not exist";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "line ";
    QTest::newRow("not JSON") << QByteArray("alpha = 0.1\n") << "line 1, column 1: ";
    QTest::newRow("wrong version")
        << QByteArray(R"({"format": "relulab-session", "version": 3})")
        << "version: this ReLU Lab reads version 1 to 2 sessions, the file is version 3";
    QByteArray bad = good;
    bad.replace("\"alpha\": 0.01", "\"alpha\": 3");
    QTest::newRow("alpha out of range")
        << bad << "explorer.alpha: the leaky slope \u03b1 must be a number in [-1, 1]";
}

void TestExportCommand::badSessionExitsTwoNamingTheOptionAndWritesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.relulab"));
    if (!content.isEmpty()) QVERIFY(writeFile(path, content));
    FakeRenderer renderer;
    const RunResult r = runExport({QStringLiteral("--session"), path, QStringLiteral("--csv"),
                                   dir.filePath(QStringLiteral("out.csv")), QStringLiteral("--png"),
                                   dir.filePath(QStringLiteral("out.png"))},
                                  renderer);
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.startsWith(QStringLiteral("relulab export: --session: '%1': %2").arg(path, problem)),
        qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(renderer.calls, 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.csv"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.png"))));
}

RELULAB_TEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
