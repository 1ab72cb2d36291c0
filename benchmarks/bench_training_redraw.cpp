// Training-view redraw latency: from new weights to pixels, off-screen, the Training tab at the
// size it gets in a 1600x1000 window with every view live: the status line, the network diagram
// with its thumbnails, the input-space view with the field and the selected unit's off-region,
// the loss curves, the histogram and the per-layer sizes. One frame is what the tab does with the
// newest snapshot (TrainingTab::present) plus the snapshot's point on the curves, then the events
// the views posted (queued replots, the window's repaint), as the event loop would next.
//
// The snapshot's analysis (field, thumbnails, links, off-region, histograms) is made on the
// worker's thread in the app; it is timed apart here ("analysis_worker") and is not part of the
// GUI's frame. In the same run, the explorer's alpha-change redraw (as bench_redraw measures it)
// gives the yardstick: the 2-8-8-1 frame's p99 over the alpha redraw's p99 is the last line
// ("training_redraw_ratio").
//
// bench_training_redraw [ITERATIONS]   (default 300)
// BENCH_VIEWS=1 times each view alone instead (set and drawn at once), to see where a frame goes;
// BENCH_SMALL_ONLY=1 leaves out the 2-16-16-16-1 net (for a profiler).
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "Percentile.h"
#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/Trainer.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LayerSizesPlot.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/training/ViewAnalysis.h"
#include "session/ExplorerState.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingController.h"
#include "session/TrainingSetupModel.h"

using namespace relulab;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// What the event loop does next: queued replots, then the repaint they ask for.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

session::TrainingSnapshot snapshotOf(const core::Trainer &trainer)
{
    session::TrainingSnapshot s;
    s.step = trainer.stepCount();
    s.examples = trainer.examplesSeen();
    s.evaluation = trainer.evaluate();
    s.dead = core::analyseDeadUnits(trainer.network(), trainer.data().train);
    s.layerSizes = core::measureLayerSizes(trainer.network(), trainer.data().train);
    s.network = trainer.network().config();
    const auto params = trainer.network().parameters();
    s.parameters.assign(params.begin(), params.end());
    s.running = true;
    return s;
}

void print(const char *what, const std::string &net, const std::vector<double> &ms, int iterations)
{
    std::printf(
        "{\"benchmark\":\"training_redraw\",\"view\":\"%s\",\"net\":\"%s\",\"p50_ms\":%.3f,"
        "\"p99_ms\":%.3f,\"iterations\":%d}\n",
        what, net.c_str(), percentile(ms, 0.50), percentile(ms, 0.99), iterations);
    std::fflush(stdout);
}

// The explorer's redraw after an alpha change, at 1280x720 with 2,000 samples (bench_redraw).
std::vector<double> alphaRedraws(int iterations)
{
    session::ExplorerState state;
    state.setSamples(2000);
    gui::ExplorerPlot plot(&state);
    plot.resize(1280, 720);
    plot.show();
    QApplication::processEvents();  // benchmark only: let the offscreen window settle
    plot.replot(QCustomPlot::rpImmediateRefresh);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < iterations + 20; ++i) {
        timer.start();
        state.setAlpha(0.5 * std::abs(std::sin(0.05 * i)));
        settle();
        if (i >= 20) ms.push_back(msSince(timer));  // the first frames warm caches
    }
    return ms;
}

