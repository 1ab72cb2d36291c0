// `relulab train --animate` and `relulab export --animate --sweep` through the real binary: the
// files decoded back (frames, size, delay, loop, codec, duration), byte-identical GIFs, and bad
// requests that exit 2, name the option and leave no file.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/AnimationProbe.h"
#include "support/Files.h"
#include "support/ProcessRun.h"
#include "support/TestRegistry.h"

using relulab::test::readAll;
using relulab::test::RunResult;

namespace {

RunResult runRelulab(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(relulab::test::headlessEnvironment());
    return relulab::test::runToEnd(process, QStringLiteral(RELULAB_BINARY), arguments);
}

// A small, quick training run: 2-4-1 on the default data, 40 steps.
QStringList smallTrain()
{
    return {QStringLiteral("train"),   QStringLiteral("--hidden"), QStringLiteral("4"),
            QStringLiteral("--steps"), QStringLiteral("40"),       QStringLiteral("--samples"),
            QStringLiteral("100"),     QStringLiteral("--size"),   QStringLiteral("320x180")};
}

QStringList smallExport()
{
    return {QStringLiteral("export"), QStringLiteral("--size"), QStringLiteral("160x96")};
}

}  // namespace

class TestAnimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainGifHasFramesSizeDelayAndLoop();
    void trainGifIsByteIdenticalRunToRun();
    void trainMp4IsH264WithFramesAndDuration();
    void trainAnimateLeavesLogAndSnapshotAsWithout();
    void exportAlphaSweepFramesDiffer();
    void exportRangeSweepMp4();
    void badRequestExitsTwoNamesOptionAndLeavesNoFile_data();
    void badRequestExitsTwoNamesOptionAndLeavesNoFile();
    void badRequestKeepsExistingFile();
    void helpListsTheAnimationOptions();
};

void TestAnimation::trainGifHasFramesSizeDelayAndLoop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.gif"));
    const RunResult run =
        runRelulab(smallTrain() + QStringList{"--animate", path, "--frames", "5", "--fps", "5"});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.err, QByteArray());
    const relulab::test::GifContents gif = relulab::test::readGif(path);
    QVERIFY(gif.ok);
    QCOMPARE(gif.size, QSize(320, 180));
    QCOMPARE(gif.frames.size(), size_t(5));
    QCOMPARE(gif.delays, (std::vector<int>{20, 20, 20, 20, 20}));
    QVERIFY(gif.loopsForever);
    // The run trains between frames: the last frame is not the first.
    QVERIFY(gif.frames.front() != gif.frames.back());
}

void TestAnimation::trainGifIsByteIdenticalRunToRun()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.gif"));
    const QString b = dir.filePath(QStringLiteral("b.gif"));
    for (const QString &path : {a, b})
        QCOMPARE(runRelulab(smallTrain() + QStringList{"--animate", path, "--frames", "3"}).code,
                 0);
    QVERIFY(!readAll(a).isEmpty());
    QCOMPARE(readAll(b), readAll(a));
}

void TestAnimation::trainMp4IsH264WithFramesAndDuration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.mp4"));
    const RunResult run =
        runRelulab(smallTrain() + QStringList{"--animate", path, "--frames", "6", "--fps", "4"});
    QCOMPARE(run.code, 0);
    const relulab::test::Mp4Contents mp4 = relulab::test::readMp4(path);
    QVERIFY(mp4.ok);
    QCOMPARE(mp4.codec, QStringLiteral("h264"));
    QCOMPARE(mp4.pixelFormat, QStringLiteral("yuv420p"));
    QCOMPARE(mp4.size, QSize(320, 180));
    QCOMPARE(mp4.frames, 6L);
    QCOMPARE(mp4.seconds, 1.5);
    QVERIFY(mp4.indexFirst);
}

void TestAnimation::trainAnimateLeavesLogAndSnapshotAsWithout()
{
    // Frames between log rows get snapshots of their own only while they are drawn.
    QTemporaryDir dir;
    QStringList base = smallTrain();
    base.resize(base.size() - 2);  // without --size: it belongs to --animate
    const auto run = [&dir, &base](const QString &tag, const QStringList &more) {
        return runRelulab(base +
                          QStringList{"--log-every", "15", "--log", dir.filePath(tag + ".csv"),
                                      "--snapshot", dir.filePath(tag + ".png")} +
                          more);
    };
    const RunResult plain = run(QStringLiteral("plain"), {});
    const RunResult animated =
        run(QStringLiteral("animated"),
            {"--animate", dir.filePath("a.gif"), "--frames", "4", "--size", "320x180"});
    QCOMPARE(plain.code, 0);
    QCOMPARE(animated.code, 0);
    QCOMPARE(readAll(dir.filePath("animated.csv")), readAll(dir.filePath("plain.csv")));
    QCOMPARE(readAll(dir.filePath("animated.png")), readAll(dir.filePath("plain.png")));
    QCOMPARE(relulab::test::readGif(dir.filePath("a.gif")).frames.size(), size_t(4));
}

void TestAnimation::exportAlphaSweepFramesDiffer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alpha.gif"));
    const RunResult run = runRelulab(
        smallExport() + QStringList{"--animate", path, "--sweep", "alpha:0:0.5", "--frames", "3"});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.err, QByteArray());
    const relulab::test::GifContents gif = relulab::test::readGif(path);
    QVERIFY(gif.ok);
    QCOMPARE(gif.size, QSize(160, 96));
    QCOMPARE(gif.frames.size(), size_t(3));
    QCOMPARE(gif.delays, (std::vector<int>{10, 10, 10}));
    QVERIFY(gif.frames[1] != gif.frames[0]);
    QVERIFY(gif.frames[2] != gif.frames[1]);
}

