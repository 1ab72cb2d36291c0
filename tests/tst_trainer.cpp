// Tests mini-batch training: learning a circle, the optimizers, dying ReLUs under a huge learning
// rate, batch bookkeeping, evaluation and live changes of the learning rate and activation.
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <span>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/Backprop.h"
#include "core/Dataset.h"
#include "core/DeadUnits.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"
#include "support/TestRandom.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

// Every allocation in this executable (tst_core: every core test) is counted, so a test can prove
// that a step allocates nothing. The whole set of plain and nothrow forms is replaced, so that
// whatever allocates through one of them (std::stable_sort's nothrow buffer) frees through ours.
static std::atomic<long> g_allocations{0};

void *operator new(std::size_t size)
{
    ++g_allocations;
    if (void *p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}

void *operator new[](std::size_t size)
{
    ++g_allocations;
    if (void *p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}

void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    ++g_allocations;
    return std::malloc(size == 0 ? 1 : size);
}

void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    ++g_allocations;
    return std::malloc(size == 0 ? 1 : size);
}

void operator delete(void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}

void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    std::free(p);
}

void operator delete(void *p) noexcept
{
    std::free(p);
}

void operator delete[](void *p) noexcept
{
    std::free(p);
}

void operator delete(void *p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete[](void *p, std::size_t) noexcept
{
    std::free(p);
}

using relulab::test::TestRandom;

namespace {

// Uniform points in [-1, 1]^2, label 1 inside the circle of radius 0.5 (about a fifth of them).
Dataset circle(int examples, std::uint64_t seed)
{
    TestRandom random(seed);
    Dataset data;
    for (int i = 0; i < examples; ++i) {
        const double x1 = random.uniform(-1.0, 1.0);
        const double x2 = random.uniform(-1.0, 1.0);
        data.inputs.push_back(x1);
        data.inputs.push_back(x2);
        data.targets.push_back(x1 * x1 + x2 * x2 < 0.25 ? 1.0 : 0.0);
    }
    return data;
}

// 400 points: the first 320 to train on, the last 80 to test.
DataSplit circleSplit()
{
    const Dataset all = circle(400, 11);
    DataSplit split;
    for (size_t i = 0; i < all.size(); ++i) {
        Dataset &part = i < 320 ? split.train : split.test;
        part.inputs.insert(part.inputs.end(), all.input(i).begin(), all.input(i).end());
        part.targets.push_back(all.targets[i]);
    }
    return split;
}

Dataset line(int examples, std::uint64_t seed)
{
    TestRandom random(seed);
    Dataset data;
    data.task = TaskKind::Regression;
    data.inputDim = 1;
    for (int i = 0; i < examples; ++i) {
        const double x = random.uniform(-1.0, 1.0);
        data.inputs.push_back(x);
        data.targets.push_back(std::abs(x));
    }
    return data;
}

TrainingConfig reluConfig(OptimizerKind optimizer, double learningRate)
{
    TrainingConfig c;
    c.network.hidden = {8, 8};
    c.network.activation = HiddenActivation::Relu;
    c.optimizer = optimizer;
    c.learningRate = learningRate;
    c.batchSize = 10;
    c.seed = 1;
    return c;
}

QList<quint64> bitsOf(std::span<const double> values)
{
    QList<quint64> bits;
    for (double v : values)
        bits.append(std::bit_cast<quint64>(v));
    return bits;
}

}  // namespace

Q_DECLARE_METATYPE(HiddenActivation)
Q_DECLARE_METATYPE(OptimizerKind)
Q_DECLARE_METATYPE(TrainingConfig)
Q_DECLARE_METATYPE(DataSplit)

class tst_Trainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reluNetLearnsCircle_data();
    void reluNetLearnsCircle();
    void optimizersReduceLoss_data();
    void optimizersReduceLoss();
    void optimizerStepsFollowTheirRules_data();
    void optimizerStepsFollowTheirRules();
    void hugeLearningRateKillsEveryRelu();
    void stepDoesNotAllocate_data();
    void stepDoesNotAllocate();
    void batchesWalkSeededShuffle();
    void batchSizeIsClampedToTrainingSet();
    void lastBatchOfEpochIsShort();
    void evaluationMatchesPredictions();
    void accuracyIsEmptyForRegression();
    void regressionLearnsAbs();
    void learningRateChangeTakesEffect();
    void switchToLeakyKeepsOptimizerState();
    void switchToPreluAddsLearnedSlopes();
    void switchToMaxoutReinitialises();
    void switchToSigmoidOrTanhKeepsWeightsAndOptimizerState_data();
    void switchToSigmoidOrTanhKeepsWeightsAndOptimizerState();
    void sigmoidAndTanhNetsLearnCircle_data();
    void sigmoidAndTanhNetsLearnCircle();
    void invalidSetupIsRejected_data();
    void invalidSetupIsRejected();
    void restoredStateContinuesBitForBit_data();
    void restoredStateContinuesBitForBit();
    void restoreRejectsAStateThatDoesNotFit_data();
    void restoreRejectsAStateThatDoesNotFit();
    void nonFiniteDataIsRejectedNamingTheExample();
    void nonFiniteWeightIsDetectedBeforeAndByTheNextStep_data();
    void nonFiniteWeightIsDetectedBeforeAndByTheNextStep();
};

