// Parsing, validation and the all-or-nothing file writing behind `relulab export`.
#include "ExportCommand.h"

#include "CommandLine.h"
#include "SessionFile.h"

#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <exception>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/CurveSampling.h"
#include "core/TextParsing.h"

namespace relulab::session {

namespace {

const QString kExportCommand = QStringLiteral("relulab export");

// An output file still to be written, with the option that asked for it.
struct PendingFile
{
    QString option;
    QString path;
    QByteArray bytes;
};

QString toQString(const std::string &s)
{
    return QString::fromStdString(s);
}

QString defaultPieces()
{
    return toQString(core::formatMaxoutPieces(ExplorerSettings{}.pieces));
}

QString allFunctionKeys()
{
    QStringList keys;
    for (FunctionId id : kAllFunctions)
        keys << functionKey(id);
    return keys.join(QStringLiteral(", "));
}

QString defaultFunctionKeys()
{
    QStringList keys;
    // kAllFunctions fixes the order, so the default reads the same on every run.
    for (FunctionId id : kAllFunctions) {
        if (ExplorerSettings{}.visible.contains(id)) keys << functionKey(id);
    }
    return keys.join(QLatin1Char(','));
}

std::vector<OptionSpec> optionSpecs()
{
    return {
        {QStringLiteral("session"), QStringLiteral("FILE.relulab"),
         QStringLiteral("Start from the explorer settings of a saved session (alpha, range, "
                        "pieces, convention, functions, pinned curves); the other options "
                        "override them."),
         QStringLiteral("--session FILE.relulab, a session saved by ReLU Lab")},
        {QStringLiteral("csv"), QStringLiteral("FILE|-"),
         QStringLiteral("Write x and the values and derivatives of ReLU, Leaky ReLU and maxout "
                        "as CSV to FILE, or to standard output for -."),
         QStringLiteral("--csv FILE, or --csv - for standard output")},
        {QStringLiteral("png"), QStringLiteral("FILE"),
         QStringLiteral("Write the figure (f above, f' below) as PNG to FILE."),
         QStringLiteral("--png FILE, a file in an existing writable directory")},
        {QStringLiteral("svg"), QStringLiteral("FILE"),
         QStringLiteral("Write the figure as SVG to FILE."),
         QStringLiteral("--svg FILE, a file in an existing writable directory")},
        {QStringLiteral("pdf"), QStringLiteral("FILE"),
         QStringLiteral("Write the figure as PDF to FILE."),
         QStringLiteral("--pdf FILE, a file in an existing writable directory")},
        {QStringLiteral("alpha"), QStringLiteral("A"),
         QStringLiteral("Leaky ReLU slope for z < 0 (default %1).")
             .arg(toQString(core::formatExact(core::LeakyRelu::kDefaultAlpha))),
         QStringLiteral("--alpha A, a number in [-1, 1]")},
        {QStringLiteral("range"), QStringLiteral("LO:HI"),
         QStringLiteral("The z range (default %1:%2).")
             .arg(toQString(core::formatExact(ExplorerSettings::kDefaultLo)),
                  toQString(core::formatExact(ExplorerSettings::kDefaultHi))),
         QStringLiteral("--range LO:HI, numbers in [-1e6, 1e6] with LO < HI")},
        {QStringLiteral("maxout"), QStringLiteral("s1,b1;s2,b2;..."),
         QStringLiteral("Maxout pieces, max_i(s_i z + b_i) (default \"%1\").").arg(defaultPieces()),
         QStringLiteral("--maxout \"s1,b1;s2,b2;...\", 1 to 8 slope,intercept pairs")},
        {QStringLiteral("samples"), QStringLiteral("N"),
         QStringLiteral("Number of CSV rows, evenly spaced over the range with both ends "
                        "included (default %1).")
             .arg(ExplorerSettings::kDefaultSamples),
         QStringLiteral("--samples N, a whole number from %1 to %2")
             .arg(ExplorerSettings::kMinSamples)
             .arg(ExplorerSettings::kMaxSamples)},
        {QStringLiteral("convention"), QStringLiteral("left|right|mean|first"),
         QStringLiteral("The derivative at a kink: the left derivative (PyTorch's and "
                        "TensorFlow's for ReLU and Leaky ReLU; for maxout the smallest tied "
                        "slope), the right one, their mean, or first: PyTorch's values (relu, "
                        "leaky_relu, and maxout as max over the piece dimension, which gives a "
                        "tie to the first maximal piece) (default left)."),
         QStringLiteral("--convention left|right|mean|first")},
        {QStringLiteral("size"), QStringLiteral("WxH"),
         QStringLiteral("Figure size in pixels (default 1280x720)."),
         QStringLiteral("--size WxH, each from %1 to %2")
             .arg(ExportRequest::kMinImageSide)
             .arg(ExportRequest::kMaxImageSide)},
        {QStringLiteral("functions"), QStringLiteral("LIST"),
         QStringLiteral("Comma list of the functions drawn in the figures (default %1); the "
                        "CSV always holds the three rectifiers.")
             .arg(defaultFunctionKeys()),
         QStringLiteral("--functions KEY,KEY,... with keys among %1").arg(allFunctionKeys())},
    };
}

std::vector<OptionSpec> allOptionSpecs()
{
    std::vector<OptionSpec> specs = optionSpecs();
    for (OptionSpec &spec : animationOptionSpecs(
             QStringLiteral("the figure (as --png draws it, at --size) while --sweep changes "
                            "alpha or the range"),
             false))
        specs.push_back(std::move(spec));
    specs.push_back(sweepOptionSpec());
    return specs;
}

const QString kEpilogue = QStringLiteral(
    "\nAt least one of --csv, --png, --svg, --pdf, --animate is required. Nothing is written "
    "unless every "
    "option is valid and every output can be written.\n"
    "\nExit status:\n"
    "  0  success\n"
    "  2  bad input (also a malformed, truncated or wrong-version --session file), an "
    "unwritable output or a figure that could not be drawn\n"
    "  1  an unexpected internal failure\n");

// Each reader below reads one option, when given, into the request; it returns the problem as a
// message naming the option, or empty.

QString readExportSession(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("session"))) return {};
    const QString path = parser.value(QStringLiteral("session"));
    const auto session = readSessionFile(path);
    if (!session)
        return parser.optionError(QStringLiteral("session"),
                                  QStringLiteral("%1: %2").arg(quoted(path), session.error));
    request.settings = session.value->explorer;
    return {};
}

