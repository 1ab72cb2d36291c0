// Tests the dead-unit analysis on hand-built nets: dead, starved, inactive and active units per
// activation and convention, per-layer counts, and the collapse of a net, which no convention
// changes.
#include <QtTest>

#include <limits>
#include <stdexcept>
#include <vector>

#include "core/Dataset.h"
#include "core/DeadUnits.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"
#include "support/MetaTypes.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

namespace {

// Four points along the x1 axis, plus one off it; labels do not matter to the analysis.
Dataset lineData()
{
    Dataset data;
    data.inputs = {-1.0, 0.0, -0.5, 0.0, 0.5, 0.0, 1.0, 0.0, 0.25, 0.5};
    data.targets = {0.0, 0.0, 1.0, 1.0, 0.0};
    return data;
}

NetworkConfig configFor(std::vector<int> hidden, HiddenActivation activation,
                        KinkConvention convention = KinkConvention::Left)
{
    NetworkConfig c;
    c.hidden = std::move(hidden);
    c.activation = activation;
    c.alpha = 0.01;
    c.convention = convention;
    return c;
}

// Sets every piece of a unit to the same line w . x + b, so maxout behaves like its pieces.
void setUnit(Mlp &net, int layer, int unit, std::vector<double> w, double b)
{
    const int pieces =
        net.config().activation == HiddenActivation::Maxout ? net.config().pieces : 1;
    for (int k = 0; k < pieces; ++k) {
        for (size_t i = 0; i < w.size(); ++i)
            net.weight(layer, unit, static_cast<int>(i), k) = w[i] + 0.1 * k;
        net.bias(layer, unit, k) = b;
    }
}

// One row per kink convention: collapse is a property of the network, so the tests that say so
// run under each of them. A new convention is one more line here.
void addConventionRows()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::newRow("left") << KinkConvention::Left;
    QTest::newRow("right") << KinkConvention::Right;
    QTest::newRow("mean") << KinkConvention::Mean;
}

// Lesson 7's net (resources/lessons/07-born-dead.json) on its training split, as the app builds
// it: abs, 400 samples, noise 0.1, 9 hidden ReLU layers of 2, He normal, bias 0, seed 1.
struct BornDeadLesson
{
    NetworkConfig config;
    Dataset train;
};

BornDeadLesson bornDeadLesson(KinkConvention convention)
{
    BornDeadLesson lesson;
    lesson.config.inputs = 1;
    lesson.config.task = TaskKind::Regression;
    lesson.config.hidden.assign(9, 2);
    lesson.config.activation = HiddenActivation::Relu;
    lesson.config.init = InitScheme::HeNormal;
    lesson.config.biasInit = 0.0;
    lesson.config.convention = convention;
    lesson.train = splitTrainTest(makeDataset(DatasetName::Abs, 400, 0.1, 1), 0.2, 1).train;
    return lesson;
}

}  // namespace

Q_DECLARE_METATYPE(UnitState)

class tst_DeadUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeNegativeBiasKillsOnlyFlatUnits_data();
    void hugeNegativeBiasKillsOnlyFlatUnits();
    void splittingUnitIsActiveOnPartOfTheData();
    void zeroSlopeUnitsCanDie_data();
    void zeroSlopeUnitsCanDie();
    void countsDeadUnitsPerLayer();
    void deadLayerCollapsesTheNetwork();
    void zeroOnEveryExampleFollowsConvention_data();
    void zeroOnEveryExampleFollowsConvention();
    void bornDeadLessonIsCollapsedUnderEveryConvention_data();
    void bornDeadLessonIsCollapsedUnderEveryConvention();
    void netWithoutAnOffLayerIsNotCollapsed_data();
    void netWithoutAnOffLayerIsNotCollapsed();
    void unitsAboveAndBelowAnOffLayerAreStarved_data();
    void unitsAboveAndBelowAnOffLayerAreStarved();
    void zeroOutputWeightStarvesItsUnit();
    void identicalInputsDoNotCollapse();
    void divergedNetIsNeitherCollapsedNorStarved();
    void emptyDataReportsNoDeadUnits();
    void mismatchedInputsAreRejected();
    void saturatingUnitsAreNeverInactiveOrDead_data();
    void saturatingUnitsAreNeverInactiveOrDead();
    void saturatedTanhLayerCollapsesTheNet();
};