void tst_Trainer::reluNetLearnsCircle_data()
{
    QTest::addColumn<DataSplit>("data");
    QTest::newRow("own circle, 320/80") << circleSplit();
    QTest::newRow("makeDataset circle")
        << splitTrainTest(makeDataset(DatasetName::Circle, 400, 0.0, 1), 0.2, 1);
}

void tst_Trainer::reluNetLearnsCircle()
{
    QFETCH(DataSplit, data);
    Trainer trainer(reluConfig(OptimizerKind::Adam, 0.01), data);
    const Evaluation before = trainer.evaluate();
    for (int i = 0; i < 3000; ++i)
        trainer.step();
    const Evaluation after = trainer.evaluate();
    QVERIFY(after.accuracy.has_value());
    QVERIFY2(*after.accuracy >= 0.9, qPrintable(QString::number(*after.accuracy)));
    QVERIFY(after.trainLoss < 0.25 * before.trainLoss);
    QCOMPARE(trainer.stepCount(), 3000L);
    QCOMPARE(trainer.examplesSeen(), 30000L);
}

void tst_Trainer::optimizersReduceLoss_data()
{
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<double>("learningRate");
    QTest::newRow("sgd") << OptimizerKind::Sgd << 0.1;
    QTest::newRow("momentum") << OptimizerKind::Momentum << 0.02;
    QTest::newRow("adam") << OptimizerKind::Adam << 0.01;
}

void tst_Trainer::optimizersReduceLoss()
{
    QFETCH(OptimizerKind, optimizer);
    QFETCH(double, learningRate);
    Trainer trainer(reluConfig(optimizer, learningRate), circleSplit());
    const double before = trainer.evaluate().trainLoss;
    double firstEpoch = 0.0, lastEpoch = 0.0;
    for (int i = 0; i < 32; ++i)
        firstEpoch += trainer.step();
    for (int i = 0; i < 1000; ++i)
        trainer.step();
    for (int i = 0; i < 32; ++i)
        lastEpoch += trainer.step();
    const double after = trainer.evaluate().trainLoss;
    QVERIFY2(after < 0.5 * before, qPrintable(QString("%1 -> %2").arg(before).arg(after)));
    QVERIFY(lastEpoch < 0.5 * firstEpoch);
}

void tst_Trainer::optimizerStepsFollowTheirRules_data()
{
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::newRow("sgd") << OptimizerKind::Sgd;
    QTest::newRow("momentum 0.9") << OptimizerKind::Momentum;
    QTest::newRow("adam bias-corrected") << OptimizerKind::Adam;
}

