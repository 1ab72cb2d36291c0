// Tests uniformGrid and sampleWithKinks: exact grids, exact kink insertion, derivative gaps.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/Activation.h"
#include "core/CurveSampling.h"
#include "support/ExactReal.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::exact;
using relulab::test::Real;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

using relulab::test::kConventions;

const char *conventionTag(KinkConvention c)
{
    switch (c) {
        case KinkConvention::Left:
            return "left";
        case KinkConvention::Right:
            return "right";
        case KinkConvention::Mean:
            return "mean";
        case KinkConvention::First:
            return "first";
    }
    return "?";
}

// Breakpoints -1.5 (slopes -1 | 0) and 2 (slopes 0 | 1); neither is on the n = 2000 grid of
// [-10, 10], whose points are -10 + i * 20 / 1999.
Maxout threeActivePieces()
{
    return Maxout({{-1.0, -1.5}, {0.0, 0.0}, {1.0, -2.0}});
}

Activation activationNamed(const QByteArray &key)
{
    if (key == "relu") return Relu{};
    if (key == "leaky0.3") return LeakyRelu(0.3);
    if (key == "leaky1") return LeakyRelu(1.0);
    if (key == "maxout3") return threeActivePieces();
    if (key == "softplus") return Softplus();
    if (key == "elu") return Elu{};
    if (key == "gelu") return Gelu{};
    if (key == "silu") return Silu{};
    qFatal("unknown activation key %s", key.constData());
}

size_t countNaN(const std::vector<double> &v)
{
    return static_cast<size_t>(
        std::count_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }));
}

bool strictlyIncreasing(const std::vector<double> &v)
{
    return std::adjacent_find(v.begin(), v.end(), std::greater_equal<double>()) == v.end();
}

}  // namespace

class tst_CurveSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformGridHitsEndsAndStepsExactly_data();
    void uniformGridHitsEndsAndStepsExactly();
    void uniformGridRejectsBadArguments_data();
    void uniformGridRejectsBadArguments();
    void sampleRejectsBadArguments();

    void reluSampleInsertsZeroExactlyOnce_data();
    void reluSampleInsertsZeroExactlyOnce();
    void reluDerivativeHasGapTripleAtKink_data();
    void reluDerivativeHasGapTripleAtKink();
    void leakyDerivativeHasGapTripleAtKink_data();
    void leakyDerivativeHasGapTripleAtKink();
    void maxoutSampleInsertsEveryBreakpoint_data();
    void maxoutSampleInsertsEveryBreakpoint();
    void kinkOutsideRangeIsNotInserted_data();
    void kinkOutsideRangeIsNotInserted();
    void kinkOnInteriorGridPointIsNotDuplicated_data();
    void kinkOnInteriorGridPointIsNotDuplicated();
    void kinkAtRangeEndDrawsOnlyTheInnerLimit_data();
    void kinkAtRangeEndDrawsOnlyTheInnerLimit();
    void smoothSampleIsTheGridWithoutGaps_data();
    void smoothSampleIsTheGridWithoutGaps();
    void valuesAreTheActivationAtEachSample_data();
    void valuesAreTheActivationAtEachSample();
    void maxoutFirstDotIsTheFirstMaximalPieceSlope_data();
    void maxoutFirstDotIsTheFirstMaximalPieceSlope();
    void drawnPointsKeepEndsBendsAndGaps();
    void drawnPointsKeepEverySampleOfACurve();
};

// ---------------------------------------------------------------------------------------------
// uniformGrid

void tst_CurveSampling::uniformGridHitsEndsAndStepsExactly_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("n");

    QTest::newRow("[-10, 10] n=2000") << -10.0 << 10.0 << 2000;
    QTest::newRow("[-10, 10] n=2001") << -10.0 << 10.0 << 2001;
    QTest::newRow("[0, 1] n=2") << 0.0 << 1.0 << 2;
    QTest::newRow("[-1, 1] n=3") << -1.0 << 1.0 << 3;
    QTest::newRow("[0.1, 0.7] n=7") << 0.1 << 0.7 << 7;
    QTest::newRow("[-3.3, 17.9] n=1001") << -3.3 << 17.9 << 1001;
    QTest::newRow("[1e-3, 1e3] n=12345") << 1e-3 << 1e3 << 12345;
    QTest::newRow("[-1e-9, -1e-12] n=10") << -1e-9 << -1e-12 << 10;
}

