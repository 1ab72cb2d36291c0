// Tests the closed-form born-dead probability of deep, narrow ReLU nets in core/BornDead.
#include <QtTest>

#include <cmath>
#include <stdexcept>

#include "core/BornDead.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

class tst_BornDead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheFactsTableToThreeDecimals_data();
    void matchesTheFactsTableToThreeDecimals();
    void matchesSmallCasesExactly_data();
    void matchesSmallCasesExactly();
    void isZeroWithoutHiddenLayers_data();
    void isZeroWithoutHiddenLayers();
    void growsWithDepth();
    void shrinksWithWidth();
    void keepsTinyProbabilitiesOfWideNets();
    void rejectsNonPositiveWidthOrDepth_data();
    void rejectsNonPositiveWidthOrDepth();
};

void tst_BornDead::matchesTheFactsTableToThreeDecimals_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("thousandths");

    // shared/FACTS.md, "Born dead", from Lu et al. 2020 with L = 10.
    QTest::newRow("N=2, L=10") << 2 << 10 << 925;
    QTest::newRow("N=3, L=10") << 3 << 10 << 699;
    QTest::newRow("N=4, L=10") << 4 << 10 << 441;
    QTest::newRow("N=5, L=10") << 5 << 10 << 249;
    QTest::newRow("N=10, L=10") << 10 << 10 << 9;
}

void tst_BornDead::matchesTheFactsTableToThreeDecimals()
{
    QFETCH(int, width);
    QFETCH(int, layers);
    QFETCH(int, thousandths);
    QCOMPARE(qRound(luDeadProbability(width, layers) * 1000.0), thousandths);
}

void tst_BornDead::matchesSmallCasesExactly_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("layers");
    QTest::addColumn<double>("expected");

    // One hidden layer: dead exactly when all N units are off, 2^-N.
    QTest::newRow("N=1, L=2") << 1 << 2 << 0.5;
    QTest::newRow("N=2, L=2") << 2 << 2 << 0.25;
    QTest::newRow("N=3, L=2") << 3 << 2 << 0.125;
    // Two hidden layers of one unit: 1 - (1/2)^2.
    QTest::newRow("N=1, L=3") << 1 << 3 << 0.75;
    // Three hidden layers of two units: 1 - (3/4)^3 = 37/64.
    QTest::newRow("N=2, L=4") << 2 << 4 << 37.0 / 64.0;
}

void tst_BornDead::matchesSmallCasesExactly()
{
    QFETCH(int, width);
    QFETCH(int, layers);
    QFETCH(double, expected);
    const double p = luDeadProbability(width, layers);
    QVERIFY2(std::abs(p - expected) <= 1e-15, QByteArray::number(p, 'g', 17));
}

void tst_BornDead::isZeroWithoutHiddenLayers_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("N=1") << 1;
    QTest::newRow("N=2") << 2;
    QTest::newRow("N=10") << 10;
    QTest::newRow("N=2000") << 2000;
}

void tst_BornDead::isZeroWithoutHiddenLayers()
{
    QFETCH(int, width);
    const double p = luDeadProbability(width, 1);
    QVERIFY2(p == 0.0 && !std::signbit(p), QByteArray::number(p, 'g', 17));
}

void tst_BornDead::growsWithDepth()
{
    for (int width = 1; width <= 12; ++width) {
        for (int layers = 1; layers < 50; ++layers) {
            const double shallower = luDeadProbability(width, layers);
            const double deeper = luDeadProbability(width, layers + 1);
            QVERIFY2(
                deeper > shallower,
                qPrintable(
                    QStringLiteral("N=%1, L=%2 -> %3").arg(width).arg(layers).arg(layers + 1)));
            QVERIFY(deeper <= 1.0);
        }
    }
    // Fixed width, depth to infinity: almost surely dead.
    QVERIFY(luDeadProbability(2, 200) > 0.999999);
}

void tst_BornDead::shrinksWithWidth()
{
    for (int layers = 2; layers <= 30; ++layers) {
        for (int width = 1; width < 30; ++width) {
            const double narrower = luDeadProbability(width, layers);
            const double wider = luDeadProbability(width + 1, layers);
            QVERIFY2(wider < narrower,
                     qPrintable(
                         QStringLiteral("L=%1, N=%2 -> %3").arg(layers).arg(width).arg(width + 1)));
            QVERIFY(wider > 0.0);
        }
    }
}

// 1 - (1 - 2^-60) would round to 0 in double; the result is about (L-1) 2^-60.
void tst_BornDead::keepsTinyProbabilitiesOfWideNets()
{
    const double p = luDeadProbability(60, 4);
    const double expected = 3.0 * std::ldexp(1.0, -60);
    QVERIFY2(std::abs(p / expected - 1.0) < 1e-12, QByteArray::number(p, 'g', 17));
}

void tst_BornDead::rejectsNonPositiveWidthOrDepth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("layers");
    QTest::newRow("width 0") << 0 << 10;
    QTest::newRow("negative width") << -3 << 10;
    QTest::newRow("no layers") << 2 << 0;
    QTest::newRow("negative layers") << 2 << -1;
}

void tst_BornDead::rejectsNonPositiveWidthOrDepth()
{
    QFETCH(int, width);
    QFETCH(int, layers);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, luDeadProbability(width, layers));
}

RELULAB_TEST_APPLESS_MAIN(tst_BornDead)
#include "tst_borndead.moc"