void tst_Trainer::optimizerStepsFollowTheirRules()
{
    QFETCH(OptimizerKind, optimizer);
    // Full batches (the batch size is clamped to the 320 examples), so the test can recompute
    // each step's gradient itself: mean gradient plus l2 * w.
    TrainingConfig config = reluConfig(optimizer, 0.01);
    config.batchSize = 1000;
    config.l2 = 0.01;
    Trainer trainer(config, circleSplit());
    const Dataset &train = trainer.data().train;
    std::vector<size_t> all(train.size());
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    Backprop backprop(trainer.network());
    const size_t n = trainer.network().parameters().size();
    std::vector<double> g(n), m(n, 0.0), v(n, 0.0), expected(n);
    const double lr = config.learningRate;
    for (int t = 1; t <= 2; ++t) {
        const std::span<const double> p = std::as_const(trainer).network().parameters();
        backprop.lossAndGradient(trainer.network(), train, all, config.l2, g);
        for (size_t i = 0; i < n; ++i) {
            switch (optimizer) {
                case OptimizerKind::Sgd:
                    expected[i] = p[i] - lr * g[i];
                    break;
                case OptimizerKind::Momentum:
                    m[i] = 0.9 * m[i] + g[i];
                    expected[i] = p[i] - lr * m[i];
                    break;
                case OptimizerKind::Adam:
                    m[i] = 0.9 * m[i] + 0.1 * g[i];
                    v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                    expected[i] = p[i] - lr * (m[i] / (1.0 - std::pow(0.9, t))) /
                                             (std::sqrt(v[i] / (1.0 - std::pow(0.999, t))) + 1e-8);
                    break;
            }
        }
        trainer.step();
        for (size_t i = 0; i < n; ++i) {
            if (std::abs(p[i] - expected[i]) > 1e-9)
                qWarning("step %d, parameter %zu: %.12g, expected %.12g", t, i, p[i], expected[i]);
            QVERIFY(std::abs(p[i] - expected[i]) <= 1e-9);
        }
    }
}

void tst_Trainer::hugeLearningRateKillsEveryRelu()
{
    // SGD at 1e3: the first steps throw every unit's pre-activation below zero on the whole
    // training set; from then on no gradient reaches a hidden weight and the net is constant.
    // The loss stays finite: the output bias alone keeps training.
    Trainer trainer(reluConfig(OptimizerKind::Sgd, 1e3), circleSplit());
    const DeadUnitReport start = analyseDeadUnits(trainer.network(), trainer.data().train);
    QCOMPARE(start.collapsed, false);
    const std::vector<double> firstLayer(trainer.network().parameters().begin(),
                                         trainer.network().parameters().begin() + 24);
    for (int i = 0; i < 5; ++i)
        trainer.step();
    const DeadUnitReport dead = analyseDeadUnits(trainer.network(), trainer.data().train);
    QCOMPARE(dead.deadUnits, 16);
    QCOMPARE(dead.deadPerLayer, (std::vector<int>{8, 8}));
    QCOMPARE(dead.collapsed, true);

    // Dead for good: the hidden layers output 0 on every example, so further steps leave every
    // parameter but the output bias (the last one) exactly where it is.
    const std::vector<double> frozen(trainer.network().parameters().begin(),
                                     trainer.network().parameters().end() - 1);
    for (int i = 0; i < 50; ++i)
        QVERIFY(std::isfinite(trainer.step()));
    QCOMPARE(bitsOf(std::span(trainer.network().parameters()).first(frozen.size())),
             bitsOf(frozen));
    const Dataset &test = trainer.data().test;
    const double p0 = trainer.network().predict(test.input(0));
    for (size_t i = 1; i < test.size(); ++i)
        QCOMPARE(trainer.network().predict(test.input(i)), p0);
    QVERIFY(bitsOf(firstLayer) != bitsOf(std::span(trainer.network().parameters()).first(24)));
}

void tst_Trainer::stepDoesNotAllocate_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::newRow("relu sgd") << HiddenActivation::Relu << OptimizerKind::Sgd;
    QTest::newRow("prelu momentum") << HiddenActivation::Prelu << OptimizerKind::Momentum;
    QTest::newRow("maxout adam") << HiddenActivation::Maxout << OptimizerKind::Adam;
    QTest::newRow("sigmoid sgd") << HiddenActivation::Sigmoid << OptimizerKind::Sgd;
    QTest::newRow("tanh adam") << HiddenActivation::Tanh << OptimizerKind::Adam;
}