void tst_CurveSampling::uniformGridHitsEndsAndStepsExactly()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, n);

    const std::vector<double> x = uniformGrid(lo, hi, n);
    QCOMPARE(x.size(), static_cast<size_t>(n));
    QCOMPARE(exact(x.front()), exact(lo));
    QCOMPARE(exact(x.back()), exact(hi));
    for (int i = 0; i + 1 < n; ++i) {
        QCOMPARE(exact(x[static_cast<size_t>(i)]), exact(lo + i * (hi - lo) / (n - 1)));
    }
    QCOMPARE(strictlyIncreasing(x), true);
}

void tst_CurveSampling::uniformGridRejectsBadArguments_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<int>("n");

    QTest::newRow("n = 1") << 0.0 << 1.0 << 1;
    QTest::newRow("n = 0") << 0.0 << 1.0 << 0;
    QTest::newRow("n = -5") << 0.0 << 1.0 << -5;
    QTest::newRow("lo == hi") << 2.0 << 2.0 << 10;
    QTest::newRow("lo > hi") << 3.0 << 1.0 << 10;
    QTest::newRow("NaN lo") << kNaN << 1.0 << 10;
    QTest::newRow("NaN hi") << 0.0 << kNaN << 10;
    QTest::newRow("-inf lo") << -kInf << 1.0 << 10;
    QTest::newRow("+inf hi") << 0.0 << kInf << 10;
}

void tst_CurveSampling::uniformGridRejectsBadArguments()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(int, n);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, uniformGrid(lo, hi, n));
}

void tst_CurveSampling::sampleRejectsBadArguments()
{
    const Activation relu = Relu{};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             sampleWithKinks(relu, 0.0, 1.0, 1, KinkConvention::Left));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             sampleWithKinks(relu, 1.0, -1.0, 100, KinkConvention::Left));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             sampleWithKinks(relu, -kInf, 1.0, 100, KinkConvention::Left));
}

// ---------------------------------------------------------------------------------------------
// sampleWithKinks with kinks

void tst_CurveSampling::reluSampleInsertsZeroExactlyOnce_data()
{
    QTest::addColumn<KinkConvention>("convention");
    for (KinkConvention c : kConventions)
        QTest::newRow(conventionTag(c)) << c;
}

void tst_CurveSampling::reluSampleInsertsZeroExactlyOnce()
{
    QFETCH(KinkConvention, convention);

    const int n = 2000;
    const std::vector<double> grid = uniformGrid(-10.0, 10.0, n);
    QCOMPARE(std::count(grid.begin(), grid.end(), 0.0), 0);  // 0 is not on this grid

    const SampledCurve s = sampleWithKinks(Relu{}, -10.0, 10.0, n, convention);
    QCOMPARE(s.z.size(), static_cast<size_t>(n + 1));
    QCOMPARE(std::count(s.z.begin(), s.z.end(), 0.0), 1);
    QCOMPARE(strictlyIncreasing(s.z), true);

    // No other sample was added: z without the kink is exactly the grid.
    std::vector<double> withoutKink;
    std::copy_if(s.z.begin(), s.z.end(), std::back_inserter(withoutKink),
                 [](double z) { return z != 0.0; });
    QCOMPARE(withoutKink, grid);

    QCOMPARE(s.kinks.size(), size_t{1});
    const KinkPoint &k = s.kinks.front();
    QCOMPARE(exact(k.z), exact(0.0));
    QCOMPARE(exact(k.value), exact(0.0));
    QCOMPARE(exact(k.slopes.left), exact(0.0));
    QCOMPARE(exact(k.slopes.right), exact(1.0));
    const double taken[] = {0.0, 1.0, 0.5, 0.0};  // left, right, mean, first (PyTorch's relu)
    QCOMPARE(exact(k.taken), exact(taken[static_cast<int>(convention)]));
}

void tst_CurveSampling::reluDerivativeHasGapTripleAtKink_data()
{
    QTest::addColumn<KinkConvention>("convention");
    for (KinkConvention c : kConventions)
        QTest::newRow(conventionTag(c)) << c;
}