void tst_DeadUnits::hugeNegativeBiasKillsOnlyFlatUnits_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<UnitState>("expected");
    QTest::newRow("relu: dead") << HiddenActivation::Relu << UnitState::Dead;
    QTest::newRow("leaky 0.01: inactive") << HiddenActivation::Leaky << UnitState::Inactive;
    QTest::newRow("prelu: inactive") << HiddenActivation::Prelu << UnitState::Inactive;
    QTest::newRow("maxout: inactive") << HiddenActivation::Maxout << UnitState::Inactive;
}

void tst_DeadUnits::hugeNegativeBiasKillsOnlyFlatUnits()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(UnitState, expected);
    Mlp net(configFor({2}, activation), 1);
    setUnit(net, 0, 0, {1.0, 1.0}, 0.0);
    setUnit(net, 0, 1, {1.0, -1.0}, -100.0);

    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.states[0][1], expected);
    QCOMPARE(report.activeFraction[0][1], 0.0);
    QCOMPARE(report.states[0][0], UnitState::Active);
    QCOMPARE(report.deadUnits, expected == UnitState::Dead ? 1 : 0);
    QCOMPARE(report.inactiveUnits, 1);
    QCOMPARE(report.collapsed, false);
}

void tst_DeadUnits::splittingUnitIsActiveOnPartOfTheData()
{
    Mlp net(configFor({2}, HiddenActivation::Relu), 1);
    // z = x1 - 0.4: positive on x1 = 0.5 and 1, not on -1, -0.5, 0.25: 2 of 5.
    setUnit(net, 0, 0, {1.0, 0.0}, -0.4);
    // z = x2 - 0.1: positive only on the off-axis point.
    setUnit(net, 0, 1, {0.0, 1.0}, -0.1);
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.states[0][0], UnitState::Active);
    QCOMPARE(report.activeFraction[0][0], 0.4);
    QCOMPARE(report.states[0][1], UnitState::Active);
    QCOMPARE(report.activeFraction[0][1], 0.2);
    QCOMPARE(report.deadUnits, 0);
    QCOMPARE(report.inactiveUnits, 0);
}

void tst_DeadUnits::zeroSlopeUnitsCanDie_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("leaky alpha 0") << HiddenActivation::Leaky;
    QTest::newRow("prelu slope learned to 0") << HiddenActivation::Prelu;
}

void tst_DeadUnits::zeroSlopeUnitsCanDie()
{
    QFETCH(HiddenActivation, activation);
    NetworkConfig config = configFor({1}, activation);
    config.alpha = 0.0;
    Mlp net(config, 1);
    setUnit(net, 0, 0, {1.0, 1.0}, -100.0);
    if (activation == HiddenActivation::Prelu) net.preluSlope(0, 0) = 0.0;
    QCOMPARE(analyseDeadUnits(net, lineData()).states[0][0], UnitState::Dead);
}

void tst_DeadUnits::countsDeadUnitsPerLayer()
{
    Mlp net(configFor({3, 2}, HiddenActivation::Relu), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 2.0);  // positive everywhere
    setUnit(net, 0, 1, {1.0, 0.0}, -5.0);
    setUnit(net, 0, 2, {0.0, 1.0}, -5.0);
    setUnit(net, 1, 0, {1.0, 0.0, 0.0}, 0.0);
    setUnit(net, 1, 1, {-1.0, 0.0, 0.0}, 0.5);  // 0.5 - (x1 + 2) < 0 everywhere
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.deadPerLayer, (std::vector<int>{2, 1}));
    QCOMPARE(report.deadUnits, 3);
    QCOMPARE(report.inactiveUnits, 3);
    QCOMPARE(report.hiddenUnits, 5);
    QCOMPARE(report.deadFraction, 0.6);
    QCOMPARE(report.collapsed, false);
    QCOMPARE(report.states[1], (std::vector<UnitState>{UnitState::Active, UnitState::Dead}));
}

