// Tests the MLP: backprop against finite differences for every activation, the kink conventions,
// initialisation, activation switches, determinism and config validation.
#include <QtTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/Backprop.h"
#include "core/Dataset.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"
#include "core/Trainer.h"
#include "support/MetaTypes.h"
#include "support/TestRandom.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::TestRandom;

namespace {

using relulab::test::kInf;
// Finite differences: step, tolerance, and how close to a kink an example may sit.
constexpr double kStep = 1e-6;
constexpr double kTolerance = 1e-5;
constexpr double kKinkMargin = 1e-4;
// Below this magnitude the relative error is measured against it, i.e. absolutely at 1e-8:
// central differences carry ~1e-10 of rounding noise (eps * loss / step), which a purely
// relative test would flag on tiny gradients.
constexpr double kGradientFloor = 1e-3;

Dataset randomData(TaskKind task, int examples, std::uint64_t seed)
{
    TestRandom random(seed);
    Dataset data;
    data.task = task;
    data.inputDim = task == TaskKind::Classification ? 2 : 1;
    for (int i = 0; i < examples; ++i) {
        for (int d = 0; d < data.inputDim; ++d)
            data.inputs.push_back(random.uniform(-1.0, 1.0));
        data.targets.push_back(task == TaskKind::Classification ? (i % 2) * 1.0
                                                                : random.uniform(-1.0, 1.0));
    }
    return data;
}

std::vector<size_t> allIndices(const Dataset &data)
{
    std::vector<size_t> indices(data.size());
    for (size_t i = 0; i < indices.size(); ++i)
        indices[i] = i;
    return indices;
}

NetworkConfig configFor(TaskKind task, std::vector<int> hidden, HiddenActivation activation,
                        int pieces = 2)
{
    NetworkConfig c;
    c.task = task;
    c.inputs = task == TaskKind::Classification ? 2 : 1;
    c.hidden = std::move(hidden);
    c.activation = activation;
    c.alpha = 0.1;
    c.pieces = pieces;
    return c;
}

size_t indexOf(Mlp &net, double &parameter)
{
    return static_cast<size_t>(&parameter - net.parameters().data());
}

// A forward pass written from the public accessors alone, independent of Mlp's own: the
// output before the sigmoid, and how close any hidden unit came to a kink (|z| for the
// rectifiers, the gap between the best and second-best piece for maxout, none for sigmoid and
// tanh). Sigmoid and tanh are written through exp alone, not as the code under test does.
struct Reference
{
    double output = 0.0;
    double kinkDistance = kInf;
};

Reference referenceForward(const Mlp &net, std::span<const double> x)
{
    const NetworkConfig &c = net.config();
    const bool maxout = c.activation == HiddenActivation::Maxout;
    Reference r;
    std::vector<double> in(x.begin(), x.end());
    for (int l = 0; l < net.hiddenLayers(); ++l) {
        std::vector<double> out;
        for (int u = 0; u < net.width(l); ++u) {
            std::vector<double> pieces;
            for (int k = 0; k < (maxout ? c.pieces : 1); ++k) {
                double z = net.bias(l, u, k);
                for (size_t i = 0; i < in.size(); ++i)
                    z += net.weight(l, u, static_cast<int>(i), k) * in[i];
                pieces.push_back(z);
            }
            if (maxout) {
                std::sort(pieces.begin(), pieces.end(), std::greater<>());
                r.kinkDistance = std::min(r.kinkDistance, pieces[0] - pieces[1]);
                out.push_back(pieces[0]);
            } else if (c.activation == HiddenActivation::Sigmoid) {
                const double e = std::exp(pieces[0]);
                out.push_back(e / (e + 1.0));
            } else if (c.activation == HiddenActivation::Tanh) {
                const double e = std::exp(2.0 * pieces[0]);
                out.push_back((e - 1.0) / (e + 1.0));
            } else {
                const double z = pieces[0];
                r.kinkDistance = std::min(r.kinkDistance, std::abs(z));
                out.push_back(z > 0.0 ? z : net.slope(l, u) * z);
            }
        }
        in = out;
    }
    const int last = net.hiddenLayers();
    r.output = net.bias(last, 0);
    for (size_t i = 0; i < in.size(); ++i)
        r.output += net.weight(last, 0, static_cast<int>(i)) * in[i];
    return r;
}

double referenceDataLoss(const Mlp &net, const Dataset &data)
{
    double sum = 0.0;
    for (size_t i = 0; i < data.size(); ++i) {
        const double s = referenceForward(net, data.input(i)).output;
        const double t = data.targets[i];
        if (data.task == TaskKind::Classification)
            sum += std::max(s, 0.0) + std::log1p(std::exp(-std::abs(s))) - t * s;
        else
            sum += (s - t) * (s - t);
    }
    return sum / static_cast<double>(data.size());
}

// The objective whose gradient Backprop reports: data loss + l2/2 * (sum of squared weights).
double referenceObjective(const Mlp &net, const Dataset &data, double l2)
{
    const NetworkConfig &c = net.config();
    const int pieces = c.activation == HiddenActivation::Maxout ? c.pieces : 1;
    double squares = 0.0;
    for (int l = 0; l <= net.hiddenLayers(); ++l) {
        const int units = l < net.hiddenLayers() ? net.width(l) : 1;
        const int fanIn = l == 0 ? c.inputs : net.width(l - 1);
        for (int u = 0; u < units; ++u)
            for (int k = 0; k < (l < net.hiddenLayers() ? pieces : 1); ++k)
                for (int i = 0; i < fanIn; ++i)
                    squares += net.weight(l, u, i, k) * net.weight(l, u, i, k);
    }
    return referenceDataLoss(net, data) + 0.5 * l2 * squares;
}

double kinkDistance(const Mlp &net, const Dataset &data)
{
    double d = kInf;
    for (size_t i = 0; i < data.size(); ++i)
        d = std::min(d, referenceForward(net, data.input(i)).kinkDistance);
    return d;
}

std::vector<double> gradientOf(const Mlp &net, const Dataset &data, double l2,
                               double *loss = nullptr)
{
    Backprop backprop(net);
    std::vector<double> grad(net.parameters().size());
    const std::vector<size_t> batch = allIndices(data);
    const double l = backprop.lossAndGradient(net, data, batch, l2, grad);
    if (loss) *loss = l;
    return grad;
}

QList<quint64> bitsOf(std::span<const double> values)
{
    QList<quint64> bits;
    for (double v : values)
        bits.append(std::bit_cast<quint64>(v));
    return bits;
}

Dataset circleData(int examples, std::uint64_t seed)
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

}  // namespace

