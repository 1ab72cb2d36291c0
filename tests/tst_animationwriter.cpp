// Tests of the animation writer: the GIF's palette, frames, delay and loop, byte-identical
// output; the MP4's codec, frames and duration; atomic writing.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include "session/AnimationOptions.h"
#include "session/AnimationWriter.h"
#include "session/GifPalette.h"
#include "support/AnimationProbe.h"
#include "support/Files.h"
#include "support/TestRegistry.h"

using namespace relulab::session;
using relulab::test::readAll;

namespace {

// Frame k of a small moving picture: a white page, a blue bar whose length grows with k, a red
// square, and anti-aliased text (many shades) when withText.
QImage testFrame(int k, QSize size = QSize(96, 64), bool withText = false)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(4, 4, 8 + 6 * k, 10), QColor(0, 114, 178));
    painter.fillRect(QRect(60, 30, 12, 12), QColor(213, 94, 0));
    if (withText) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::black, 1.5));
        painter.drawEllipse(QPointF(30, 40), 14 + k, 10);
    }
    return image;
}

QString writeFrames(const QString &path, int frames, int fps, QSize size = QSize(96, 64))
{
    AnimationWriter writer(path, size, fps);
    if (QString e = writer.start(); !e.isEmpty()) return e;
    for (int k = 0; k < frames; ++k) {
        if (QString e = writer.addFrame(testFrame(k, size)); !e.isEmpty()) return e;
    }
    return writer.finish();
}

}  // namespace

class TestAnimationWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paletteIsExactWhenFewColours();
    void popularityKeepsTheMostFrequentColours();
    void medianCutSpreadsOverTheColours();
    void frameStepsAreEvenlySpacedWithBothEnds_data();
    void frameStepsAreEvenlySpacedWithBothEnds();
    void gifDelayIsHundredthsOfASecond_data();
    void gifDelayIsHundredthsOfASecond();
    void gifHasEveryFrameExactlyAndLoopsForever();
    void sameFramesGiveByteIdenticalGif();
    void mp4IsH264WithEveryFrameAndDuration();
    void droppedWriterLeavesNoFileAndKeepsOldOne_data();
    void droppedWriterLeavesNoFileAndKeepsOldOne();
    void formatFollowsExtension();
};

void TestAnimationWriter::paletteIsExactWhenFewColours()
{
    const ColourHistogram histogram{{0xffffff, 1000}, {0x0072b2, 50}, {0xd55e00, 3}};
    const std::vector<QRgb> palette = buildGifPalette(histogram, 255, GifQuantiser::Popularity);
    QCOMPARE(palette, (std::vector<QRgb>{0x0072b2, 0xd55e00, 0xffffff}));
    QCOMPARE(nearestPaletteIndex(palette, 0xd55e00), 1);
}

void TestAnimationWriter::popularityKeepsTheMostFrequentColours()
{
    ColourHistogram histogram{{0xffffff, 1000}, {0x000000, 500}, {0x0072b2, 400}};
    histogram[0x7f7f7f] = 1;  // a rare anti-aliasing shade
    histogram[0x808080] = 2;
    const std::vector<QRgb> palette = buildGifPalette(histogram, 3, GifQuantiser::Popularity);
    QCOMPARE(palette, (std::vector<QRgb>{0x000000, 0x0072b2, 0xffffff}));
}

void TestAnimationWriter::medianCutSpreadsOverTheColours()
{
    ColourHistogram histogram;
    for (int v = 0; v < 256; ++v)
        histogram[qRgb(v, v, v) & 0xffffffu] = 1;
    const std::vector<QRgb> palette = buildGifPalette(histogram, 4, GifQuantiser::MedianCut);
    // Four equal boxes of the grey ramp, each its mean.
    QCOMPARE(palette.size(), size_t(4));
    QCOMPARE(qRed(palette[0]), 32);   // mean of 0..63, rounded
    QCOMPARE(qRed(palette[3]), 224);  // mean of 192..255, rounded
}

void TestAnimationWriter::frameStepsAreEvenlySpacedWithBothEnds_data()
{
    QTest::addColumn<long>("first");
    QTest::addColumn<long>("steps");
    QTest::addColumn<int>("frames");
    QTest::addColumn<QList<long>>("expected");
    QTest::newRow("600 steps, 4 frames") << 0L << 600L << 4 << QList<long>{0, 200, 400, 600};
    // 10 / 3 = 3.33 and 6.67: to the nearest step.
    QTest::newRow("rounded to nearest") << 0L << 10L << 4 << QList<long>{0, 3, 7, 10};
    // 5 / 2 = 2.5: halves up.
    QTest::newRow("halves up") << 0L << 5L << 3 << QList<long>{0, 3, 5};
    QTest::newRow("from a session's step") << 100L << 50L << 3 << QList<long>{100, 125, 150};
    QTest::newRow("one frame shows the end") << 0L << 80L << 1 << QList<long>{80};
}

