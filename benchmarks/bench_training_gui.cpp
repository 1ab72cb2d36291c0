// GUI smoothness while training runs flat out: a 60 Hz frame timer on the GUI thread measures
// the intervals it actually gets while snapshots arrive and the Training tab redraws. Prints one
// JSON line.
#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "Percentile.h"
#include "gui/MainWindow.h"
#include "gui/TrainingTab.h"
#include "session/ExplorerState.h"

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;

    relulab::session::ExplorerState state;
    relulab::gui::MainWindow window(&state);
    window.resize(1600, 1000);
    window.show();
    window.tabs()->setCurrentIndex(1);
    auto *training = window.training();

    int snapshots = 0;
    long firstStep = -1, lastStep = 0;
    QObject::connect(training, &relulab::session::TrainingController::snapshot,
                     [&](const relulab::session::TrainingSnapshot &s) {
                         ++snapshots;
                         if (firstStep < 0) firstStep = s.step;
                         lastStep = s.step;
                     });

    std::vector<double> intervals;
    QElapsedTimer clock;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(16);
    qint64 last = -1;
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0) intervals.push_back(static_cast<double>(now - last) / 1e6);
        last = now;
    });

    QTimer::singleShot(500, [&] {
        training->setStepsPerSecond(0.0);
        if (qEnvironmentVariableIsEmpty("BENCH_IDLE")) training->play();
        clock.start();
        frame.start();
        QTimer::singleShot(seconds * 1000, [&] {
            frame.stop();
            training->pause();
            QApplication::quit();
        });
    });
    QApplication::exec();

    const double examples = static_cast<double>(lastStep - firstStep) * 10.0;  // batch 10
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        for (double v : intervals)
            if (v > 20) std::fprintf(stderr, "%.1f ", v);
        std::fprintf(stderr, "\n(%zu intervals)\n", intervals.size());
    }
    std::printf(
        "{\"benchmark\":\"training_gui\",\"net\":\"2-8-8-1\",\"frame_interval_p50_ms\":%.2f,"
        "\"frame_interval_p99_ms\":%.2f,\"snapshots_per_s\":%.1f,\"examples_per_s\":%.0f,"
        "\"seconds\":%d}\n",
        percentile(intervals, 0.5), percentile(intervals, 0.99),
        snapshots / static_cast<double>(seconds), examples / seconds, seconds);
    return 0;
}
