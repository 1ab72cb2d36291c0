// Everything a training run starts from: where the data comes from and the training config.
#pragma once

#include <QString>

#include "core/Dataset.h"
#include "core/NetworkConfig.h"

namespace relulab::session {

struct TrainingSetup
{
    static constexpr double kTestFraction = 0.2;
    static constexpr int kMinSamples = 10;
    static constexpr int kMaxSamples = 100000;

    QString dataset = QStringLiteral("circle");  // a core::datasetKey, used when data is empty
    int samples = 400;
    double noise = 0.1;
    // A user's own examples (imported CSV or points clicked in); replaces the generated set.
    core::Dataset data;
    core::TrainingConfig config;

    bool usesOwnData() const { return data.size() > 0; }
    // "" when valid, else the first problem.
    QString validate() const;
    // The examples, split into train and test with the config's seed. The network's inputs and
    // task are set to match the data in *config.
    core::DataSplit makeSplit(core::TrainingConfig *config) const;

    friend bool operator==(const TrainingSetup &, const TrainingSetup &) = default;
};

}  // namespace relulab::session
