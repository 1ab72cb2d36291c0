// Explorer redraw latency: from a change (alpha, one maxout piece, the range, the hover probe) to
// the repaint finished, off-screen at 1280x720, with ReLU, Leaky ReLU and Maxout and their
// derivatives at 2,000 samples each. The change goes through the state (or the probe setter) as
// a slider, a drag or the mouse does; then the events the plot posted (its queued replot, the
// repaint) are handled, as the event loop would next. One JSON line per kind of change.
//
// bench_redraw [ITERATIONS]   (default 500)
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "Percentile.h"
#include "gui/explorer/ExplorerPlot.h"
#include "session/ExplorerState.h"

namespace {

// What the event loop does next after a change: the queued replot, then the repaint it asks for.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

void measure(const char *change, int iterations, const std::function<void(int)> &apply)
{
    std::vector<double> ms;
    ms.reserve(static_cast<size_t>(iterations));
    QElapsedTimer timer;
    for (int i = 0; i < iterations + 20; ++i) {
        timer.start();
        apply(i);
        settle();
        const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (i >= 20) ms.push_back(elapsed);  // the first frames warm caches
    }
    std::printf(
        "{\"benchmark\":\"redraw\",\"change\":\"%s\",\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
        "\"iterations\":%d,\"size\":\"1280x720\",\"samples\":2000}\n",
        change, percentile(ms, 0.50), percentile(ms, 0.99), iterations);
    std::fflush(stdout);
}

}  // namespace

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

    // A slider drag: alpha back and forth over [0, 0.5].
    measure("alpha", iterations,
            [&](int i) { state.setAlpha(0.5 * std::abs(std::sin(0.05 * i))); });
    // A drag of one maxout piece up and down.
    const auto pieces = state.pieces();
    measure("maxout_piece", iterations, [&](int i) {
        relulab::core::MaxoutPiece p = pieces.front();
        p.intercept += 0.5 * std::sin(0.05 * i);
        state.setPiece(0, p);
    });
    state.setPieces(pieces);
    // A pan: every curve is resampled over the new range.
    measure("range", iterations, [&](int i) {
        const double shift = 2.0 * std::sin(0.05 * i);
        state.setRange(-10.0 + shift, 10.0 + shift);
    });
    state.setRange(-10.0, 10.0);
    // The mouse moving over the plot: only the probe line moves.
    measure("probe", iterations,
            [&](int i) { plot.setProbe(-9.0 + 18.0 * ((i * 7) % 100) / 100.0); });
    return 0;
}