void tst_Trainer::stepDoesNotAllocate()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(OptimizerKind, optimizer);
    TrainingConfig config = reluConfig(optimizer, 0.01);
    config.network.activation = activation;
    config.batchSize = 7;  // crosses epoch boundaries, which reshuffle
    Trainer trainer(config, circleSplit());
    const long before = g_allocations.load();
    QVERIFY(before > 0);  // the counter is live: building the trainer allocated
    for (int i = 0; i < 200; ++i)
        trainer.step();
    const long during = g_allocations.load() - before;
    QCOMPARE(during, 0L);
}

namespace {

// Which example each of `steps` single-example steps used. With every parameter 0 the net
// outputs its output bias b and only b gets a gradient, 2 (b - t); SGD at lr 0.5 then sets b to
// the target t of the step's example, and each target is its example's index.
QList<int> visitOrder(std::uint64_t seed, int examples, int steps)
{
    TrainingConfig config = reluConfig(OptimizerKind::Sgd, 0.5);
    config.network.task = TaskKind::Regression;
    config.network.inputs = 1;
    config.batchSize = 1;
    config.seed = seed;
    Dataset data;
    data.task = TaskKind::Regression;
    data.inputDim = 1;
    for (int i = 0; i < examples; ++i) {
        data.inputs.push_back(0.1 * i);
        data.targets.push_back(i);
    }
    Trainer trainer(config, DataSplit{data, data});
    for (double &p : trainer.network().parameters())
        p = 0.0;
    QList<int> order;
    for (int i = 0; i < steps; ++i) {
        trainer.step();
        const std::span<const double> p = std::as_const(trainer).network().parameters();
        order.append(static_cast<int>(p.back()));
    }
    return order;
}

}  // namespace

void tst_Trainer::batchesWalkSeededShuffle()
{
    const QList<int> order = visitOrder(1, 10, 30);
    QList<int> identity;
    for (int i = 0; i < 10; ++i)
        identity.append(i);
    QList<QList<int>> epochs;
    for (int e = 0; e < 3; ++e) {
        QList<int> epoch = order.mid(e * 10, 10);
        epochs.append(epoch);
        std::sort(epoch.begin(), epoch.end());
        QCOMPARE(epoch, identity);  // every example exactly once per epoch
    }
    QVERIFY(epochs[0] != identity);   // shuffled,
    QVERIFY(epochs[1] != epochs[0]);  // and reshuffled each epoch
    QVERIFY(epochs[2] != epochs[1]);
    QCOMPARE(visitOrder(1, 10, 30), order);  // by the seed alone
    QVERIFY(visitOrder(2, 10, 30) != order);
}

void tst_Trainer::batchSizeIsClampedToTrainingSet()
{
    TrainingConfig config = reluConfig(OptimizerKind::Sgd, 0.1);
    config.batchSize = 1000;
    DataSplit data{circle(50, 1), circle(10, 2)};
    Trainer trainer(config, data);
    trainer.step();
    QCOMPARE(trainer.examplesSeen(), 50L);
    trainer.step();
    trainer.step();
    QCOMPARE(trainer.stepCount(), 3L);
    QCOMPARE(trainer.examplesSeen(), 150L);
    QCOMPARE(trainer.config().batchSize, 1000);  // the setting itself is kept
}

void tst_Trainer::lastBatchOfEpochIsShort()
{
    DataSplit data{circle(25, 1), circle(10, 2)};
    Trainer trainer(reluConfig(OptimizerKind::Sgd, 0.1), data);
    QList<long> seen;
    for (int i = 0; i < 4; ++i) {
        trainer.step();
        seen.append(trainer.examplesSeen());
    }
    QCOMPARE(seen, (QList<long>{10, 20, 25, 35}));
}