class tst_Mlp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activationDerivativeIsWhatBackpropUses_data();
    void activationDerivativeIsWhatBackpropUses();
    void hiddenValuesAgreeWithPreActivationsAndPredict();
    void layerWeightsAreEachLayersRows();
    void backpropMatchesCentralDifferences_data();
    void backpropMatchesCentralDifferences();
    void lossMatchesPredictions_data();
    void lossMatchesPredictions();
    void crossEntropyIsFiniteForHugeLogits();
    void saturatingUnitsAtZeroHaveExactValueAndSlope_data();
    void saturatingUnitsAtZeroHaveExactValueAndSlope();
    void gradientAtZeroFollowsConvention_data();
    void gradientAtZeroFollowsConvention();
    void maxoutTieSendsGradientToFirstPiece_data();
    void maxoutTieSendsGradientToFirstPiece();
    void vectorLoopsAgreeToTheBit_data();
    void vectorLoopsAgreeToTheBit();
    void sameSeedTrainsToIdenticalParameters_data();
    void sameSeedTrainsToIdenticalParameters();
    void differentSeedGivesDifferentParameters();
    void initialParametersArePinned();
    void initialWeightsFollowScheme_data();
    void initialWeightsFollowScheme();
    void biasInitAppliesToHiddenBiases_data();
    void biasInitAppliesToHiddenBiases();
    void preluSlopesStartAtQuarter();
    void switchingRectifiersKeepsWeights();
    void switchingToSigmoidOrTanhKeepsWeights_data();
    void switchingToSigmoidOrTanhKeepsWeights();
    void switchingToMaxoutReinitialises();
    void validateNamesTheProblem_data();
    void validateNamesTheProblem();
    void keysRoundTrip();
    void invalidInputIsRejected();
};

void tst_Mlp::activationDerivativeIsWhatBackpropUses_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("left");    // f'(-1)
    QTest::addColumn<double>("atZero");  // f'(0) under the convention
    QTest::newRow("relu left") << HiddenActivation::Relu << KinkConvention::Left << 0.0 << 0.0;
    QTest::newRow("relu right") << HiddenActivation::Relu << KinkConvention::Right << 0.0 << 1.0;
    QTest::newRow("relu mean") << HiddenActivation::Relu << KinkConvention::Mean << 0.0 << 0.5;
    QTest::newRow("leaky left") << HiddenActivation::Leaky << KinkConvention::Left << 0.1 << 0.1;
    QTest::newRow("leaky mean") << HiddenActivation::Leaky << KinkConvention::Mean << 0.1 << 0.55;
    QTest::newRow("prelu right") << HiddenActivation::Prelu << KinkConvention::Right << 0.25 << 1.0;
    // Maxout passes the whole gradient to the winning piece, whatever z is.
    QTest::newRow("maxout") << HiddenActivation::Maxout << KinkConvention::Left << 1.0 << 1.0;
}

void tst_Mlp::activationDerivativeIsWhatBackpropUses()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(KinkConvention, convention);
    QFETCH(double, left);
    QFETCH(double, atZero);
    NetworkConfig config = configFor(TaskKind::Classification, {2}, activation);
    config.convention = convention;
    const Mlp net(config, 1);
    QCOMPARE(net.activationDerivative(0, 1, -1.0), left);
    QCOMPARE(net.activationDerivative(0, 1, 0.0), atZero);
    QCOMPARE(net.activationDerivative(0, 1, 2.0), 1.0);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, net.activationDerivative(0, 2, 1.0));
}

void tst_Mlp::hiddenValuesAgreeWithPreActivationsAndPredict()
{
    const Mlp net(configFor(TaskKind::Regression, {3, 2}, HiddenActivation::Maxout, 3), 4);
    const std::vector<double> x = {0.3};
    std::vector<double> z, act, preActivations;
    std::vector<int> winner;
    net.hiddenValues(x, z, act, winner);
    net.preActivations(x, preActivations);
    QCOMPARE(z, preActivations);
    QCOMPARE(act, z);  // maxout's activation is its winning piece's value
    // The output from the last layer's activations, as the net predicts it.
    double out = net.bias(2, 0);
    for (int i = 0; i < 2; ++i)
        out += net.weight(2, 0, i) * act[size_t(3 + i)];
    QCOMPARE(out, net.predict(x));
    // Each z is its winning piece's value, the largest of the unit's pieces.
    for (int u = 0; u < 5; ++u) {
        const int layer = u < 3 ? 0 : 1;
        const int unit = u < 3 ? u : u - 3;
        const std::vector<double> in =
            layer == 0 ? x : std::vector<double>(act.begin(), act.begin() + 3);
        const auto piece = [&](int k) {
            double dot = 0.0;
            for (size_t i = 0; i < in.size(); ++i)
                dot += net.weight(layer, unit, int(i), k) * in[i];
            return net.bias(layer, unit, k) + dot;
        };
        QCOMPARE(z[size_t(u)], piece(winner[size_t(u)]));
        for (int k = 0; k < 3; ++k)
            QVERIFY(piece(k) <= z[size_t(u)]);
    }
}

