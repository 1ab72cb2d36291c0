// The shared frame timer and its per-owner job queue.
#include "gui/common/FrameClock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QScreen>
#include <cmath>

namespace relulab::gui {

FrameClock *FrameClock::shared()
{
    // Parented to the application, so it lives exactly as long as the event loop can run it.
    static QPointer<FrameClock> clock;
    if (!clock) clock = new FrameClock(QCoreApplication::instance());
    return clock;
}

FrameClock::FrameClock(QObject *parent) : QObject(parent)
{
    // One frame of the primary screen, rounded down, minus one millisecond (60 Hz -> 15 ms).
    // Timer wake-ups come up to 1-2 ms late while the worker keeps the other core busy (the
    // event loop's poll timeouts are whole milliseconds); the spare millisecond keeps a late
    // tick inside the display's 16.7 ms, so every refresh still finds a new frame. The frames'
    // work is small (p99 about 3 ms), so the extra ticks cost next to nothing.
    // Offscreen platforms report 60 Hz too.
    double hz = 60.0;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        hz = std::clamp(screen->refreshRate(), 24.0, 240.0);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(4, static_cast<int>(std::floor(1000.0 / hz)) - 1));
    connect(&m_timer, &QTimer::timeout, this, &FrameClock::tick);
}

void FrameClock::schedule(QObject *owner, std::function<void()> work)
{
    if (!m_jobs.contains(owner)) m_order.append(owner);
    m_jobs.insert(owner, Job{owner, std::move(work)});
    m_idleFrames = 0;
    if (!m_timer.isActive()) m_timer.start();
}

void FrameClock::tick()
{
    ++m_frames;
    Q_EMIT ticked(m_frames);
    if (m_order.isEmpty()) {
        if (++m_idleFrames >= kIdleFramesBeforeStop) m_timer.stop();
        return;
    }
    m_idleFrames = 0;
    // Work scheduled while this frame runs belongs to the next frame.
    const QList<const QObject *> order = std::exchange(m_order, {});
    QHash<const QObject *, Job> jobs = std::exchange(m_jobs, {});
    for (const QObject *key : order) {
        Job job = jobs.take(key);
        if (job.owner) job.work();
    }
}

}  // namespace relulab::gui