QString readAlpha(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("alpha"))) return {};
    const QString value = parser.value(QStringLiteral("alpha"));
    const auto alpha = core::parseFiniteDouble(value.toStdString());
    if (!alpha) return parser.optionError(QStringLiteral("alpha"), toQString(alpha.error));
    if (const QString e = validateAlpha(*alpha.value); !e.isEmpty())
        return parser.optionError(QStringLiteral("alpha"),
                                  QStringLiteral("%1, got %2").arg(e, quoted(value)));
    request.settings.alpha = *alpha.value;
    return {};
}

QString readRange(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("range"))) return {};
    const QString value = parser.value(QStringLiteral("range"));
    const auto range = core::parseRange(value.toStdString());
    if (!range) return parser.optionError(QStringLiteral("range"), toQString(range.error));
    if (const QString e = validateRange(range.value->lo, range.value->hi); !e.isEmpty())
        return parser.optionError(QStringLiteral("range"),
                                  QStringLiteral("%1, got %2").arg(e, quoted(value)));
    request.settings.lo = range.value->lo;
    request.settings.hi = range.value->hi;
    return {};
}

QString readMaxout(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("maxout"))) return {};
    const QString value = parser.value(QStringLiteral("maxout"));
    const auto pieces = core::parseMaxoutPieces(value.toStdString());
    if (!pieces) return parser.optionError(QStringLiteral("maxout"), toQString(pieces.error));
    if (const QString e = validatePieces(*pieces.value); !e.isEmpty())
        return parser.optionError(QStringLiteral("maxout"),
                                  QStringLiteral("%1, got %2").arg(e, quoted(value)));
    request.settings.pieces = *pieces.value;
    return {};
}