void tst_Trainer::evaluationMatchesPredictions()
{
    Trainer trainer(reluConfig(OptimizerKind::Adam, 0.01), circleSplit());
    for (int i = 0; i < 200; ++i)
        trainer.step();
    const Dataset &test = trainer.data().test;
    double loss = 0.0;
    int correct = 0;
    for (size_t i = 0; i < test.size(); ++i) {
        const double p = trainer.network().predict(test.input(i));
        const double t = test.targets[i];
        loss -= t * std::log(p) + (1.0 - t) * std::log(1.0 - p);
        correct += (p >= 0.5) == (t == 1.0) ? 1 : 0;
    }
    const Evaluation e = trainer.evaluate();
    QVERIFY(std::abs(e.testLoss - loss / 80.0) < 1e-12);
    QCOMPARE(*e.accuracy, correct / 80.0);
}

void tst_Trainer::accuracyIsEmptyForRegression()
{
    TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    config.network.task = TaskKind::Regression;
    config.network.inputs = 1;
    Trainer trainer(config, DataSplit{line(40, 1), line(10, 2)});
    trainer.step();
    const Evaluation e = trainer.evaluate();
    QCOMPARE(e.accuracy.has_value(), false);
    QVERIFY(std::isfinite(e.trainLoss));
    QVERIFY(std::isfinite(e.testLoss));
}

void tst_Trainer::regressionLearnsAbs()
{
    TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    config.network.task = TaskKind::Regression;
    config.network.inputs = 1;
    Trainer trainer(config, DataSplit{line(100, 1), line(20, 2)});
    for (int i = 0; i < 2000; ++i)
        trainer.step();
    const Evaluation e = trainer.evaluate();
    QVERIFY2(e.testLoss < 1e-3, qPrintable(QString::number(e.testLoss)));  // MSE of |x|
}

void tst_Trainer::learningRateChangeTakesEffect()
{
    Trainer changed(reluConfig(OptimizerKind::Sgd, 0.01), circleSplit());
    changed.setLearningRate(0.05);
    Trainer direct(reluConfig(OptimizerKind::Sgd, 0.05), circleSplit());
    for (int i = 0; i < 20; ++i) {
        changed.step();
        direct.step();
    }
    QCOMPARE(changed.config().learningRate, 0.05);
    QCOMPARE(bitsOf(changed.network().parameters()), bitsOf(direct.network().parameters()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, changed.setLearningRate(0.0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, changed.setLearningRate(-1.0));
}

void tst_Trainer::switchToLeakyKeepsOptimizerState()
{
    // Leaky with alpha 0 computes exactly what ReLU does, so a run that switches halfway
    // matches an unswitched one bit for bit only if the weights, Adam's moments and the batch
    // order all survived the switch.
    Trainer switched(reluConfig(OptimizerKind::Adam, 0.01), circleSplit());
    Trainer plain(reluConfig(OptimizerKind::Adam, 0.01), circleSplit());
    for (int i = 0; i < 50; ++i) {
        switched.step();
        plain.step();
    }
    switched.setActivation(HiddenActivation::Leaky, 0.0);
    QCOMPARE(switched.config().network.activation, HiddenActivation::Leaky);
    for (int i = 0; i < 50; ++i) {
        switched.step();
        plain.step();
    }
    QCOMPARE(bitsOf(switched.network().parameters()), bitsOf(plain.network().parameters()));
}

void tst_Trainer::switchToSigmoidOrTanhKeepsWeightsAndOptimizerState_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("sigmoid") << HiddenActivation::Sigmoid;
    QTest::newRow("tanh") << HiddenActivation::Tanh;
}

// Same parameter shapes as ReLU: a switch mid-run keeps the weights, Adam's moments and the
// batch order, so it continues exactly as a run that had the new activation from that point.
void tst_Trainer::switchToSigmoidOrTanhKeepsWeightsAndOptimizerState()
{
    QFETCH(HiddenActivation, activation);
    Trainer switched(reluConfig(OptimizerKind::Adam, 0.01), circleSplit());
    for (int i = 0; i < 50; ++i)
        switched.step();
    const TrainerState paused = switched.state();
    const std::vector<double> weights(switched.network().parameters().begin(),
                                      switched.network().parameters().end());
    switched.setActivation(activation, 0.01);
    QCOMPARE(switched.config().network.activation, activation);
    QCOMPARE(bitsOf(switched.network().parameters()), bitsOf(weights));

    TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    config.network.activation = activation;
    Trainer fresh(config, circleSplit());
    QVERIFY(fresh.restore(paused).empty());
    for (int i = 0; i < 50; ++i)
        QCOMPARE(std::bit_cast<quint64>(switched.step()), std::bit_cast<quint64>(fresh.step()));
    QCOMPARE(bitsOf(switched.network().parameters()), bitsOf(fresh.network().parameters()));
}

void tst_Trainer::sigmoidAndTanhNetsLearnCircle_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("sigmoid") << HiddenActivation::Sigmoid;
    QTest::newRow("tanh") << HiddenActivation::Tanh;
}

