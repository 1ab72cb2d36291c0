// Saving when it cannot work: a full disk, a read-only directory or file, a process killed in the
// middle of a write. Through the real relulab binary; the old file must stay byte-identical and
// no partial file may appear under the target's name.
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include "support/Files.h"
#include "support/ProcessRun.h"
#include "support/TestRegistry.h"

using relulab::test::readAll;
using relulab::test::RunResult;
using relulab::test::writeFile;

namespace {

constexpr int kTimeoutMs = relulab::test::kProcessTimeoutMs;
constexpr uid_t kNobody = 65534;  // Debian's nobody and nogroup

// What the child process is put under before it runs relulab.
enum class Limit {
    None,
    // Files may grow to 4 KiB only (writes beyond fail with EFBIG, as on a full disk).
    FullDisk,
    // Not root: as root the permission bits of a read-only directory would not stop anyone, so a
    // root test run drops to nobody for the child.
    NotRoot,
};

QProcessEnvironment headlessEnvironment(Limit limit)
{
    QProcessEnvironment environment = relulab::test::headlessEnvironment();
    if (limit == Limit::NotRoot && geteuid() == 0) {
        // nobody's own runtime directory and no home of root's: nothing to warn about.
        environment.insert(QStringLiteral("USER"), QStringLiteral("nobody"));
        environment.insert(QStringLiteral("HOME"), QDir::tempPath());
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    }
    return environment;
}

void prepare(QProcess &process, Limit limit)
{
    process.setProcessEnvironment(headlessEnvironment(limit));
    process.setChildProcessModifier([limit] {
        // Only async-signal-safe calls here: this runs between fork and exec.
        if (limit == Limit::FullDisk) {
            ::signal(SIGXFSZ, SIG_IGN);  // a failed write instead of a killed process
            const rlimit small{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &small);
        } else if (limit == Limit::NotRoot && ::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(125);
        }
    });
}

// The relulab the child runs. A root test run's child is nobody, who may not be able to reach the
// build tree (a checkout in a mode-0700 directory, as `mktemp -d` makes): it runs a copy of the
// very same binary from a directory everyone can enter. Empty if the copy could not be made.
QString binaryFor(Limit limit)
{
    if (limit != Limit::NotRoot || ::geteuid() != 0) return QStringLiteral(RELULAB_BINARY);
    static QTemporaryDir reachable(QDir::tempPath() + QStringLiteral("/relulab-bin-XXXXXX"));
    static const QString copy = [] {
        const QString path = reachable.filePath(QStringLiteral("relulab"));
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::ExeOther;
        if (!reachable.isValid() || !QFile::copy(QStringLiteral(RELULAB_BINARY), path) ||
            !QFile::setPermissions(reachable.path(), everyone) ||
            !QFile::setPermissions(path, everyone))
            return QString();
        return path;
    }();
    return copy;
}

RunResult run(const QStringList &arguments, Limit limit = Limit::None)
{
    QProcess process;
    prepare(process, limit);
    const QString binary = binaryFor(limit);
    if (binary.isEmpty()) {
        qWarning("could not copy relulab where the unprivileged child can run it");
        return {};
    }
    return relulab::test::runToEnd(process, binary, arguments);
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                     QDir::Name);
}

// The old contents every test starts from: a valid CSV, as a previous export would have left.
const QByteArray kOldFile(
    "x,relu,relu_grad,leaky_relu,leaky_relu_grad,maxout,maxout_grad\n"
    "0,0,0,0,0.01,0,0\n");

// Arguments that write `path`, per writer of the app: big enough to exceed 4 KiB.
QStringList writerArguments(const QString &writer, const QString &path)
{
    if (writer == QLatin1String("export csv"))
        return {QStringLiteral("export"), QStringLiteral("--csv"), path,
                QStringLiteral("--samples"), QStringLiteral("2000")};
    // Under 16 KiB: the size QSaveFile would have buffered and written only in commit().
    if (writer == QLatin1String("export small csv"))
        return {QStringLiteral("export"), QStringLiteral("--csv"), path,
                QStringLiteral("--samples"), QStringLiteral("60")};
    if (writer == QLatin1String("export png"))
        return {QStringLiteral("export"), QStringLiteral("--png"), path};
    if (writer == QLatin1String("export svg"))
        return {QStringLiteral("export"), QStringLiteral("--svg"), path};
    if (writer == QLatin1String("train log"))
        return {QStringLiteral("train"),
                QStringLiteral("--steps"),
                QStringLiteral("400"),
                QStringLiteral("--log-every"),
                QStringLiteral("1"),
                QStringLiteral("--log"),
                path};
    if (writer == QLatin1String("train write-data"))
        return {QStringLiteral("train"), QStringLiteral("--steps"), QStringLiteral("0"),
                QStringLiteral("--write-data"), path};
    return {};
}

// The open files of a process that lie in `directory` (a temporary file being written there).
QList<QFileInfo> openFilesIn(qint64 pid, const QString &directory)
{
    QList<QFileInfo> files;
    QDirIterator it(QStringLiteral("/proc/%1/fd").arg(pid), QDir::System | QDir::Files);
    while (it.hasNext()) {
        const QString fd = it.next();
        const QString target = QFileInfo(fd).symLinkTarget();
        if (target.startsWith(directory + QLatin1Char('/'))) files << QFileInfo(fd);
    }
    return files;
}

}  // namespace

class tst_SaveFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullDiskFailsCleanlyKeepingTheOldFile_data();
    void fullDiskFailsCleanlyKeepingTheOldFile();
    void devFullIsRefusedWithAMessage();
    void readOnlyDirectoryFailsCleanlyKeepingTheOldFile_data();
    void readOnlyDirectoryFailsCleanlyKeepingTheOldFile();
    void readOnlyFileIsRefusedAndKeptAsItWas();
    void killedMidSaveLeavesTheOldFileReadable();
};

