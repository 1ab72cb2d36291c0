// Validated setters that emit one change signal per real change, classified live or restart.
#include "TrainingSetupModel.h"

#include <cmath>

#include "ExampleEditing.h"

namespace relulab::session {

TrainingSetupModel::TrainingSetupModel(QObject *parent) : QObject(parent) {}

SetupChange TrainingSetupModel::classify(const TrainingSetup &from, const TrainingSetup &to)
{
    const auto isMaxout = [](const TrainingSetup &s) {
        return s.config.network.activation == core::HiddenActivation::Maxout;
    };
    // Maxout has other parameter shapes than the rest: switching to or from it is a new network.
    if (isMaxout(from) != isMaxout(to)) return SetupChange::Restart;
    TrainingSetup rest = to;
    rest.config.learningRate = from.config.learningRate;
    rest.config.network.alpha = from.config.network.alpha;
    rest.config.network.activation = from.config.network.activation;
    return rest == from ? SetupChange::Live : SetupChange::Restart;
}

QString TrainingSetupModel::commit(const TrainingSetup &candidate, SetupChange change)
{
    if (QString error = candidate.validate(); !error.isEmpty()) return error;
    if (candidate == m_setup) return {};
    m_setup = candidate;
    Q_EMIT setupChanged(change);
    return {};
}

QString TrainingSetupModel::setDataset(const QString &key)
{
    return edit([&key](TrainingSetup &s) {
        s.dataset = key;
        s.data = {};
    });
}

QString TrainingSetupModel::setSamples(int samples)
{
    // Checked here too: with the user's own examples validate() has no use for the number.
    if (samples < TrainingSetup::kMinSamples || samples > TrainingSetup::kMaxSamples)
        return tr("the number of samples must be between %1 and %2")
            .arg(TrainingSetup::kMinSamples)
            .arg(TrainingSetup::kMaxSamples);
    return edit([samples](TrainingSetup &s) { s.samples = samples; });
}

QString TrainingSetupModel::setNoise(double noise)
{
    if (!std::isfinite(noise) || noise < 0.0 || noise > 10.0)
        return tr("the noise must be a number in [0, 10]");
    return edit([noise](TrainingSetup &s) { s.noise = noise; });
}

QString TrainingSetupModel::setHiddenWidths(const std::vector<int> &widths)
{
    return edit([&widths](TrainingSetup &s) { s.config.network.hidden = widths; });
}

void TrainingSetupModel::addLayer()
{
    std::vector<int> widths = network().hidden;
    if (widths.size() >= static_cast<size_t>(core::NetworkConfig::kMaxLayers)) return;
    widths.push_back(widths.empty() ? 8 : widths.back());
    setHiddenWidths(widths);
}

void TrainingSetupModel::removeLayer()
{
    std::vector<int> widths = network().hidden;
    if (widths.size() <= 1) return;
    widths.pop_back();
    setHiddenWidths(widths);
}

void TrainingSetupModel::setActivation(core::HiddenActivation activation)
{
    edit([activation](TrainingSetup &s) { s.config.network.activation = activation; });
}

QString TrainingSetupModel::setAlpha(double alpha)
{
    return edit([alpha](TrainingSetup &s) { s.config.network.alpha = alpha; });
}

QString TrainingSetupModel::setPieces(int pieces)
{
    return edit([pieces](TrainingSetup &s) { s.config.network.pieces = pieces; });
}

void TrainingSetupModel::setInit(core::InitScheme init)
{
    edit([init](TrainingSetup &s) { s.config.network.init = init; });
}

QString TrainingSetupModel::setBiasInit(double biasInit)
{
    return edit([biasInit](TrainingSetup &s) { s.config.network.biasInit = biasInit; });
}

void TrainingSetupModel::setOptimizer(core::OptimizerKind optimizer)
{
    edit([optimizer](TrainingSetup &s) { s.config.optimizer = optimizer; });
}

QString TrainingSetupModel::setLearningRate(double learningRate)
{
    return edit([learningRate](TrainingSetup &s) { s.config.learningRate = learningRate; });
}

QString TrainingSetupModel::setBatchSize(int batchSize)
{
    return edit([batchSize](TrainingSetup &s) { s.config.batchSize = batchSize; });
}

QString TrainingSetupModel::setL2(double l2)
{
    return edit([l2](TrainingSetup &s) { s.config.l2 = l2; });
}

void TrainingSetupModel::setSeed(std::uint64_t seed)
{
    edit([seed](TrainingSetup &s) { s.config.seed = seed; });
}

void TrainingSetupModel::setConvention(core::KinkConvention convention)
{
    edit([convention](TrainingSetup &s) { s.config.network.convention = convention; });
}

QString TrainingSetupModel::setExamples(const core::Dataset &examples)
{
    return edit([&examples](TrainingSetup &s) { s.data = examples; });
}

core::Dataset TrainingSetupModel::examples(const core::DataSplit &run) const
{
    // The user's own examples, or the generated set the run has (train and test together).
    return m_setup.usesOwnData() ? m_setup.data : allExamples(run);
}

QString TrainingSetupModel::addExample(double x, double y, int label, const core::DataSplit &run)
{
    core::Dataset data = examples(run);
    session::addExample(data, x, y, label);
    return setExamples(data);
}

bool TrainingSetupModel::removeExample(double x, double y, double radius,
                                       const core::DataSplit &run)
{
    core::Dataset data = examples(run);
    if (!removeNearestExample(data, x, y, radius)) return false;
    return setExamples(data).isEmpty();
}

QString TrainingSetupModel::importCsv(const QString &path)
{
    const ExamplesRead read = readExamplesCsv(path);
    if (!read.error.isEmpty()) return read.error;
    return setExamples(read.data);
}

QString TrainingSetupModel::apply(const TrainingSetup &setup)
{
    return commit(setup, classify(m_setup, setup));
}

QString TrainingSetupModel::adopt(const TrainingSetup &setup)
{
    return commit(setup, SetupChange::Adopted);
}

}  // namespace relulab::session