void tst_DeadUnits::deadLayerCollapsesTheNetwork()
{
    Mlp net(configFor({2, 2, 2}, HiddenActivation::Relu), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 0.0);
    setUnit(net, 0, 1, {0.0, 1.0}, 0.3);
    setUnit(net, 1, 0, {1.0, 1.0}, -10.0);  // the whole middle layer is dead on the data
    setUnit(net, 1, 1, {-1.0, 1.0}, -10.0);
    const Dataset data = lineData();
    const DeadUnitReport report = analyseDeadUnits(net, data);
    QCOMPARE(report.deadPerLayer, (std::vector<int>{0, 2, 2}));
    QCOMPARE(report.collapsed, true);
    QCOMPARE(report.deadFraction, 4.0 / 6.0);

    // After a dead layer every input gives the same prediction, bit for bit.
    const double first = net.predict(data.input(0));
    for (size_t i = 1; i < data.size(); ++i)
        QCOMPARE(net.predict(data.input(i)), first);
}

void tst_DeadUnits::zeroOnEveryExampleFollowsConvention_data()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<UnitState>("expected");
    QTest::newRow("left: relu'(0) = 0, dead") << KinkConvention::Left << UnitState::Dead;
    QTest::newRow("right: relu'(0) = 1") << KinkConvention::Right << UnitState::Inactive;
    QTest::newRow("mean: relu'(0) = 0.5") << KinkConvention::Mean << UnitState::Inactive;
    QTest::newRow("first: PyTorch's relu'(0) = 0, dead")
        << KinkConvention::First << UnitState::Dead;
}

void tst_DeadUnits::zeroOnEveryExampleFollowsConvention()
{
    QFETCH(KinkConvention, convention);
    QFETCH(UnitState, expected);
    Mlp net(configFor({1}, HiddenActivation::Relu, convention), 1);
    setUnit(net, 0, 0, {0.0, 0.0}, 0.0);  // z = 0 exactly, everywhere
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.states[0][0], expected);
    QCOMPARE(report.activeFraction[0][0], 0.0);
    // f(z) = 0 on every example whatever the convention: the output is constant.
    QCOMPARE(report.collapsed, true);
}

void tst_DeadUnits::bornDeadLessonIsCollapsedUnderEveryConvention_data()
{
    // Which units are dead rather than starved does depend on the convention: behind the off
    // layer z = 0 exactly, where relu'(0) = 0 blocks (left) and 1 or 0.5 passes (right, mean).
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<int>("dead");
    QTest::addColumn<int>("starved");
    QTest::newRow("left") << KinkConvention::Left << 11 << 7;
    QTest::newRow("right") << KinkConvention::Right << 0 << 18;
    QTest::newRow("mean") << KinkConvention::Mean << 0 << 18;
}

void tst_DeadUnits::bornDeadLessonIsCollapsedUnderEveryConvention()
{
    QFETCH(KinkConvention, convention);
    QFETCH(int, dead);
    QFETCH(int, starved);
    const BornDeadLesson lesson = bornDeadLesson(convention);
    const Mlp net(lesson.config, 1);
    const DeadUnitReport report = analyseDeadUnits(net, lesson.train);
    QCOMPARE(report.collapsed, true);
    QCOMPARE(isCollapsed(net, lesson.train), true);
    // The output is indeed the same on every example, bit for bit.
    const double first = net.predict(lesson.train.input(0));
    for (size_t i = 1; i < lesson.train.size(); ++i)
        QCOMPARE(net.predict(lesson.train.input(i)), first);
    // No unit gets any gradient: every one is dead or starved, whatever the convention says
    // about which of the two it is.
    QCOMPARE(report.deadUnits, dead);
    QCOMPARE(report.starvedUnits, starved);
    QCOMPARE(report.deadUnits + report.starvedUnits, report.hiddenUnits);
    QCOMPARE(report.inactiveUnits, 11);
}

void tst_DeadUnits::netWithoutAnOffLayerIsNotCollapsed_data()
{
    addConventionRows();
}