QString readSamples(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("samples"))) return {};
    const auto samples =
        core::parseInt(parser.value(QStringLiteral("samples")).toStdString(),
                       ExplorerSettings::kMinSamples, ExplorerSettings::kMaxSamples);
    if (!samples) return parser.optionError(QStringLiteral("samples"), toQString(samples.error));
    request.settings.samples = *samples.value;
    return {};
}

QString readConvention(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("convention"))) return {};
    const QString value = parser.value(QStringLiteral("convention"));
    const auto convention = core::parseConvention(value.toStdString());
    if (!convention)
        return parser.optionError(
            QStringLiteral("convention"),
            QStringLiteral("expected left, right, mean or first, got %1").arg(quoted(value)));
    request.settings.convention = *convention;
    return {};
}

QString readSize(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("size"))) return {};
    const auto size = core::parseSize(parser.value(QStringLiteral("size")).toStdString(),
                                      ExportRequest::kMinImageSide, ExportRequest::kMaxImageSide);
    if (!size) return parser.optionError(QStringLiteral("size"), toQString(size.error));
    request.size = QSize(size.value->width, size.value->height);
    return {};
}

QString readFunctions(const CommandLine &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("functions"))) return {};
    QSet<FunctionId> visible;
    for (const QString &key : parser.value(QStringLiteral("functions")).split(QLatin1Char(','))) {
        const auto id = functionFromKey(key.trimmed());
        if (!id)
            return parser.optionError(
                QStringLiteral("functions"),
                QStringLiteral("unknown function %1").arg(quoted(key.trimmed())));
        visible.insert(*id);
    }
    request.settings.visible = visible;
    return {};
}

// Reads the option values into request, over a --session's settings; returns the first problem
// as a message.
QString readExportSettings(const CommandLine &parser, ExportRequest &request)
{
    using Reader = QString (*)(const CommandLine &, ExportRequest &);
    for (Reader reader : {readExportSession, readAlpha, readRange, readMaxout, readSamples,
                          readConvention, readSize, readFunctions}) {
        if (QString e = reader(parser, request); !e.isEmpty()) return e;
    }
    if (const QString e = request.settings.validate(); !e.isEmpty())
        return QStringLiteral("%1: %2").arg(kExportCommand, e);
    return {};
}

// Reads the output paths into request and checks each can be written; returns the first problem.
QString readExportOutputs(const CommandLine &parser, ExportRequest &request)
{
    const std::pair<QString, QString *> outputs[] = {
        {QStringLiteral("csv"), &request.csvPath},
        {QStringLiteral("png"), &request.pngPath},
        {QStringLiteral("svg"), &request.svgPath},
        {QStringLiteral("pdf"), &request.pdfPath},
    };
    std::vector<std::pair<QString, QString>> claimed;  // option, absolute path
    for (const auto &[name, path] : outputs) {
        if (!parser.isSet(name)) continue;
        const QString value = parser.value(name);
        if (value.isEmpty())
            return parser.optionError(name, QStringLiteral("expected a file, got nothing"));
        if (value == ExportRequest::kStdout) {
            if (name != QLatin1String("csv"))
                return parser.optionError(name,
                                          QStringLiteral("standard output (-) is only for --csv"));
            *path = value;
            continue;
        }
        if (const QString e = checkWritable(value); !e.isEmpty())
            return parser.optionError(name, e);
        // Two outputs into one file would leave only the last one, silently.
        const QString absolute = QFileInfo(value).absoluteFilePath();
        for (const auto &[other, otherPath] : claimed) {
            if (otherPath == absolute)
                return parser.optionError(
                    name, QStringLiteral("%1 is also the file for --%2").arg(quoted(value), other));
        }
        claimed.emplace_back(name, absolute);
        *path = value;
    }
    if (QString e = readAnimationRequest(parser, false, &request.animation); !e.isEmpty()) return e;
    if (QString e = readSweep(parser, &request.sweep); !e.isEmpty()) return e;
    if (request.animation) {
        // Figures go up to 8192 a side; an animation's frames, all kept until encoded, less far.
        if (request.size.width() > AnimationWriter::kMaxSide ||
            request.size.height() > AnimationWriter::kMaxSide)
            return parser.optionError(
                QStringLiteral("size"),
                QStringLiteral("at most %1 a side with --animate").arg(AnimationWriter::kMaxSide));
        request.animation->size = request.size;
        const QString absolute = QFileInfo(request.animation->path).absoluteFilePath();
        for (const auto &[other, otherPath] : claimed) {
            if (otherPath == absolute)
                return parser.optionError(QStringLiteral("animate"),
                                          QStringLiteral("%1 is also the file for --%2")
                                              .arg(quoted(request.animation->path), other));
        }
    }
    if (request.csvPath.isEmpty() && request.pngPath.isEmpty() && request.svgPath.isEmpty() &&
        request.pdfPath.isEmpty() && !request.animation)
        return parser.generalError(
            QStringLiteral("no output given"),
            QStringLiteral("at least one of --csv FILE|-, --png FILE, --svg FILE, "
                           "--pdf FILE, --animate FILE.gif|FILE.mp4"));
    return {};
}

}  // namespace

