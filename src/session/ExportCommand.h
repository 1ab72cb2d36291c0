// The headless `relulab export` command: options to settings, curves to CSV, figures to files.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

#include "AnimationOptions.h"
#include "CommandLine.h"
#include "ExplorerSettings.h"
#include "ImageFormat.h"

namespace relulab::session {

// Everything one export run will do, already validated.
struct ExportRequest
{
    static constexpr int kMinImageSide = 64;
    static constexpr int kMaxImageSide = 8192;
    // The --csv value that means standard output.
    static constexpr QLatin1String kStdout{"-"};

    ExplorerSettings settings;
    QString csvPath;  // kStdout for standard output; empty for no CSV
    QString pngPath;
    QString svgPath;
    QString pdfPath;
    QSize size{1280, 720};
    // --animate with --sweep: the figure at size while alpha or the range changes.
    std::optional<AnimationRequest> animation;
    std::optional<AnimationSweep> sweep;
};

// The outcome of reading the arguments: a request, the help text, or an error for stderr.
struct ExportArguments
{
    std::optional<ExportRequest> request;
    QString helpText;  // set when --help was given
    QString error;     // set when the arguments are wrong; names the option and its accepted form
};

// The command's options, description and closing text: what its parser, --help and the man page
// are made from.
CommandLine exportCommandLine();

// Reads the arguments that follow `relulab export` and checks that every output path can be
// written, without creating or touching any file.
ExportArguments parseExportArguments(const QStringList &arguments);

// The rectifier curves and their derivatives under settings.convention on the uniform grid,
// as "x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad" with %.17g numbers.
QByteArray curvesCsv(const ExplorerSettings &settings);

// The settings frame k of n of the request's animation shows: its sweep's value put in.
ExplorerSettings sweptSettings(const ExplorerSettings &settings, const AnimationSweep &sweep, int k,
                               int n);

// Runs the command; returns the exit code: 0 success, 2 bad input, unwritable output or a
// figure that could not be rendered, 1 an unexpected internal failure.
int runExportCommand(const QStringList &arguments, const FigureRenderer &render, QTextStream &out,
                     QTextStream &err);

}  // namespace relulab::session