void tst_Mlp::layerWeightsAreEachLayersRows()
{
    const Mlp net(configFor(TaskKind::Classification, {3, 4}, HiddenActivation::Maxout, 2), 2);
    const auto all = net.parameters();
    QCOMPARE(net.layerWeights(all, 0).size(), size_t{3 * 2 * 2});
    QCOMPARE(net.layerWeights(all, 1).size(), size_t{4 * 2 * 3});
    QCOMPARE(net.layerWeights(all, 2).size(), size_t{4});
    // Row unit * pieces + piece, fan-in numbers each.
    QCOMPARE(net.layerWeights(all, 1)[(2 * 2 + 1) * 3 + 2], net.weight(1, 2, 2, 1));
    QCOMPARE(net.layerWeights(all, 1)[0], net.weight(1, 0, 0, 0));
    QCOMPARE(net.layerWeights(all, 2)[3], net.weight(2, 0, 3));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, net.layerWeights(all, 3));
    const std::vector<double> tooShort(3);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net.layerWeights(tooShort, 0));
}

void tst_Mlp::backpropMatchesCentralDifferences_data()
{
    QTest::addColumn<TaskKind>("task");
    QTest::addColumn<std::vector<int>>("hidden");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<double>("l2");

    struct Shape
    {
        const char *name;
        TaskKind task;
        std::vector<int> hidden;
    };
    const Shape shapes[] = {
        {"2-1-1", TaskKind::Classification, {1}},
        {"2-8-8-1", TaskKind::Classification, {8, 8}},
        {"2-3-3-3-3-1", TaskKind::Classification, {3, 3, 3, 3}},
        {"1-1-1", TaskKind::Regression, {1}},
        {"1-4-1", TaskKind::Regression, {4}},
        {"1-5-5-1", TaskKind::Regression, {5, 5}},
    };
    struct Unit
    {
        const char *name;
        HiddenActivation activation;
        int pieces;
    };
    const Unit units[] = {
        {"relu", HiddenActivation::Relu, 2},      {"leaky", HiddenActivation::Leaky, 2},
        {"prelu", HiddenActivation::Prelu, 2},    {"maxout2", HiddenActivation::Maxout, 2},
        {"maxout3", HiddenActivation::Maxout, 3}, {"maxout4", HiddenActivation::Maxout, 4},
        {"maxout5", HiddenActivation::Maxout, 5}, {"sigmoid", HiddenActivation::Sigmoid, 2},
        {"tanh", HiddenActivation::Tanh, 2},
    };
    for (const Shape &s : shapes)
        for (const Unit &u : units)
            for (double l2 : {0.0, 0.05})
                QTest::addRow("%s %s l2=%g", s.name, u.name, l2)
                    << s.task << s.hidden << u.activation << u.pieces << l2;
}

void tst_Mlp::backpropMatchesCentralDifferences()
{
    QFETCH(TaskKind, task);
    QFETCH(std::vector<int>, hidden);
    QFETCH(HiddenActivation, activation);
    QFETCH(int, pieces);
    QFETCH(double, l2);

    NetworkConfig config = configFor(task, hidden, activation, pieces);
    config.biasInit = 0.1;  // keeps most ReLUs alive, so that their gradients are not all zero
    // Nets and data are redrawn until no example lies within kKinkMargin of a kink, where the
    // finite difference would straddle two derivatives.
    std::optional<Mlp> found;
    Dataset data;
    for (std::uint64_t attempt = 1; attempt <= 200 && !found; ++attempt) {
        Mlp net(config, attempt);
        if (activation == HiddenActivation::Prelu) {
            TestRandom random(attempt);
            for (int l = 0; l < net.hiddenLayers(); ++l)
                for (int u = 0; u < net.width(l); ++u)
                    net.preluSlope(l, u) = random.uniform(0.05, 0.6);
        }
        data = randomData(task, 6, 1000 + attempt);
        if (kinkDistance(net, data) >= kKinkMargin) found = net;
    }
    QVERIFY2(found, "no net and data clear of the kinks");
    Mlp &net = *found;

    double loss = 0.0;
    const std::vector<double> analytic = gradientOf(net, data, l2, &loss);
    QVERIFY(std::abs(loss - referenceDataLoss(net, data)) <= 1e-12 * std::max(1.0, loss));

    std::span<double> p = net.parameters();
    double largest = 0.0;
    for (size_t k = 0; k < p.size(); ++k) {
        const double saved = p[k];
        p[k] = saved + kStep;
        const double up = referenceObjective(net, data, l2);
        p[k] = saved - kStep;
        const double down = referenceObjective(net, data, l2);
        p[k] = saved;
        const double numeric = (up - down) / (2.0 * kStep);
        const double scale = std::max({std::abs(analytic[k]), std::abs(numeric), kGradientFloor});
        const double error = std::abs(analytic[k] - numeric) / scale;
        if (error >= kTolerance)
            qWarning("parameter %zu: backprop %.12g, central difference %.12g", k, analytic[k],
                     numeric);
        QVERIFY(error < kTolerance);
        largest = std::max(largest, std::abs(analytic[k]));
    }
    QVERIFY(largest > 1e-3);  // the check compared real gradients, not zeros
}

void tst_Mlp::lossMatchesPredictions_data()
{
    QTest::addColumn<TaskKind>("task");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("classification relu") << TaskKind::Classification << HiddenActivation::Relu;
    QTest::newRow("classification maxout") << TaskKind::Classification << HiddenActivation::Maxout;
    QTest::newRow("regression prelu") << TaskKind::Regression << HiddenActivation::Prelu;
    QTest::newRow("regression leaky") << TaskKind::Regression << HiddenActivation::Leaky;
}