void tst_CurveSampling::reluDerivativeHasGapTripleAtKink()
{
    QFETCH(KinkConvention, convention);

    const int n = 2000;
    const SampledCurve s = sampleWithKinks(Relu{}, -10.0, 10.0, n, convention);
    QCOMPARE(s.derivativeZ.size(), s.z.size() + 2);
    QCOMPARE(s.derivative.size(), s.derivativeZ.size());
    QCOMPARE(countNaN(s.derivative), size_t{1});

    const auto gap = static_cast<size_t>(std::find_if(s.derivative.begin(), s.derivative.end(),
                                                      [](double d) { return std::isnan(d); }) -
                                         s.derivative.begin());
    QCOMPARE(gap >= 1 && gap + 1 < s.derivative.size(), true);
    QCOMPARE(exact(s.derivativeZ[gap - 1]), exact(0.0));
    QCOMPARE(exact(s.derivative[gap - 1]), exact(0.0));  // left limit
    QCOMPARE(exact(s.derivativeZ[gap]), exact(0.0));
    QCOMPARE(exact(s.derivativeZ[gap + 1]), exact(0.0));
    QCOMPARE(exact(s.derivative[gap + 1]), exact(1.0));  // right limit

    // Away from the kink the derivative is exactly 0 on the left and 1 on the right, whatever the
    // convention, and the polyline's z are the samples in order.
    for (size_t i = 0; i < s.derivative.size(); ++i) {
        if (i + 1 >= gap && i <= gap + 1) continue;
        const double z = s.derivativeZ[i];
        QCOMPARE(exact(s.derivative[i]), exact(z < 0.0 ? 0.0 : 1.0));
    }
    QCOMPARE(std::is_sorted(s.derivativeZ.begin(), s.derivativeZ.end()), true);
    std::vector<double> polylineZ = s.derivativeZ;
    polylineZ.erase(std::unique(polylineZ.begin(), polylineZ.end()), polylineZ.end());
    QCOMPARE(polylineZ, s.z);
}

void tst_CurveSampling::leakyDerivativeHasGapTripleAtKink_data()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("taken");

    QTest::newRow("left") << KinkConvention::Left << 0.3;
    QTest::newRow("right") << KinkConvention::Right << 1.0;
    QTest::newRow("mean") << KinkConvention::Mean << 0.65;
    QTest::newRow("first") << KinkConvention::First << 0.3;  // PyTorch's leaky_relu'(0) = alpha
}

void tst_CurveSampling::leakyDerivativeHasGapTripleAtKink()
{
    QFETCH(KinkConvention, convention);
    QFETCH(double, taken);

    const int n = 2000;
    const SampledCurve s = sampleWithKinks(LeakyRelu(0.3), -10.0, 10.0, n, convention);
    QCOMPARE(s.z.size(), static_cast<size_t>(n + 1));
    QCOMPARE(std::count(s.z.begin(), s.z.end(), 0.0), 1);
    QCOMPARE(strictlyIncreasing(s.z), true);

    QCOMPARE(s.kinks.size(), size_t{1});
    QCOMPARE(exact(s.kinks[0].z), exact(0.0));
    QCOMPARE(exact(s.kinks[0].value), exact(0.0));
    QCOMPARE(exact(s.kinks[0].slopes.left), exact(0.3));
    QCOMPARE(exact(s.kinks[0].slopes.right), exact(1.0));
    QCOMPARE(exact(s.kinks[0].taken), exact(taken));

    QCOMPARE(s.derivative.size(), s.z.size() + 2);
    QCOMPARE(countNaN(s.derivative), size_t{1});
    const auto zero = static_cast<size_t>(
        std::find(s.derivativeZ.begin(), s.derivativeZ.end(), 0.0) - s.derivativeZ.begin());
    QCOMPARE(exact(s.derivative[zero]), exact(0.3));
    QCOMPARE(exact(s.derivative[zero + 1]), exact(kNaN));
    QCOMPARE(exact(s.derivativeZ[zero + 1]), exact(0.0));
    QCOMPARE(exact(s.derivative[zero + 2]), exact(1.0));
    QCOMPARE(exact(s.derivativeZ[zero + 2]), exact(0.0));
    QCOMPARE(exact(s.derivativeZ[zero + 3]) == exact(0.0), false);
    for (size_t i = 0; i < s.derivative.size(); ++i) {
        if (i >= zero && i <= zero + 2) continue;
        QCOMPARE(exact(s.derivative[i]), exact(s.derivativeZ[i] < 0.0 ? 0.3 : 1.0));
    }
}

