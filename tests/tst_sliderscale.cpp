// Tests SliderScale tick <-> value mappings and the MaxoutPresets piece sets.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/Maxout.h"
#include "core/MaxoutPiece.h"
#include "core/MaxoutPresets.h"
#include "core/SliderScale.h"
#include "support/ExactReal.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::exact;
using relulab::test::near;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

using Kind = SliderScale::Kind;
using Pieces = std::vector<MaxoutPiece>;

// Pieces as text with 17 significant digits, for exact comparison with a readable message.

void addScaleColumns()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("ticks");
}

// Scales with 1000 ticks of each kind (several ranges), used by more than one test.
void addThousandTickScales()
{
    addScaleColumns();
    QTest::newRow("linear [-1, 1]") << Kind::Linear << -1.0 << 1.0 << 1000;
    QTest::newRow("linear [0.3, 0.7]") << Kind::Linear << 0.3 << 0.7 << 1000;
    QTest::newRow("linear [-10, 25]") << Kind::Linear << -10.0 << 25.0 << 1000;
    QTest::newRow("linear [1e-3, 1e3]") << Kind::Linear << 1e-3 << 1e3 << 1000;
    QTest::newRow("log [0.001, 10]") << Kind::Log << 0.001 << 10.0 << 1000;
    QTest::newRow("log [0.1, 100]") << Kind::Log << 0.1 << 100.0 << 1000;
    QTest::newRow("log [1, 1e6]") << Kind::Log << 1.0 << 1e6 << 1000;
    QTest::newRow("signed square [-1, 1]") << Kind::SignedSquare << -1.0 << 1.0 << 1000;
    QTest::newRow("signed square [-0.3, 0.3]") << Kind::SignedSquare << -0.3 << 0.3 << 1000;
    QTest::newRow("signed square [-50, 50]") << Kind::SignedSquare << -50.0 << 50.0 << 1000;
}

}  // namespace

class tst_SliderScale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SliderScale
    void endTicksMapToExactBounds_data();
    void endTicksMapToExactBounds();
    void everyTickRoundTripsThroughValue_data() { addThousandTickScales(); }
    void everyTickRoundTripsThroughValue();
    void valuesIncreaseWithTicks_data() { addThousandTickScales(); }
    void valuesIncreaseWithTicks();
    void valuesOutsideRangeClampToEndTicks_data();
    void valuesOutsideRangeClampToEndTicks();
    void nanValueGoesToMinimumTick_data();
    void nanValueGoesToMinimumTick();
    void equalBoundsGiveThatValueEverywhere_data();
    void equalBoundsGiveThatValueEverywhere();
    void constructorRejectsBadScales_data();
    void constructorRejectsBadScales();
    void signedSquareGivesFineStepsNearZero_data();
    void signedSquareGivesFineStepsNearZero();
    void interiorTicksFollowTheScaleFormula_data();
    void interiorTicksFollowTheScaleFormula();
    void toTickRoundsToNearestTick_data();
    void toTickRoundsToNearestTick();

    // MaxoutPresets
    void fixedPresetsHaveExactPieces_data();
    void fixedPresetsHaveExactPieces();
    void parabolaPresetsAreTangentsAtMidpoints_data();
    void parabolaPresetsAreTangentsAtMidpoints();
    void randomPresetIsReproducibleFromSeed_data();
    void randomPresetIsReproducibleFromSeed();
    void randomPresetCountsSpanThreeToFive();
    void presetNamesAreDistinct();
};

// ---------------------------------------------------------------------------------------------
// SliderScale