void tst_Mlp::lossMatchesPredictions()
{
    QFETCH(TaskKind, task);
    QFETCH(HiddenActivation, activation);
    const Mlp net(configFor(task, {8, 8}, activation), 7);
    const Dataset data = randomData(task, 20, 3);
    double expected = 0.0;
    for (size_t i = 0; i < data.size(); ++i) {
        const double y = net.predict(data.input(i));
        const double t = data.targets[i];
        expected += task == TaskKind::Classification
                        ? -(t * std::log(y) + (1.0 - t) * std::log(1.0 - y))
                        : (y - t) * (y - t);  // MSE without a factor 1/2
    }
    expected /= static_cast<double>(data.size());
    double loss = 0.0;
    gradientOf(net, data, 0.0, &loss);
    QVERIFY2(std::abs(loss - expected) <= 1e-12 * expected,
             qPrintable(QString("%1 vs %2").arg(loss, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

void tst_Mlp::crossEntropyIsFiniteForHugeLogits()
{
    Mlp net(configFor(TaskKind::Classification, {1}, HiddenActivation::Relu), 1);
    net.weight(0, 0, 0) = 1.0;
    net.weight(0, 0, 1) = 0.0;
    net.bias(0, 0) = 0.0;
    net.weight(1, 0, 0) = 1000.0;
    net.bias(1, 0) = 0.0;
    Dataset data;
    data.inputs = {1.0, 0.0, 1.0, 0.0};
    data.targets = {0.0, 1.0};  // the logit is 1000 for both: one badly wrong, one right

    QCOMPARE(net.predict(data.input(0)), 1.0);
    double loss = 0.0;
    const std::vector<double> grad = gradientOf(net, data, 0.0, &loss);
    QCOMPARE(loss, 500.0);  // (1000 + 0) / 2: log(1 - p) would have been log(0)
    for (double g : grad)
        QVERIFY(std::isfinite(g));
    QCOMPARE(grad[indexOf(net, net.bias(1, 0))], 0.5);  // (sigmoid - 0 + sigmoid - 1) / 2
}

void tst_Mlp::saturatingUnitsAtZeroHaveExactValueAndSlope_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<double>("valueAtZero");
    QTest::addColumn<double>("slopeAtZero");
    QTest::newRow("sigmoid(0) = 0.5, sigmoid'(0) = 0.25")
        << HiddenActivation::Sigmoid << 0.5 << 0.25;
    QTest::newRow("tanh(0) = 0, tanh'(0) = 1") << HiddenActivation::Tanh << 0.0 << 1.0;
}

// A 1-1-1 regression net whose hidden unit sees z = 0 exactly: the output is f(0), and with
// dLoss/dOutput = 1 the hidden bias's and weight's gradients are f'(0) exactly, whatever the
// kink convention (there is no kink).
void tst_Mlp::saturatingUnitsAtZeroHaveExactValueAndSlope()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(double, valueAtZero);
    QFETCH(double, slopeAtZero);
    for (KinkConvention convention :
         {KinkConvention::Left, KinkConvention::Right, KinkConvention::Mean}) {
        NetworkConfig config = configFor(TaskKind::Regression, {1}, activation);
        config.convention = convention;
        Mlp net(config, 1);
        net.weight(0, 0, 0) = 0.0;
        net.bias(0, 0) = 0.0;
        net.weight(1, 0, 0) = 1.0;
        net.bias(1, 0) = 0.0;
        const std::vector<double> x{1.0};
        QCOMPARE(net.predict(x), valueAtZero);
        std::vector<double> z;
        net.preActivations(x, z);
        QCOMPARE(z, std::vector<double>{0.0});

        Dataset data;
        data.task = TaskKind::Regression;
        data.inputDim = 1;
        data.inputs = {1.0};
        data.targets = {valueAtZero - 0.5};  // (y - t)^2 with y - t = 0.5: dLoss/dy = 1
        const std::vector<double> grad = gradientOf(net, data, 0.0);
        QCOMPARE(grad[indexOf(net, net.bias(0, 0))], slopeAtZero);
        QCOMPARE(grad[indexOf(net, net.weight(0, 0, 0))], slopeAtZero);
        QCOMPARE(grad[indexOf(net, net.weight(1, 0, 0))], valueAtZero);
        QCOMPARE(grad[indexOf(net, net.bias(1, 0))], 1.0);
    }
}

void tst_Mlp::gradientAtZeroFollowsConvention_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("derivativeAtZero");
    const auto relu = HiddenActivation::Relu;
    const auto leaky = HiddenActivation::Leaky;  // alpha 0.1
    const auto prelu = HiddenActivation::Prelu;  // slope 0.25
    QTest::newRow("relu left (PyTorch)") << relu << KinkConvention::Left << 0.0;
    QTest::newRow("relu right") << relu << KinkConvention::Right << 1.0;
    QTest::newRow("relu mean") << relu << KinkConvention::Mean << 0.5;
    QTest::newRow("leaky left") << leaky << KinkConvention::Left << 0.1;
    QTest::newRow("leaky right") << leaky << KinkConvention::Right << 1.0;
    QTest::newRow("leaky mean") << leaky << KinkConvention::Mean << 0.55;
    QTest::newRow("prelu left") << prelu << KinkConvention::Left << 0.25;
    QTest::newRow("prelu right") << prelu << KinkConvention::Right << 1.0;
    QTest::newRow("prelu mean") << prelu << KinkConvention::Mean << 0.625;
    // First is PyTorch's: relu'(0) = 0, leaky_relu'(0) = alpha, prelu'(0) = the slope.
    QTest::newRow("relu first") << relu << KinkConvention::First << 0.0;
    QTest::newRow("leaky first") << leaky << KinkConvention::First << 0.1;
    QTest::newRow("prelu first") << prelu << KinkConvention::First << 0.25;
}

void tst_Mlp::gradientAtZeroFollowsConvention()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(KinkConvention, convention);
    QFETCH(double, derivativeAtZero);

    NetworkConfig config = configFor(TaskKind::Classification, {1}, activation);
    config.convention = convention;
    Mlp net(config, 1);
    // z = 0.5 - 0.5 = 0 exactly; the output is f(0) = 0, so the logit is 0 and, for label 1,
    // dLoss/dLogit = sigmoid(0) - 1 = -0.5.
    net.weight(0, 0, 0) = 1.0;
    net.weight(0, 0, 1) = 1.0;
    net.bias(0, 0) = 0.0;
    net.weight(1, 0, 0) = 1.0;
    net.bias(1, 0) = 0.0;
    Dataset data;
    data.inputs = {0.5, -0.5};
    data.targets = {1.0};

    const std::vector<double> grad = gradientOf(net, data, 0.0);
    const double d = -0.5 * derivativeAtZero;  // dLoss/dz
    QCOMPARE(grad[indexOf(net, net.weight(0, 0, 0))], d * 0.5);
    QCOMPARE(grad[indexOf(net, net.weight(0, 0, 1))], d * -0.5);
    QCOMPARE(grad[indexOf(net, net.bias(0, 0))], d);
}

