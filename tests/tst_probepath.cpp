// The point probe's numbers: every unit's z, f(z), f'(z) (the convention's value at z = 0 exactly),
// maxout's pieces and winner, the links that carry signal, and the output.
#include <QtTest>

#include <cmath>
#include <vector>

#include "core/Mlp.h"
#include "core/ProbePath.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

namespace {

// A 2-2-1 net by hand: unit 0 sees x1, unit 1 sees x2 - 1; the output adds both.
Mlp handNet(HiddenActivation activation, KinkConvention convention = KinkConvention::Left)
{
    NetworkConfig c;
    c.hidden = {2};
    c.activation = activation;
    c.alpha = 0.1;
    c.convention = convention;
    Mlp net(c, 1);
    for (double &p : net.parameters())
        p = 0.0;
    net.weight(0, 0, 0) = 1.0;
    net.weight(0, 1, 1) = 1.0;
    net.bias(0, 1) = -1.0;
    net.weight(1, 0, 0) = 2.0;
    net.weight(1, 0, 1) = -3.0;
    net.bias(1, 0) = 0.5;
    return net;
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

}  // namespace

class tst_ProbePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reluUnitsAreOnOrOffAtThePoint()
    {
        const Mlp net = handNet(HiddenActivation::Relu);
        const std::vector<double> x = {0.75, 0.25};
        const ProbePath p = probeNetwork(net, x);
        QCOMPARE(p.units.size(), size_t(2));
        QCOMPARE(p.units[0].z, 0.75);
        QCOMPARE(p.units[0].activation, 0.75);
        QCOMPARE(p.units[0].derivative, 1.0);
        QVERIFY(p.units[0].on);
        QCOMPARE(p.units[1].z, -0.75);
        QCOMPARE(p.units[1].activation, 0.0);
        QCOMPARE(p.units[1].derivative, 0.0);
        QVERIFY(!p.units[1].on);
        QCOMPARE(p.output, 0.5 + 2.0 * 0.75);
        QCOMPARE(p.prediction, net.predict(x));
        QCOMPARE(p.predictedClass, 1);
    }

    void linksIntoAndOutOfAnOffUnitCarryNothing()
    {
        const Mlp net = handNet(HiddenActivation::Relu);
        const ProbePath p = probeNetwork(net, std::vector<double>{0.75, 0.25});
        QCOMPARE(p.contributions.size(), size_t(2));
        // Gap 0, [to * 2 + from]: x1 -> unit 0 carries 1 * 0.75; x2 -> unit 1 is blocked there.
        QCOMPARE(p.contributions[0][0], 0.75);
        QVERIFY(p.carries[0][0]);
        QCOMPARE(p.contributions[0][3], 0.25);
        QVERIFY(!p.carries[0][3]);
        QVERIFY(!p.carries[0][2]);  // a zero weight still has a nonzero source, but unit 1 is off
        // Gap 1: unit 0 -> output 2 * 0.75 carries; unit 1 passes 0.
        QCOMPARE(p.contributions[1][0], 1.5);
        QVERIFY(p.carries[1][0]);
        QCOMPARE(p.contributions[1][1], -0.0);
        QVERIFY(!p.carries[1][1]);
    }

    void leakyOffUnitsStillCarryTheirSlope()
    {
        const Mlp net = handNet(HiddenActivation::Leaky);
        const ProbePath p = probeNetwork(net, std::vector<double>{0.75, 0.25});
        QVERIFY(!p.units[1].on);
        QCOMPARE(p.units[1].activation, 0.1 * -0.75);
        QCOMPARE(p.units[1].derivative, 0.1);
        QVERIFY(p.carries[0][3]);
        QVERIFY(p.carries[1][1]);
        QCOMPARE(p.output, 0.5 + 2.0 * 0.75 - 3.0 * (0.1 * -0.75));
    }

    void theKinkTakesTheConventionsValue_data()
    {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("convention");
        QTest::addColumn<double>("derivative");
        const auto relu = int(HiddenActivation::Relu), leaky = int(HiddenActivation::Leaky);
        QTest::newRow("ReLU, left (PyTorch)") << relu << int(KinkConvention::Left) << 0.0;
        QTest::newRow("ReLU, right") << relu << int(KinkConvention::Right) << 1.0;
        QTest::newRow("ReLU, mean") << relu << int(KinkConvention::Mean) << 0.5;
        QTest::newRow("Leaky, left") << leaky << int(KinkConvention::Left) << 0.1;
        QTest::newRow("Leaky, mean") << leaky << int(KinkConvention::Mean) << 0.55;
    }
    void theKinkTakesTheConventionsValue()
    {
        QFETCH(int, activation);
        QFETCH(int, convention);
        QFETCH(double, derivative);
        const Mlp net = handNet(HiddenActivation(activation), KinkConvention(convention));
        // x2 = 1 puts unit 1 exactly on its kink: z = 1 * 1 - 1 = 0.
        const ProbePath p = probeNetwork(net, std::vector<double>{0.5, 1.0});
        QCOMPARE(p.units[1].z, 0.0);
        QCOMPARE(p.units[1].activation, 0.0);
        QCOMPARE(p.units[1].derivative, derivative);
        QVERIFY(!p.units[1].on);  // off means z <= 0
    }