// One frame per iteration; returns the frames' times.
std::vector<double> trainingFrames(const std::vector<int> &hidden, int iterations,
                                   const std::string &net)
{
    core::TrainingConfig config;
    config.network.hidden = hidden;
    const core::DataSplit data =
        core::splitTrainTest(core::makeDataset(core::DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    core::Trainer trainer(config, data);
    for (int i = 0; i < 500; ++i)
        trainer.step();

    session::TrainingController controller;  // idle: the benchmark hands the tab its snapshots
    session::TrainingSetupModel setup;
    gui::TrainingTab tab(&controller, &setup);
    QObject::disconnect(&controller, nullptr, &tab, nullptr);
    tab.resize(1600, 1000);
    tab.show();
    QApplication::processEvents();  // benchmark only: let the offscreen window settle
    session::TrainingSnapshot first = snapshotOf(trainer);
    tab.showNow(first, data);
    tab.diagram()->setSelectedUnit({0, 0});  // the histogram and the off-region are live
    settle();

    int curvesReplots = 0;  // full replots: the new point moved an axis, a label or the legend
    QObject::connect(tab.curves(), &QCustomPlot::afterReplot, [&] { ++curvesReplots; });
    std::vector<double> frames, analyses, withFullReplot, layerOnly;
    const bool views = qEnvironmentVariableIsSet("BENCH_VIEWS");
    std::array<std::vector<double>, 5> perView;
    QElapsedTimer timer;
    for (int i = 0; i < iterations + 10; ++i) {
        for (int k = 0; k < 20; ++k)
            trainer.step();  // new weights, outside the timings
        session::TrainingSnapshot s = snapshotOf(trainer);
        timer.start();
        s.analysis = session::analyseSnapshot(
            s, data.train, gui::analysisRequestFor(*tab.inputView(), *tab.diagram()));
        const double analysisMs = msSince(timer);

        if (views) {
            // Each view alone, drawn at once: where a frame's time goes.
            const auto time = [&](std::vector<double> &into, auto &&work) {
                timer.start();
                work();
                if (i >= 10) into.push_back(msSince(timer));
            };
            time(perView[0], [&] {
                tab.diagram()->setAnalysis(s.analysis);
                tab.diagram()->repaint();
            });
            time(perView[1], [&] {
                tab.inputView()->setAnalysis(s.analysis);
                settle();
            });
            time(perView[2], [&] {
                tab.curves()->append(s);
                tab.curves()->redrawNow();
                settle();
            });
            time(perView[3], [&] {
                tab.layerSizes()->setSizes(s.layerSizes);
                tab.layerSizes()->replot(QCustomPlot::rpImmediateRefresh);
            });
            time(perView[4], [&] { tab.histogram()->replot(QCustomPlot::rpImmediateRefresh); });
            continue;
        }
        const int replotsBefore = curvesReplots;
        timer.start();
        tab.curves()->append(s);
        tab.present(s);
        // The curves' replot, which the app paces to frame ticks (at most every 50 ms): here in
        // every frame, the worst case.
        tab.curves()->redrawNow();
        settle();
        const double frameMs = msSince(timer);
        if (i < 10) continue;  // the first frames warm caches
        (curvesReplots > replotsBefore ? withFullReplot : layerOnly).push_back(frameMs);
        frames.push_back(frameMs);
        analyses.push_back(analysisMs);
    }
    if (views) {
        const char *names[] = {"network_diagram", "input_space", "curves", "layer_sizes",
                               "histogram"};
        for (size_t v = 0; v < perView.size(); ++v)
            print(names[v], net, perView[v], iterations);
        std::fprintf(stderr, "field-only redraws: %ld\n", tab.inputView()->fieldOnlyRedraws());
        return frames;
    }
    std::fprintf(stderr,
                 "%s: the curves' full replots: %d (frames with one: p50 %.2f ms, max %.2f ms; "
                 "without: p50 %.2f ms, p99 %.2f ms)\n",
                 net.c_str(), curvesReplots, percentile(withFullReplot, 0.5),
                 percentile(withFullReplot, 1.0), percentile(layerOnly, 0.5),
                 percentile(layerOnly, 0.99));
    std::fprintf(stderr, "%s: off-regions drawn from the worker's picture: %ld\n", net.c_str(),
                 tab.inputView()->offPicturesDrawn());
    print("analysis_worker", net, analyses, iterations);
    print("all", net, frames, iterations);
    return frames;
}

std::string netName(const std::vector<int> &hidden)
{
    std::string net = "2";
    for (int w : hidden) {
        net += '-';  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "-" + s
        net += std::to_string(w);
    }
    return net + "-1";
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    const std::vector<double> alpha = alphaRedraws(iterations);
    const std::vector<double> small = trainingFrames({8, 8}, iterations, netName({8, 8}));
    if (!qEnvironmentVariableIsSet("BENCH_SMALL_ONLY"))
        trainingFrames({16, 16, 16}, iterations, netName({16, 16, 16}));
    std::printf(
        "{\"benchmark\":\"training_redraw_ratio\",\"net\":\"2-8-8-1\","
        "\"all_p99_ms\":%.3f,\"alpha_p99_ms\":%.3f,\"ratio_p99\":%.2f,\"all_p50_ms\":%.3f,"
        "\"alpha_p50_ms\":%.3f}\n",
        percentile(small, 0.99), percentile(alpha, 0.99),
        percentile(small, 0.99) / percentile(alpha, 0.99), percentile(small, 0.50),
        percentile(alpha, 0.50));
    return 0;
}
