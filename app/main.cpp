// relulab: starts the explorer window, or runs a headless command (`relulab export ...`).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>

#include "gui/FigureRenderer.h"
#include "gui/MainWindow.h"
#include "gui/TrainingFigure.h"
#include "session/ExplorerState.h"
#include "session/ExportCommand.h"
#include "session/TrainCommand.h"

namespace {

// Qt falls back to /tmp/runtime-<user> with a warning on stderr when XDG_RUNTIME_DIR is unset
// (ssh sessions, CI, cron); headless commands must print nothing but their output, so make the
// same private directory ourselves and say so in the environment.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) return;
    const QByteArray dir =
        QDir::tempPath().toLocal8Bit() + "/runtime-" + qgetenv("USER").replace('/', '_');
    if (QDir().mkpath(QString::fromLocal8Bit(dir)) &&
        QFile::setPermissions(QString::fromLocal8Bit(dir), QFileDevice::ReadOwner |
                                                               QFileDevice::WriteOwner |
                                                               QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", dir);
}

// The offscreen platform warns that it "does not support propagateSizeHints()" whenever a
// widget is shown; for headless pictures that is expected, and stderr is for our messages.
QtMessageHandler g_defaultHandler = nullptr;
void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))) return;
    g_defaultHandler(type, context, message);
}

// The arguments after `relulab <command>`, taken before Q(Gui)Application is constructed: it
// removes the Qt options it knows from argv, and -session/--session is one of them (X11 session
// management), so `relulab export --session FILE` would lose its option.
QStringList commandArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

bool isCommand(int argc, char **argv, const char *name)
{
    return argc > 1 && qstrcmp(argv[1], name) == 0;
}

int runExport(int argc, char **argv)
{
    // Headless: no X server needed; fonts come from fontconfig (fonts-dejavu-core).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    const QStringList arguments = commandArguments(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relulab"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return relulab::session::runExportCommand(arguments, relulab::gui::renderFigure, out, err);
}

int runTrain(int argc, char **argv)
{
    // Training itself needs no GUI; only a --snapshot picture needs widgets (off-screen).
    bool picture = false;
    for (int i = 2; i < argc; ++i)
        picture = picture || QByteArray(argv[i]).contains("snapshot");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = commandArguments(argc, argv);
    if (!picture) {
        QCoreApplication app(argc, argv);
        return relulab::session::runTrainCommand(arguments, out, err);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    return relulab::session::runTrainCommand(arguments, out, err,
                                             relulab::gui::renderTrainingFigure);
}

const char kUsage[] =
    "Usage: relulab [Qt options]        open the activation explorer\n"
    "       relulab export [options]    write curves (CSV) and figures (PNG, SVG, PDF) headless\n"
    "       relulab train [options]     train a small network headless; JSON summary, CSV log\n"
    "       relulab --help | --version\n"
    "\n"
    "relulab export --help and relulab train --help list their options.\n";

}  // namespace

int main(int argc, char **argv)
{
    ensureRuntimeDir();
    if (isCommand(argc, argv, "export")) return runExport(argc, argv);
    if (isCommand(argc, argv, "train")) return runTrain(argc, argv);
    if (isCommand(argc, argv, "--help") || isCommand(argc, argv, "-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (isCommand(argc, argv, "--version")) {
        std::printf("relulab %s\n", RELULAB_VERSION);
        return 0;
    }
    // A word where a command belongs is a typo, not a file to open: say so instead of opening
    // a window.
    if (argc > 1 && argv[1][0] != '-') {
        std::fprintf(
            stderr, "relulab: unknown command '%s' (commands: export, train; see relulab --help)\n",
            argv[1]);
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relulab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ReLU Lab"));
    QApplication::setOrganizationName(QStringLiteral("ReLU Lab"));
    QApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));
    // The desktop entry's name: docks and task bars match the window to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("relulab"));
    // Classroom default: a size that reads from the back of a room on a projector.
    QFont font = QApplication::font();
    font.setPointSizeF(std::max(font.pointSizeF(), 9.0) * 1.2);
    QApplication::setFont(font);

    relulab::session::ExplorerState state;
    relulab::gui::MainWindow window(&state);
    window.restoreLastSession();
    window.show();
    return QApplication::exec();
}
