// Redraw latency: from an alpha change to the replot finished, off-screen at 1280x720, with
// ReLU, Leaky ReLU and Maxout and their derivatives at 2,000 samples each. Prints one JSON line.
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "Percentile.h"
#include "gui/ExplorerPlot.h"
#include "session/ExplorerState.h"

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 500;

    relulab::session::ExplorerState state;
    state.setSamples(2000);
    relulab::gui::ExplorerPlot plot(&state);
    plot.resize(1280, 720);
    plot.show();
    QApplication::processEvents();  // benchmark only: let the offscreen window settle
    plot.replot(QCustomPlot::rpImmediateRefresh);

    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(iterations));
    QElapsedTimer timer;
    for (int i = 0; i < iterations + 20; ++i) {
        // Sweep alpha like a slider drag, back and forth over [0, 0.5].
        const double alpha = 0.5 * std::abs(std::sin(0.05 * i));
        timer.start();
        state.setAlpha(alpha);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (i >= 20) ms.push_back(elapsed);  // the first frames warm caches
    }
    std::printf(
        "{\"benchmark\":\"redraw\",\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"iterations\":%d,"
        "\"size\":\"1280x720\",\"samples\":2000}\n",
        percentile(ms, 0.50), percentile(ms, 0.99), iterations);
    return 0;
}