void tst_Mlp::maxoutTieSendsGradientToFirstPiece_data()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::newRow("left") << KinkConvention::Left;
    QTest::newRow("right") << KinkConvention::Right;
    QTest::newRow("mean") << KinkConvention::Mean;
    QTest::newRow("first") << KinkConvention::First;
}

void tst_Mlp::maxoutTieSendsGradientToFirstPiece()
{
    QFETCH(KinkConvention, convention);
    NetworkConfig config = configFor(TaskKind::Classification, {1}, HiddenActivation::Maxout, 3);
    config.convention = convention;
    Mlp net(config, 1);
    // Pieces 1 and 2 tie at the maximum 0.5 for x = (1, 0); piece 0 is lower.
    const double pieces[3][3] = {{-1.0, 0.0, 0.0}, {0.5, 1.0, 0.0}, {0.0, -1.0, 0.5}};
    for (int k = 0; k < 3; ++k) {
        net.weight(0, 0, 0, k) = pieces[k][0];
        net.weight(0, 0, 1, k) = pieces[k][1];
        net.bias(0, 0, k) = pieces[k][2];
    }
    net.weight(1, 0, 0) = 1.0;
    net.bias(1, 0) = 0.0;
    Dataset data;
    data.inputs = {1.0, 0.0};
    data.targets = {1.0};

    const std::vector<double> grad = gradientOf(net, data, 0.0);
    const double d = 1.0 / (1.0 + std::exp(-0.5)) - 1.0;  // dLoss/dLogit, and dLoss/dz
    QCOMPARE(grad[indexOf(net, net.bias(0, 0, 0))], 0.0);
    QCOMPARE(grad[indexOf(net, net.bias(0, 0, 1))], d);
    QCOMPARE(grad[indexOf(net, net.weight(0, 0, 0, 1))], d);
    QCOMPARE(grad[indexOf(net, net.bias(0, 0, 2))], 0.0);
    QCOMPARE(grad[indexOf(net, net.weight(0, 0, 0, 2))], 0.0);
}

void tst_Mlp::vectorLoopsAgreeToTheBit_data()
{
    QTest::addColumn<NetworkConfig>("config");
    const auto classification = TaskKind::Classification;
    const auto regression = TaskKind::Regression;
    for (HiddenActivation activation :
         {HiddenActivation::Relu, HiddenActivation::Leaky, HiddenActivation::Prelu,
          HiddenActivation::Maxout, HiddenActivation::Sigmoid, HiddenActivation::Tanh}) {
        // Widths that fill whole vectors, leave every kind of remainder, and the widest.
        for (const std::vector<int> &hidden :
             std::vector<std::vector<int>>{{16, 16, 16}, {8, 8}, {7, 5, 3}, {1}, {32, 13}}) {
            for (KinkConvention convention : {KinkConvention::Left, KinkConvention::Right,
                                              KinkConvention::Mean, KinkConvention::First}) {
                NetworkConfig c = configFor(classification, hidden, activation, 3);
                c.convention = convention;
                c.biasInit = -0.25;  // some units off: ReLU deltas of 0
                QTest::addRow("%s %zu layers %d wide %s", activationKey(activation).c_str(),
                              hidden.size(), hidden.front(),
                              std::string(conventionName(convention)).c_str())
                    << c;
            }
        }
        QTest::addRow("%s regression", activationKey(activation).c_str())
            << configFor(regression, {6, 9}, activation, 5);
    }
}