void tst_CurveSampling::maxoutSampleInsertsEveryBreakpoint_data()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("takenFirst");
    QTest::addColumn<double>("takenSecond");

    QTest::newRow("left") << KinkConvention::Left << -1.0 << 0.0;
    QTest::newRow("right") << KinkConvention::Right << 0.0 << 1.0;
    QTest::newRow("mean") << KinkConvention::Mean << -0.5 << 0.5;
    // Exact ties: the lower-index piece, here the left one at both breakpoints.
    QTest::newRow("first") << KinkConvention::First << -1.0 << 0.0;
}

void tst_CurveSampling::maxoutSampleInsertsEveryBreakpoint()
{
    QFETCH(KinkConvention, convention);
    QFETCH(double, takenFirst);
    QFETCH(double, takenSecond);

    const int n = 2000;
    const Maxout m = threeActivePieces();
    QCOMPARE(m.state(0), PieceState::Active);
    QCOMPARE(m.state(1), PieceState::Active);
    QCOMPARE(m.state(2), PieceState::Active);

    const std::vector<double> grid = uniformGrid(-10.0, 10.0, n);
    QCOMPARE(std::count(grid.begin(), grid.end(), -1.5), 0);
    QCOMPARE(std::count(grid.begin(), grid.end(), 2.0), 0);

    const SampledCurve s = sampleWithKinks(m, -10.0, 10.0, n, convention);
    QCOMPARE(s.z.size(), static_cast<size_t>(n + 2));
    QCOMPARE(std::count(s.z.begin(), s.z.end(), -1.5), 1);
    QCOMPARE(std::count(s.z.begin(), s.z.end(), 2.0), 1);
    QCOMPARE(strictlyIncreasing(s.z), true);
    std::vector<double> withoutKinks;
    std::copy_if(s.z.begin(), s.z.end(), std::back_inserter(withoutKinks),
                 [](double z) { return z != -1.5 && z != 2.0; });
    QCOMPARE(withoutKinks, grid);

    QCOMPARE(s.kinks.size(), size_t{2});
    QCOMPARE(exact(s.kinks[0].z), exact(-1.5));
    QCOMPARE(exact(s.kinks[0].value), exact(0.0));
    QCOMPARE(exact(s.kinks[0].slopes.left), exact(-1.0));
    QCOMPARE(exact(s.kinks[0].slopes.right), exact(0.0));
    QCOMPARE(exact(s.kinks[0].taken), exact(takenFirst));
    QCOMPARE(exact(s.kinks[1].z), exact(2.0));
    QCOMPARE(exact(s.kinks[1].value), exact(0.0));
    QCOMPARE(exact(s.kinks[1].slopes.left), exact(0.0));
    QCOMPARE(exact(s.kinks[1].slopes.right), exact(1.0));
    QCOMPARE(exact(s.kinks[1].taken), exact(takenSecond));

    // Two gap triples; elsewhere the exact slope of the active piece.
    QCOMPARE(s.derivative.size(), s.z.size() + 4);
    QCOMPARE(countNaN(s.derivative), size_t{2});
    for (size_t i = 0; i < s.derivative.size(); ++i) {
        const double z = s.derivativeZ[i];
        const double d = s.derivative[i];
        if (z == -1.5 || z == 2.0) continue;
        QCOMPARE(exact(d), exact(z < -1.5 ? -1.0 : (z < 2.0 ? 0.0 : 1.0)));
    }
    for (double b : {-1.5, 2.0}) {
        const auto at = static_cast<size_t>(
            std::find(s.derivativeZ.begin(), s.derivativeZ.end(), b) - s.derivativeZ.begin());
        QCOMPARE(exact(s.derivativeZ[at + 2]), exact(b));
        QCOMPARE(exact(s.derivative[at]), exact(b < 0 ? -1.0 : 0.0));
        QCOMPARE(exact(s.derivative[at + 1]), exact(kNaN));
        QCOMPARE(exact(s.derivative[at + 2]), exact(b < 0 ? 0.0 : 1.0));
    }
}

