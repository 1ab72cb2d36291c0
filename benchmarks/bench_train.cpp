// Measures training throughput (examples per second, each one forward, backward and its share of
// the update) of small ReLU nets on a circle set; prints one JSON line per net.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "core/Dataset.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"

using namespace relulab::core;

namespace {

using Clock = std::chrono::steady_clock;

// 400 points uniform in [-1, 1]^2 (a fixed LCG, so the benchmark needs no data module), label 1
// inside the circle of radius 0.5; 320 to train on.
DataSplit circleSplit()
{
    std::uint64_t state = 12345;
    auto uniform = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return -1.0 + 2.0 * static_cast<double>(state >> 11) * 0x1.0p-53;
    };
    DataSplit split;
    for (int i = 0; i < 400; ++i) {
        Dataset &part = i < 320 ? split.train : split.test;
        const double x1 = uniform();
        const double x2 = uniform();
        part.inputs.push_back(x1);
        part.inputs.push_back(x2);
        part.targets.push_back(x1 * x1 + x2 * x2 < 0.25 ? 1.0 : 0.0);
    }
    return split;
}

struct Timing
{
    long steps = 0;
    double wallSeconds = 0.0;
    double cpuSeconds = 0.0;  // process CPU time: what the steps cost on a shared machine
};

// Steps in chunks until `seconds` of wall time have passed.
Timing trainFor(Trainer &trainer, double seconds, double &sink)
{
    constexpr int kChunk = 1000;  // steps between clock reads
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

void run(const std::vector<int> &hidden, const std::string &name)
{
    TrainingConfig config;
    config.network.hidden = hidden;
    config.network.activation = HiddenActivation::Relu;
    config.optimizer = OptimizerKind::Sgd;
    config.learningRate = 0.01;
    config.batchSize = 10;
    config.seed = 1;
    Trainer trainer(config, circleSplit());

    double sink = 0.0;             // keeps the losses observable, so no step is optimised away
    trainFor(trainer, 0.2, sink);  // warm-up: caches, branch predictors, CPU frequency
    const Timing t = trainFor(trainer, 1.0, sink);
    const double examples = static_cast<double>(t.steps) * config.batchSize;
    std::printf(
        "{\"benchmark\":\"train\",\"net\":\"%s\",\"activation\":\"relu\",\"batch\":%d,"
        "\"optimizer\":\"sgd\",\"examples_per_s\":%.0f,\"examples_per_cpu_s\":%.0f,"
        "\"steps\":%ld,\"seconds\":%.3f,\"loss_sum\":%.6g}\n",
        name.c_str(), config.batchSize, examples / t.wallSeconds, examples / t.cpuSeconds, t.steps,
        t.wallSeconds, sink);
    std::fflush(stdout);
}

}  // namespace

int main()
{
    run({8, 8}, "2-8-8-1");
    run({16, 16, 16}, "2-16-16-16-1");
    return 0;
}