void tst_SaveFaults::fullDiskFailsCleanlyKeepingTheOldFile_data()
{
    QTest::addColumn<QString>("writer");
    for (const char *writer : {"export csv", "export small csv", "export png", "export svg",
                               "train log", "train write-data"})
        QTest::newRow(writer) << QString::fromLatin1(writer);
}

void tst_SaveFaults::fullDiskFailsCleanlyKeepingTheOldFile()
{
    QFETCH(QString, writer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.file"));
    QVERIFY(writeFile(path, kOldFile));

    // Without the limit the same command succeeds and writes more than 4 KiB...
    const QString elsewhere = dir.filePath(QStringLiteral("unlimited.file"));
    const RunResult fine = run(writerArguments(writer, elsewhere));
    QCOMPARE(fine.code, 0);
    QVERIFY2(QFileInfo(elsewhere).size() > 4096,
             qPrintable(QString::number(QFileInfo(elsewhere).size())));
    QVERIFY(QFile::remove(elsewhere));

    // ...with it, the write fails: exit 2, a message naming the file and the system's reason,
    // the old file untouched (not replaced by the first 4 KiB of the new one).
    const RunResult r = run(writerArguments(writer, path), Limit::FullDisk);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot write '" + path.toUtf8() + "': File too large"),
             r.err.constData());
    QCOMPARE(readAll(path), kOldFile);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("old.file")});
}

void tst_SaveFaults::devFullIsRefusedWithAMessage()
{
    // A device is no file to replace atomically (a rename over it would swap the device node
    // for a plain file): refused before anything is written.
    const RunResult r =
        run({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("/dev/full")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--csv"), r.err.constData());
    QVERIFY2(r.err.contains("'/dev/full' is not a regular file"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void tst_SaveFaults::readOnlyDirectoryFailsCleanlyKeepingTheOldFile_data()
{
    QTest::addColumn<QString>("writer");
    for (const char *writer : {"export csv", "export png", "train log", "train write-data"})
        QTest::newRow(writer) << QString::fromLatin1(writer);
}

void tst_SaveFaults::readOnlyDirectoryFailsCleanlyKeepingTheOldFile()
{
    QFETCH(QString, writer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkdir(locked));
    const QString path = locked + QStringLiteral("/old.file");
    QVERIFY(writeFile(path, kOldFile));
    // r-x for everyone: the child (nobody, when the test runs as root) can look but not write.
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readOnly | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(locked, readOnly));

    const RunResult r = run(writerArguments(writer, path), Limit::NotRoot);
    QVERIFY(QFile::setPermissions(locked, readOnly | QFileDevice::WriteOwner));  // for cleanup

    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("not writable"), r.err.constData());
    QCOMPARE(readAll(path), kOldFile);
    QCOMPARE(entries(locked), QStringList{QStringLiteral("old.file")});
}

void tst_SaveFaults::readOnlyFileIsRefusedAndKeptAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.csv"));
    QVERIFY(writeFile(path, kOldFile));
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    // The directory is writable for the child, so only the file's own bits say no.
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther));

    const RunResult r =
        run({QStringLiteral("export"), QStringLiteral("--csv"), path}, Limit::NotRoot);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("'" + path.toUtf8() + "' is not writable"), r.err.constData());
    QCOMPARE(readAll(path), kOldFile);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("old.csv")});
}

void tst_SaveFaults::killedMidSaveLeavesTheOldFileReadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    QVERIFY(writeFile(path, kOldFile));

    // A million rows (over 100 MB): the write takes long enough to be caught in the middle.
    // Timing decides whether one attempt catches it; a few attempts always do.
    int caught = 0;
    for (int attempt = 0; attempt < 5 && caught == 0; ++attempt) {
        QProcess process;
        prepare(process, Limit::None);
        process.start(QStringLiteral(RELULAB_BINARY),
                      {QStringLiteral("export"), QStringLiteral("--csv"), path,
                       QStringLiteral("--samples"), QStringLiteral("1000000")});
        QVERIFY(process.waitForStarted());
        const qint64 pid = process.processId();
        bool stopped = false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < kTimeoutMs && process.state() == QProcess::Running) {
            const QList<QFileInfo> open = openFilesIn(pid, dir.path());
            // Some bytes of the new file written (stat follows the fd to the file itself).
            if (!open.isEmpty() && open.constFirst().size() > 0) {
                ::kill(static_cast<pid_t>(pid), SIGSTOP);
                stopped = true;
                break;
            }
            QThread::usleep(200);
        }
        QVERIFY2(stopped || process.state() != QProcess::Running,
                 "the export never started writing");
        if (stopped) {
            // Still writing when stopped: the target must be the old file at this very moment.
            const QList<QFileInfo> open = openFilesIn(pid, dir.path());
            const bool midWrite = !open.isEmpty() && readAll(path) == kOldFile;
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            QVERIFY(process.waitForFinished(kTimeoutMs));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            if (midWrite) {
                ++caught;
                // Killed mid-write: the old file is whole, and the unfinished new one vanished
                // with the process (QSaveFile writes an unnamed O_TMPFILE on Linux).
                QCOMPARE(readAll(path), kOldFile);
                QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("curves.csv")});
            }
        } else {
            QVERIFY(process.waitForFinished(kTimeoutMs));
        }
        if (caught == 0) QVERIFY(writeFile(path, kOldFile));  // finished first: start again
    }
    QVERIFY2(caught > 0, "no attempt caught the export in the middle of its write");
}

RELULAB_TEST_GUILESS_MAIN(tst_SaveFaults)
#include "tst_savefaults.moc"