void tst_CurveSampling::kinkOutsideRangeIsNotInserted_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<std::vector<double>>("kinksInside");

    QTest::newRow("relu on [1, 5]") << QByteArray("relu") << 1.0 << 5.0 << std::vector<double>{};
    QTest::newRow("relu on [-5, -1e-9]")
        << QByteArray("relu") << -5.0 << -1e-9 << std::vector<double>{};
    QTest::newRow("leaky on [1e-300, 1]")
        << QByteArray("leaky0.3") << 1e-300 << 1.0 << std::vector<double>{};
    QTest::newRow("maxout on [-1, 1]: both outside")
        << QByteArray("maxout3") << -1.0 << 1.0 << std::vector<double>{};
    QTest::newRow("maxout on [0, 5.3]: only 2 inside")
        << QByteArray("maxout3") << 0.0 << 5.3 << std::vector<double>{2.0};
    QTest::newRow("maxout on [-3, 1.7]: only -1.5 inside")
        << QByteArray("maxout3") << -3.0 << 1.7 << std::vector<double>{-1.5};
}

void tst_CurveSampling::kinkOutsideRangeIsNotInserted()
{
    QFETCH(QByteArray, key);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(std::vector<double>, kinksInside);

    const int n = 101;
    std::vector<double> expectedZ = uniformGrid(lo, hi, n);
    for (double k : kinksInside) {
        QCOMPARE(std::count(expectedZ.begin(), expectedZ.end(), k), 0);  // off the grid
        expectedZ.insert(std::upper_bound(expectedZ.begin(), expectedZ.end(), k), k);
    }

    const SampledCurve s = sampleWithKinks(activationNamed(key), lo, hi, n, KinkConvention::Left);
    QCOMPARE(s.z, expectedZ);
    QCOMPARE(s.kinks.size(), kinksInside.size());
    for (size_t j = 0; j < kinksInside.size(); ++j) {
        QCOMPARE(exact(s.kinks[j].z), exact(kinksInside[j]));
    }
    QCOMPARE(countNaN(s.derivative), kinksInside.size());
    QCOMPARE(s.derivative.size(), s.z.size() + 2 * kinksInside.size());
}

void tst_CurveSampling::kinkOnInteriorGridPointIsNotDuplicated_data()
{
    QTest::addColumn<KinkConvention>("convention");
    for (KinkConvention c : kConventions)
        QTest::newRow(conventionTag(c)) << c;
}

void tst_CurveSampling::kinkOnInteriorGridPointIsNotDuplicated()
{
    QFETCH(KinkConvention, convention);

    // [-1, 1] with n = 101 has 0 as its 51st point.
    const int n = 101;
    const std::vector<double> grid = uniformGrid(-1.0, 1.0, n);
    QCOMPARE(exact(grid[50]), exact(0.0));

    const SampledCurve s = sampleWithKinks(LeakyRelu(0.3), -1.0, 1.0, n, convention);
    QCOMPARE(s.z, grid);
    QCOMPARE(s.kinks.size(), size_t{1});
    QCOMPARE(s.derivative.size(), static_cast<size_t>(n + 2));
    QCOMPARE(exact(s.derivativeZ[50]), exact(0.0));
    QCOMPARE(exact(s.derivative[50]), exact(0.3));
    QCOMPARE(exact(s.derivativeZ[51]), exact(0.0));
    QCOMPARE(exact(s.derivative[51]), exact(kNaN));
    QCOMPARE(exact(s.derivativeZ[52]), exact(0.0));
    QCOMPARE(exact(s.derivative[52]), exact(1.0));
    QCOMPARE(countNaN(s.derivative), size_t{1});
}

void tst_CurveSampling::kinkAtRangeEndDrawsOnlyTheInnerLimit_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");

    QTest::newRow("kink at lo: [0, 5]") << 0.0 << 5.0;
    QTest::newRow("kink at hi: [-5, 0]") << -5.0 << 0.0;
}

