// Exact linear regions: the time to compute every region of the 2-8-8-1 and 2-16-16-16-1 ReLU
// nets after training on the spiral set (the 2-16-16-16-1 one has about 1,900 regions), in the
// box the input-space view is fitted to, as the worker does for each snapshot: all polygons,
// patterns and outputs into a fresh result, and the count alone. One JSON line per net and mode.
//
// bench_regions [REPEATS]   computations timed per net and mode (default 200), after 10 warm-up
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "Percentile.h"
#include "core/Dataset.h"
#include "core/InputField.h"
#include "core/LinearRegions.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"

using namespace relulab::core;

namespace {

using Clock = std::chrono::steady_clock;

std::string netName(const std::vector<int> &hidden)
{
    std::string name = "2";
    for (int w : hidden) {
        name += '-';
        name += std::to_string(w);
    }
    name += "-1";
    return name;
}

void run(const DataSplit &data, const std::vector<int> &hidden, long steps, int repeats)
{
    TrainingConfig config;
    config.network.hidden = hidden;
    config.optimizer = OptimizerKind::Adam;
    config.learningRate = 0.01;
    config.batchSize = 10;
    config.seed = 1;
    Trainer trainer(config, data);
    for (long i = 0; i < steps; ++i)
        trainer.step();
    const InputBounds box = boundsOf(data.train);

    for (const bool countOnly : {false, true}) {
        const RegionOptions options{kDefaultRegionLimit, countOnly};
        std::vector<double> ms;
        size_t regions = 0, vertices = 0, bytes = 0;
        for (int i = -10; i < repeats; ++i) {
            const auto start = Clock::now();
            // A fresh result each time, as each snapshot's analysis makes one.
            const LinearRegions result = computeLinearRegions(trainer.network(), box, options);
            const double elapsed =
                std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            if (i >= 0) ms.push_back(elapsed);
            regions = result.count;
            vertices = result.vertices.size();
            bytes = result.bytes();
        }
        std::printf(
            "{\"benchmark\":\"regions\",\"net\":\"%s\",\"activation\":\"relu\",\"mode\":\"%s\","
            "\"train_steps\":%ld,\"regions\":%zu,\"vertices\":%zu,\"result_bytes\":%zu,"
            "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"repeats\":%d}\n",
            netName(hidden).c_str(), countOnly ? "count" : "full", steps, regions, vertices, bytes,
            percentile(ms, 0.5), percentile(ms, 0.99), repeats);
        std::fflush(stdout);
    }
}

}  // namespace

int main(int argc, char **argv)
{
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    // 400 spiral examples, noise 0.1, seed 1, 320 to train: a set that needs many regions.
    const DataSplit data = splitTrainTest(makeDataset(DatasetName::Spiral, 400, 0.1, 1), 0.2, 1);
    run(data, {8, 8}, 3000, repeats);
    run(data, {16, 16, 16}, 8000, repeats);
    return 0;
}