void TestAnimationWriter::frameStepsAreEvenlySpacedWithBothEnds()
{
    QFETCH(long, first);
    QFETCH(long, steps);
    QFETCH(int, frames);
    QFETCH(QList<long>, expected);
    QList<long> got;
    for (int k = 0; k < frames; ++k)
        got << animationFrameStep(first, steps, k, frames);
    QCOMPARE(got, expected);
}

void TestAnimationWriter::gifDelayIsHundredthsOfASecond_data()
{
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("delay");
    QTest::newRow("10 fps") << 10 << 10;
    QTest::newRow("25 fps") << 25 << 4;
    QTest::newRow("30 fps rounds") << 30 << 3;
    QTest::newRow("1 fps") << 1 << 100;
}

void TestAnimationWriter::gifDelayIsHundredthsOfASecond()
{
    QFETCH(int, fps);
    QFETCH(int, delay);
    QCOMPARE(AnimationWriter::gifDelayCentiseconds(fps), delay);
}

void TestAnimationWriter::gifHasEveryFrameExactlyAndLoopsForever()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.gif"));
    QCOMPARE(writeFrames(path, 5, 20), QString());
    const relulab::test::GifContents gif = relulab::test::readGif(path);
    QVERIFY(gif.ok);
    QCOMPARE(gif.size, QSize(96, 64));
    QCOMPARE(gif.frames.size(), size_t(5));
    QCOMPARE(gif.delays, (std::vector<int>{5, 5, 5, 5, 5}));
    QVERIFY(gif.loopsForever);
    // Three colours only: the table is exact, every frame comes back pixel for pixel.
    for (int k = 0; k < 5; ++k)
        QCOMPARE(gif.frames[static_cast<size_t>(k)], testFrame(k));
}

void TestAnimationWriter::sameFramesGiveByteIdenticalGif()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.gif"));
    const QString b = dir.filePath(QStringLiteral("b.gif"));
    for (const QString &path : {a, b}) {
        AnimationWriter writer(path, QSize(96, 64), 10);
        QCOMPARE(writer.start(), QString());
        for (int k = 0; k < 4; ++k)
            QCOMPARE(writer.addFrame(testFrame(k, QSize(96, 64), true)), QString());
        QCOMPARE(writer.finish(), QString());
    }
    const QByteArray bytes = readAll(a);
    QVERIFY(bytes.startsWith("GIF89a"));
    QCOMPARE(readAll(b), bytes);
}

void TestAnimationWriter::mp4IsH264WithEveryFrameAndDuration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.mp4"));
    QCOMPARE(writeFrames(path, 12, 6, QSize(128, 72)), QString());
    const relulab::test::Mp4Contents mp4 = relulab::test::readMp4(path);
    QVERIFY(mp4.ok);
    QCOMPARE(mp4.codec, QStringLiteral("h264"));
    QCOMPARE(mp4.pixelFormat, QStringLiteral("yuv420p"));
    QCOMPARE(mp4.size, QSize(128, 72));
    QCOMPARE(mp4.frames, 12L);
    QCOMPARE(mp4.seconds, 2.0);
    QVERIFY(mp4.indexFirst);
    // Only the file itself: the temporary one beside it is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"a.mp4"});
}

void TestAnimationWriter::droppedWriterLeavesNoFileAndKeepsOldOne_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("existing");
    QTest::newRow("gif, new") << QStringLiteral("x.gif") << false;
    QTest::newRow("gif, old kept") << QStringLiteral("x.gif") << true;
    QTest::newRow("mp4, new") << QStringLiteral("x.mp4") << false;
    QTest::newRow("mp4, old kept") << QStringLiteral("x.mp4") << true;
}

void TestAnimationWriter::droppedWriterLeavesNoFileAndKeepsOldOne()
{
    QFETCH(QString, name);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (existing) QVERIFY(relulab::test::writeFile(path, "old"));
    {
        AnimationWriter writer(path, QSize(96, 64), 10);
        QCOMPARE(writer.start(), QString());
        for (int k = 0; k < 3; ++k)
            QCOMPARE(writer.addFrame(testFrame(k)), QString());
        // Dropped without finish(): a cancelled export.
    }
    const QStringList expected = existing ? QStringList{name} : QStringList{};
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), expected);
    if (existing) QCOMPARE(readAll(path), QByteArray("old"));
}

void TestAnimationWriter::formatFollowsExtension()
{
    QCOMPARE(animationFormatOf(QStringLiteral("a/b.GIF")), AnimationFormat::Gif);
    QCOMPARE(animationFormatOf(QStringLiteral("b.mp4")), AnimationFormat::Mp4);
    QCOMPARE(animationFormatOf(QStringLiteral("b.avi")), std::nullopt);
    QCOMPARE(animationFormatOf(QStringLiteral("b")), std::nullopt);
}

RELULAB_TEST_GUILESS_MAIN(TestAnimationWriter)
#include "tst_animationwriter.moc"