void tst_DeadUnits::netWithoutAnOffLayerIsNotCollapsed()
{
    QFETCH(KinkConvention, convention);
    Mlp net(configFor({2, 2}, HiddenActivation::Relu, convention), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 0.0);   // on for x1 > 0
    setUnit(net, 0, 1, {0.0, 0.0}, 0.0);   // z = 0 exactly: off everywhere
    setUnit(net, 1, 0, {1.0, 1.0}, 0.0);   // follows unit (0, 0)
    setUnit(net, 1, 1, {-1.0, 0.0}, 0.6);  // 0.6 - relu(x1): on for x1 < 0.6
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.collapsed, false);
    QCOMPARE(isCollapsed(net, lineData()), false);
    QCOMPARE(report.starvedUnits, 0);
    QCOMPARE(report.states[1], (std::vector<UnitState>{UnitState::Active, UnitState::Active}));
}

void tst_DeadUnits::unitsAboveAndBelowAnOffLayerAreStarved_data()
{
    addConventionRows();
}

void tst_DeadUnits::unitsAboveAndBelowAnOffLayerAreStarved()
{
    QFETCH(KinkConvention, convention);
    Mlp net(configFor({2, 2, 2}, HiddenActivation::Relu, convention), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 0.0);    // on for x1 > 0, but nothing reaches it from above
    setUnit(net, 0, 1, {1.0, 1.0}, -5.0);   // off everywhere: dead
    setUnit(net, 1, 0, {1.0, 1.0}, -10.0);  // the whole middle layer is off on the data
    setUnit(net, 1, 1, {-1.0, 1.0}, -10.0);
    setUnit(net, 2, 0, {1.0, 1.0}, 0.5);  // z = 0.5 > 0 everywhere, but its inputs are all 0
    setUnit(net, 2, 1, {1.0, -1.0}, 2.0);
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.states[0], (std::vector<UnitState>{UnitState::Starved, UnitState::Dead}));
    QCOMPARE(report.states[1], (std::vector<UnitState>{UnitState::Dead, UnitState::Dead}));
    QCOMPARE(report.states[2], (std::vector<UnitState>{UnitState::Starved, UnitState::Starved}));
    QCOMPARE(report.activeFraction[2][0], 1.0);
    QCOMPARE(report.deadPerLayer, (std::vector<int>{1, 2, 0}));
    QCOMPARE(report.starvedPerLayer, (std::vector<int>{1, 0, 2}));
    QCOMPARE(report.deadUnits, 3);
    QCOMPARE(report.starvedUnits, 3);
    QCOMPARE(report.inactiveUnits, 3);
    QCOMPARE(report.deadFraction, 0.5);
    QCOMPARE(report.collapsed, true);
}

void tst_DeadUnits::zeroOutputWeightStarvesItsUnit()
{
    Mlp net(configFor({2}, HiddenActivation::Leaky), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 0.0);
    setUnit(net, 0, 1, {0.0, 1.0}, 0.0);
    net.weight(1, 0, 1) = 0.0;  // the output ignores unit 1
    net.weight(1, 0, 0) = 0.7;
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.states[0], (std::vector<UnitState>{UnitState::Active, UnitState::Starved}));
    QCOMPARE(report.starvedUnits, 1);
    QCOMPARE(report.deadUnits, 0);
    QCOMPARE(report.collapsed, false);
}

void tst_DeadUnits::identicalInputsDoNotCollapse()
{
    // Every layer is trivially the same on copies of one input: that says nothing about the
    // network, so it is not called collapsed.
    Mlp net(configFor({2}, HiddenActivation::Relu), 1);
    setUnit(net, 0, 0, {1.0, 0.0}, 0.0);
    setUnit(net, 0, 1, {0.0, 1.0}, 0.0);
    Dataset copies;
    copies.inputs = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    copies.targets = {0.0, 1.0, 0.0};
    QCOMPARE(analyseDeadUnits(net, copies).collapsed, false);
    QCOMPARE(isCollapsed(net, copies), false);
    Dataset one = copies;
    one.inputs.resize(2);
    one.targets.resize(1);
    QCOMPARE(analyseDeadUnits(net, one).collapsed, false);
}

