// Resident memory of the app: after the main window's first frame, and after a million training
// steps run flat out with the Training tab showing every snapshot (offscreen). One JSON line.
//
// bench_memory [STEPS]   (default 1000000)
#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "session/ProcessMemory.h"

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long steps = argc > 1 ? std::max(1000L, std::atol(argv[1])) : 1'000'000L;

    relulab::session::ExplorerState state;
    relulab::gui::MainWindow window(&state);
    window.resize(1600, 1000);
    window.show();
    auto *training = window.training();
    // The default run (2-8-8-1 ReLU on the circle set, Adam, batch 10), whatever was saved last.
    window.trainingBinder()->startOver(relulab::session::TrainingSetup{});

    long rssStart = 0, rssEnd = 0, stepsDone = 0;
    double seconds = 0.0;
    QElapsedTimer clock;
    // After the first frames and the window's own step-0 snapshot: the memory after start.
    QTimer::singleShot(1000, [&] {
        rssStart = relulab::session::residentKilobytes().value_or(-1);
        window.tabs()->setCurrentIndex(1);  // the Training tab draws every snapshot
        training->setStepsPerSecond(0.0);
        clock.start();
        training->play();
    });
    QObject::connect(training, &relulab::session::TrainingController::snapshot,
                     [&](const relulab::session::TrainingSnapshot &s) {
                         if (!clock.isValid() || s.step < steps || stepsDone > 0) return;
                         stepsDone = s.step;
                         seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
                         training->pause();
                         // Let the last snapshots land, then measure.
                         QTimer::singleShot(500, [&] {
                             rssEnd = relulab::session::residentKilobytes().value_or(-1);
                             QApplication::quit();
                         });
                     });
    QApplication::exec();

    std::printf(
        "{\"benchmark\":\"memory\",\"rss_after_start_kb\":%ld,\"rss_after_steps_kb\":%ld,"
        "\"steps\":%ld,\"seconds\":%.2f,\"net\":\"2-8-8-1\",\"optimizer\":\"adam\","
        "\"batch\":10}\n",
        rssStart, rssEnd, stepsDone, seconds);
    return 0;
}