void tst_Trainer::sigmoidAndTanhNetsLearnCircle()
{
    QFETCH(HiddenActivation, activation);
    TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    config.network.activation = activation;
    config.network.init = InitScheme::Xavier;
    Trainer trainer(config, circleSplit());
    const Evaluation before = trainer.evaluate();
    for (int i = 0; i < 3000; ++i)
        trainer.step();
    const Evaluation after = trainer.evaluate();
    QVERIFY(after.accuracy.has_value());
    QVERIFY2(*after.accuracy >= 0.9, qPrintable(QString::number(*after.accuracy)));
    QVERIFY(after.trainLoss < 0.25 * before.trainLoss);
}

void tst_Trainer::switchToPreluAddsLearnedSlopes()
{
    Trainer trainer(reluConfig(OptimizerKind::Adam, 0.01), circleSplit());
    for (int i = 0; i < 20; ++i)
        trainer.step();
    const size_t before = trainer.network().parameters().size();
    trainer.setActivation(HiddenActivation::Prelu, 0.01);
    QCOMPARE(trainer.network().parameters().size(), before + 16);
    for (int i = 0; i < 100; ++i)
        QVERIFY(std::isfinite(trainer.step()));
    int moved = 0;
    for (int l = 0; l < 2; ++l)
        for (int u = 0; u < 8; ++u)
            moved += trainer.network().slope(l, u) != 0.25 ? 1 : 0;
    QVERIFY(moved > 0);
    trainer.setActivation(HiddenActivation::Relu, 0.01);
    QCOMPARE(trainer.network().parameters().size(), before);
    QVERIFY(std::isfinite(trainer.step()));
}

void tst_Trainer::switchToMaxoutReinitialises()
{
    TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    config.network.pieces = 3;
    Trainer trainer(config, circleSplit());
    for (int i = 0; i < 20; ++i)
        trainer.step();
    trainer.setActivation(HiddenActivation::Maxout, 0.01);
    NetworkConfig maxout = config.network;
    maxout.activation = HiddenActivation::Maxout;
    QCOMPARE(bitsOf(trainer.network().parameters()), bitsOf(Mlp(maxout, 1).parameters()));
    for (int i = 0; i < 500; ++i)
        QVERIFY(std::isfinite(trainer.step()));
    QVERIFY(*trainer.evaluate().accuracy > 0.8);
}

