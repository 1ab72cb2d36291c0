#include "support/ProcessRun.h"

#include <QProcess>

namespace relulab::test {

QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

RunResult runToEnd(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForFinished(kProcessTimeoutMs) ||
        process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        qWarning("%s did not finish: %s", qPrintable(program), qPrintable(process.errorString()));
        return result;
    }
    result.code = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

}  // namespace relulab::test
