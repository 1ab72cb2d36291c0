// Tests the maxout initialisation gain: its constants against a numerical integral, and that the
// initialisation draws every weight with variance exactly gain / fan_in.
#include <QtTest>

#include <cmath>
#include <numbers>
#include <vector>

#include "core/MaxoutGain.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"
#include "core/PortableRandom.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

namespace {

// E[M_k^2] = integral of x^2 k phi(x) Phi(x)^(k-1): composite Simpson on [-12, 12] (the tails
// beyond hold less than 1e-30), 48 000 intervals (error of order h^4, about 1e-14 here).
double integratedSecondMoment(int k)
{
    const auto f = [k](double x) {
        const double phi = std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi);
        const double Phi = 0.5 * std::erfc(-x / std::numbers::sqrt2);
        return x * x * k * phi * std::pow(Phi, k - 1);
    };
    const int n = 48000;
    const double a = -12.0, b = 12.0, h = (b - a) / n;
    double sum = f(a) + f(b);
    for (int i = 1; i < n; ++i)
        sum += (i % 2 == 1 ? 4.0 : 2.0) * f(a + i * h);
    return sum * h / 3.0;
}

}  // namespace

class tst_MaxoutGain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondMomentMatchesIntegral_data();
    void secondMomentMatchesIntegral();
    void twoPiecesKeepVarianceWithGainOne();
    void otherPieceCountsAreRejected();
    void initialWeightsHaveVarianceGainOverFanIn_data();
    void initialWeightsHaveVarianceGainOverFanIn();
};

void tst_MaxoutGain::secondMomentMatchesIntegral_data()
{
    QTest::addColumn<int>("pieces");
    QTest::addColumn<double>("rounded");  // FACTS.md's two decimals
    QTest::newRow("k = 2") << 2 << 1.0;
    QTest::newRow("k = 3") << 3 << 1.27;
    QTest::newRow("k = 4") << 4 << 1.55;
    QTest::newRow("k = 5") << 5 << 1.80;
}

void tst_MaxoutGain::secondMomentMatchesIntegral()
{
    QFETCH(int, pieces);
    QFETCH(double, rounded);
    const double integral = integratedSecondMoment(pieces);
    QVERIFY2(std::abs(maxoutSecondMoment(pieces) - integral) < 1e-9,
             qPrintable(QStringLiteral("constant %1, integral %2")
                            .arg(maxoutSecondMoment(pieces), 0, 'g', 17)
                            .arg(integral, 0, 'g', 17)));
    QVERIFY(std::abs(maxoutSecondMoment(pieces) - rounded) < 0.01);
    QCOMPARE(maxoutInitGain(pieces), 1.0 / maxoutSecondMoment(pieces));
}

void tst_MaxoutGain::twoPiecesKeepVarianceWithGainOne()
{
    // max(a, b)^2 and min(a, b)^2 have the same law and add up to a^2 + b^2: E[M_2^2] = 1.
    QCOMPARE(maxoutSecondMoment(2), 1.0);
    QCOMPARE(maxoutInitGain(2), 1.0);
}

void tst_MaxoutGain::otherPieceCountsAreRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutSecondMoment(1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, maxoutSecondMoment(6));
}

void tst_MaxoutGain::initialWeightsHaveVarianceGainOverFanIn_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<InitScheme>("scheme");
    QTest::addColumn<double>("gain");
    for (int k = NetworkConfig::kMinPieces; k <= NetworkConfig::kMaxPieces; ++k) {
        QTest::addRow("maxout k = %d, he", k)
            << HiddenActivation::Maxout << k << InitScheme::HeNormal << 1.0 / maxoutSecondMoment(k);
        QTest::addRow("maxout k = %d, he-uniform", k)
            << HiddenActivation::Maxout << k << InitScheme::HeUniform
            << 1.0 / maxoutSecondMoment(k);
    }
    // The rectifiers keep He's 2 / (1 + a^2), a their slope left of 0 (PReLU's initial 0.25).
    QTest::newRow("relu, he") << HiddenActivation::Relu << 2 << InitScheme::HeNormal << 2.0;
    QTest::newRow("leaky 0.01, he")
        << HiddenActivation::Leaky << 2 << InitScheme::HeNormal << 2.0 / (1.0 + 0.01 * 0.01);
    QTest::newRow("prelu, he-uniform")
        << HiddenActivation::Prelu << 2 << InitScheme::HeUniform << 2.0 / (1.0 + 0.25 * 0.25);
}

void tst_MaxoutGain::initialWeightsHaveVarianceGainOverFanIn()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(int, pieces);
    QFETCH(InitScheme, scheme);
    QFETCH(double, gain);
    NetworkConfig config;
    config.hidden = {3, 4};
    config.activation = activation;
    config.alpha = 0.01;
    config.pieces = pieces;
    config.init = scheme;
    const Mlp net(config, 7);

    // The init draws each layer's weights in order from one seeded stream: N(0, 1) scaled by
    // sqrt(gain / fan_in), or U(-1, 1) (variance 1/3) by sqrt(3 gain / fan_in). Drawing the same
    // stream here, every weight must be exactly that multiple: variance gain / fan_in, no
    // sampling error.
    PortableRandom random(7);
    const std::vector<int> fanIns = {2, 3, 4};
    for (int l = 0; l <= net.hiddenLayers(); ++l) {
        const double fanIn = fanIns[static_cast<size_t>(l)];
        const double scale = scheme == InitScheme::HeNormal ? std::sqrt(gain / fanIn)
                                                            : std::sqrt(3.0 * gain / fanIn);
        for (double w : net.layerWeights(net.parameters(), l)) {
            const double draw =
                scheme == InitScheme::HeNormal ? random.normalPolar() : random.symmetric();
            QCOMPARE(w, scale * draw);
        }
    }
}

RELULAB_TEST_APPLESS_MAIN(tst_MaxoutGain)
#include "tst_maxoutgain.moc"