void tst_Trainer::invalidSetupIsRejected_data()
{
    QTest::addColumn<TrainingConfig>("config");
    QTest::addColumn<DataSplit>("data");
    QTest::addColumn<QString>("problem");  // of config.validate(); empty: the data is the problem
    const TrainingConfig ok = reluConfig(OptimizerKind::Adam, 0.01);
    const DataSplit good{circle(20, 1), circle(5, 2)};
    auto with = [&](auto change) {
        TrainingConfig c = ok;
        change(c);
        return c;
    };
    QTest::newRow("learning rate 0") << with([](TrainingConfig &c) { c.learningRate = 0.0; })
                                     << good << "learning rate must be > 0";
    QTest::newRow("learning rate inf") << with([](TrainingConfig &c) { c.learningRate = INFINITY; })
                                       << good << "learning rate must be > 0";
    QTest::newRow("batch 0") << with([](TrainingConfig &c) { c.batchSize = 0; }) << good
                             << "batch size must be >= 1";
    QTest::newRow("l2 negative") << with([](TrainingConfig &c) { c.l2 = -0.1; }) << good
                                 << "l2 must be >= 0";
    QTest::newRow("network first") << with([](TrainingConfig &c) {
        c.network.pieces = 9;
        c.l2 = -1.0;
    }) << good << "pieces must be 2 to 5";
    QTest::newRow("regression data") << ok << DataSplit{line(20, 1), line(5, 2)} << QString();
    DataSplit noTrain{Dataset{}, circle(5, 2)};
    QTest::newRow("empty training set") << ok << noTrain << QString();
    DataSplit ragged = good;
    ragged.train.targets.pop_back();
    QTest::newRow("inputs and targets disagree") << ok << ragged << QString();
    DataSplit nanInput = good;
    nanInput.train.inputs[7] = NAN;
    QTest::newRow("NaN input in the training set") << ok << nanInput << QString();
    DataSplit infTarget = good;
    infTarget.test.targets[2] = -INFINITY;
    QTest::newRow("infinite target in the test set") << ok << infTarget << QString();
}

void tst_Trainer::invalidSetupIsRejected()
{
    QFETCH(TrainingConfig, config);
    QFETCH(DataSplit, data);
    QFETCH(QString, problem);
    QCOMPARE(QString::fromStdString(config.validate()), problem);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Trainer(config, data));
}

void tst_Trainer::restoredStateContinuesBitForBit_data()
{
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<int>("batch");
    // Batches of 7 and 13 do not divide the 320 training examples: the pause falls mid-epoch,
    // and the continued run crosses epochs with their reshuffles.
    QTest::newRow("sgd relu") << OptimizerKind::Sgd << HiddenActivation::Relu << 7;
    QTest::newRow("momentum leaky") << OptimizerKind::Momentum << HiddenActivation::Leaky << 13;
    QTest::newRow("adam prelu") << OptimizerKind::Adam << HiddenActivation::Prelu << 7;
    QTest::newRow("adam maxout") << OptimizerKind::Adam << HiddenActivation::Maxout << 13;
    QTest::newRow("sgd sigmoid") << OptimizerKind::Sgd << HiddenActivation::Sigmoid << 7;
    QTest::newRow("adam tanh") << OptimizerKind::Adam << HiddenActivation::Tanh << 13;
}

void tst_Trainer::restoredStateContinuesBitForBit()
{
    QFETCH(OptimizerKind, optimizer);
    QFETCH(HiddenActivation, activation);
    QFETCH(int, batch);
    TrainingConfig config = reluConfig(optimizer, 0.02);
    config.network.activation = activation;
    config.network.pieces = 3;
    config.batchSize = batch;

    Trainer uninterrupted(config, circleSplit());
    for (int i = 0; i < 250; ++i)
        uninterrupted.step();

    Trainer first(config, circleSplit());
    for (int i = 0; i < 113; ++i)
        first.step();
    const TrainerState saved = first.state();
    QCOMPARE(saved.steps, 113L);
    QVERIFY(saved.cursor > 0 && saved.cursor < 320);
    // A new trainer (its own fresh weights and first shuffle) continues from the saved state.
    Trainer second(config, circleSplit());
    QCOMPARE(QString::fromStdString(second.restore(saved)), QString());
    QVERIFY(second.state() == saved);
    for (int i = 113; i < 250; ++i)
        second.step();

    QCOMPARE(second.stepCount(), uninterrupted.stepCount());
    QCOMPARE(second.examplesSeen(), uninterrupted.examplesSeen());
    QCOMPARE(bitsOf(second.network().parameters()), bitsOf(uninterrupted.network().parameters()));
    QVERIFY(second.state() == uninterrupted.state());
    QCOMPARE(std::bit_cast<quint64>(second.evaluate().trainLoss),
             std::bit_cast<quint64>(uninterrupted.evaluate().trainLoss));
}

