// GUI smoothness while training runs flat out, with the Training tab showing. Prints one JSON line
// with two measurements:
// - frame_interval: the time between the application's frames, i.e. ticks of the shared
//   FrameClock that drives every live view (snapshots, replots). A frame later than ~16.7 ms
//   means the GUI thread was still busy when the display wanted the next picture.
// - probe_interval: an independent 16 ms timer at an unrelated phase, late whenever any work
//   blocks the event loop across its tick, or timers wait behind posted events.
// Environment: BENCH_IDLE=1 does not train; BENCH_TAB0=1 keeps the Explorer tab in front (the
// training view draws nothing) and BENCH_KEEP=1 keeps the clock ticking with empty frames: with
// both, the intervals show the timer's own lateness while the worker loads the machine.
// BENCH_VERBOSE=1 lists every interval over 17 ms.
#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "Percentile.h"
#include "gui/common/FrameClock.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"

namespace {

// Times every window repaint (Qt delivers a window's paint as one UpdateRequest event).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::vector<double> paints;
    bool measuring = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || event->type() != QEvent::UpdateRequest)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const bool done = QApplication::notify(receiver, event);
        paints.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        return done;
    }
};

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;

    relulab::session::ExplorerState state;
    relulab::gui::MainWindow window(&state);
    window.resize(1600, 1000);
    window.show();
    window.tabs()->setCurrentIndex(qEnvironmentVariableIsSet("BENCH_TAB0") ? 0 : 1);
    auto *training = window.training();

    int snapshots = 0;
    long firstStep = -1, lastStep = 0;
    QObject::connect(training, &relulab::session::TrainingController::snapshot,
                     [&](const relulab::session::TrainingSnapshot &s) {
                         ++snapshots;
                         if (firstStep < 0) firstStep = s.step;
                         lastStep = s.step;
                     });

    std::vector<double> intervals, probes;
    QElapsedTimer clock;
    bool measuring = false;
    long fieldsBefore = 0;
    qint64 lastFrame = -1, lastProbe = -1;
    const auto record = [&](std::vector<double> &into, qint64 &last) {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0) into.push_back(static_cast<double>(now - last) / 1e6);
        last = now;
    };
    auto *frames = relulab::gui::FrameClock::shared();
    // The frame's work: from the tick until the event loop next goes idle (replots and paints
    // queued by the frame included). Must stay well inside one frame.
    std::vector<double> busy;
    qint64 tickAt = -1;
    QObject::connect(frames, &relulab::gui::FrameClock::ticked, [&] {
        if (!measuring) return;
        record(intervals, lastFrame);
        if (qEnvironmentVariableIsSet("BENCH_KEEP")) frames->schedule(frames, [] {});
        tickAt = clock.nsecsElapsed();
    });
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     [&] {
                         if (tickAt < 0) return;
                         busy.push_back(static_cast<double>(clock.nsecsElapsed() - tickAt) / 1e6);
                         tickAt = -1;
                     });
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(16);
    QObject::connect(&probe, &QTimer::timeout, [&] { record(probes, lastProbe); });

    QTimer::singleShot(500, [&] {
        training->setStepsPerSecond(0.0);
        if (qEnvironmentVariableIsEmpty("BENCH_IDLE")) training->play();
        clock.start();
        probe.start();
        fieldsBefore = window.trainingTab()->fieldRefreshes();
        // Let the first snapshots arrive: the frame clock only runs while views animate.
        QTimer::singleShot(100, [&] { measuring = app.measuring = true; });
        QTimer::singleShot(seconds * 1000, [&] {
            measuring = app.measuring = false;
            probe.stop();
            training->pause();
            QApplication::quit();
        });
    });
    QApplication::exec();

    const double examples = static_cast<double>(lastStep - firstStep) * 10.0;  // batch 10
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (double v : intervals)
            if (v > 17) std::fprintf(stderr, "%.1f ", v);
        std::fprintf(stderr, "\nprobe: ");
        for (double v : probes)
            if (v > 17) std::fprintf(stderr, "%.1f ", v);
        std::fprintf(stderr, "\n(%zu frames, clock running at the end: %d)\n", intervals.size(),
                     int(frames->isRunning()));
    }
    std::printf(
        "{\"benchmark\":\"training_gui\",\"net\":\"2-8-8-1\",\"frame_interval_p50_ms\":%.2f,"
        "\"frame_interval_p99_ms\":%.2f,\"frame_interval_max_ms\":%.2f,\"frames\":%zu,"
        "\"frame_work_p50_ms\":%.2f,\"frame_work_p99_ms\":%.2f,\"paint_p50_ms\":%.2f,"
        "\"paint_p99_ms\":%.2f,\"paint_max_ms\":%.2f,\"probe_interval_p50_ms\":%.2f,"
        "\"probe_interval_p99_ms\":%.2f,"
        "\"field_redraws_per_s\":%.1f,\"snapshots_per_s\":%.1f,\"examples_per_s\":%.0f,\"seconds\":"
        "%d}\n",
        percentile(intervals, 0.5), percentile(intervals, 0.99),
        intervals.empty() ? 0.0 : *std::max_element(intervals.begin(), intervals.end()),
        intervals.size(), percentile(busy, 0.5), percentile(busy, 0.99),
        percentile(app.paints, 0.5), percentile(app.paints, 0.99),
        app.paints.empty() ? 0.0 : *std::max_element(app.paints.begin(), app.paints.end()),
        percentile(probes, 0.5), percentile(probes, 0.99),
        static_cast<double>(window.trainingTab()->fieldRefreshes() - fieldsBefore) / seconds,
        snapshots / static_cast<double>(seconds), examples / seconds, seconds);
    return 0;
}
