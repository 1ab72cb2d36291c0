// Resident memory of the app: after the main window's first frame, and after a million training
// steps run flat out with the Training tab showing every snapshot (offscreen). One JSON line.
// Before that, the run's history alone: a 2-16-16-16-1 net trained STEPS steps with the history
// kept as the window keeps it (the bytes it holds, the resident memory it added, the size of a
// session saving it). A second JSON line.
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
#include "session/RunHistory.h"
#include "session/SessionFile.h"

namespace {

void measureHistory(long steps)
{
    relulab::session::TrainingSetup setup;
    setup.config.network.hidden = {16, 16, 16};
    QString error;
    auto trainer = relulab::session::makeTrainer(setup, nullptr, &error);
    if (!trainer) {
        std::fprintf(stderr, "bench_memory: %s\n", qPrintable(error));
        std::exit(1);
    }
    const auto shared = std::make_shared<const relulab::session::TrainingSetup>(setup);
    relulab::session::RunHistory history;
    relulab::session::HistoryRecorder recorder(&history);
    const long rssBefore = relulab::session::residentKilobytes().value_or(-1);
    QElapsedTimer clock;
    clock.start();
    recorder.record(*trainer, shared, true);
    while (trainer->stepCount() < steps) {
        trainer->step();
        if (relulab::session::RunHistory::keepsStep(trainer->stepCount()))
            recorder.record(*trainer, shared);
    }
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const long rssAfter = relulab::session::residentKilobytes().value_or(-1);
    relulab::session::Session session;
    session.training = setup;
    session.network = trainer->state();
    session.history = history;
    const qsizetype fileBytes = relulab::session::sessionToBytes(session).size();
    size_t checkpoints = 0;
    for (size_t i = 0; i < history.size(); ++i)
        checkpoints += history[i].checkpoint;
    std::printf(
        "{\"benchmark\":\"history_memory\",\"steps\":%ld,\"net\":\"2-16-16-16-1\","
        "\"optimizer\":\"adam\",\"kept\":%zu,\"checkpoints\":%zu,\"history_kb\":%zu,"
        "\"rss_added_kb\":%ld,\"session_kb\":%lld,\"seconds\":%.2f}\n",
        steps, history.size(), checkpoints, history.bytes() / 1024, rssAfter - rssBefore,
        static_cast<long long>(fileBytes / 1024), seconds);
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long steps = argc > 1 ? std::max(1000L, std::atol(argv[1])) : 1'000'000L;
    measureHistory(steps);

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
