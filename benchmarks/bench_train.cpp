// Training throughput: examples per second (each one forward, backward and its share of the
// update) for the 2-8-8-1 and 2-16-16-16-1 nets, every hidden activation, batch 10 and the full
// training set, on the circle set `relulab train` uses by default. One JSON line per run.
//
// bench_train [SECONDS]   time per run (default 1), after a fifth of it as warm-up
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "core/Dataset.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"

using namespace relulab::core;

namespace {

using Clock = std::chrono::steady_clock;

struct Timing
{
    long steps = 0;
    double wallSeconds = 0.0;
    double cpuSeconds = 0.0;  // process CPU time: what the steps cost on a shared machine
};

// Steps in chunks until `seconds` of wall time have passed.
Timing trainFor(Trainer &trainer, double seconds, double &sink)
{
    constexpr int kChunk = 100;  // steps between clock reads (a full-batch step is ~100 us)
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    Timing t;
    while (t.wallSeconds < seconds) {
        for (int i = 0; i < kChunk; ++i)
            sink += trainer.step();
        t.steps += kChunk;
        t.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    }
    t.cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return t;
}

struct Activation
{
    HiddenActivation kind;
    int pieces;
    const char *name;
};

// A loss as a JSON number (6 significant digits), or null once training diverged: the
// 2-16-16-16-1 PReLU run's loss is NaN from step 403,742 on, which its warm-up and second reach
// on a fast machine, and "nan" is no JSON.
std::string jsonLoss(double v)
{
    if (!std::isfinite(v)) return "null";
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

std::string netName(const std::vector<int> &hidden)
{
    std::string name = "2";
    for (int w : hidden) {
        name += '-';  // appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "-" + s
        name += std::to_string(w);
    }
    name += "-1";
    return name;
}

void run(const DataSplit &data, const std::vector<int> &hidden, Activation activation, int batch,
         double seconds)
{
    TrainingConfig config;
    config.network.hidden = hidden;
    config.network.activation = activation.kind;
    config.network.pieces = activation.pieces;
    config.optimizer = OptimizerKind::Sgd;
    config.learningRate = 0.1;
    config.batchSize = batch;
    config.seed = 1;
    Trainer trainer(config, data);

    double sink = 0.0;  // keeps the losses observable, so no step is optimised away
    trainFor(trainer, 0.2 * seconds, sink);  // warm-up: caches, branch predictors, CPU frequency
    const long warmExamples = trainer.examplesSeen();
    const Timing t = trainFor(trainer, seconds, sink);
    const auto examples = static_cast<double>(trainer.examplesSeen() - warmExamples);
    const bool full = batch >= static_cast<int>(data.train.size());
    std::printf(
        "{\"benchmark\":\"train\",\"net\":\"%s\",\"activation\":\"%s\",\"batch\":%d,"
        "\"batch_kind\":\"%s\",\"optimizer\":\"sgd\",\"examples_per_s\":%.0f,"
        "\"examples_per_cpu_s\":%.0f,\"steps\":%ld,\"seconds\":%.3f,\"final_loss\":%s,"
        "\"loss_sum\":%s}\n",
        netName(hidden).c_str(), activation.name, batch, full ? "full" : "mini",
        examples / t.wallSeconds, examples / t.cpuSeconds, t.steps, t.wallSeconds,
        jsonLoss(trainer.evaluate().trainLoss).c_str(), jsonLoss(sink).c_str());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::max(0.05, std::atof(argv[1])) : 1.0;
    // The data of `relulab train`'s defaults: 400 circle examples, noise 0.1, seed 1, 320 to train.
    const DataSplit data = splitTrainTest(makeDataset(DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    const int fullBatch = static_cast<int>(data.train.size());
    const Activation activations[] = {
        {HiddenActivation::Relu, 2, "relu"},      {HiddenActivation::Leaky, 2, "leaky"},
        {HiddenActivation::Prelu, 2, "prelu"},    {HiddenActivation::Maxout, 2, "maxout2"},
        {HiddenActivation::Maxout, 3, "maxout3"}, {HiddenActivation::Sigmoid, 2, "sigmoid"},
        {HiddenActivation::Tanh, 2, "tanh"},
    };
    for (const std::vector<int> &hidden : {std::vector<int>{8, 8}, std::vector<int>{16, 16, 16}}) {
        for (const Activation &activation : activations) {
            for (int batch : {10, fullBatch})
                run(data, hidden, activation, batch, seconds);
        }
    }
    return 0;
}
