// Building the data split of a training run, generated or the user's own.
#include "TrainingSetup.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "CoreMessageText.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "TrainingSetup" by lupdate and looked up there.
class TrainingSetupTr
{
    Q_DECLARE_TR_FUNCTIONS(TrainingSetup)
};

}  // namespace

QString TrainingSetup::validate() const
{
    if (!usesOwnData()) {
        if (!core::parseDatasetName(dataset.toStdString()))
            return TrainingSetupTr::tr("unknown data set '%1'").arg(dataset);
        if (samples < kMinSamples || samples > kMaxSamples)
            return TrainingSetupTr::tr("the number of samples must be between %1 and %2")
                .arg(kMinSamples)
                .arg(kMaxSamples);
        if (!std::isfinite(noise) || noise < 0.0 || noise > 10.0)
            return TrainingSetupTr::tr("the noise must be a number in [0, 10]");
    } else if (data.size() < 4) {
        return TrainingSetupTr::tr("a data set needs at least 4 examples");
    } else if (data.inputs.size() != data.size() * static_cast<size_t>(data.inputDim)) {
        return TrainingSetupTr::tr("the data's inputs and targets disagree in size");
    } else {
        // Caught here, naming the example, rather than as a NaN loss later on.
        for (size_t i = 0; i < data.size(); ++i) {
            const auto x = data.input(i);
            if (!std::isfinite(data.targets[i]) ||
                !std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }))
                return TrainingSetupTr::tr(
                           "example %1 of the data has a value that is not a finite number")
                    .arg(i + 1);
        }
    }
    core::TrainingConfig adjusted = config;
    const core::TaskKind task =
        usesOwnData() ? data.task : core::taskOf(*core::parseDatasetName(dataset.toStdString()));
    adjusted.network.task = task;
    adjusted.network.inputs = task == core::TaskKind::Classification ? 2 : 1;
    return translatedCoreMessage(adjusted.validate());
}

core::DataSplit TrainingSetup::makeSplit(core::TrainingConfig *config) const
{
    const core::Dataset all =
        usesOwnData() ? data
                      : core::makeDataset(*core::parseDatasetName(dataset.toStdString()), samples,
                                          noise, config->seed);
    config->network.task = all.task;
    config->network.inputs = all.inputDim;
    return core::splitTrainTest(all, kTestFraction, config->seed);
}

}  // namespace relulab::session