// Backprop's batch loops are compiled for any CPU and, on x86-64, for AVX2: both must compute
// the same bits, here on data with exact zeros (kinks, maxout ties) as well as random data.
void tst_Mlp::vectorLoopsAgreeToTheBit()
{
    QFETCH(NetworkConfig, config);
    Mlp net(config, 3);
    Dataset data = randomData(config.task, 40, 11);
    // Inputs on the grid of -1, 0 and 1: at x = 0, z is the bias exactly.
    const int points = data.inputDim == 2 ? 9 : 3;
    for (int i = 0; i < points; ++i) {
        data.inputs.push_back(i % 3 - 1.0);
        if (data.inputDim == 2) data.inputs.push_back(i / 3 - 1.0);
        data.targets.push_back(i % 2);
    }
    const std::vector<size_t> batch = allIndices(data);

    Backprop portable(net), avx2(net);
    portable.setUseAvx2(false);
    avx2.setUseAvx2(true);
    if (!avx2.usesAvx2()) QSKIP("this CPU has no AVX2");
    std::vector<double> gradPortable(net.parameters().size()), gradAvx2(gradPortable.size());
    const double lossPortable = portable.lossAndGradient(net, data, batch, 1e-3, gradPortable);
    const double lossAvx2 = avx2.lossAndGradient(net, data, batch, 1e-3, gradAvx2);
    QCOMPARE(std::bit_cast<quint64>(lossPortable), std::bit_cast<quint64>(lossAvx2));
    QCOMPARE(bitsOf(gradPortable), bitsOf(gradAvx2));
}

void tst_Mlp::sameSeedTrainsToIdenticalParameters_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::newRow("relu adam") << HiddenActivation::Relu << OptimizerKind::Adam;
    QTest::newRow("leaky momentum") << HiddenActivation::Leaky << OptimizerKind::Momentum;
    QTest::newRow("prelu adam") << HiddenActivation::Prelu << OptimizerKind::Adam;
    QTest::newRow("maxout sgd") << HiddenActivation::Maxout << OptimizerKind::Sgd;
    QTest::newRow("sigmoid sgd") << HiddenActivation::Sigmoid << OptimizerKind::Sgd;
    QTest::newRow("tanh adam") << HiddenActivation::Tanh << OptimizerKind::Adam;
}

void tst_Mlp::sameSeedTrainsToIdenticalParameters()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(OptimizerKind, optimizer);
    TrainingConfig config;
    config.network = configFor(TaskKind::Classification, {8, 8}, activation, 3);
    config.optimizer = optimizer;
    config.l2 = 1e-3;
    config.batchSize = 7;  // does not divide the training set: short batches and reshuffles
    const DataSplit data{circleData(100, 5), circleData(30, 6)};

    Trainer a(config, data);
    Trainer b(config, data);
    QList<quint64> lossesA, lossesB;
    for (int i = 0; i < 100; ++i) {
        lossesA.append(std::bit_cast<quint64>(a.step()));
        lossesB.append(std::bit_cast<quint64>(b.step()));
    }
    QCOMPARE(lossesA, lossesB);
    QCOMPARE(bitsOf(a.network().parameters()), bitsOf(b.network().parameters()));
}

void tst_Mlp::differentSeedGivesDifferentParameters()
{
    TrainingConfig config;
    config.network = configFor(TaskKind::Classification, {8, 8}, HiddenActivation::Relu);
    const DataSplit data{circleData(100, 5), circleData(30, 6)};
    Trainer a(config, data);
    config.seed = 2;
    Trainer b(config, data);
    for (int i = 0; i < 100; ++i) {
        a.step();
        b.step();
    }
    QVERIFY(bitsOf(a.network().parameters()) != bitsOf(b.network().parameters()));
}

void tst_Mlp::initialParametersArePinned()
{
    // A saved session is reproduced from its seed, on any platform: the generator, the normal
    // transform and the layout must not drift. These are the first weights of seed 1.
    const Mlp net(configFor(TaskKind::Classification, {8, 8}, HiddenActivation::Relu), 1);
    const std::span<const double> p = net.parameters();
    const QList<quint64> first = bitsOf(p.first(4));
    const QList<quint64> pinned{0x3ffe267c87ac62ebull, 0x3fc84abd879d0e18ull, 0x3ff4d55c9633557cull,
                                0xbffe8d0b0399ee9cull};  // 1.884396104787977, 0.18978..., ...
    QCOMPARE(first, pinned);
}

void tst_Mlp::initialWeightsFollowScheme_data()
{
    QTest::addColumn<InitScheme>("scheme");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<double>("expectedStd");
    QTest::addColumn<double>("bound");  // 0: unbounded (normal)
    const double fanIn = 32.0;
    QTest::newRow("he relu") << InitScheme::HeNormal << HiddenActivation::Relu
                             << std::sqrt(2.0 / fanIn) << 0.0;
    QTest::newRow("he leaky 0.1") << InitScheme::HeNormal << HiddenActivation::Leaky
                                  << std::sqrt(2.0 / (1.01 * fanIn)) << 0.0;
    QTest::newRow("he prelu") << InitScheme::HeNormal << HiddenActivation::Prelu
                              << std::sqrt(2.0 / (1.0625 * fanIn)) << 0.0;
    // Maxout of 2 pieces keeps the variance with gain 1 (E[M_2^2] = 1), not He's 2.
    QTest::newRow("he maxout") << InitScheme::HeNormal << HiddenActivation::Maxout
                               << std::sqrt(1.0 / fanIn) << 0.0;
    QTest::newRow("he-uniform relu") << InitScheme::HeUniform << HiddenActivation::Relu
                                     << std::sqrt(2.0 / fanIn) << std::sqrt(6.0 / fanIn);
    QTest::newRow("he-uniform prelu")
        << InitScheme::HeUniform << HiddenActivation::Prelu << std::sqrt(2.0 / (1.0625 * fanIn))
        << std::sqrt(6.0 / (1.0625 * fanIn));
    // Xavier uniform: U(+-sqrt(6 / (fan_in + fan_out))), variance 2 / (fan_in + fan_out).
    QTest::newRow("xavier relu") << InitScheme::Xavier << HiddenActivation::Relu
                                 << std::sqrt(2.0 / 64.0) << std::sqrt(6.0 / 64.0);
}