CommandLine exportCommandLine()
{
    return CommandLine(kExportCommand,
                       QStringLiteral("Writes the ReLU, Leaky ReLU and maxout curves as CSV and "
                                      "the explorer's figure as PNG, SVG or PDF, without opening "
                                      "a window."),
                       allOptionSpecs(), kEpilogue);
}

ExportArguments parseExportArguments(const QStringList &arguments)
{
    CommandLine parser = exportCommandLine();
    ExportArguments result;
    if (!parser.parse(arguments)) {
        result.error = parser.error();
        return result;
    }
    if (parser.helpRequested()) {
        result.helpText = parser.helpText();
        return result;
    }
    ExportRequest request;
    if (QString e = readExportSettings(parser, request); !e.isEmpty()) {
        result.error = std::move(e);
        return result;
    }
    if (QString e = readExportOutputs(parser, request); !e.isEmpty()) {
        result.error = std::move(e);
        return result;
    }
    result.request = std::move(request);
    return result;
}

QByteArray curvesCsv(const ExplorerSettings &settings)
{
    const std::vector<double> grid = core::uniformGrid(settings.lo, settings.hi, settings.samples);
    const core::Activation curves[] = {settings.activation(FunctionId::Relu),
                                       settings.activation(FunctionId::Leaky),
                                       settings.activation(FunctionId::Maxout)};
    QByteArray csv("x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad\n");
    // About 7 numbers of at most 24 characters a row; one allocation even for a million rows.
    csv.reserve(csv.size() + static_cast<qsizetype>(grid.size()) * 7 * 25);
    const auto append = [&csv](double v) {
        const std::string s = core::formatExact(v);
        csv.append(s.data(), static_cast<qsizetype>(s.size()));
    };
    for (double z : grid) {
        append(z);
        for (const core::Activation &a : curves) {
            csv.append(',');
            append(core::value(a, z));
            csv.append(',');
            append(core::derivative(a, z, settings.convention));
        }
        csv.append('\n');
    }
    return csv;
}

ExplorerSettings sweptSettings(const ExplorerSettings &settings, const AnimationSweep &sweep, int k,
                               int n)
{
    ExplorerSettings s = settings;
    const double v = sweep.valueAt(k, n);
    if (sweep.parameter == AnimationSweep::Parameter::Alpha) {
        s.alpha = v;
    } else {
        s.lo = -v;
        s.hi = v;
    }
    return s;
}

