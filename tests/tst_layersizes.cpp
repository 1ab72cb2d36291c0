// Tests the per-layer gradient and activation sizes: the gradient against central finite
// differences of the mean loss, the activations against their definition, and the known
// step-0 figures of deep ReLU nets (He's factor 2, gradient ratio across depth).
#include <QtTest>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "core/Dataset.h"
#include "core/LayerSizes.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

namespace {

// The mean data loss from the network's predictions: binary cross-entropy of the probability,
// or the squared error of the value.
double meanLoss(const Mlp &net, const Dataset &data)
{
    double sum = 0.0;
    for (size_t i = 0; i < data.size(); ++i) {
        const double y = net.predict(data.input(i));
        const double t = data.targets[i];
        sum += data.task == TaskKind::Classification
                   ? -(t * std::log(y) + (1.0 - t) * std::log(1.0 - y))
                   : (y - t) * (y - t);
    }
    return sum / static_cast<double>(data.size());
}

// The smallest |z| of any hidden unit on any example: how close the data comes to a kink.
double smallestAbsZ(const Mlp &net, const Dataset &data)
{
    double closest = INFINITY;
    std::vector<double> z, act;
    std::vector<int> winner;
    for (size_t i = 0; i < data.size(); ++i) {
        net.hiddenValues(data.input(i), z, act, winner);
        for (double v : z)
            closest = std::min(closest, std::abs(v));
    }
    return closest;
}

// The geometric mean over seeds 1..20 of a ratio measured on freshly initialised nets of
// `hidden` on the circle set's training split, as `relulab train` makes it (400 samples, noise
// 0.1, data seed 1): one net is noisy at width 16, the mean over 20 is not.
template <class Ratio>
double meanRatioAtStepZero(std::vector<int> hidden, InitScheme init, Ratio ratio)
{
    const DataSplit split = splitTrainTest(makeDataset(DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    double logSum = 0.0;
    const int seeds = 20;
    for (int seed = 1; seed <= seeds; ++seed) {
        TrainingConfig config;
        config.seed = static_cast<std::uint64_t>(seed);
        config.network.hidden = hidden;
        config.network.init = init;
        const Trainer trainer(config, split);
        logSum += std::log(ratio(measureLayerSizes(trainer.network(), trainer.data().train)));
    }
    return std::exp(logSum / seeds);
}

}  // namespace

class tst_LayerSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gradientRmsMatchesFiniteDifferences_data();
    void gradientRmsMatchesFiniteDifferences();
    void activationRmsIsRootMeanSquareOfActivations();
    void oneFigurePerLayer();
    void emptyDataIsRejected();
    void heKeepsActivationSizeWithDepthXavierShrinksIt();
    void reluGradientShrinksModestlyTowardsTheInput();
};

void tst_LayerSizes::gradientRmsMatchesFiniteDifferences_data()
{
    QTest::addColumn<TaskKind>("task");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("relu, classification") << TaskKind::Classification << HiddenActivation::Relu;
    QTest::newRow("leaky, regression") << TaskKind::Regression << HiddenActivation::Leaky;
    QTest::newRow("prelu, classification") << TaskKind::Classification << HiddenActivation::Prelu;
}

void tst_LayerSizes::gradientRmsMatchesFiniteDifferences()
{
    QFETCH(TaskKind, task);
    QFETCH(HiddenActivation, activation);
    const bool classification = task == TaskKind::Classification;
    const Dataset data =
        makeDataset(classification ? DatasetName::Circle : DatasetName::Sine, 24, 0.1, 3);
    NetworkConfig config;
    config.task = task;
    config.inputs = classification ? 2 : 1;
    config.hidden = {4, 3};
    config.activation = activation;
    config.alpha = 0.1;
    config.biasInit = 0.05;
    Mlp net(config, 6);
    // Central differences are only the derivative away from the kinks.
    QVERIFY2(smallestAbsZ(net, data) > 1e-3, "the data comes too close to a kink");

    const LayerSizes sizes = measureLayerSizes(net, data);
    const auto all = net.parameters();
    const double h = 1e-6;
    for (int l = 0; l <= net.hiddenLayers(); ++l) {
        const auto weights = net.layerWeights(all, l);
        const auto begin = static_cast<size_t>(weights.data() - all.data());
        double sum = 0.0;
        for (size_t j = 0; j < weights.size(); ++j) {
            double &w = all[begin + j];
            const double saved = w;
            w = saved + h;
            const double up = meanLoss(net, data);
            w = saved - h;
            const double down = meanLoss(net, data);
            w = saved;
            const double g = (up - down) / (2.0 * h);
            sum += g * g;
        }
        const double expected = std::sqrt(sum / static_cast<double>(weights.size()));
        const double got = sizes.gradientRms[static_cast<size_t>(l)];
        QVERIFY2(std::abs(got - expected) <= 1e-6 * expected,
                 qPrintable(QStringLiteral("layer %1: %2, finite differences %3")
                                .arg(l)
                                .arg(got, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }
}

void tst_LayerSizes::activationRmsIsRootMeanSquareOfActivations()
{
    // One hidden layer of two hand-set ReLUs on two points: f = (1, 0) and (3, 2).
    NetworkConfig config;
    config.hidden = {2};
    Mlp net(config, 1);
    net.weight(0, 0, 0) = 1.0;
    net.weight(0, 0, 1) = 0.0;
    net.bias(0, 0) = 0.0;
    net.weight(0, 1, 0) = 0.0;
    net.weight(0, 1, 1) = 1.0;
    net.bias(0, 1) = -1.0;
    Dataset data;
    data.inputs = {1.0, 0.5, 3.0, 3.0};
    data.targets = {0.0, 1.0};
    const LayerSizes sizes = measureLayerSizes(net, data);
    QCOMPARE(sizes.activationRms, (std::vector<double>{std::sqrt((1.0 + 0.0 + 9.0 + 4.0) / 4.0)}));
}

void tst_LayerSizes::oneFigurePerLayer()
{
    NetworkConfig config;
    config.hidden = {5, 4, 3};
    config.activation = HiddenActivation::Maxout;
    config.pieces = 3;
    const Mlp net(config, 2);
    const LayerSizes sizes = measureLayerSizes(net, makeDataset(DatasetName::Xor, 20, 0.0, 1));
    QCOMPARE(sizes.gradientRms.size(), size_t{4});  // three hidden layers and the output
    QCOMPARE(sizes.activationRms.size(), size_t{3});
    for (double v : sizes.gradientRms)
        QVERIFY(v > 0.0 && std::isfinite(v));
}

void tst_LayerSizes::emptyDataIsRejected()
{
    const Mlp net(NetworkConfig{}, 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureLayerSizes(net, Dataset{}));
}

void tst_LayerSizes::heKeepsActivationSizeWithDepthXavierShrinksIt()
{
    // 10 ReLU layers of 16: He's factor 2 makes up for the half of the inputs ReLU zeroes, so
    // the last layer's activations are about as large as the first's (about 0.7 of them);
    // Xavier's variance is 1 / fan_in here, half as large, and each of the 9 layers shrinks
    // the RMS by about sqrt(1/2): about 0.03. Without the factor 2, He would give that too.
    const auto lastOverFirst = [](const LayerSizes &s) {
        return s.activationRms.back() / s.activationRms.front();
    };
    const double he =
        meanRatioAtStepZero(std::vector<int>(10, 16), InitScheme::HeNormal, lastOverFirst);
    const double xavier =
        meanRatioAtStepZero(std::vector<int>(10, 16), InitScheme::Xavier, lastOverFirst);
    QVERIFY2(he > 0.3 && he < 1.4, qPrintable(QStringLiteral("He: %1").arg(he)));
    QVERIFY2(xavier > 0.015 && xavier < 0.06, qPrintable(QStringLiteral("Xavier: %1").arg(xavier)));
}

void tst_LayerSizes::reluGradientShrinksModestlyTowardsTheInput()
{
    // 8 ReLU layers of 8 with He: the first layer's gradient is of order 0.2 of the output
    // layer's, not the vanishing ratios of saturating activations.
    const double ratio = meanRatioAtStepZero(
        std::vector<int>(8, 8), InitScheme::HeNormal,
        [](const LayerSizes &s) { return s.gradientRms.front() / s.gradientRms.back(); });
    QVERIFY2(ratio > 0.1 && ratio < 0.4, qPrintable(QStringLiteral("ratio: %1").arg(ratio)));
}

RELULAB_TEST_APPLESS_MAIN(tst_LayerSizes)
#include "tst_layersizes.moc"