void tst_SliderScale::endTicksMapToExactBounds_data()
{
    addScaleColumns();
    QTest::newRow("linear [-1, 1] x1000") << Kind::Linear << -1.0 << 1.0 << 1000;
    QTest::newRow("linear [0.3, 0.7] x1000") << Kind::Linear << 0.3 << 0.7 << 1000;
    QTest::newRow("linear [-3.3, 17.1] x7") << Kind::Linear << -3.3 << 17.1 << 7;
    QTest::newRow("linear [0.1, 0.7] x1") << Kind::Linear << 0.1 << 0.7 << 1;
    // min + (max - min) rounds away from max for these two.
    QTest::newRow("linear [-3.3, 0.7] x1000") << Kind::Linear << -3.3 << 0.7 << 1000;
    QTest::newRow("linear [0.3, 0.9] x7") << Kind::Linear << 0.3 << 0.9 << 7;
    QTest::newRow("log [0.001, 10] x1000") << Kind::Log << 0.001 << 10.0 << 1000;
    QTest::newRow("log [0.1, 100] x37") << Kind::Log << 0.1 << 100.0 << 37;
    QTest::newRow("log [0.3, 0.7] x3") << Kind::Log << 0.3 << 0.7 << 3;
    QTest::newRow("signed square [-1, 1] x1000") << Kind::SignedSquare << -1.0 << 1.0 << 1000;
    QTest::newRow("signed square [-0.3, 0.3] x1000") << Kind::SignedSquare << -0.3 << 0.3 << 1000;
    QTest::newRow("signed square [-5, 5] x3") << Kind::SignedSquare << -5.0 << 5.0 << 3;
}

void tst_SliderScale::endTicksMapToExactBounds()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);

    const SliderScale s(kind, min, max, ticks);
    QCOMPARE(s.ticks(), ticks);
    QCOMPARE(s.minimumTick(), kind == Kind::SignedSquare ? -ticks : 0);
    QCOMPARE(s.maximumTick(), ticks);
    QCOMPARE(exact(s.minimum()), exact(min));
    QCOMPARE(exact(s.maximum()), exact(max));
    QCOMPARE(exact(s.toValue(s.minimumTick())), exact(min));
    QCOMPARE(exact(s.toValue(s.maximumTick())), exact(max));
    QCOMPARE(s.toTick(min), s.minimumTick());
    QCOMPARE(s.toTick(max), s.maximumTick());
    // Ticks beyond the ends are clamped too.
    QCOMPARE(exact(s.toValue(s.minimumTick() - 5)), exact(min));
    QCOMPARE(exact(s.toValue(s.maximumTick() + 5)), exact(max));
}

void tst_SliderScale::everyTickRoundTripsThroughValue()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);

    const SliderScale s(kind, min, max, ticks);
    for (int t = s.minimumTick(); t <= s.maximumTick(); ++t) {
        QCOMPARE(s.toTick(s.toValue(t)), t);
    }
}

void tst_SliderScale::valuesIncreaseWithTicks()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);

    const SliderScale s(kind, min, max, ticks);
    for (int t = s.minimumTick(); t < s.maximumTick(); ++t) {
        QCOMPARE(s.toValue(t) < s.toValue(t + 1), true);
        const double v = s.toValue(t);
        QCOMPARE(v >= min && v <= max, true);
    }
}

void tst_SliderScale::valuesOutsideRangeClampToEndTicks_data()
{
    addScaleColumns();
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expectedTick");

    QTest::newRow("linear above") << Kind::Linear << -1.0 << 1.0 << 1000 << 5.0 << 1000;
    QTest::newRow("linear below") << Kind::Linear << -1.0 << 1.0 << 1000 << -5.0 << 0;
    QTest::newRow("linear +inf") << Kind::Linear << -1.0 << 1.0 << 1000 << kInf << 1000;
    QTest::newRow("linear -inf") << Kind::Linear << -1.0 << 1.0 << 1000 << -kInf << 0;
    QTest::newRow("linear huge") << Kind::Linear << -1.0 << 1.0 << 1000 << 1e300 << 1000;
    QTest::newRow("log above") << Kind::Log << 0.001 << 10.0 << 1000 << 1e9 << 1000;
    QTest::newRow("log below") << Kind::Log << 0.001 << 10.0 << 1000 << 1e-9 << 0;
    QTest::newRow("log zero") << Kind::Log << 0.001 << 10.0 << 1000 << 0.0 << 0;
    QTest::newRow("log negative") << Kind::Log << 0.001 << 10.0 << 1000 << -1.0 << 0;
    QTest::newRow("log +inf") << Kind::Log << 0.001 << 10.0 << 1000 << kInf << 1000;
    QTest::newRow("log -inf") << Kind::Log << 0.001 << 10.0 << 1000 << -kInf << 0;
    QTest::newRow("signed square above")
        << Kind::SignedSquare << -1.0 << 1.0 << 1000 << 5.0 << 1000;
    QTest::newRow("signed square below")
        << Kind::SignedSquare << -1.0 << 1.0 << 1000 << -5.0 << -1000;
    QTest::newRow("signed square +inf")
        << Kind::SignedSquare << -1.0 << 1.0 << 1000 << kInf << 1000;
    QTest::newRow("signed square -inf")
        << Kind::SignedSquare << -1.0 << 1.0 << 1000 << -kInf << -1000;
}

