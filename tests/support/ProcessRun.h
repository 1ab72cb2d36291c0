// Running a program (the real relulab binary) to its end and collecting what it left.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace relulab::test {

// How long a run may take: a sanitized build on a loaded machine is slow.
inline constexpr int kProcessTimeoutMs = 120000;

struct RunResult
{
    int code = -1;  // -1: did not finish normally (a warning says why)
    QByteArray out;
    QByteArray err;
};

// This process's environment with no display at all: neither an X server nor a chosen Qt
// platform, as on a build server, so a command has to be headless by itself.
QProcessEnvironment headlessEnvironment();

// Starts program on the prepared process (environment, working directory, child modifier are
// the caller's) and waits for it to exit; a run that hangs or crashes is killed and has code -1.
RunResult runToEnd(QProcess &process, const QString &program, const QStringList &arguments);

}  // namespace relulab::test
