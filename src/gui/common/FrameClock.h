// The GUI's frame pacing: periodic view work runs right after a frame tick, never between ticks.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace relulab::gui {

// One timer at the screen's refresh interval for the whole application. Views that redraw from
// a stream of updates (training snapshots, throttled replots) schedule their work here instead
// of on their own timers: all of a frame's work then starts at the tick and is done long before
// the next one, so frames stay evenly spaced while training runs flat out. The clock stops
// itself after a few idle frames and costs nothing when nothing animates.
class FrameClock : public QObject
{
    Q_OBJECT

public:
    static FrameClock *shared();

    explicit FrameClock(QObject *parent = nullptr);

    // Runs work once at the next frame; a second call for the same owner before that frame
    // replaces the first (work is coalesced per owner). Dropped if owner is destroyed first.
    void schedule(QObject *owner, std::function<void()> work);
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }
    qint64 frames() const { return m_frames; }

Q_SIGNALS:
    // Every tick while the clock runs, before the scheduled work (benchmarks measure these).
    void ticked(qint64 frame);

private:
    void tick();

    struct Job
    {
        QPointer<QObject> owner;
        std::function<void()> work;
    };
    static constexpr int kIdleFramesBeforeStop = 30;
    QTimer m_timer;
    QHash<const QObject *, Job> m_jobs;
    QList<const QObject *> m_order;  // first scheduled runs first
    qint64 m_frames = 0;
    int m_idleFrames = 0;
};

}  // namespace relulab::gui
