// relulab: starts the explorer window, or runs a headless command (`relulab export ...`).
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <optional>

#include "gui/common/Language.h"
#include "gui/export/FigureRenderer.h"
#include "gui/export/TrainingFigure.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SessionDocument.h"
#include "session/ExplorerState.h"
#include "session/ExportCommand.h"
#include "session/ProcessMemory.h"
#include "session/ProgramUsage.h"
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

// The headless commands' figures are the same whatever the system's language: Qt formats the
// axes' numbers in the default locale, which is the system's (LANG=de_DE.UTF-8 would give
// "2,5"), and the command line promises English with '.' as the decimal point.
void useTheCommandLineLocale()
{
    QLocale::setDefault(QLocale::c());
}

int runExport(int argc, char **argv)
{
    // Headless: no X server needed; fonts come from fontconfig (fonts-dejavu-core).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    const QStringList arguments = commandArguments(argc, argv);
    useTheCommandLineLocale();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relulab"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return relulab::session::runExportCommand(arguments, relulab::gui::renderFigure, out, err);
}

int runTrain(int argc, char **argv)
{
    // Training itself needs no GUI; only a --snapshot or --animate picture needs widgets
    // (off-screen).
    bool picture = false;
    for (int i = 2; i < argc; ++i)
        picture = picture || QByteArray(argv[i]).contains("snapshot") ||
                  QByteArray(argv[i]).contains("animate");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = commandArguments(argc, argv);
    useTheCommandLineLocale();
    if (!picture) {
        QCoreApplication app(argc, argv);
        return relulab::session::runTrainCommand(arguments, out, err);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);
    return relulab::session::runTrainCommand(
        arguments, out, err,
        [](const std::vector<relulab::session::TrainingSnapshot> &history,
           const relulab::core::DataSplit &data, QSize size, QString *error) {
            return relulab::gui::renderTrainingFigure(history, data, size, error);
        });
}

// `relulab --benchmark-startup`, for scripts/bench.sh (and not in --help, it is no user's
// option): once the window has painted its first frame, prints one JSON line with the time since
// main() began and the resident memory, and quits. Whoever starts the process times the rest.
class FirstFrameProbe : public QObject
{
public:
    FirstFrameProbe(QWidget *window, const QElapsedTimer &sinceMain)
        : m_window(window), m_sinceMain(sinceMain)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Runs after this paint event and the flush that ends it have been handled.
            QTimer::singleShot(0, this, [this] {
                const double ms = static_cast<double>(m_sinceMain.nsecsElapsed()) / 1e6;
                std::printf("{\"first_frame_ms\":%.1f,\"rss_kb\":%ld,\"platform\":\"%s\"}\n", ms,
                            relulab::session::residentKilobytes().value_or(-1),
                            qPrintable(QGuiApplication::platformName()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_sinceMain;
    bool m_seen = false;
};

// Removes argv[i], so that Qt never sees it.
void dropArgument(int &argc, char **argv, int i)
{
    for (int j = i; j < argc; ++j)
        argv[j] = argv[j + 1];  // argv[argc] is the terminating null pointer
    --argc;
}

// Removes `flag` from argv; true when it was there.
bool takeFlag(int &argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) != 0) continue;
        dropArgument(argc, argv, i);
        return true;
    }
    return false;
}

}  // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    ensureRuntimeDir();
    if (isCommand(argc, argv, "export")) return runExport(argc, argv);
    if (isCommand(argc, argv, "train")) return runTrain(argc, argv);
    if (isCommand(argc, argv, "--help") || isCommand(argc, argv, "-h")) {
        std::fputs(qPrintable(relulab::session::programHelpText()), stdout);
        return 0;
    }
    if (isCommand(argc, argv, "--version")) {
        std::printf("relulab %s\n", RELULAB_VERSION);
        return 0;
    }
    // `relulab lesson.relulab` (or a file manager's "Open with") opens that session in the
    // window. Any other word where a command belongs is a typo: say so instead of opening a window.
    QString sessionToOpen;
    if (argc > 1 && argv[1][0] != '-') {
        const QString word = QString::fromLocal8Bit(argv[1]);
        const QFileInfo file(word);
        const bool looksLikeSession =
            file.suffix().compare(QStringLiteral("relulab"), Qt::CaseInsensitive) == 0;
        if (file.isFile()) {
            sessionToOpen = file.absoluteFilePath();
        } else if (looksLikeSession) {
            std::fprintf(stderr, "relulab: cannot open '%s': %s\n", argv[1],
                         file.exists() ? "it is not a file" : "no such file");
            return 2;
        } else {
            std::fprintf(
                stderr,
                "relulab: unknown command '%s' (commands: export, train; see relulab --help)\n",
                argv[1]);
            return 2;
        }
        dropArgument(argc, argv, 1);
    }

    const bool benchmarkStartup = takeFlag(argc, argv, "--benchmark-startup");
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
    // The system's language or the one chosen in View > Language; before any widget is made,
    // since widgets take their text when they are built. (The headless commands above stay in
    // English: their messages and figures are for scripts and match the documentation.)
    relulab::gui::installLanguage(relulab::gui::resolveLanguage(relulab::gui::savedLanguage()));
    // A translator's preview: a .qm compiled from their .ts (docs/translations.md) replaces the
    // built-in one without a rebuild; the pseudo-translation is shown the same way.
    if (const QString file = qEnvironmentVariable("RELULAB_TRANSLATION"); !file.isEmpty()) {
        if (!relulab::gui::installTranslationFile(file))
            std::fprintf(stderr, "relulab: cannot load the translation '%s'\n", qPrintable(file));
    }

    relulab::session::ExplorerState state;
    relulab::gui::MainWindow window(&state);
    window.restoreLastSession();
    std::optional<FirstFrameProbe> probe;
    if (benchmarkStartup) probe.emplace(&window, sinceMain);
    window.show();
    // Once the window is up, so that a file that does not read is explained in a message box
    // over it (the session restored from the last run stays as it was).
    if (!sessionToOpen.isEmpty())
        QTimer::singleShot(
            0, &window, [&window, sessionToOpen] { window.document()->openFile(sessionToOpen); });
    return QApplication::exec();
}
