// Toy data sets for the training run: seeded, deterministic, with noise, plus CSV import.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "TextParsing.h"

namespace relulab::core {

enum class TaskKind {
    Classification,  // 2-D inputs, labels 0 or 1, sigmoid output + binary cross-entropy
    Regression,      // 1-D inputs, real targets, linear output + mean squared error
};

enum class DatasetName {
    Circle,      // label 1 inside radius 0.5 of the [-1, 1]^2 square (classes drawn balanced)
    Xor,         // label 1 where x1 * x2 > 0
    Gauss,       // two Gaussian blobs
    Spiral,      // two interleaved spirals
    Moons,       // two interleaved half circles
    AboveSine,   // label 1 where x2 > 0.5 sin(pi x1)
    AboveCubic,  // label 1 where x2 > 2 x1^3 - x1
    AboveAbs,    // label 1 where x2 > |x1| - 0.5: a sharp V
    Abs,         // regression y = |x| on [-1, 1]
    Sine,        // regression y = sin(pi x) on [-1, 1]
    Step,        // regression y = 0 for x < 0, 1 otherwise
};

// The CLI and session key: "circle", "xor", "gauss", "spiral", "moons", "above-sine",
// "above-cubic", "above-abs", "abs", "sine", "step".
std::string datasetKey(DatasetName name);
std::optional<DatasetName> parseDatasetName(std::string_view key);
std::vector<DatasetName> allDatasets();
TaskKind taskOf(DatasetName name);

struct Dataset
{
    TaskKind task = TaskKind::Classification;
    int inputDim = 2;             // 2 for classification, 1 for regression
    std::vector<double> inputs;   // row-major: example i is inputs[i*inputDim .. +inputDim)
    std::vector<double> targets;  // one per example: 0/1 label or regression target

    size_t size() const { return targets.size(); }
    std::span<const double> input(size_t i) const
    {
        return {inputs.data() + i * static_cast<size_t>(inputDim), static_cast<size_t>(inputDim)};
    }

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

struct DataSplit
{
    Dataset train;
    Dataset test;
};

// samples >= 4 examples in total; noise >= 0 (input jitter for classification, target noise
// for regression, in the data's units); throws std::invalid_argument otherwise.
// Same arguments -> the same data, on every platform (own PRNG use, no std distributions).
Dataset makeDataset(DatasetName name, int samples, double noise, std::uint64_t seed);

// A seeded shuffle, then the last testFraction (in (0, 1)) of the examples as the test set.
// Both parts keep at least one example.
DataSplit splitTrainTest(const Dataset &data, double testFraction, std::uint64_t seed);

// A user's CSV: a header line, then rows "x1,x2,label" (label 0 or 1: classification) or
// "x,y" (regression). Errors name the line: "line 7: expected 3 numbers, got 2".
Parsed<Dataset> parseDatasetCsv(std::string_view text);
// The same format back (what `relulab train` can write for a peer to read).
std::string formatDatasetCsv(const Dataset &data);

}  // namespace relulab::core