void tst_CurveSampling::kinkAtRangeEndDrawsOnlyTheInnerLimit()
{
    QFETCH(double, lo);
    QFETCH(double, hi);

    const int n = 11;
    const SampledCurve s = sampleWithKinks(Relu{}, lo, hi, n, KinkConvention::Mean);
    // 0 is already on the grid (an end point): not inserted twice.
    QCOMPARE(s.z, uniformGrid(lo, hi, n));
    QCOMPARE(s.kinks.size(), size_t{1});
    QCOMPARE(exact(s.kinks[0].z), exact(0.0));
    QCOMPARE(exact(s.kinks[0].taken), exact(0.5));

    // One NaN for the gap and only the one-sided limit the curve reaches from inside the range.
    QCOMPARE(s.derivative.size(), static_cast<size_t>(n + 1));
    QCOMPARE(s.derivativeZ.size(), static_cast<size_t>(n + 1));
    QCOMPARE(countNaN(s.derivative), size_t{1});
    if (lo == 0.0) {
        // No left limit before the gap: the polyline starts with (0, NaN), (0, 1).
        QCOMPARE(exact(s.derivativeZ[0]), exact(0.0));
        QCOMPARE(exact(s.derivative[0]), exact(kNaN));
        QCOMPARE(exact(s.derivativeZ[1]), exact(0.0));
        QCOMPARE(exact(s.derivative[1]), exact(1.0));
        for (size_t i = 2; i < s.derivative.size(); ++i) {
            QCOMPARE(exact(s.derivative[i]), exact(1.0));
            QCOMPARE(exact(s.derivativeZ[i]), exact(s.z[i - 1]));
        }
    } else {
        // No right limit after the gap: the polyline ends with (0, 0), (0, NaN).
        const size_t last = s.derivative.size() - 1;
        QCOMPARE(exact(s.derivativeZ[last - 1]), exact(0.0));
        QCOMPARE(exact(s.derivative[last - 1]), exact(0.0));
        QCOMPARE(exact(s.derivativeZ[last]), exact(0.0));
        QCOMPARE(exact(s.derivative[last]), exact(kNaN));
        for (size_t i = 0; i + 1 < last; ++i) {
            QCOMPARE(exact(s.derivative[i]), exact(0.0));
            QCOMPARE(exact(s.derivativeZ[i]), exact(s.z[i]));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// sampleWithKinks without kinks

void tst_CurveSampling::smoothSampleIsTheGridWithoutGaps_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<KinkConvention>("convention");

    const QByteArray keys[] = {"softplus", "elu", "gelu", "silu", "leaky1"};
    for (const QByteArray &key : keys) {
        for (KinkConvention c : kConventions)
            QTest::addRow("%s %s", key.constData(), conventionTag(c)) << key << c;
    }
}

void tst_CurveSampling::smoothSampleIsTheGridWithoutGaps()
{
    QFETCH(QByteArray, key);
    QFETCH(KinkConvention, convention);

    const int n = 2000;
    const Activation a = activationNamed(key);
    const SampledCurve s = sampleWithKinks(a, -10.0, 10.0, n, convention);
    QCOMPARE(s.z, uniformGrid(-10.0, 10.0, n));
    QCOMPARE(s.kinks.size(), size_t{0});
    QCOMPARE(s.derivativeZ, s.z);
    QCOMPARE(s.derivative.size(), static_cast<size_t>(n));
    QCOMPARE(countNaN(s.value), size_t{0});
    QCOMPARE(countNaN(s.derivative), size_t{0});
    for (size_t i = 0; i < s.z.size(); ++i) {
        QCOMPARE(exact(s.derivative[i]), exact(derivative(a, s.z[i], convention)));
    }
}

void tst_CurveSampling::valuesAreTheActivationAtEachSample_data()
{
    QTest::addColumn<QByteArray>("key");
    const QByteArray keys[] = {"relu", "leaky0.3", "maxout3", "softplus", "elu", "gelu", "silu"};
    for (const QByteArray &key : keys)
        QTest::newRow(key.constData()) << key;
}

void tst_CurveSampling::valuesAreTheActivationAtEachSample()
{
    QFETCH(QByteArray, key);

    const Activation a = activationNamed(key);
    const SampledCurve s = sampleWithKinks(a, -10.0, 10.0, 2000, KinkConvention::Left);
    QCOMPARE(s.value.size(), s.z.size());
    for (size_t i = 0; i < s.z.size(); ++i) {
        QCOMPARE(exact(s.value[i]), exact(value(a, s.z[i])));
    }
    for (const KinkPoint &k : s.kinks) {
        QCOMPARE(exact(k.value), exact(value(a, k.z)));
        QCOMPARE(exact(k.taken), exact(derivative(a, k.z, KinkConvention::Left)));
    }
}

void tst_CurveSampling::maxoutFirstDotIsTheFirstMaximalPieceSlope_data()
{
    QTest::addColumn<std::vector<MaxoutPiece>>("pieces");
    QTest::addColumn<double>("kink");
    QTest::addColumn<double>("taken");

    // max(z, -0.5 z, -5): z is piece 0, so PyTorch gives the tie at 0 to it: 1, the right slope.
    QTest::newRow("explorer default")
        << std::vector<MaxoutPiece>{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}} << 0.0 << 1.0;
    // A piece that is never the maximum on an interval, first in the table, takes the tie: the
    // dot sits between the two open limits.
    QTest::newRow("hidden piece first")
        << std::vector<MaxoutPiece>{{0.0, 0.0}, {-1.0, 0.0}, {1.0, 0.0}} << 0.0 << 0.0;
    // The computed breakpoint lies right of the true crossing: the 0.9 piece is larger there,
    // although the 0.2 piece comes first.
    QTest::newRow("decimal breakpoint")
        << std::vector<MaxoutPiece>{{0.2, 1.1}, {0.9, -3.1}} << (1.1 - -3.1) / (0.9 - 0.2) << 0.9;
}

void tst_CurveSampling::maxoutFirstDotIsTheFirstMaximalPieceSlope()
{
    QFETCH(std::vector<MaxoutPiece>, pieces);
    QFETCH(double, kink);
    QFETCH(double, taken);

    const Maxout maxout(pieces);
    const SampledCurve s = sampleWithKinks(maxout, -10.0, 10.0, 2000, KinkConvention::First);
    QCOMPARE(s.kinks.size(), size_t{1});
    QCOMPARE(exact(s.kinks[0].z), exact(kink));
    QCOMPARE(exact(s.kinks[0].taken), exact(taken));
    QCOMPARE(exact(s.kinks[0].taken), exact(maxout.derivative(kink, KinkConvention::First)));
    // Off the kink (grid points, none within rounding of it) First is the envelope's slope.
    for (size_t i = 0; i < s.derivative.size(); ++i) {
        if (s.derivativeZ[i] == kink) continue;
        QCOMPARE(exact(s.derivative[i]), exact(maxout.subgradient(s.derivativeZ[i]).left));
    }
}

void tst_CurveSampling::drawnPointsKeepEndsBendsAndGaps()
{
    // ReLU on [-10, 10] at 2000 samples: only the ends, the kink with its gap triple survive.
    const SampledCurve c = sampleWithKinks(Relu{}, -10.0, 10.0, 2000, KinkConvention::Left);
    const std::vector<size_t> value = drawnPoints(c.z, c.value);
    std::vector<double> keptZ;
    for (size_t i : value)
        keptZ.push_back(c.z[i]);
    QCOMPARE(keptZ, (std::vector<double>{-10.0, 0.0, 10.0}));

    const std::vector<size_t> slope = drawnPoints(c.derivativeZ, c.derivative);
    std::vector<Real> keptY;
    for (size_t i : slope)
        keptY.push_back({c.derivative[i]});
    QCOMPARE(keptY, (std::vector<Real>{{0.0}, {0.0}, {kNaN}, {1.0}, {1.0}}));
    QCOMPARE(c.derivativeZ[slope.front()], -10.0);
    QCOMPARE(c.derivativeZ[slope.back()], 10.0);
}

void tst_CurveSampling::drawnPointsKeepEverySampleOfACurve()
{
    // A smooth curve bends at every sample: nothing may be dropped.
    const SampledCurve c = sampleWithKinks(Softplus{}, -5.0, 5.0, 200, KinkConvention::Left);
    QCOMPARE(drawnPoints(c.z, c.value).size(), c.z.size());
    // A curve that doubles back on itself keeps its turning point.
    const std::vector<double> x = {0.0, 1.0, 2.0, 1.0, 0.0};
    const std::vector<double> y = {0.0, 1.0, 2.0, 1.0, 0.0};
    QCOMPARE(drawnPoints(x, y), (std::vector<size_t>{0, 2, 4}));
}

RELULAB_TEST_APPLESS_MAIN(tst_CurveSampling)
#include "tst_curvesampling.moc"