void tst_SliderScale::valuesOutsideRangeClampToEndTicks()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(double, value);
    QFETCH(int, expectedTick);

    QCOMPARE(SliderScale(kind, min, max, ticks).toTick(value), expectedTick);
}

void tst_SliderScale::nanValueGoesToMinimumTick_data()
{
    addScaleColumns();
    QTest::addColumn<int>("expectedTick");

    QTest::newRow("linear") << Kind::Linear << -1.0 << 1.0 << 1000 << 0;
    QTest::newRow("log") << Kind::Log << 0.001 << 10.0 << 1000 << 0;
    QTest::newRow("signed square") << Kind::SignedSquare << -1.0 << 1.0 << 1000 << -1000;
}

void tst_SliderScale::nanValueGoesToMinimumTick()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(int, expectedTick);

    const SliderScale s(kind, min, max, ticks);
    QCOMPARE(s.toTick(kNaN), expectedTick);
    QCOMPARE(s.toTick(kNaN), s.minimumTick());
}

void tst_SliderScale::equalBoundsGiveThatValueEverywhere_data()
{
    addScaleColumns();
    QTest::newRow("linear [2, 2]") << Kind::Linear << 2.0 << 2.0 << 1000;
    QTest::newRow("linear [-0.5, -0.5]") << Kind::Linear << -0.5 << -0.5 << 10;
    QTest::newRow("linear [0, 0]") << Kind::Linear << 0.0 << 0.0 << 1;
    QTest::newRow("log [3, 3]") << Kind::Log << 3.0 << 3.0 << 100;
    QTest::newRow("signed square [0, 0]") << Kind::SignedSquare << 0.0 << 0.0 << 100;
}

void tst_SliderScale::equalBoundsGiveThatValueEverywhere()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);

    const SliderScale s(kind, min, max, ticks);
    for (int t = s.minimumTick(); t <= s.maximumTick(); ++t) {
        QCOMPARE(exact(s.toValue(t)), exact(min));  // no 0/0 anywhere
    }
    QCOMPARE(s.toTick(min), s.minimumTick());
    QCOMPARE(s.toTick(min + 1.0), s.minimumTick());
    QCOMPARE(s.toTick(min - 1.0), s.minimumTick());
    QCOMPARE(s.toTick(kInf), s.minimumTick());
}

void tst_SliderScale::constructorRejectsBadScales_data()
{
    addScaleColumns();
    QTest::newRow("0 ticks") << Kind::Linear << 0.0 << 1.0 << 0;
    QTest::newRow("-1 ticks") << Kind::Linear << 0.0 << 1.0 << -1;
    QTest::newRow("linear max < min") << Kind::Linear << 1.0 << 0.0 << 100;
    QTest::newRow("linear NaN min") << Kind::Linear << kNaN << 1.0 << 100;
    QTest::newRow("linear NaN max") << Kind::Linear << 0.0 << kNaN << 100;
    QTest::newRow("linear infinite max") << Kind::Linear << 0.0 << kInf << 100;
    QTest::newRow("linear infinite min") << Kind::Linear << -kInf << 0.0 << 100;
    QTest::newRow("log min 0") << Kind::Log << 0.0 << 1.0 << 100;
    QTest::newRow("log min negative") << Kind::Log << -1.0 << 1.0 << 100;
    QTest::newRow("log max < min") << Kind::Log << 10.0 << 1.0 << 100;
    QTest::newRow("signed square not symmetric") << Kind::SignedSquare << -1.0 << 2.0 << 100;
    QTest::newRow("signed square [0, 1]") << Kind::SignedSquare << 0.0 << 1.0 << 100;
    QTest::newRow("signed square reversed") << Kind::SignedSquare << 1.0 << -1.0 << 100;
    QTest::newRow("signed square 0 ticks") << Kind::SignedSquare << -1.0 << 1.0 << 0;
}

