// The shared frame clock: scheduled work runs once per owner at the next tick, in order, never
// for a destroyed owner, and the clock stops when nothing animates.
#include <QSignalSpy>
#include <QTest>
#include <memory>

#include "gui/common/FrameClock.h"
#include "support/TestRegistry.h"

using relulab::gui::FrameClock;

class tst_FrameClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalIsOneFrameOfTheScreen()
    {
        FrameClock clock;
        // The offscreen platform reports 60 Hz: floor(1000 / 60) ms less the spare millisecond
        // that absorbs timer lateness.
        QCOMPARE(clock.intervalMs(), 15);
    }

    void workRunsAtTheNextTickNotBefore()
    {
        FrameClock clock;
        QObject owner;
        int runs = 0;
        qint64 ranAt = -1;
        clock.schedule(&owner, [&] {
            ++runs;
            ranAt = clock.frames();
        });
        QVERIFY(clock.isRunning());
        QCOMPARE(runs, 0);  // not synchronously
        QTRY_COMPARE(runs, 1);
        QCOMPARE(ranAt, qint64(1));  // at the very first tick
    }

    void secondScheduleForTheSameOwnerReplacesTheFirst()
    {
        FrameClock clock;
        QObject owner;
        QStringList ran;
        clock.schedule(&owner, [&] { ran << QStringLiteral("old"); });
        clock.schedule(&owner, [&] { ran << QStringLiteral("new"); });
        QTRY_COMPARE(ran, QStringList{QStringLiteral("new")});
        // A later frame, known to have come when the marker ran: the old callback ran in none.
        QObject later;
        clock.schedule(&later, [&] { ran << QStringLiteral("marker"); });
        QTRY_COMPARE(ran, (QStringList{QStringLiteral("new"), QStringLiteral("marker")}));
    }

    void ownersRunInTheOrderTheyFirstScheduled()
    {
        FrameClock clock;
        QObject a, b, c;
        QStringList ran;
        clock.schedule(&b, [&] { ran << QStringLiteral("b"); });
        clock.schedule(&a, [&] { ran << QStringLiteral("a"); });
        clock.schedule(&c, [&] { ran << QStringLiteral("c"); });
        clock.schedule(&b, [&] { ran << QStringLiteral("b2"); });
        QTRY_COMPARE(ran.size(), 3);
        QCOMPARE(ran,
                 (QStringList{QStringLiteral("b2"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void workOfADestroyedOwnerIsDropped()
    {
        FrameClock clock;
        int runs = 0;
        auto owner = std::make_unique<QObject>();
        clock.schedule(owner.get(), [&] { ++runs; });
        owner.reset();
        QSignalSpy ticks(&clock, &FrameClock::ticked);
        QTRY_VERIFY(ticks.count() >= 2);
        QCOMPARE(runs, 0);
    }

    void workScheduledDuringAFrameRunsAtTheFollowingFrame()
    {
        FrameClock clock;
        QObject owner;
        QList<qint64> frames;
        clock.schedule(&owner, [&] {
            frames << clock.frames();
            clock.schedule(&owner, [&] { frames << clock.frames(); });
        });
        QTRY_COMPARE(frames.size(), 2);
        QCOMPARE(frames[1], frames[0] + 1);
    }

    void clockStopsAfterIdleFrames()
    {
        FrameClock clock;
        QObject owner;
        clock.schedule(&owner, [] {});
        QVERIFY(clock.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!clock.isRunning(), 5000);
        const qint64 stoppedAt = clock.frames();
        QVERIFY(stoppedAt >= 30);  // it idles a little before stopping, so animations don't stutter
        // Stopped means no frame at all until something is scheduled again: the next frame is the
        // one right after the last.
        qint64 ranAt = -1;
        clock.schedule(&owner, [&] { ranAt = clock.frames(); });
        QTRY_COMPARE(ranAt, stoppedAt + 1);
    }

    void sharedClockIsOneObject()
    {
        QCOMPARE(FrameClock::shared(), FrameClock::shared());
        QCOMPARE(FrameClock::shared()->parent(), QCoreApplication::instance());
    }
};

RELULAB_TEST_MAIN(tst_FrameClock)
#include "tst_frameclock.moc"