void TestAnimation::exportRangeSweepMp4()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("range.mp4"));
    const RunResult run = runRelulab(
        smallExport() + QStringList{"--animate", path, "--sweep", "range:4:1", "--frames", "4"});
    QCOMPARE(run.code, 0);
    const relulab::test::Mp4Contents mp4 = relulab::test::readMp4(path);
    QVERIFY(mp4.ok);
    QCOMPARE(mp4.codec, QStringLiteral("h264"));
    QCOMPARE(mp4.size, QSize(160, 96));
    QCOMPARE(mp4.frames, 4L);
    QCOMPARE(mp4.seconds, 0.4);
}

void TestAnimation::badRequestExitsTwoNamesOptionAndLeavesNoFile_data()
{
    QTest::addColumn<QStringList>("arguments");  // FILE stands for the output's path
    QTest::addColumn<QString>("option");
    const QStringList train = smallTrain();
    const QStringList exportSweep = smallExport() + QStringList{"--sweep", "alpha:0:0.5"};
    QTest::newRow("train --frames 0")
        << train + QStringList{"--animate", "FILE.gif", "--frames", "0"} << "--frames";
    QTest::newRow("train --frames not a number")
        << train + QStringList{"--animate", "FILE.gif", "--frames", "many"} << "--frames";
    QTest::newRow("train --frames too many")
        << train + QStringList{"--animate", "FILE.gif", "--frames", "1001"} << "--frames";
    QTest::newRow("train unknown extension")
        << train + QStringList{"--animate", "FILE.avi", "--frames", "3"} << "--animate";
    QTest::newRow("train --animate without --frames")
        << train + QStringList{"--animate", "FILE.gif"} << "--animate";
    QTest::newRow("train --frames without --animate")
        << train + QStringList{"--frames", "3"} << "--frames";
    QTest::newRow("train --fps 0")
        << train + QStringList{"--animate", "FILE.gif", "--frames", "3", "--fps", "0"} << "--fps";
    QTest::newRow("train unwritable path")
        << train + QStringList{"--animate", "FILE/missing/x.gif", "--frames", "3"} << "--animate";
    QTest::newRow("export --frames 0")
        << exportSweep + QStringList{"--animate", "FILE.gif", "--frames", "0"} << "--frames";
    QTest::newRow("export unknown extension")
        << exportSweep + QStringList{"--animate", "FILE.png", "--frames", "3"} << "--animate";
    QTest::newRow("export unknown sweep parameter")
        << smallExport() +
               QStringList{"--animate", "FILE.gif", "--frames", "3", "--sweep", "beta:0:1"}
        << "--sweep";
    QTest::newRow("export sweep missing a value")
        << smallExport() +
               QStringList{"--animate", "FILE.gif", "--frames", "3", "--sweep", "alpha:1"}
        << "--sweep";
    QTest::newRow("export sweep not numbers")
        << smallExport() +
               QStringList{"--animate", "FILE.gif", "--frames", "3", "--sweep", "alpha:a:b"}
        << "--sweep";
    QTest::newRow("export alpha outside [0, 1)")
        << smallExport() +
               QStringList{"--animate", "FILE.gif", "--frames", "3", "--sweep", "alpha:0:1"}
        << "--sweep";
    QTest::newRow("export range not positive")
        << smallExport() +
               QStringList{"--animate", "FILE.gif", "--frames", "3", "--sweep", "range:0:4"}
        << "--sweep";
    QTest::newRow("export --animate without --sweep")
        << smallExport() + QStringList{"--animate", "FILE.gif", "--frames", "3"} << "--animate";
    QTest::newRow("export --sweep without --animate")
        << smallExport() + QStringList{"--png", "FILE.png", "--sweep", "alpha:0:0.5"} << "--sweep";
    QTest::newRow("export size too large for an animation")
        << exportSweep + QStringList{"--animate", "FILE.gif", "--frames", "3", "--size", "5000x720"}
        << "--size";
    QTest::newRow("export unwritable path")
        << exportSweep + QStringList{"--animate", "FILE/missing/x.mp4", "--frames", "3"}
        << "--animate";
}

void TestAnimation::badRequestExitsTwoNamesOptionAndLeavesNoFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, option);
    QTemporaryDir dir;
    for (QString &a : arguments)
        a.replace(QStringLiteral("FILE"), dir.filePath(QStringLiteral("out")));
    const RunResult run = runRelulab(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains((option + QLatin1Char(':')).toUtf8()), run.err.constData());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestAnimation::badRequestKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gif"));
    QVERIFY(relulab::test::writeFile(path, "old"));
    const RunResult run = runRelulab(
        smallExport() + QStringList{"--animate", path, "--sweep", "alpha:0:2", "--frames", "3"});
    QCOMPARE(run.code, 2);
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"old.gif"});
}

void TestAnimation::helpListsTheAnimationOptions()
{
    for (const char *command : {"train", "export"}) {
        const RunResult run = runRelulab({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        for (const char *option : {"--animate", "--frames", "--fps"})
            QVERIFY2(run.out.contains(option), command);
    }
    QVERIFY(
        runRelulab({QStringLiteral("export"), QStringLiteral("--help")}).out.contains("--sweep"));
}

RELULAB_TEST_MAIN(TestAnimation)
#include "tst_animation.moc"