void tst_SliderScale::constructorRejectsBadScales()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SliderScale(kind, min, max, ticks));
}

void tst_SliderScale::signedSquareGivesFineStepsNearZero_data()
{
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("tick");
    QTest::addColumn<double>("expected");

    QTest::newRow("tick 0") << 1.0 << 0 << 0.0;
    QTest::newRow("tick 1") << 1.0 << 1 << 1e-6;
    QTest::newRow("tick -1") << 1.0 << -1 << -1e-6;
    QTest::newRow("tick 100") << 1.0 << 100 << 0.01;
    QTest::newRow("tick -100") << 1.0 << -100 << -0.01;
    QTest::newRow("tick 500") << 1.0 << 500 << 0.25;
    QTest::newRow("tick -500") << 1.0 << -500 << -0.25;
    QTest::newRow("tick 1000") << 1.0 << 1000 << 1.0;
    QTest::newRow("tick -1000") << 1.0 << -1000 << -1.0;
    QTest::newRow("max 4, tick 500") << 4.0 << 500 << 1.0;
    QTest::newRow("max 4, tick -250") << 4.0 << -250 << -0.25;
}

void tst_SliderScale::signedSquareGivesFineStepsNearZero()
{
    QFETCH(double, max);
    QFETCH(int, tick);
    QFETCH(double, expected);

    const SliderScale s(Kind::SignedSquare, -max, max, 1000);
    const double v = s.toValue(tick);
    QCOMPARE(exact(v), near(expected, 1e-15));
    QCOMPARE(v < 0.0, tick < 0);
    QCOMPARE(s.toTick(v), tick);
}

void tst_SliderScale::interiorTicksFollowTheScaleFormula_data()
{
    addScaleColumns();
    QTest::addColumn<int>("tick");
    QTest::addColumn<double>("expected");

    QTest::newRow("linear middle") << Kind::Linear << -1.0 << 1.0 << 1000 << 500 << 0.0;
    QTest::newRow("linear quarter") << Kind::Linear << 0.0 << 8.0 << 4 << 1 << 2.0;
    QTest::newRow("linear 3 of 4") << Kind::Linear << -2.0 << 2.0 << 4 << 3 << 1.0;
    QTest::newRow("log decade 1") << Kind::Log << 0.01 << 100.0 << 4 << 1 << 0.1;
    QTest::newRow("log decade 2") << Kind::Log << 0.01 << 100.0 << 4 << 2 << 1.0;
    QTest::newRow("log decade 3") << Kind::Log << 0.01 << 100.0 << 4 << 3 << 10.0;
    QTest::newRow("log middle of [1, 4]") << Kind::Log << 1.0 << 4.0 << 2 << 1 << 2.0;
}

void tst_SliderScale::interiorTicksFollowTheScaleFormula()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(int, tick);
    QFETCH(double, expected);

    const SliderScale s(kind, min, max, ticks);
    QCOMPARE(exact(s.toValue(tick)), near(expected, 1e-14));
    QCOMPARE(s.toTick(expected), tick);
}

