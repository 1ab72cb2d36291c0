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
#include "support/ExactReal.h"
#include "support/MetaTypes.h"
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

using relulab::test::exact;
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

// FNV-1a over the bits of numbers: one value that changes when any bit of any of them does.
// Every NaN counts as one: which NaN an operation returns is the compiler's choice of operand
// order, not part of what a run computes, and no output shows it.
class BitPrint
{
public:
    void add(double v)
    {
        const quint64 bits = std::isnan(v) ? 0x7FF8000000000000ull : std::bit_cast<quint64>(v);
        for (int i = 0; i < 8; ++i) {
            m_hash ^= (bits >> (8 * i)) & 0xFF;
            m_hash *= 0x100000001B3ull;
        }
    }
    void add(std::span<const double> values)
    {
        for (double v : values)
            add(v);
    }
    quint64 value() const { return m_hash; }

private:
    quint64 m_hash = 0xCBF29CE484222325ull;
};

// relulab train's default data (400 circle examples, noise 0.1, 320 to train), plus the nine
// points of the grid {-1, 0, 1}^2 in the training set: at x = 0 a first-layer unit's
// pre-activation is its bias exactly (0 at the start: the kink), and 329 examples make every
// epoch's last batch short.
DataSplit circleWithGrid()
{
    DataSplit data = splitTrainTest(makeDataset(DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    for (int i = 0; i < 9; ++i) {
        data.train.inputs.push_back(i % 3 - 1.0);
        data.train.inputs.push_back(i / 3 - 1.0);
        data.train.targets.push_back(i % 2);
    }
    return data;
}

// 200 examples of y = |x| with noise, 160 to train.
DataSplit absSplit()
{
    return splitTrainTest(makeDataset(DatasetName::Abs, 200, 0.05, 2), 0.2, 2);
}

// A run of the recorded-bits tables on `data` (its task and input dimension), seed 1.
TrainingConfig bitsRun(std::vector<int> hidden, HiddenActivation activation, int pieces,
                       OptimizerKind optimizer, int batch, double learningRate,
                       const DataSplit &data)
{
    TrainingConfig c;
    c.network.inputs = data.train.inputDim;
    c.network.task = data.train.task;
    c.network.hidden = std::move(hidden);
    c.network.activation = activation;
    c.network.pieces = pieces;
    c.optimizer = optimizer;
    c.batchSize = batch;
    c.learningRate = learningRate;
    c.seed = 1;
    return c;
}

TrainingConfig tweaked(TrainingConfig c, void (*change)(TrainingConfig &))
{
    change(c);
    return c;
}

NetworkConfig gradientNet(std::vector<int> hidden, HiddenActivation activation, int pieces,
                          KinkConvention convention, const DataSplit &data)
{
    NetworkConfig n =
        bitsRun(std::move(hidden), activation, pieces, OptimizerKind::Sgd, 1, 0.1, data).network;
    n.convention = convention;
    return n;
}

}  // namespace

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
    void trainingKeepsItsRecordedBits_data();
    void trainingKeepsItsRecordedBits();
    void gradientKeepsItsRecordedBits_data();
    void gradientKeepsItsRecordedBits();
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

void tst_Trainer::trainingKeepsItsRecordedBits_data()
{
    QTest::addColumn<TrainingConfig>("config");
    QTest::addColumn<DataSplit>("data");
    QTest::addColumn<int>("steps");
    QTest::addColumn<quint64>("expectedPrint");
    QTest::addColumn<double>("expectedLastLoss");
    const DataSplit bench = splitTrainTest(makeDataset(DatasetName::Circle, 400, 0.1, 1), 0.2, 1);
    const DataSplit grid = circleWithGrid();
    const DataSplit abs = absSplit();
    QTest::newRow("2-8-8-1 relu sgd batch 10 (bench_train)")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.1, bench) << bench
        << 300 << 0xBC63A9D3D509C897ull << 0x1.2660f3848b646p-3;
    QTest::newRow("2-8-8-1 relu sgd batch 1")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 1, 0.1, grid) << grid
        << 700 << 0x3939ECDA67A3733Eull << 0x1.fe78ff93b0f2p-3;
    QTest::newRow("2-8-8-1 relu sgd batch 2")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 2, 0.1, grid) << grid
        << 400 << 0x15A701DC846D3A78ull << 0x1.1ed1145b671d7p+0;
    QTest::newRow("2-8-8-1 relu sgd batch 3")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 3, 0.1, grid) << grid
        << 400 << 0xB10BCF8F17E70CE3ull << 0x1.0ea7b65868eccp-2;
    QTest::newRow("2-8-8-1 relu sgd batch 10")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.1, grid) << grid
        << 300 << 0x3E5465EB4056AB0Dull << 0x1.6b0666078b1eep-3;
    QTest::newRow("2-8-8-1 relu sgd full batch")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 400, 0.1, grid) << grid
        << 60 << 0x84C8FDF20789F5C3ull << 0x1.0dbd300c0253cp-1;
    QTest::newRow("2-8-8-1 relu momentum batch 10")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Momentum, 10, 0.05, grid)
        << grid << 300 << 0xF0B7610709FE97Aull << 0x1.eb11d4f0a25ecp-4;
    QTest::newRow("2-8-8-1 relu adam batch 10")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Adam, 10, 0.01, grid) << grid
        << 300 << 0x4135832199921935ull << 0x1.4792909fbe142p-4;
    QTest::newRow("2-8-8-1 relu adam batch 7 l2")
        << tweaked(bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Adam, 7, 0.01, grid),
                   [](TrainingConfig &c) { c.l2 = 1e-3; })
        << grid << 300 << 0x9BB6A8A583DF8B88ull << 0x1.e60a833327a84p-3;
    QTest::newRow("2-8-8-1 relu right convention full batch")
        << tweaked(bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 400, 0.1, grid),
                   [](TrainingConfig &c) { c.network.convention = KinkConvention::Right; })
        << grid << 60 << 0x9706904D7597A492ull << 0x1.0dbdcc66e22acp-1;
    QTest::newRow("2-8-8-1 relu mean convention full batch")
        << tweaked(
               bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Momentum, 400, 0.05, grid),
               [](TrainingConfig &c) { c.network.convention = KinkConvention::Mean; })
        << grid << 60 << 0x661A54D0A735FB81ull << 0x1.4b16c2b99c5f7p-2;
    QTest::newRow("2-8-8-1 relu negative bias")
        << tweaked(bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.1, grid),
                   [](TrainingConfig &c) { c.network.biasInit = -0.5; })
        << grid << 300 << 0x29A6BD5CCCD5912Aull << 0x1.cd77265c9dda4p-3;
    QTest::newRow("2-8-8-1 relu learning rate 50")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 50.0, grid) << grid
        << 100 << 0x885C1634D951EEC6ull << 0x1.03d82a92db1d5p+4;
    QTest::newRow("2-8-8-1 leaky sgd batch 10")
        << bitsRun({8, 8}, HiddenActivation::Leaky, 2, OptimizerKind::Sgd, 10, 0.1, grid) << grid
        << 300 << 0xCB9E87F64A028AC0ull << 0x1.6ddb7d14b08ecp-3;
    QTest::newRow("2-8-8-1 leaky adam full batch")
        << bitsRun({8, 8}, HiddenActivation::Leaky, 2, OptimizerKind::Adam, 400, 0.01, grid) << grid
        << 60 << 0xB43EE52F411136F4ull << 0x1.81b76e29aa0d4p-2;
    QTest::newRow("2-8-8-1 leaky mean convention full batch")
        << tweaked(bitsRun({8, 8}, HiddenActivation::Leaky, 2, OptimizerKind::Sgd, 400, 0.1, grid),
                   [](TrainingConfig &c) {
                       c.network.convention = KinkConvention::Mean;
                       c.network.alpha = 0.2;
                   })
        << grid << 60 << 0x9CD6B7CA119D702Bull << 0x1.187693475b2a9p-1;
    QTest::newRow("2-8-8-1 prelu adam batch 10")
        << bitsRun({8, 8}, HiddenActivation::Prelu, 2, OptimizerKind::Adam, 10, 0.01, grid) << grid
        << 300 << 0xBA9884ABE3D3F3A9ull << 0x1.3710ff56e279ap-4;
    QTest::newRow("2-8-8-1 prelu sgd batch 1")
        << bitsRun({8, 8}, HiddenActivation::Prelu, 2, OptimizerKind::Sgd, 1, 0.1, grid) << grid
        << 500 << 0xB9994E268523A0EDull << 0x1.e626b3ed2928p-4;
    QTest::newRow("2-8-8-1 prelu momentum right convention full batch")
        << tweaked(bitsRun({8, 8}, HiddenActivation::Prelu, 2, OptimizerKind::Momentum, 400, 0.05,
                           grid),
                   [](TrainingConfig &c) { c.network.convention = KinkConvention::Right; })
        << grid << 60 << 0x173FFCEDBC2A04CDull << 0x1.4248480a83726p-2;
    QTest::newRow("2-8-8-1 maxout2 sgd batch 10")
        << bitsRun({8, 8}, HiddenActivation::Maxout, 2, OptimizerKind::Sgd, 10, 0.1, grid) << grid
        << 300 << 0x5F670DAA6A5AFF5Dull << 0x1.3abe349ef24bp-3;
    QTest::newRow("2-8-8-1 maxout3 adam batch 7")
        << bitsRun({8, 8}, HiddenActivation::Maxout, 3, OptimizerKind::Adam, 7, 0.01, grid) << grid
        << 300 << 0x78765E6D2F69AEBFull << 0x1.c7cad5e80a1dap-3;
    QTest::newRow("2-8-8-1 maxout5 momentum batch 1")
        << bitsRun({8, 8}, HiddenActivation::Maxout, 5, OptimizerKind::Momentum, 1, 0.05, grid)
        << grid << 500 << 0x235232600BA2D107ull << 0x1.0d8efe36a35fp-3;
    QTest::newRow("2-8-8-1 maxout2 sgd full batch")
        << bitsRun({8, 8}, HiddenActivation::Maxout, 2, OptimizerKind::Sgd, 400, 0.1, grid) << grid
        << 60 << 0x2AEAFC0EF8FE5219ull << 0x1.09138b7b58df7p-1;
    QTest::newRow("2-8-8-1 sigmoid sgd batch 10")
        << bitsRun({8, 8}, HiddenActivation::Sigmoid, 2, OptimizerKind::Sgd, 10, 0.5, grid) << grid
        << 300 << 0xD9CC7F06AF86792Cull << 0x1.5fe08ac3eb2ebp-1;
    QTest::newRow("2-8-8-1 sigmoid adam full batch")
        << bitsRun({8, 8}, HiddenActivation::Sigmoid, 2, OptimizerKind::Adam, 400, 0.01, grid)
        << grid << 60 << 0x6103E9DD06237C97ull << 0x1.60023edf41b33p-1;
    QTest::newRow("2-8-8-1 tanh momentum batch 10")
        << bitsRun({8, 8}, HiddenActivation::Tanh, 2, OptimizerKind::Momentum, 10, 0.05, grid)
        << grid << 300 << 0xED2589645DC8D1B2ull << 0x1.338930e93958fp-2;
    QTest::newRow("2-8-8-1 tanh sgd batch 1")
        << bitsRun({8, 8}, HiddenActivation::Tanh, 2, OptimizerKind::Sgd, 1, 0.1, grid) << grid
        << 500 << 0xB4E4CD3EF8113CF0ull << 0x1.030cfbc5a124p-3;
    QTest::newRow("2-16-16-16-1 relu sgd batch 10")
        << bitsRun({16, 16, 16}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.1, grid)
        << grid << 200 << 0xEE9E08D11BA849C0ull << 0x1.447528f7837f4p-2;
    QTest::newRow("2-16-16-16-1 leaky adam batch 10")
        << bitsRun({16, 16, 16}, HiddenActivation::Leaky, 2, OptimizerKind::Adam, 10, 0.01, grid)
        << grid << 200 << 0x6F43DCF63520F3BDull << 0x1.c851f702ac4p-2;
    QTest::newRow("2-16-16-16-1 maxout3 sgd batch 3")
        << bitsRun({16, 16, 16}, HiddenActivation::Maxout, 3, OptimizerKind::Sgd, 3, 0.1, grid)
        << grid << 200 << 0xFE8D0CA22510A2C0ull << 0x1.1b715fc0561cp-2;
    QTest::newRow("2-5-3-1 relu adam batch 3")
        << bitsRun({5, 3}, HiddenActivation::Relu, 2, OptimizerKind::Adam, 3, 0.01, grid) << grid
        << 300 << 0xAEA75AEA3121B8A2ull << 0x1.105d3e61a1b71p-2;
    QTest::newRow("2-1-1 relu sgd batch 10")
        << bitsRun({1}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.1, grid) << grid << 300
        << 0xB2C66C9D24725198ull << 0x1.63267d74d782fp-1;
    QTest::newRow("2-32-1 leaky sgd batch 10 he-uniform")
        << tweaked(bitsRun({32}, HiddenActivation::Leaky, 2, OptimizerKind::Sgd, 10, 0.1, grid),
                   [](TrainingConfig &c) { c.network.init = InitScheme::HeUniform; })
        << grid << 200 << 0xEB747975E876241ull << 0x1.c5f25663d2ab8p-2;
    QTest::newRow("2-7-9-6-1 prelu adam batch 10 xavier")
        << tweaked(
               bitsRun({7, 9, 6}, HiddenActivation::Prelu, 2, OptimizerKind::Adam, 10, 0.01, grid),
               [](TrainingConfig &c) { c.network.init = InitScheme::Xavier; })
        << grid << 200 << 0x6D501A96C204BEDAull << 0x1.70b92e98318e4p-2;
    QTest::newRow("1-8-8-1 relu regression sgd batch 10")
        << bitsRun({8, 8}, HiddenActivation::Relu, 2, OptimizerKind::Sgd, 10, 0.05, abs) << abs
        << 300 << 0x48F9D1E93776E684ull << 0x1.f998991296767p-9;
    QTest::newRow("1-8-8-1 maxout3 regression adam batch 1")
        << bitsRun({8, 8}, HiddenActivation::Maxout, 3, OptimizerKind::Adam, 1, 0.01, abs) << abs
        << 400 << 0xF77DF66201B8E1B5ull << 0x1.56b1964283411p-8;
    QTest::newRow("1-8-8-1 tanh regression momentum full batch")
        << bitsRun({8, 8}, HiddenActivation::Tanh, 2, OptimizerKind::Momentum, 200, 0.02, abs)
        << abs << 60 << 0x163C168FE471B5E1ull << 0x1.bcb1a560b51fap-8;
    QTest::newRow("1-6-1 leaky regression sgd batch 7")
        << bitsRun({6}, HiddenActivation::Leaky, 2, OptimizerKind::Sgd, 7, 0.05, abs) << abs << 300
        << 0xA26545E543039575ull << 0x1.134b2d2670aa3p-10;
}