namespace {

// Draws the request's sweep frame by frame into --animate; the problem as a message, or empty.
// Nothing is left at the path unless the whole animation was written.
QString writeAnimation(const ExportRequest &request, const FigureRenderer &render)
{
    const AnimationRequest &a = *request.animation;
    AnimationWriter writer(a.path, a.size, a.fps, a.format);
    if (QString e = writer.start(); !e.isEmpty()) return e;
    for (int k = 0; k < a.frames; ++k) {
        const ExplorerSettings settings =
            sweptSettings(request.settings, *request.sweep, k, a.frames);
        QString error;
        // As --png draws it: the same renderer, the same pixels.
        const QByteArray png =
            render ? render(settings, a.size, ImageFormat::Png, &error) : QByteArray();
        const QImage frame = QImage::fromData(png, "PNG");
        if (frame.isNull())
            return QStringLiteral("could not draw frame %1: %2")
                .arg(k)
                .arg(error.isEmpty() ? QStringLiteral("the renderer returned nothing") : error);
        if (QString e = writer.addFrame(frame); !e.isEmpty()) return e;
    }
    return writer.finish();
}

}  // namespace

int runExportCommand(const QStringList &arguments, const FigureRenderer &render, QTextStream &out,
                     QTextStream &err)
{
    const auto fail = [&err](const QString &message, int code) {
        err << message << '\n';
        err.flush();
        return code;
    };
    try {
        const ExportArguments parsed = parseExportArguments(arguments);
        if (!parsed.helpText.isEmpty()) {
            out << parsed.helpText;
            out.flush();
            return 0;
        }
        if (!parsed.request) return fail(parsed.error, 2);
        const ExportRequest &request = *parsed.request;

        // Everything is produced in memory before the first file is touched, so a failure here
        // leaves every existing file as it was.
        std::vector<PendingFile> files;
        QByteArray stdoutCsv;
        if (!request.csvPath.isEmpty()) {
            QByteArray csv = curvesCsv(request.settings);
            if (request.csvPath == ExportRequest::kStdout)
                stdoutCsv = std::move(csv);
            else
                files.push_back({QStringLiteral("csv"), request.csvPath, std::move(csv)});
        }
        const std::tuple<QString, QString, ImageFormat> images[] = {
            {QStringLiteral("png"), request.pngPath, ImageFormat::Png},
            {QStringLiteral("svg"), request.svgPath, ImageFormat::Svg},
            {QStringLiteral("pdf"), request.pdfPath, ImageFormat::Pdf},
        };
        for (const auto &[name, path, format] : images) {
            if (path.isEmpty()) continue;
            QString error;
            QByteArray bytes =
                render ? render(request.settings, request.size, format, &error) : QByteArray();
            if (bytes.isEmpty()) {
                if (error.isEmpty()) error = QStringLiteral("the renderer returned nothing");
                return fail(QStringLiteral("%1: --%2: could not draw the figure: %3")
                                .arg(kExportCommand, name, error),
                            2);
            }
            files.push_back({name, path, std::move(bytes)});
        }

        // Before the other files: it is the one most likely to fail (drawing, encoding).
        if (request.animation) {
            if (const QString e = writeAnimation(request, render); !e.isEmpty())
                return fail(QStringLiteral("%1: --animate: %2").arg(kExportCommand, e), 2);
        }
        for (const PendingFile &file : files) {
            // Until commit() the target is untouched; a failed write leaves the old file.
            if (const QString e = writeAtomically(file.path, file.bytes); !e.isEmpty())
                return fail(QStringLiteral("%1: --%2: %3").arg(kExportCommand, file.option, e), 2);
        }
        if (!request.csvPath.isEmpty() && request.csvPath == ExportRequest::kStdout) {
            out << QLatin1String(stdoutCsv.constData(), stdoutCsv.size());
            out.flush();
            if (out.status() != QTextStream::Ok)
                return fail(QStringLiteral("%1: --csv: cannot write to standard output")
                                .arg(kExportCommand),
                            2);
        }
        return 0;
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1: internal error: %2")
                        .arg(kExportCommand, QString::fromLocal8Bit(e.what())),
                    1);
    }
}

}  // namespace relulab::session
