// Training-view redraw latency: from new weights (a snapshot in hand) to each view's repaint
// finished, off-screen, through the views' public API as the Training tab drives them: the field
// over the input plane, the input-space view, the network diagram, the loss curves, and all of
// them in a row. One JSON line per view and net.
//
// bench_training_redraw [ITERATIONS]   (default 300)
#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "Percentile.h"
#include "core/DeadUnits.h"
#include "core/InputField.h"
#include "core/Trainer.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "session/TrainingSnapshot.h"

using namespace relulab;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The Training tab's grid resolution for a net of this many hidden units (TrainingTab.cpp).
int fieldResolution(int hiddenUnits)
{
    return hiddenUnits > 96 ? 24 : hiddenUnits > 32 ? 32 : 40;
}

session::TrainingSnapshot snapshotOf(const core::Trainer &trainer)
{
    session::TrainingSnapshot s;
    s.step = trainer.stepCount();
    s.examples = trainer.examplesSeen();
    s.evaluation = trainer.evaluate();
    s.dead = core::analyseDeadUnits(trainer.network(), trainer.data().train);
    s.network = trainer.network().config();
    const auto params = trainer.network().parameters();
    s.parameters.assign(params.begin(), params.end());
    s.running = true;
    return s;
}

void print(const char *view, const std::string &net, const std::vector<double> &ms, int iterations)
{
    std::printf(
        "{\"benchmark\":\"training_redraw\",\"view\":\"%s\",\"net\":\"%s\",\"p50_ms\":%.3f,"
        "\"p99_ms\":%.3f,\"iterations\":%d}\n",
        view, net.c_str(), percentile(ms, 0.50), percentile(ms, 0.99), iterations);
    std::fflush(stdout);
}

void run(const std::vector<int> &hidden, int iterations)
{
    core::TrainingConfig config;
    config.network.hidden = hidden;
    const core::DataSplit data =
        core::splitTrainTest(core::makeDataset(core::DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    core::Trainer trainer(config, data);
    for (int i = 0; i < 500; ++i)
        trainer.step();
    std::string net = "2";
    for (int w : hidden) {
        net += '-';  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "-" + s
        net += std::to_string(w);
    }
    net += "-1";

    // The views at about the sizes they get in a 1600x1000 window.
    gui::InputSpaceView view;
    view.resize(700, 480);
    gui::NetworkDiagram diagram;
    diagram.resize(720, 860);
    gui::TrainingCurves curves;
    curves.resize(700, 300);
    view.setData(trainer.data());
    view.setSelectedUnit({0, 0});
    for (QWidget *w : std::initializer_list<QWidget *>{&view, &diagram, &curves})
        w->show();
    QApplication::processEvents();  // benchmark only: let the offscreen windows settle

    std::vector<double> field, input, network, losses, all;
    QElapsedTimer timer;
    for (int i = 0; i < iterations + 10; ++i) {
        for (int k = 0; k < 20; ++k)
            trainer.step();  // new weights, outside the timings
        const session::TrainingSnapshot s = snapshotOf(trainer);
        const core::Mlp mlp = session::rebuildNetwork(s);
        const int n = fieldResolution(mlp.hiddenUnits());

        QElapsedTimer total;
        total.start();
        timer.start();
        const core::InputField f =
            core::evaluateField(mlp, view.viewBounds(core::boundsOf(trainer.data().train)), n, n);
        const double fieldMs = msSince(timer);

        timer.start();
        view.setField(s, f);
        view.replot(QCustomPlot::rpImmediateRefresh);
        const double inputMs = msSince(timer);

        timer.start();
        diagram.setSnapshot(s, f);
        diagram.repaint();
        const double networkMs = msSince(timer);

        timer.start();
        curves.append(s);
        curves.replot(QCustomPlot::rpImmediateRefresh);
        const double curvesMs = msSince(timer);
        const double allMs = msSince(total);

        if (i < 10) continue;  // the first frames warm caches
        field.push_back(fieldMs);
        input.push_back(inputMs);
        network.push_back(networkMs);
        losses.push_back(curvesMs);
        all.push_back(allMs);
    }
    print("field", net, field, iterations);
    print("input_space", net, input, iterations);
    print("network_diagram", net, network, iterations);
    print("curves", net, losses, iterations);
    print("all", net, all, iterations);
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(10, std::atoi(argv[1])) : 300;
    run({8, 8}, iterations);
    run({16, 16, 16}, iterations);
    return 0;
}