// Recorded from the training loops as they were before they took two examples side by side
// (commit 2efd095): every step's loss, the final weights, the optimizer's moments and the
// evaluation stay the same to the bit, over the activations, kink conventions, optimizers,
// batches of 1, 2, 3, 7, 10 and the whole (odd-sized) training set, odd layer widths and both
// tasks. The last loss is there to read; the print covers everything. Recorded on x86-64 with
// glibc: another C library's exp, log1p or tanh may differ in the last bit, and so the prints.
void tst_Trainer::trainingKeepsItsRecordedBits()
{
    QFETCH(TrainingConfig, config);
    QFETCH(DataSplit, data);
    QFETCH(int, steps);
    QFETCH(quint64, expectedPrint);
    QFETCH(double, expectedLastLoss);
    Trainer trainer(config, data);
    BitPrint print;
    double loss = 0.0;
    for (int i = 0; i < steps; ++i) {
        loss = trainer.step();
        print.add(loss);
    }
    const TrainerState state = trainer.state();
    print.add(state.parameters);
    print.add(state.moment1);
    print.add(state.moment2);
    print.add(state.beta1Power);
    print.add(state.beta2Power);
    const Evaluation evaluation = trainer.evaluate();
    print.add(evaluation.trainLoss);
    print.add(evaluation.testLoss);
    print.add(evaluation.accuracy.value_or(-1.0));
    QCOMPARE(exact(loss), exact(expectedLastLoss));
    QCOMPARE(print.value(), expectedPrint);
}