void tst_SliderScale::toTickRoundsToNearestTick_data()
{
    addScaleColumns();
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expectedTick");

    QTest::newRow("linear 0.04 -> 0") << Kind::Linear << 0.0 << 1.0 << 10 << 0.04 << 0;
    QTest::newRow("linear 0.06 -> 1") << Kind::Linear << 0.0 << 1.0 << 10 << 0.06 << 1;
    QTest::newRow("linear 0.449 -> 4") << Kind::Linear << 0.0 << 1.0 << 10 << 0.449 << 4;
    QTest::newRow("linear 0.551 -> 6") << Kind::Linear << 0.0 << 1.0 << 10 << 0.551 << 6;
    QTest::newRow("signed square 0.0101 -> 1")
        << Kind::SignedSquare << -1.0 << 1.0 << 10 << 0.0101 << 1;
    QTest::newRow("signed square -0.0101 -> -1")
        << Kind::SignedSquare << -1.0 << 1.0 << 10 << -0.0101 << -1;
    QTest::newRow("signed square 0.001 -> 0")
        << Kind::SignedSquare << -1.0 << 1.0 << 10 << 0.001 << 0;
    QTest::newRow("log 0.9 -> 2 of 4 on [0.01, 100]")
        << Kind::Log << 0.01 << 100.0 << 4 << 0.9 << 2;
    QTest::newRow("log 0.2 -> 1 of 4 on [0.01, 100]")
        << Kind::Log << 0.01 << 100.0 << 4 << 0.2 << 1;
}

void tst_SliderScale::toTickRoundsToNearestTick()
{
    QFETCH(Kind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, ticks);
    QFETCH(double, value);
    QFETCH(int, expectedTick);

    QCOMPARE(SliderScale(kind, min, max, ticks).toTick(value), expectedTick);
}

// ---------------------------------------------------------------------------------------------
// MaxoutPresets

void tst_SliderScale::fixedPresetsHaveExactPieces_data()
{
    QTest::addColumn<MaxoutPreset>("preset");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<Pieces>("expected");

    QTest::newRow("relu") << MaxoutPreset::Relu << 0.3 << Pieces{{0.0, 0.0}, {1.0, 0.0}};
    QTest::newRow("leaky 0.01") << MaxoutPreset::Leaky << 0.01 << Pieces{{0.01, 0.0}, {1.0, 0.0}};
    QTest::newRow("leaky 0.2") << MaxoutPreset::Leaky << 0.2 << Pieces{{0.2, 0.0}, {1.0, 0.0}};
    QTest::newRow("leaky -0.5") << MaxoutPreset::Leaky << -0.5 << Pieces{{-0.5, 0.0}, {1.0, 0.0}};
    QTest::newRow("abs") << MaxoutPreset::Abs << 0.3 << Pieces{{-1.0, 0.0}, {1.0, 0.0}};
    QTest::newRow("explorer default")
        << MaxoutPreset::ExplorerDefault << 0.3 << Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}};
}

void tst_SliderScale::fixedPresetsHaveExactPieces()
{
    QFETCH(MaxoutPreset, preset);
    QFETCH(double, alpha);
    QFETCH(Pieces, expected);

    // The range must not matter for these.
    QCOMPARE(relulab::test::describePieces(maxoutPreset(preset, alpha, -10.0, 10.0)),
             relulab::test::describePieces(expected));
    QCOMPARE(relulab::test::describePieces(maxoutPreset(preset, alpha, 0.5, 3.0, 7)),
             relulab::test::describePieces(expected));
}

void tst_SliderScale::parabolaPresetsAreTangentsAtMidpoints_data()
{
    QTest::addColumn<MaxoutPreset>("preset");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");

    const double ranges[][2] = {{-4.0, 4.0}, {-10.0, 10.0}, {-2.0, 6.0}, {-10.0, -1.0}, {0.5, 3.0}};
    for (const auto &r : ranges) {
        QTest::addRow("3 pieces on [%g, %g]", r[0], r[1])
            << MaxoutPreset::Parabola3 << 3 << r[0] << r[1];
        QTest::addRow("5 pieces on [%g, %g]", r[0], r[1])
            << MaxoutPreset::Parabola5 << 5 << r[0] << r[1];
    }
}