    void maxoutShowsEveryPieceAndTheWinner()
    {
        NetworkConfig c;
        c.hidden = {1};
        c.activation = HiddenActivation::Maxout;
        c.pieces = 3;
        Mlp net(c, 1);
        for (double &p : net.parameters())
            p = 0.0;
        // Pieces x1, -x1, and 0.5: at x1 = 0.25 the constant wins, at x1 = 2 the first.
        net.weight(0, 0, 0, 0) = 1.0;
        net.weight(0, 0, 0, 1) = -1.0;
        net.bias(0, 0, 2) = 0.5;
        net.weight(1, 0, 0) = 1.0;
        ProbePath p = probeNetwork(net, std::vector<double>{0.25, 7.0});
        QCOMPARE(p.units[0].pieces, (std::vector<double>{0.25, -0.25, 0.5}));
        QCOMPARE(p.units[0].winner, 2);
        QCOMPARE(p.units[0].z, 0.5);
        QVERIFY(p.units[0].on);
        p = probeNetwork(net, std::vector<double>{2.0, 7.0});
        QCOMPARE(p.units[0].winner, 0);
        QCOMPARE(p.units[0].activation, 2.0);
        // A tie goes to the lowest piece: at x1 = 0.5 pieces 0 and 2 are both 0.5.
        p = probeNetwork(net, std::vector<double>{0.5, 7.0});
        QCOMPARE(p.units[0].winner, 0);
        // The link from x1 into the unit counts with the winner's weight.
        QCOMPARE(p.contributions[0][0], 0.5);
        const UnitSum sum = unitSum(net, p, 0, 0);
        QCOMPARE(sum.weights.size(), size_t(3));
        QCOMPARE(sum.bias, (std::vector<double>{0.0, 0.0, 0.5}));
    }

    void randomNetsAgreeWithTheForwardPass_data()
    {
        QTest::addColumn<int>("activation");
        QTest::addColumn<int>("task");
        for (auto a :
             {HiddenActivation::Relu, HiddenActivation::Leaky, HiddenActivation::Prelu,
              HiddenActivation::Maxout, HiddenActivation::Sigmoid, HiddenActivation::Tanh}) {
            for (auto t : {TaskKind::Classification, TaskKind::Regression})
                QTest::addRow("%d/%d", int(a), int(t)) << int(a) << int(t);
        }
    }
    void randomNetsAgreeWithTheForwardPass()
    {
        QFETCH(int, activation);
        QFETCH(int, task);
        NetworkConfig c;
        c.task = TaskKind(task);
        c.inputs = c.task == TaskKind::Regression ? 1 : 2;
        c.hidden = {5, 4, 3};
        c.activation = HiddenActivation(activation);
        c.pieces = 3;
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const Mlp net(c, seed);
            std::vector<double> x(static_cast<size_t>(c.inputs));
            for (size_t i = 0; i < x.size(); ++i)
                x[i] = 0.3 * double(seed) - 0.7 * double(i);
            const ProbePath p = probeNetwork(net, x);
            std::vector<double> z, act;
            std::vector<int> winner;
            net.hiddenValues(x, z, act, winner);
            for (size_t u = 0; u < z.size(); ++u) {
                QCOMPARE(p.units[u].z, z[u]);
                QCOMPARE(p.units[u].activation, act[u]);
            }
            QCOMPARE(p.prediction, net.predict(x));
            if (c.task == TaskKind::Classification)
                QVERIFY(std::abs(p.output - logit(p.prediction)) < 1e-9 * (1 + std::abs(p.output)));
            else
                QCOMPARE(p.predictedClass, -1);
            // Each unit's sum gives its z (the winning piece's for maxout).
            size_t flat = 0;
            for (int l = 0; l < net.hiddenLayers(); ++l) {
                for (int u = 0; u < net.width(l); ++u, ++flat) {
                    const UnitSum s = unitSum(net, p, l, u);
                    const auto w = static_cast<size_t>(p.units[flat].winner);
                    double sum = s.bias[w];
                    for (size_t i = 0; i < s.inputs.size(); ++i)
                        sum += s.weights[w][i] * s.inputs[i];
                    QVERIFY2(std::abs(sum - p.units[flat].z) <= 1e-12 * (1 + std::abs(sum)),
                             qPrintable(QStringLiteral("layer %1 unit %2").arg(l).arg(u)));
                }
            }
        }
    }

    void badInputIsRefused()
    {
        const Mlp net = handNet(HiddenActivation::Relu);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 probeNetwork(net, std::vector<double>{1.0}));
        const ProbePath p = probeNetwork(net, std::vector<double>{0.0, 0.0});
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, unitSum(net, p, 1, 0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, unitSum(net, p, 0, 2));
    }
};

RELULAB_TEST_APPLESS_MAIN(tst_ProbePath)
#include "tst_probepath.moc"