void tst_DeadUnits::divergedNetIsNeitherCollapsedNorStarved()
{
    Mlp net(configFor({2, 2}, HiddenActivation::Relu), 1);
    for (int k = 0; k < 2; ++k)
        net.bias(1, k) = std::numeric_limits<double>::quiet_NaN();
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QCOMPARE(report.collapsed, false);
    QCOMPARE(isCollapsed(net, lineData()), false);
    QCOMPARE(report.states[1], (std::vector<UnitState>{UnitState::Active, UnitState::Active}));
}

void tst_DeadUnits::emptyDataReportsNoDeadUnits()
{
    Mlp net(configFor({2}, HiddenActivation::Relu), 1);
    setUnit(net, 0, 0, {1.0, 1.0}, -100.0);
    Dataset empty;
    const DeadUnitReport report = analyseDeadUnits(net, empty);
    QCOMPARE(report.states[0][0], UnitState::Active);
    QCOMPARE(report.deadUnits, 0);
    QCOMPARE(report.collapsed, false);
}

void tst_DeadUnits::mismatchedInputsAreRejected()
{
    const Mlp net(configFor({2}, HiddenActivation::Relu), 1);
    Dataset oneInput;
    oneInput.inputDim = 1;
    oneInput.inputs = {0.5};
    oneInput.targets = {0.0};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, analyseDeadUnits(net, oneInput));
}

void tst_DeadUnits::saturatingUnitsAreNeverInactiveOrDead_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::newRow("sigmoid") << HiddenActivation::Sigmoid;
    QTest::newRow("tanh") << HiddenActivation::Tanh;
}

// Sigmoid and tanh have no flat side: a whole layer with z below 0 on every example still
// passes gradient, so nothing is inactive, dead or collapsed under any convention (as long as
// the units do not saturate to a constant in floating point: see the next test).
void tst_DeadUnits::saturatingUnitsAreNeverInactiveOrDead()
{
    QFETCH(HiddenActivation, activation);
    for (KinkConvention convention : {KinkConvention::Left, KinkConvention::Right,
                                      KinkConvention::Mean, KinkConvention::First}) {
        Mlp net(configFor({2, 2}, activation, convention), 1);
        setUnit(net, 0, 0, {1.0, 1.0}, -5.0);
        setUnit(net, 0, 1, {1.0, -1.0}, -5.0);
        setUnit(net, 1, 0, {0.0, 0.0}, 0.0);  // z = 0 exactly on every example

        const DeadUnitReport report = analyseDeadUnits(net, lineData());
        for (const auto &layer : report.states)
            for (UnitState state : layer)
                QCOMPARE(state, UnitState::Active);
        QCOMPARE(report.deadUnits, 0);
        QCOMPARE(report.inactiveUnits, 0);
        QCOMPARE(report.deadPerLayer, (std::vector<int>{0, 0}));
        QCOMPARE(report.deadFraction, 0.0);
        QCOMPARE(report.collapsed, false);
    }
}

// A tanh layer at z = -100 is exactly -1 on every example: the net's output no longer depends
// on the input, and tanh' = 1 - 1 * 1 = 0 lets no gradient through. Collapsed and starved are
// what the network computes, not what its activation could do in exact arithmetic.
void tst_DeadUnits::saturatedTanhLayerCollapsesTheNet()
{
    Mlp net(configFor({2, 2}, HiddenActivation::Tanh), 1);
    setUnit(net, 0, 0, {1.0, 1.0}, -100.0);
    setUnit(net, 0, 1, {1.0, -1.0}, -100.0);
    const DeadUnitReport report = analyseDeadUnits(net, lineData());
    QVERIFY(report.collapsed);
    QCOMPARE(report.deadUnits, 0);
    QCOMPARE(report.inactiveUnits, 0);
    QCOMPARE(report.starvedPerLayer, (std::vector<int>{2, 0}));
}

RELULAB_TEST_APPLESS_MAIN(tst_DeadUnits)
#include "tst_deadunits.moc"