void tst_Mlp::initialWeightsFollowScheme()
{
    QFETCH(InitScheme, scheme);
    QFETCH(HiddenActivation, activation);
    QFETCH(double, expectedStd);
    QFETCH(double, bound);

    NetworkConfig config = configFor(TaskKind::Classification, {32, 32}, activation);
    config.init = scheme;
    config.pieces = 2;
    const Mlp net(config, 42);
    // Layer 1 is 32 x 32 (x pieces for maxout): fan-in 32.
    std::vector<double> w;
    const int pieces = activation == HiddenActivation::Maxout ? 2 : 1;
    for (int u = 0; u < 32; ++u)
        for (int k = 0; k < pieces; ++k)
            for (int i = 0; i < 32; ++i)
                w.push_back(net.weight(1, u, i, k));
    double mean = 0.0;
    for (double v : w)
        mean += v;
    mean /= static_cast<double>(w.size());
    double var = 0.0;
    for (double v : w)
        var += (v - mean) * (v - mean);
    const double sd = std::sqrt(var / static_cast<double>(w.size() - 1));

    QVERIFY2(std::abs(sd - expectedStd) < 0.15 * expectedStd,
             qPrintable(QString("std %1, expected %2").arg(sd).arg(expectedStd)));
    QVERIFY(std::abs(mean) < 0.15 * expectedStd);
    if (bound > 0.0) {
        const double largest = std::abs(*std::max_element(
            w.begin(), w.end(), [](double a, double b) { return std::abs(a) < std::abs(b); }));
        QVERIFY(largest <= bound);
        QVERIFY(largest > 0.95 * bound);
    }
}

void tst_Mlp::biasInitAppliesToHiddenBiases_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("relu") << HiddenActivation::Relu;
    QTest::newRow("maxout") << HiddenActivation::Maxout;
}

void tst_Mlp::biasInitAppliesToHiddenBiases()
{
    QFETCH(HiddenActivation, activation);
    NetworkConfig config = configFor(TaskKind::Classification, {3, 4}, activation, 3);
    config.biasInit = -0.5;
    const Mlp net(config, 9);
    const int pieces = activation == HiddenActivation::Maxout ? 3 : 1;
    for (int l = 0; l < net.hiddenLayers(); ++l)
        for (int u = 0; u < net.width(l); ++u)
            for (int k = 0; k < pieces; ++k)
                QCOMPARE(net.bias(l, u, k), -0.5);
    QCOMPARE(net.bias(net.hiddenLayers(), 0), 0.0);
}

void tst_Mlp::preluSlopesStartAtQuarter()
{
    const Mlp net(configFor(TaskKind::Classification, {3, 5}, HiddenActivation::Prelu), 3);
    QCOMPARE(net.parameters().size(), size_t{(2 * 3 + 3) + (3 * 5 + 5) + (5 + 1) + 8});
    for (int l = 0; l < net.hiddenLayers(); ++l)
        for (int u = 0; u < net.width(l); ++u)
            QCOMPARE(net.slope(l, u), 0.25);
}

void tst_Mlp::switchingRectifiersKeepsWeights()
{
    Mlp net(configFor(TaskKind::Classification, {4, 4}, HiddenActivation::Relu), 5);
    const std::vector<double> relu(net.parameters().begin(), net.parameters().end());

    net.setActivation(HiddenActivation::Leaky, 0.2);
    QCOMPARE(bitsOf(net.parameters()), bitsOf(relu));
    QCOMPARE(net.slope(1, 3), 0.2);
    QCOMPARE(net.config().alpha, 0.2);

    net.setActivation(HiddenActivation::Prelu, 0.2);
    QCOMPARE(net.parameters().size(), relu.size() + 8);
    QCOMPARE(bitsOf(net.parameters().first(relu.size())), bitsOf(relu));
    QCOMPARE(net.slope(0, 0), 0.25);
    net.preluSlope(0, 0) = 0.7;
    net.setActivation(HiddenActivation::Prelu, 0.3);  // no switch: learned slopes stay
    QCOMPARE(net.slope(0, 0), 0.7);

    net.setActivation(HiddenActivation::Relu, 0.3);
    QCOMPARE(bitsOf(net.parameters()), bitsOf(relu));
    QCOMPARE(net.slope(0, 0), 0.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             net.setActivation(HiddenActivation::Leaky, 1.0));
    QCOMPARE(net.config().activation, HiddenActivation::Relu);
}

void tst_Mlp::switchingToSigmoidOrTanhKeepsWeights_data()
{
    QTest::addColumn<HiddenActivation>("from");
    QTest::addColumn<HiddenActivation>("to");
    QTest::newRow("relu -> sigmoid") << HiddenActivation::Relu << HiddenActivation::Sigmoid;
    QTest::newRow("relu -> tanh") << HiddenActivation::Relu << HiddenActivation::Tanh;
    QTest::newRow("sigmoid -> tanh") << HiddenActivation::Sigmoid << HiddenActivation::Tanh;
    QTest::newRow("tanh -> leaky") << HiddenActivation::Tanh << HiddenActivation::Leaky;
}

// Sigmoid and tanh have ReLU's parameter shapes (one weight row per unit, no slopes): a switch
// keeps every weight and bias.
void tst_Mlp::switchingToSigmoidOrTanhKeepsWeights()
{
    QFETCH(HiddenActivation, from);
    QFETCH(HiddenActivation, to);
    Mlp net(configFor(TaskKind::Classification, {4, 4}, from), 5);
    net.weight(0, 0, 0) = 123.0;
    const std::vector<double> before(net.parameters().begin(), net.parameters().end());
    net.setActivation(to, 0.1);
    QCOMPARE(net.config().activation, to);
    QCOMPARE(bitsOf(net.parameters()), bitsOf(before));
    if (to != HiddenActivation::Leaky) QVERIFY(std::isnan(net.slope(0, 0)));
}