void tst_Trainer::restoreRejectsAStateThatDoesNotFit_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one parameter short") << 0 << "parameters: expected 105 numbers, got 104";
    QTest::newRow("moments of another net") << 1 << "moment2: expected 105 numbers, got 106";
    QTest::newRow("NaN weight") << 2 << "the weights and moments must be finite numbers";
    QTest::newRow("order too short")
        << 3 << "order: expected 320 entries (the training set), got 319";
    QTest::newRow("order repeats an example")
        << 4 << "order: must hold every training example once";
    QTest::newRow("order beyond the set") << 5 << "order: must hold every training example once";
    QTest::newRow("cursor beyond the set")
        << 6 << "cursor: must be at most the training set's size";
    QTest::newRow("Adam power zero") << 7 << "the Adam bias corrections must lie in (0, 1]";
    QTest::newRow("negative step") << 8 << "step and examples must be >= 0";
}

void tst_Trainer::restoreRejectsAStateThatDoesNotFit()
{
    QFETCH(int, breakage);
    QFETCH(QString, problem);
    const TrainingConfig config = reluConfig(OptimizerKind::Adam, 0.01);
    Trainer source(config, circleSplit());
    for (int i = 0; i < 40; ++i)
        source.step();
    TrainerState bad = source.state();
    switch (breakage) {
        case 0:
            bad.parameters.pop_back();
            break;
        case 1:
            bad.moment2.push_back(0.0);
            break;
        case 2:
            bad.parameters[5] = std::nan("");
            break;
        case 3:
            bad.order.pop_back();
            break;
        case 4:
            bad.order[1] = bad.order[0];
            break;
        case 5:
            bad.order[3] = 320;
            break;
        case 6:
            bad.cursor = 321;
            break;
        case 7:
            bad.beta1Power = 0.0;
            break;
        case 8:
            bad.steps = -1;
            break;
    }
    Trainer target(config, circleSplit());
    for (int i = 0; i < 3; ++i)
        target.step();
    const TrainerState before = target.state();
    QCOMPARE(QString::fromStdString(target.restore(bad)), problem);
    QVERIFY(target.state() == before);
}

void tst_Trainer::nonFiniteDataIsRejectedNamingTheExample()
{
    DataSplit data{circle(20, 1), circle(5, 2)};
    data.train.inputs[2 * 4 + 1] = NAN;  // example 5's x2
    try {
        Trainer trainer(reluConfig(OptimizerKind::Sgd, 0.1), data);
        QFAIL("a NaN input was accepted");
    } catch (const std::invalid_argument &e) {
        QCOMPARE(QString::fromUtf8(e.what()),
                 QStringLiteral("the training set's example 5 has a value that is not a finite "
                                "number"));
    }
}

void tst_Trainer::nonFiniteWeightIsDetectedBeforeAndByTheNextStep_data()
{
    QTest::addColumn<double>("injected");
    QTest::newRow("NaN") << double(NAN);
    QTest::newRow("+inf") << double(INFINITY);
    QTest::newRow("-inf") << -double(INFINITY);
}

void tst_Trainer::nonFiniteWeightIsDetectedBeforeAndByTheNextStep()
{
    QFETCH(double, injected);
    Trainer trainer(reluConfig(OptimizerKind::Sgd, 0.1), circleSplit());
    for (int i = 0; i < 20; ++i)
        QVERIFY(std::isfinite(trainer.step()));
    QCOMPARE(trainer.parametersFinite(), true);
    // The first layer's first weight: every example's path to the output goes through layer 1.
    trainer.network().weight(0, 0, 0) = injected;
    QCOMPARE(trainer.parametersFinite(), false);
    // The loss need not show it (a ReLU maps a NaN pre-activation to 0), and the update keeps
    // the weight non-finite: the check on the parameters is what catches it.
    for (int i = 0; i < 5; ++i) {
        trainer.step();
        QCOMPARE(trainer.parametersFinite(), false);
    }
}

RELULAB_TEST_APPLESS_MAIN(tst_Trainer)
#include "tst_trainer.moc"