void tst_Trainer::gradientKeepsItsRecordedBits_data()
{
    QTest::addColumn<NetworkConfig>("network");
    QTest::addColumn<DataSplit>("data");
    QTest::addColumn<int>("batch");
    QTest::addColumn<double>("l2");
    QTest::addColumn<quint64>("expectedPrint");
    const DataSplit grid = circleWithGrid();
    const DataSplit abs = absSplit();
    QTest::newRow("2-8-8-1 relu left batch 1")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0xD734B1F6F997C36Aull;
    QTest::newRow("2-8-8-1 relu left batch 2")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 2
        << 0.0 << 0x2B153F22839BAD6Eull;
    QTest::newRow("2-8-8-1 relu left batch 3")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 3
        << 0.0 << 0xD243CA6D37A8D2F9ull;
    QTest::newRow("2-8-8-1 relu left batch 10")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0x6C68E78E1C364CFull;
    QTest::newRow("2-8-8-1 relu left batch 329")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 329
        << 0.0 << 0x8BFC2270D177E17Aull;
    QTest::newRow("2-8-8-1 relu right batch 1")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Right, grid) << grid << 1
        << 0.0 << 0x8401F32F36B28486ull;
    QTest::newRow("2-8-8-1 relu right batch 2")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Right, grid) << grid << 2
        << 0.0 << 0x203713517F20C2E7ull;
    QTest::newRow("2-8-8-1 relu right batch 3")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Right, grid) << grid << 3
        << 0.0 << 0x93DA35E85903D0F9ull;
    QTest::newRow("2-8-8-1 relu right batch 10")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Right, grid) << grid << 10
        << 0.0 << 0x161E83DF5FB06ABDull;
    QTest::newRow("2-8-8-1 relu right batch 329")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Right, grid) << grid
        << 329 << 0.0 << 0x5FE6F2AC9FBE0B59ull;
    QTest::newRow("2-8-8-1 relu mean batch 1")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Mean, grid) << grid << 1
        << 0.0 << 0xE746BDA566475EE6ull;
    QTest::newRow("2-8-8-1 relu mean batch 2")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Mean, grid) << grid << 2
        << 0.0 << 0x3349289A3C50A830ull;
    QTest::newRow("2-8-8-1 relu mean batch 3")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Mean, grid) << grid << 3
        << 0.0 << 0x6BA2C4C9FB468D3Aull;
    QTest::newRow("2-8-8-1 relu mean batch 10")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Mean, grid) << grid << 10
        << 0.0 << 0xCDFABFB3FDADB971ull;
    QTest::newRow("2-8-8-1 relu mean batch 329")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Mean, grid) << grid << 329
        << 0.0 << 0xA48D7CA24400997Cull;
    QTest::newRow("2-8-8-1 relu left batch 10 l2")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 10
        << 1e-3 << 0xF3866EE2ECB1B096ull;
    QTest::newRow("2-8-8-1 leaky left batch 1")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0xBDE8962AAF200B55ull;
    QTest::newRow("2-8-8-1 leaky left batch 3")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 3
        << 0.0 << 0x93E7F8E05EAF422Aull;
    QTest::newRow("2-8-8-1 leaky left batch 10")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xF4DAB67CAB525A63ull;
    QTest::newRow("2-8-8-1 leaky mean batch 1")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Mean, grid) << grid << 1
        << 0.0 << 0x243B46C077A4527Dull;
    QTest::newRow("2-8-8-1 leaky mean batch 3")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Mean, grid) << grid << 3
        << 0.0 << 0xDFDBC83C5ED40822ull;
    QTest::newRow("2-8-8-1 leaky mean batch 10")
        << gradientNet({8, 8}, HiddenActivation::Leaky, 2, KinkConvention::Mean, grid) << grid << 10
        << 0.0 << 0xE4A491A64B5ACC34ull;
    QTest::newRow("2-8-8-1 prelu left batch 1")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0xD119FE282DDB8103ull;
    QTest::newRow("2-8-8-1 prelu left batch 10")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xB1B185893774698Cull;
    QTest::newRow("2-8-8-1 prelu right batch 1")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Right, grid) << grid << 1
        << 0.0 << 0x30F8354A3CA88CC3ull;
    QTest::newRow("2-8-8-1 prelu right batch 10")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Right, grid) << grid
        << 10 << 0.0 << 0x7B4FF2C65A3DDDACull;
    QTest::newRow("2-8-8-1 prelu mean batch 1")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Mean, grid) << grid << 1
        << 0.0 << 0xC507E3EFE97312C4ull;
    QTest::newRow("2-8-8-1 prelu mean batch 10")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Mean, grid) << grid << 10
        << 0.0 << 0x214D175C93C790B6ull;
    QTest::newRow("2-8-8-1 maxout2 batch 1")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 2, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0x56E6D1F24BB95DB2ull;
    QTest::newRow("2-8-8-1 maxout2 batch 3")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 2, KinkConvention::Left, grid) << grid << 3
        << 0.0 << 0xBFA8AB92D8292241ull;
    QTest::newRow("2-8-8-1 maxout2 batch 10")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x249EF688BE6EC4DCull;
    QTest::newRow("2-8-8-1 maxout3 batch 1")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0x4BB1EDAB048B3210ull;
    QTest::newRow("2-8-8-1 maxout3 batch 3")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 3
        << 0.0 << 0xC07365F2451BB219ull;
    QTest::newRow("2-8-8-1 maxout3 batch 10")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0xD8901A463B633C0Bull;
    QTest::newRow("2-8-8-1 maxout5 batch 1")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 5, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0x15A0A31E1C5C79B7ull;
    QTest::newRow("2-8-8-1 maxout5 batch 3")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 5, KinkConvention::Left, grid) << grid << 3
        << 0.0 << 0x5CE4CA9255B2A6B5ull;
    QTest::newRow("2-8-8-1 maxout5 batch 10")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 5, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x5F09CD156BBE7243ull;
    QTest::newRow("2-8-8-1 sigmoid batch 1")
        << gradientNet({8, 8}, HiddenActivation::Sigmoid, 2, KinkConvention::Left, grid) << grid
        << 1 << 0.0 << 0xA8A64990429F16B9ull;
    QTest::newRow("2-8-8-1 sigmoid batch 10")
        << gradientNet({8, 8}, HiddenActivation::Sigmoid, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x1D7C06AEDBA5EA3Eull;
    QTest::newRow("2-8-8-1 tanh batch 1")
        << gradientNet({8, 8}, HiddenActivation::Tanh, 2, KinkConvention::Left, grid) << grid << 1
        << 0.0 << 0xF345C0BD0824D7ABull;
    QTest::newRow("2-8-8-1 tanh batch 10")
        << gradientNet({8, 8}, HiddenActivation::Tanh, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0x74FD04D4492A68A8ull;
    QTest::newRow("2-16-16-16-1 relu batch 3")
        << gradientNet({16, 16, 16}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid
        << 3 << 1e-3 << 0x483DD3DAEBC189D1ull;
    QTest::newRow("2-16-16-16-1 relu batch 10")
        << gradientNet({16, 16, 16}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x628C9C30FCA3EB5Dull;
    QTest::newRow("2-16-16-16-1 leaky batch 3")
        << gradientNet({16, 16, 16}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid
        << 3 << 1e-3 << 0x834CDFFE6F64100Aull;
    QTest::newRow("2-16-16-16-1 leaky batch 10")
        << gradientNet({16, 16, 16}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x17D67C3DB71F8CEull;
    QTest::newRow("2-16-16-16-1 maxout batch 3")
        << gradientNet({16, 16, 16}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid)
        << grid << 3 << 1e-3 << 0x985A437D5B566930ull;
    QTest::newRow("2-16-16-16-1 maxout batch 10")
        << gradientNet({16, 16, 16}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid)
        << grid << 10 << 0.0 << 0xA476EA913392FE4ull;
    QTest::newRow("2-5-3-1 relu batch 3")
        << gradientNet({5, 3}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x852343280C8D910Full;
    QTest::newRow("2-5-3-1 relu batch 10")
        << gradientNet({5, 3}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xA2AB63DC927C7881ull;
    QTest::newRow("2-5-3-1 leaky batch 3")
        << gradientNet({5, 3}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x9C7FCC543B7D0C0Bull;
    QTest::newRow("2-5-3-1 leaky batch 10")
        << gradientNet({5, 3}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xBA0156F34346CBC5ull;
    QTest::newRow("2-5-3-1 maxout batch 3")
        << gradientNet({5, 3}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x9F7ABE5B912B0597ull;
    QTest::newRow("2-5-3-1 maxout batch 10")
        << gradientNet({5, 3}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x5F26D21D36351A2Cull;
    QTest::newRow("2-1-1 relu batch 3")
        << gradientNet({1}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0xDD1BC083E758D7CDull;
    QTest::newRow("2-1-1 relu batch 10")
        << gradientNet({1}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0x2C28B2049A25AD1Cull;
    QTest::newRow("2-1-1 leaky batch 3")
        << gradientNet({1}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x19B4C367F9EF8A65ull;
    QTest::newRow("2-1-1 leaky batch 10")
        << gradientNet({1}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xE6E2A077146C1Dull;
    QTest::newRow("2-1-1 maxout batch 3")
        << gradientNet({1}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x524C7BE57FF15057ull;
    QTest::newRow("2-1-1 maxout batch 10")
        << gradientNet({1}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xDD4ABF4A97F9930Cull;
    QTest::newRow("2-32-1 relu batch 3")
        << gradientNet({32}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0xA8C92E49651939A7ull;
    QTest::newRow("2-32-1 relu batch 10")
        << gradientNet({32}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0x4ED79753CFAF60F3ull;
    QTest::newRow("2-32-1 leaky batch 3")
        << gradientNet({32}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0x2B9F0DA121826CCEull;
    QTest::newRow("2-32-1 leaky batch 10")
        << gradientNet({32}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0xD93A82EA6B7AFC92ull;
    QTest::newRow("2-32-1 maxout batch 3")
        << gradientNet({32}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 3
        << 1e-3 << 0xC12979546B6C44CDull;
    QTest::newRow("2-32-1 maxout batch 10")
        << gradientNet({32}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid << 10
        << 0.0 << 0x8657468FD068C30Bull;
    QTest::newRow("2-7-9-6-1 relu batch 3")
        << gradientNet({7, 9, 6}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid
        << 3 << 1e-3 << 0x6282AA6B740393DAull;
    QTest::newRow("2-7-9-6-1 relu batch 10")
        << gradientNet({7, 9, 6}, HiddenActivation::Relu, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x490F73B72180711Full;
    QTest::newRow("2-7-9-6-1 leaky batch 3")
        << gradientNet({7, 9, 6}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid
        << 3 << 1e-3 << 0xB8F776A45C59101Cull;
    QTest::newRow("2-7-9-6-1 leaky batch 10")
        << gradientNet({7, 9, 6}, HiddenActivation::Leaky, 2, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0x53B583B65A015CA5ull;
    QTest::newRow("2-7-9-6-1 maxout batch 3")
        << gradientNet({7, 9, 6}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid
        << 3 << 1e-3 << 0xD42584A713F95541ull;
    QTest::newRow("2-7-9-6-1 maxout batch 10")
        << gradientNet({7, 9, 6}, HiddenActivation::Maxout, 3, KinkConvention::Left, grid) << grid
        << 10 << 0.0 << 0xE6FD0356B73E2FAEull;
    QTest::newRow("1-8-8-1 relu regression batch 1")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, abs) << abs << 1
        << 0.0 << 0xA6CD4C795A26EF6Eull;
    QTest::newRow("1-8-8-1 relu regression batch 10")
        << gradientNet({8, 8}, HiddenActivation::Relu, 2, KinkConvention::Left, abs) << abs << 10
        << 0.0 << 0x95592411101C533Bull;
    QTest::newRow("1-8-8-1 prelu regression batch 1")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Left, abs) << abs << 1
        << 0.0 << 0xD75DDEA83FCE9C13ull;
    QTest::newRow("1-8-8-1 prelu regression batch 10")
        << gradientNet({8, 8}, HiddenActivation::Prelu, 2, KinkConvention::Left, abs) << abs << 10
        << 0.0 << 0x6EF0EAC03314E88Aull;
    QTest::newRow("1-8-8-1 maxout regression batch 1")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 3, KinkConvention::Left, abs) << abs << 1
        << 0.0 << 0x19CF0C8EA1C639E3ull;
    QTest::newRow("1-8-8-1 maxout regression batch 10")
        << gradientNet({8, 8}, HiddenActivation::Maxout, 3, KinkConvention::Left, abs) << abs << 10
        << 0.0 << 0x9F4B19E87B164141ull;
    QTest::newRow("1-8-8-1 tanh regression batch 1")
        << gradientNet({8, 8}, HiddenActivation::Tanh, 2, KinkConvention::Left, abs) << abs << 1
        << 0.0 << 0x92B03C72A5FC283ull;
    QTest::newRow("1-8-8-1 tanh regression batch 10")
        << gradientNet({8, 8}, HiddenActivation::Tanh, 2, KinkConvention::Left, abs) << abs << 10
        << 0.0 << 0xA7008F8D542642C1ull;
}

// The same for Backprop alone, through both copies of its loops (any CPU, AVX2): the mean loss
// and gradient of each batch of a pass over the training set in a scrambled order, from a net
// fresh from its initialisation (some ReLUs off for every example, first-layer kinks at the grid
// point x = 0), recorded before the rearrangement.
void tst_Trainer::gradientKeepsItsRecordedBits()
{
    QFETCH(NetworkConfig, network);
    QFETCH(DataSplit, data);
    QFETCH(int, batch);
    QFETCH(double, l2);
    QFETCH(quint64, expectedPrint);
    const Mlp net(network, 5);
    const size_t n = data.train.size();
    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i * 101 % n;  // 101 is prime to 329 and to 160: a permutation
    for (const bool avx2 : {false, true}) {
        Backprop backprop(net);
        backprop.setUseAvx2(avx2);
        if (avx2 && !backprop.usesAvx2()) QSKIP("this CPU has no AVX2");
        std::vector<double> grad(net.parameters().size());
        BitPrint print;
        for (size_t start = 0; start < n; start += static_cast<size_t>(batch)) {
            const std::span<const size_t> examples(order.data() + start,
                                                   std::min(static_cast<size_t>(batch), n - start));
            print.add(backprop.lossAndGradient(net, data.train, examples, l2, grad));
            print.add(grad);
        }
        QCOMPARE(print.value(), expectedPrint);
    }
}

RELULAB_TEST_APPLESS_MAIN(tst_Trainer)
#include "tst_trainer.moc"