void tst_Mlp::switchingToMaxoutReinitialises()
{
    NetworkConfig relu = configFor(TaskKind::Classification, {4, 4}, HiddenActivation::Relu, 3);
    Mlp net(relu, 5);
    net.weight(0, 0, 0) = 123.0;
    net.setActivation(HiddenActivation::Maxout, 0.1);
    NetworkConfig maxout = relu;
    maxout.activation = HiddenActivation::Maxout;
    QCOMPARE(bitsOf(net.parameters()), bitsOf(Mlp(maxout, 5).parameters()));
    QVERIFY(std::isnan(net.slope(0, 0)));

    net.setActivation(HiddenActivation::Relu, 0.1);
    QCOMPARE(bitsOf(net.parameters()), bitsOf(Mlp(relu, 5).parameters()));
}

void tst_Mlp::validateNamesTheProblem_data()
{
    QTest::addColumn<NetworkConfig>("config");
    QTest::addColumn<QString>("problem");
    const NetworkConfig ok;
    auto with = [&](auto change) {
        NetworkConfig c = ok;
        change(c);
        return c;
    };
    const QString shape = "hidden layers: 1 to 12 layers of 1 to 32 units";
    QTest::newRow("default") << ok << QString();
    QTest::newRow("regression 1 input") << with([](NetworkConfig &c) {
        c.task = TaskKind::Regression;
        c.inputs = 1;
    }) << QString();
    QTest::newRow("3 inputs") << with([](NetworkConfig &c) { c.inputs = 3; })
                              << "inputs must be 1 or 2";
    QTest::newRow("classification 1 input")
        << with([](NetworkConfig &c) { c.inputs = 1; }) << "classification needs 2 inputs";
    QTest::newRow("regression 2 inputs")
        << with([](NetworkConfig &c) { c.task = TaskKind::Regression; })
        << "regression needs 1 input";
    QTest::newRow("no layer") << with([](NetworkConfig &c) { c.hidden = {}; }) << shape;
    QTest::newRow("13 layers") << with([](NetworkConfig &c) { c.hidden.assign(13, 2); }) << shape;
    QTest::newRow("12 layers") << with([](NetworkConfig &c) { c.hidden.assign(12, 32); })
                               << QString();
    QTest::newRow("width 0") << with([](NetworkConfig &c) { c.hidden = {4, 0}; }) << shape;
    QTest::newRow("width 33") << with([](NetworkConfig &c) { c.hidden = {33}; }) << shape;
    QTest::newRow("alpha 1") << with([](NetworkConfig &c) { c.alpha = 1.0; })
                             << "alpha must be in [0, 1)";
    QTest::newRow("alpha -0.1") << with([](NetworkConfig &c) { c.alpha = -0.1; })
                                << "alpha must be in [0, 1)";
    QTest::newRow("alpha NaN") << with([](NetworkConfig &c) {
        c.alpha = std::numeric_limits<double>::quiet_NaN();
    }) << "alpha must be in [0, 1)";
    QTest::newRow("alpha 0") << with([](NetworkConfig &c) { c.alpha = 0.0; }) << QString();
    QTest::newRow("1 piece") << with([](NetworkConfig &c) { c.pieces = 1; })
                             << "pieces must be 2 to 5";
    QTest::newRow("6 pieces") << with([](NetworkConfig &c) { c.pieces = 6; })
                              << "pieces must be 2 to 5";
    QTest::newRow("bias inf") << with([](NetworkConfig &c) { c.biasInit = kInf; })
                              << "bias init must be a finite number";
}

void tst_Mlp::validateNamesTheProblem()
{
    QFETCH(NetworkConfig, config);
    QFETCH(QString, problem);
    QCOMPARE(QString::fromStdString(config.validate()), problem);
    if (!problem.isEmpty()) QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Mlp(config, 1));
}

void tst_Mlp::keysRoundTrip()
{
    for (auto a : {HiddenActivation::Relu, HiddenActivation::Leaky, HiddenActivation::Prelu,
                   HiddenActivation::Maxout, HiddenActivation::Sigmoid, HiddenActivation::Tanh})
        QCOMPARE(parseActivation(activationKey(a)), a);
    QCOMPARE(activationKey(HiddenActivation::Sigmoid), std::string("sigmoid"));
    QCOMPARE(activationKey(HiddenActivation::Tanh), std::string("tanh"));
    for (auto s : {InitScheme::HeNormal, InitScheme::HeUniform, InitScheme::Xavier})
        QCOMPARE(parseInit(initKey(s)), s);
    for (auto o : {OptimizerKind::Sgd, OptimizerKind::Momentum, OptimizerKind::Adam})
        QCOMPARE(parseOptimizer(optimizerKey(o)), o);
    QCOMPARE(activationKey(HiddenActivation::Prelu), std::string("prelu"));
    QCOMPARE(initKey(InitScheme::HeUniform), std::string("he-uniform"));
    QCOMPARE(optimizerKey(OptimizerKind::Momentum), std::string("momentum"));
    QCOMPARE(parseActivation("ReLU"), std::nullopt);
    QCOMPARE(parseInit("kaiming"), std::nullopt);
    QCOMPARE(parseOptimizer(""), std::nullopt);
}

void tst_Mlp::invalidInputIsRejected()
{
    Mlp net(configFor(TaskKind::Classification, {2}, HiddenActivation::Relu), 1);
    const std::vector<double> x{0.5};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, net.predict(x));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, net.weight(0, 2, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, net.weight(1, 0, 2));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, net.bias(0, 0, 1));  // not maxout: one piece
    QVERIFY_THROWS_EXCEPTION(std::logic_error, net.preluSlope(0, 0) = 1.0);
}

RELULAB_TEST_APPLESS_MAIN(tst_Mlp)
#include "tst_mlp.moc"