void tst_SliderScale::parabolaPresetsAreTangentsAtMidpoints()
{
    QFETCH(MaxoutPreset, preset);
    QFETCH(int, count);
    QFETCH(double, lo);
    QFETCH(double, hi);

    const Pieces pieces = maxoutPreset(preset, 0.01, lo, hi);
    QCOMPARE(pieces.size(), static_cast<size_t>(count));

    const double r = std::max(std::abs(lo), std::abs(hi));
    const double width = (hi - lo) / count;
    for (int j = 0; j < count; ++j) {
        // Midpoint of the j-th of count equal parts of [lo, hi].
        const double t = lo + (j + 0.5) * (hi - lo) / count;
        const MaxoutPiece &p = pieces[static_cast<size_t>(j)];
        QCOMPARE(exact(p.slope), near(2.0 * t / r, 1e-14));               // q'(t)
        QCOMPARE(exact(p.at(t)), near(t * t / r, 1e-12));                 // touches q at t
        QCOMPARE(p.at(t - width) < (t - width) * (t - width) / r, true);  // below q elsewhere
        QCOMPARE(p.at(t + width) < (t + width) * (t + width) / r, true);
    }

    const Maxout m(pieces);
    for (int j = 0; j < count; ++j)
        QCOMPARE(m.state(j), PieceState::Active);
    QCOMPARE(m.breakpoints().size(), static_cast<size_t>(count - 1));
    // Neighbouring tangents of a parabola cross halfway between their tangent points.
    for (int j = 0; j + 1 < count; ++j) {
        QCOMPARE(exact(m.breakpoints()[static_cast<size_t>(j)]), near(lo + (j + 1) * width, 1e-12));
    }
}

void tst_SliderScale::randomPresetIsReproducibleFromSeed_data()
{
    QTest::addColumn<quint64>("seed");

    const quint64 seeds[] = {1, 2, 42, 12345, 0xdeadbeefULL};
    for (quint64 s : seeds)
        QTest::addRow("seed %llu", static_cast<unsigned long long>(s)) << s;
}

void tst_SliderScale::randomPresetIsReproducibleFromSeed()
{
    QFETCH(quint64, seed);

    const double lo = -10.0;
    const double hi = 10.0;
    const Pieces first = maxoutPreset(MaxoutPreset::Random, 0.01, lo, hi, seed);
    const Pieces again = maxoutPreset(MaxoutPreset::Random, 0.01, lo, hi, seed);
    const Pieces other = maxoutPreset(MaxoutPreset::Random, 0.01, lo, hi, seed + 1);
    QCOMPARE(relulab::test::describePieces(again), relulab::test::describePieces(first));
    QCOMPARE(relulab::test::describePieces(other) == relulab::test::describePieces(first), false);

    QCOMPARE(first.size() >= 3 && first.size() <= 5, true);
    for (const MaxoutPiece &p : first) {
        QCOMPARE(std::abs(p.slope) <= 2.0, true);
        QCOMPARE(std::abs(p.intercept) <= 0.25 * (hi - lo), true);
    }
    // Usable as a maxout unit.
    QCOMPARE(Maxout(first).pieceCount(), static_cast<int>(first.size()));
}

void tst_SliderScale::randomPresetCountsSpanThreeToFive()
{
    std::set<size_t> counts;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const size_t k = maxoutPreset(MaxoutPreset::Random, 0.01, -10.0, 10.0, seed).size();
        QCOMPARE(k >= 3 && k <= 5, true);
        counts.insert(k);
    }
    QCOMPARE(counts, (std::set<size_t>{3, 4, 5}));
}

void tst_SliderScale::presetNamesAreDistinct()
{
    const MaxoutPreset presets[] = {
        MaxoutPreset::Relu,           MaxoutPreset::Leaky,     MaxoutPreset::Abs,
        MaxoutPreset::Parabola3,      MaxoutPreset::Parabola5, MaxoutPreset::Random,
        MaxoutPreset::ExplorerDefault};
    std::set<std::string> names;
    for (MaxoutPreset p : presets) {
        const std::string name = presetName(p);
        QCOMPARE(name.empty(), false);
        names.insert(name);
    }
    QCOMPARE(names.size(), std::size(presets));
    QCOMPARE(QByteArray::fromStdString(presetName(MaxoutPreset::Relu)),
             QByteArray("ReLU: max(0, z)"));
}

RELULAB_TEST_APPLESS_MAIN(tst_SliderScale)
#include "tst_sliderscale.moc"
