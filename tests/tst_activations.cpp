// Tests ReLU, Leaky ReLU, the smooth activations, the Activation variant and KinkConvention.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/Activation.h"
#include "core/KinkConvention.h"
#include "core/Maxout.h"
#include "core/Rectifiers.h"
#include "core/SmoothActivations.h"
#include "support/ExactReal.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::exact;
using relulab::test::near;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

// A 3-piece maxout with breakpoints 0.25 and 1.6 / 1.4 (about 1.142857).
Maxout threePieceMaxout()
{
    return Maxout({{0.7, -0.3}, {-1.3, 0.2}, {2.1, -1.9}});
}

// The activations used in the tables, by a short key (a variant is not a handy column type).
Activation activationNamed(const QByteArray &key)
{
    if (key == "relu") return Relu{};
    if (key == "leaky0.2") return LeakyRelu(0.2);
    if (key == "leaky0.01") return LeakyRelu(0.01);
    if (key == "leaky1") return LeakyRelu(1.0);
    if (key == "maxout") return threePieceMaxout();
    if (key == "softplus") return Softplus();
    if (key == "softplus2") return Softplus(2.0);
    if (key == "softplus1e308") return Softplus(1e308);
    if (key == "elu") return Elu{};
    if (key == "gelu") return Gelu{};
    if (key == "silu") return Silu{};
    if (key == "sigmoid") return Sigmoid{};
    if (key == "tanh") return Tanh{};
    qFatal("unknown activation key %s", key.constData());
}

const QList<QByteArray> kAllKeys = {"relu", "leaky0.2", "maxout", "softplus", "softplus2",
                                    "elu",  "gelu",     "silu",   "sigmoid",  "tanh"};

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

using relulab::test::kConventions;

}  // namespace

class tst_Activations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // KinkConvention
    void pickTakesOneSidedValueByConvention_data();
    void pickTakesOneSidedValueByConvention();
    void conventionNameRoundTripsThroughParse_data();
    void conventionNameRoundTripsThroughParse();
    void parseConventionRejectsOtherSpellings_data();
    void parseConventionRejectsOtherSpellings();

    // ReLU
    void reluValueIsMaxOfZeroAndZ_data();
    void reluValueIsMaxOfZeroAndZ();
    void reluGradFollowsConventionOnlyAtZero_data();
    void reluGradFollowsConventionOnlyAtZero();
    void reluSubgradientAtZeroIsZeroToOne();

    // Leaky ReLU
    void leakyValueUsesAlphaBelowZero_data();
    void leakyValueUsesAlphaBelowZero();
    void leakyGradAtZeroFollowsConvention_data();
    void leakyGradAtZeroFollowsConvention();
    void leakyGradAwayFromZeroIgnoresConvention_data();
    void leakyGradAwayFromZeroIgnoresConvention();
    void leakyRejectsAlphaOutsideMinusOneToOne_data();
    void leakyRejectsAlphaOutsideMinusOneToOne();
    void leakyAcceptsAlphaInMinusOneToOne_data();
    void leakyAcceptsAlphaInMinusOneToOne();

    // Smooth activations
    void smoothValuesAndDerivativesMatchReference_data();
    void smoothValuesAndDerivativesMatchReference();
    void softplusRejectsNonPositiveBeta_data();
    void softplusRejectsNonPositiveBeta();

    // All alternatives through the variant
    void derivativeMatchesCentralDifferenceAwayFromKinks_data();
    void derivativeMatchesCentralDifferenceAwayFromKinks();
    void nanInputGivesNanValueAndDerivative_data();
    void nanInputGivesNanValueAndDerivative();
    void infiniteInputGivesLimitValues_data();
    void infiniteInputGivesLimitValues();
    void variantDispatchesToAlternative_data();
    void variantDispatchesToAlternative();
    void kinksListTheNonDifferentiablePoints_data();
    void kinksListTheNonDifferentiablePoints();
    void displayNameNamesEachAlternative_data();
    void displayNameNamesEachAlternative();
};

// ---------------------------------------------------------------------------------------------
// KinkConvention

void tst_Activations::pickTakesOneSidedValueByConvention_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("right");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("expected");

    QTest::newRow("relu kink, left") << 0.0 << 1.0 << KinkConvention::Left << 0.0;
    QTest::newRow("relu kink, right") << 0.0 << 1.0 << KinkConvention::Right << 1.0;
    QTest::newRow("relu kink, mean") << 0.0 << 1.0 << KinkConvention::Mean << 0.5;
    QTest::newRow("leaky 0.01 kink, mean") << 0.01 << 1.0 << KinkConvention::Mean << 0.505;
    QTest::newRow("negative left, mean") << -0.5 << 1.0 << KinkConvention::Mean << 0.25;
    QTest::newRow("abs kink, mean") << -1.0 << 1.0 << KinkConvention::Mean << 0.0;
    QTest::newRow("no kink, left") << 2.0 << 2.0 << KinkConvention::Left << 2.0;
    QTest::newRow("no kink, right") << 2.0 << 2.0 << KinkConvention::Right << 2.0;
    QTest::newRow("no kink, mean") << 2.0 << 2.0 << KinkConvention::Mean << 2.0;
    // pick() knows only the one-sided values: First is the rectifiers' left value there.
    QTest::newRow("relu kink, first") << 0.0 << 1.0 << KinkConvention::First << 0.0;
    QTest::newRow("leaky 0.01 kink, first") << 0.01 << 1.0 << KinkConvention::First << 0.01;
    QTest::newRow("no kink, first") << 2.0 << 2.0 << KinkConvention::First << 2.0;
    QTest::newRow("huge equal sides, mean stays finite")
        << std::numeric_limits<double>::max() << std::numeric_limits<double>::max()
        << KinkConvention::Mean << std::numeric_limits<double>::max();
}

void tst_Activations::pickTakesOneSidedValueByConvention()
{
    QFETCH(double, left);
    QFETCH(double, right);
    QFETCH(KinkConvention, convention);
    QFETCH(double, expected);

    const Subgradient s{left, right};
    QCOMPARE(exact(pick(s, convention)), exact(expected));
    QCOMPARE(s.isKink(), left != right);
}

void tst_Activations::conventionNameRoundTripsThroughParse_data()
{
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("left") << KinkConvention::Left << QByteArray("left");
    QTest::newRow("right") << KinkConvention::Right << QByteArray("right");
    QTest::newRow("mean") << KinkConvention::Mean << QByteArray("mean");
    QTest::newRow("first") << KinkConvention::First << QByteArray("first");
}

void tst_Activations::conventionNameRoundTripsThroughParse()
{
    QFETCH(KinkConvention, convention);
    QFETCH(QByteArray, name);

    const std::string_view actualName = conventionName(convention);
    QCOMPARE(QByteArray(actualName.data(), qsizetype(actualName.size())), name);
    const std::optional<KinkConvention> parsed = parseConvention(name.toStdString());
    QCOMPARE(parsed.has_value(), true);
    QCOMPARE(*parsed, convention);
}

void tst_Activations::parseConventionRejectsOtherSpellings_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("upper case") << QByteArray("LEFT");
    QTest::newRow("capitalised") << QByteArray("Right");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("leading space") << QByteArray(" left");
    QTest::newRow("trailing space") << QByteArray("mean ");
    QTest::newRow("other word") << QByteArray("average");
    QTest::newRow("first, capitalised") << QByteArray("First");
    QTest::newRow("first, abbreviated") << QByteArray("f");
}

void tst_Activations::parseConventionRejectsOtherSpellings()
{
    QFETCH(QByteArray, text);
    QCOMPARE(parseConvention(text.toStdString()).has_value(), false);
}

// ---------------------------------------------------------------------------------------------
// ReLU

void tst_Activations::reluValueIsMaxOfZeroAndZ_data()
{
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expected");

    const double tiny = std::numeric_limits<double>::denorm_min();
    const double huge = std::numeric_limits<double>::max();
    QTest::newRow("-inf") << -kInf << 0.0;
    QTest::newRow("-huge") << -huge << 0.0;
    QTest::newRow("-3") << -3.0 << 0.0;
    QTest::newRow("-denorm") << -tiny << 0.0;
    QTest::newRow("-0.0") << -0.0 << 0.0;
    QTest::newRow("+0.0") << 0.0 << 0.0;
    QTest::newRow("+denorm") << tiny << tiny;
    QTest::newRow("2.5") << 2.5 << 2.5;
    QTest::newRow("+huge") << huge << huge;
    QTest::newRow("+inf") << kInf << kInf;
}

void tst_Activations::reluValueIsMaxOfZeroAndZ()
{
    QFETCH(double, z);
    QFETCH(double, expected);

    const double actual = Relu{}.value(z);
    QCOMPARE(exact(actual), exact(expected));
    QCOMPARE(std::signbit(actual), false);  // never -0.0, in particular not for relu(-0.0)
    QCOMPARE(exact(value(Activation(Relu{}), z)), exact(expected));
}

void tst_Activations::reluGradFollowsConventionOnlyAtZero_data()
{
    QTest::addColumn<double>("z");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("expected");

    struct Row
    {
        const char *name;
        double z;
        double left, right, mean;  // first is PyTorch's relu: the left value everywhere
    };
    const Row rows[] = {
        {"-inf", -kInf, 0.0, 0.0, 0.0}, {"-3", -3.0, 0.0, 0.0, 0.0},
        {"-1e-300", -1e-300, 0, 0, 0},  {"0", 0.0, 0.0, 1.0, 0.5},
        {"-0.0", -0.0, 0.0, 1.0, 0.5},  {"1e-300", 1e-300, 1.0, 1.0, 1.0},
        {"3", 3.0, 1.0, 1.0, 1.0},      {"+inf", kInf, 1.0, 1.0, 1.0},
    };
    for (const Row &r : rows) {
        QTest::addRow("relu'(%s) left", r.name) << r.z << KinkConvention::Left << r.left;
        QTest::addRow("relu'(%s) right", r.name) << r.z << KinkConvention::Right << r.right;
        QTest::addRow("relu'(%s) mean", r.name) << r.z << KinkConvention::Mean << r.mean;
        QTest::addRow("relu'(%s) first", r.name) << r.z << KinkConvention::First << r.left;
    }
}

void tst_Activations::reluGradFollowsConventionOnlyAtZero()
{
    QFETCH(double, z);
    QFETCH(KinkConvention, convention);
    QFETCH(double, expected);

    QCOMPARE(exact(Relu{}.derivative(z, convention)), exact(expected));
    QCOMPARE(exact(derivative(Activation(Relu{}), z, convention)), exact(expected));
}

void tst_Activations::reluSubgradientAtZeroIsZeroToOne()
{
    const Relu relu;
    const Subgradient s = relu.subgradient(0.0);
    QCOMPARE(exact(s.left), exact(0.0));
    QCOMPARE(exact(s.right), exact(1.0));
    QCOMPARE(s.isKink(), true);
    QCOMPARE(relu.subgradient(2.0).isKink(), false);
    QCOMPARE(relu.subgradient(-2.0).isKink(), false);
    // The default convention is Left (what PyTorch and TensorFlow compute).
    QCOMPARE(exact(relu.derivative(0.0)), exact(0.0));
}

// ---------------------------------------------------------------------------------------------
// Leaky ReLU

void tst_Activations::leakyValueUsesAlphaBelowZero_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expected");

    QTest::newRow("0.01 at -2") << 0.01 << -2.0 << -0.02;
    QTest::newRow("0.01 at 3") << 0.01 << 3.0 << 3.0;
    QTest::newRow("0.01 at 0") << 0.01 << 0.0 << 0.0;
    QTest::newRow("0.01 at -0.0") << 0.01 << -0.0 << 0.0;
    QTest::newRow("0.01 at -inf") << 0.01 << -kInf << -kInf;
    QTest::newRow("0.01 at +inf") << 0.01 << kInf << kInf;
    QTest::newRow("0.25 at -4") << 0.25 << -4.0 << -1.0;
    QTest::newRow("0.2 at -5") << 0.2 << -5.0 << -1.0;
    QTest::newRow("0 at -5 (no -0.0)") << 0.0 << -5.0 << 0.0;
    QTest::newRow("0 at -inf (not NaN)") << 0.0 << -kInf << 0.0;
    QTest::newRow("0 at 7") << 0.0 << 7.0 << 7.0;
    QTest::newRow("-0.0 at -5 (no -0.0)") << -0.0 << -5.0 << 0.0;
    QTest::newRow("-0.5 at -2") << -0.5 << -2.0 << 1.0;
    QTest::newRow("-0.5 at -inf") << -0.5 << -kInf << kInf;
    QTest::newRow("-0.5 at 4") << -0.5 << 4.0 << 4.0;
    QTest::newRow("-1 at -3") << -1.0 << -3.0 << 3.0;
    QTest::newRow("1 at -2") << 1.0 << -2.0 << -2.0;
    QTest::newRow("1 at -inf") << 1.0 << -kInf << -kInf;
}

void tst_Activations::leakyValueUsesAlphaBelowZero()
{
    QFETCH(double, alpha);
    QFETCH(double, z);
    QFETCH(double, expected);

    const LeakyRelu leaky(alpha);
    const double actual = leaky.value(z);
    QCOMPARE(exact(actual), exact(expected));
    QCOMPARE(std::signbit(actual), std::signbit(expected));  // no -0.0 where 0 is expected
    QCOMPARE(exact(value(Activation(leaky), z)), exact(expected));
}

void tst_Activations::leakyGradAtZeroFollowsConvention_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("isKink");

    const double alphas[] = {0.01, 0.2, 0.0, -0.5, -1.0};
    for (double a : alphas) {
        QTest::addRow("alpha %g left", a) << a << KinkConvention::Left << a << true;
        QTest::addRow("alpha %g right", a) << a << KinkConvention::Right << 1.0 << true;
        QTest::addRow("alpha %g mean", a) << a << KinkConvention::Mean << (a + 1.0) / 2.0 << true;
        // PyTorch's leaky_relu'(0) = negative_slope.
        QTest::addRow("alpha %g first", a) << a << KinkConvention::First << a << true;
    }
    // alpha = 1 is the identity: both sides 1, no kink.
    for (KinkConvention c : kConventions)
        QTest::addRow("alpha 1 %s", conventionTag(c)) << 1.0 << c << 1.0 << false;
}

void tst_Activations::leakyGradAtZeroFollowsConvention()
{
    QFETCH(double, alpha);
    QFETCH(KinkConvention, convention);
    QFETCH(double, expected);
    QFETCH(bool, isKink);

    const LeakyRelu leaky(alpha);
    QCOMPARE(exact(leaky.derivative(0.0, convention)), exact(expected));
    QCOMPARE(exact(leaky.derivative(-0.0, convention)), exact(expected));
    QCOMPARE(exact(derivative(Activation(leaky), 0.0, convention)), exact(expected));

    const Subgradient s = leaky.subgradient(0.0);
    QCOMPARE(exact(s.left), exact(alpha));
    QCOMPARE(exact(s.right), exact(1.0));
    QCOMPARE(s.isKink(), isKink);
    QCOMPARE(leaky.kinks(), isKink ? std::vector<double>{0.0} : std::vector<double>{});
}

void tst_Activations::leakyGradAwayFromZeroIgnoresConvention_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expected");

    const double alphas[] = {0.01, 0.2, 0.0, -0.5, 1.0};
    for (double a : alphas) {
        QTest::addRow("alpha %g at -inf", a) << a << -kInf << a;
        QTest::addRow("alpha %g at -2", a) << a << -2.0 << a;
        QTest::addRow("alpha %g at -1e-300", a) << a << -1e-300 << a;
        QTest::addRow("alpha %g at 1e-300", a) << a << 1e-300 << 1.0;
        QTest::addRow("alpha %g at 3", a) << a << 3.0 << 1.0;
        QTest::addRow("alpha %g at +inf", a) << a << kInf << 1.0;
    }
}

void tst_Activations::leakyGradAwayFromZeroIgnoresConvention()
{
    QFETCH(double, alpha);
    QFETCH(double, z);
    QFETCH(double, expected);

    const LeakyRelu leaky(alpha);
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(leaky.derivative(z, c)), exact(expected));
    }
    QCOMPARE(leaky.subgradient(z).isKink(), false);
}

void tst_Activations::leakyRejectsAlphaOutsideMinusOneToOne_data()
{
    QTest::addColumn<double>("alpha");

    QTest::newRow("1.5") << 1.5;
    QTest::newRow("-2") << -2.0;
    QTest::newRow("just above 1") << std::nextafter(1.0, 2.0);
    QTest::newRow("just below -1") << std::nextafter(-1.0, -2.0);
    QTest::newRow("NaN") << kNaN;
    QTest::newRow("+inf") << kInf;
    QTest::newRow("-inf") << -kInf;
}

void tst_Activations::leakyRejectsAlphaOutsideMinusOneToOne()
{
    QFETCH(double, alpha);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LeakyRelu{alpha});
}

void tst_Activations::leakyAcceptsAlphaInMinusOneToOne_data()
{
    QTest::addColumn<double>("alpha");

    QTest::newRow("-1") << -1.0;
    QTest::newRow("0") << 0.0;
    QTest::newRow("default 0.01") << LeakyRelu::kDefaultAlpha;
    QTest::newRow("1") << 1.0;
}

void tst_Activations::leakyAcceptsAlphaInMinusOneToOne()
{
    QFETCH(double, alpha);
    QCOMPARE(exact(LeakyRelu(alpha).alpha()), exact(alpha));
    QCOMPARE(exact(LeakyRelu().alpha()), exact(0.01));
}

// ---------------------------------------------------------------------------------------------
// Smooth activations

void tst_Activations::smoothValuesAndDerivativesMatchReference_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expectedValue");
    QTest::addColumn<double>("expectedDerivative");
    QTest::addColumn<double>("rel");  // 0 where the result is exact, else a few ulp of libm

    const double r = 1e-14;
    // Exact anchor points.
    QTest::newRow("softplus'(0) = 1/2")
        << QByteArray("softplus") << 0.0 << std::log(2.0) << 0.5 << r;
    QTest::newRow("elu(0) = 0") << QByteArray("elu") << 0.0 << 0.0 << 1.0 << 0.0;
    QTest::newRow("elu(2.5) = 2.5") << QByteArray("elu") << 2.5 << 2.5 << 1.0 << 0.0;
    QTest::newRow("elu(40) = 40") << QByteArray("elu") << 40.0 << 40.0 << 1.0 << 0.0;
    QTest::newRow("elu(-40) = -1")
        << QByteArray("elu") << -40.0 << -1.0 << 4.2483542552915890e-18 << r;
    QTest::newRow("gelu(0) = 0") << QByteArray("gelu") << 0.0 << 0.0 << 0.5 << 0.0;
    QTest::newRow("silu(0) = 0") << QByteArray("silu") << 0.0 << 0.0 << 0.5 << 0.0;
    QTest::newRow("gelu(40) = 40") << QByteArray("gelu") << 40.0 << 40.0 << 1.0 << 0.0;
    QTest::newRow("gelu(-40) underflows to 0") << QByteArray("gelu") << -40.0 << 0.0 << 0.0 << 0.0;

    // Reference values from 40-digit arithmetic (mpmath).
    QTest::newRow("softplus(1)") << QByteArray("softplus") << 1.0 << 1.313261687518222834
                                 << 0.73105857863000487925 << r;
    QTest::newRow("softplus(-1)") << QByteArray("softplus") << -1.0 << 0.31326168751822283405
                                  << 0.26894142136999512075 << r;
    QTest::newRow("softplus(-40) is tiny, not 0")
        << QByteArray("softplus") << -40.0 << 4.2483542552915889863e-18 << 4.2483542552915889773e-18
        << r;
    QTest::newRow("softplus(40)") << QByteArray("softplus") << 40.0 << 40.0 << 1.0 << r;
    QTest::newRow("softplus(1000) does not overflow")
        << QByteArray("softplus") << 1000.0 << 1000.0 << 1.0 << 0.0;
    QTest::newRow("softplus beta 2 (400) does not overflow")
        << QByteArray("softplus2") << 400.0 << 400.0 << 1.0 << 0.0;
    QTest::newRow("softplus beta 2 (1)")
        << QByteArray("softplus2") << 1.0 << 1.0634640055214862482 << 0.88079707797788244406 << r;
    QTest::newRow("softplus beta 2 (-3)")
        << QByteArray("softplus2") << -3.0 << 0.0012378425688652247654 << 0.0024726231566347743341
        << r;
    QTest::newRow("elu(-1)") << QByteArray("elu") << -1.0 << -0.6321205588285576784
                             << 0.3678794411714423216 << r;
    // beta z overflows to +inf although log(1 + exp(beta z)) / beta is about z.
    QTest::newRow("softplus beta 1e308 (2) stays finite")
        << QByteArray("softplus1e308") << 2.0 << 2.0 << 1.0 << 1e-15;
    QTest::newRow("elu(-1e-10) keeps its digits")
        << QByteArray("elu") << -1e-10 << -9.99999999950000000001666666667e-11
        << 0.999999999900000000005 << r;
    QTest::newRow("elu(-3)") << QByteArray("elu") << -3.0 << -0.95021293163213605702
                             << 0.049787068367863942979 << r;
    QTest::newRow("gelu(1)") << QByteArray("gelu") << 1.0 << 0.84134474606854294859
                             << 1.0833154705876862984 << r;
    QTest::newRow("gelu(-1)") << QByteArray("gelu") << -1.0 << -0.15865525393145705141
                              << -0.083315470587686298383 << r;
    QTest::newRow("gelu(2.5)") << QByteArray("gelu") << 2.5 << 2.4844758366855596621
                               << 1.0376110859081452082 << r;
    QTest::newRow("gelu(-3)") << QByteArray("gelu") << -3.0 << -0.00404969409489028358
                              << -0.011945647204183927 << r;
    QTest::newRow("silu(1)") << QByteArray("silu") << 1.0 << 0.73105857863000487925
                             << 0.92767051187148673179 << r;
    QTest::newRow("silu(-1)") << QByteArray("silu") << -1.0 << -0.26894142136999512075
                              << 0.072329488128513268211 << r;
    QTest::newRow("silu(-3)") << QByteArray("silu") << -3.0 << -0.14227761953270034264
                              << -0.088104106015169617069 << r;
    QTest::newRow("silu(-40) is tiny, not 0")
        << QByteArray("silu") << -40.0 << -1.6993417021166355909e-16 << -1.6568581595637196939e-16
        << r;
    QTest::newRow("silu(40)") << QByteArray("silu") << 40.0 << 39.99999999999999983
                              << 1.0000000000000001657 << r;
    // The saturating pair: exact at 0, where the derivatives peak (sigma' <= 1/4, tanh' <= 1).
    QTest::newRow("sigmoid(0) = 1/2, sigmoid'(0) = 1/4")
        << QByteArray("sigmoid") << 0.0 << 0.5 << 0.25 << 0.0;
    QTest::newRow("tanh(0) = 0, tanh'(0) = 1") << QByteArray("tanh") << 0.0 << 0.0 << 1.0 << 0.0;
    QTest::newRow("sigmoid(1)") << QByteArray("sigmoid") << 1.0 << 0.7310585786300048792512
                                << 0.1966119332414818525374 << r;
    QTest::newRow("sigmoid(-1)") << QByteArray("sigmoid") << -1.0 << 0.2689414213699951207488
                                 << 0.1966119332414818525374 << r;
    QTest::newRow("sigmoid(-3)") << QByteArray("sigmoid") << -3.0 << 0.04742587317756678087885
                                 << 0.04517665973091213264936 << r;
    QTest::newRow("sigmoid(2.5)") << QByteArray("sigmoid") << 2.5 << 0.9241418199787564488067
                                  << 0.07010371654510815693233 << 1e-13;
    QTest::newRow("tanh(1)") << QByteArray("tanh") << 1.0 << 0.7615941559557648881195
                             << 0.4199743416140260693945 << r;
    QTest::newRow("tanh(-1)") << QByteArray("tanh") << -1.0 << -0.7615941559557648881195
                              << 0.4199743416140260693945 << r;
    // 1 - tanh^2 cancels digits as tanh nears 1: a looser tolerance there.
    QTest::newRow("tanh(-3)") << QByteArray("tanh") << -3.0 << -0.9950547536867304513319
                              << 0.009866037165440191273156 << 1e-13;
    QTest::newRow("tanh(2.5)") << QByteArray("tanh") << 2.5 << 0.9866142981514302888813
                               << 0.02659222668316061965599 << 1e-13;
}

void tst_Activations::smoothValuesAndDerivativesMatchReference()
{
    QFETCH(QByteArray, key);
    QFETCH(double, z);
    QFETCH(double, expectedValue);
    QFETCH(double, expectedDerivative);
    QFETCH(double, rel);

    const Activation a = activationNamed(key);
    QCOMPARE(exact(value(a, z)), near(expectedValue, rel));
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(derivative(a, z, c)), near(expectedDerivative, rel));
    }
    QCOMPARE(subgradient(a, z).isKink(), false);
}

void tst_Activations::softplusRejectsNonPositiveBeta_data()
{
    QTest::addColumn<double>("beta");

    QTest::newRow("0") << 0.0;
    QTest::newRow("-0.0") << -0.0;
    QTest::newRow("-1") << -1.0;
    QTest::newRow("NaN") << kNaN;
    QTest::newRow("+inf") << kInf;
}

void tst_Activations::softplusRejectsNonPositiveBeta()
{
    QFETCH(double, beta);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Softplus{beta});
    QCOMPARE(exact(Softplus(0.5).beta()), exact(0.5));
}

// ---------------------------------------------------------------------------------------------
// All alternatives through the variant

void tst_Activations::derivativeMatchesCentralDifferenceAwayFromKinks_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<double>("z");

    // None of these is a kink: relu/leaky kink at 0, the maxout at 0.25 and about 1.142857.
    const double points[] = {-3.7, -1.3, -0.4, 0.1, 0.6, 0.9, 2.2, 5.5};
    for (const QByteArray &key : kAllKeys) {
        for (double z : points)
            QTest::addRow("%s at %g", key.constData(), z) << key << z;
    }
}

void tst_Activations::derivativeMatchesCentralDifferenceAwayFromKinks()
{
    QFETCH(QByteArray, key);
    QFETCH(double, z);

    const Activation a = activationNamed(key);
    const double h = 1e-6;
    const double central = (value(a, z + h) - value(a, z - h)) / (2.0 * h);
    for (KinkConvention c : kConventions) {
        const double d = derivative(a, z, c);
        QCOMPARE(exact(central), near(d, 1e-6, 1e-6));
    }
}

void tst_Activations::nanInputGivesNanValueAndDerivative_data()
{
    QTest::addColumn<QByteArray>("key");
    for (const QByteArray &key : kAllKeys)
        QTest::newRow(key.constData()) << key;
    QTest::newRow("leaky0.01") << QByteArray("leaky0.01");
    QTest::newRow("leaky1") << QByteArray("leaky1");
}

void tst_Activations::nanInputGivesNanValueAndDerivative()
{
    QFETCH(QByteArray, key);

    const Activation a = activationNamed(key);
    QCOMPARE(std::isnan(value(a, kNaN)), true);
    const Subgradient s = subgradient(a, kNaN);
    QCOMPARE(std::isnan(s.left), true);
    QCOMPARE(std::isnan(s.right), true);
    QCOMPARE(s.isKink(), false);  // NaN is not a kink: the readout says "f' = NaN"
    for (KinkConvention c : kConventions) {
        QCOMPARE(std::isnan(derivative(a, kNaN, c)), true);
    }
}

void tst_Activations::infiniteInputGivesLimitValues_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("expectedValue");
    QTest::addColumn<double>("expectedDerivative");

    QTest::newRow("relu(+inf)") << QByteArray("relu") << kInf << kInf << 1.0;
    QTest::newRow("relu(-inf)") << QByteArray("relu") << -kInf << 0.0 << 0.0;
    QTest::newRow("leaky 0.01 (+inf)") << QByteArray("leaky0.01") << kInf << kInf << 1.0;
    QTest::newRow("leaky 0.01 (-inf)") << QByteArray("leaky0.01") << -kInf << -kInf << 0.01;
    QTest::newRow("leaky 0.2 (-inf)") << QByteArray("leaky0.2") << -kInf << -kInf << 0.2;
    QTest::newRow("leaky 1 (-inf)") << QByteArray("leaky1") << -kInf << -kInf << 1.0;
    // The maxout's outer pieces are 2.1 z - 1.9 (right) and -1.3 z + 0.2 (left).
    QTest::newRow("maxout(+inf)") << QByteArray("maxout") << kInf << kInf << 2.1;
    QTest::newRow("maxout(-inf)") << QByteArray("maxout") << -kInf << kInf << -1.3;
    QTest::newRow("softplus(+inf)") << QByteArray("softplus") << kInf << kInf << 1.0;
    QTest::newRow("softplus(-inf)") << QByteArray("softplus") << -kInf << 0.0 << 0.0;
    QTest::newRow("softplus beta 2 (+inf)") << QByteArray("softplus2") << kInf << kInf << 1.0;
    QTest::newRow("softplus beta 2 (-inf)") << QByteArray("softplus2") << -kInf << 0.0 << 0.0;
    QTest::newRow("elu(+inf)") << QByteArray("elu") << kInf << kInf << 1.0;
    QTest::newRow("elu(-inf)") << QByteArray("elu") << -kInf << -1.0 << 0.0;
    QTest::newRow("gelu(+inf)") << QByteArray("gelu") << kInf << kInf << 1.0;
    QTest::newRow("gelu(-inf)") << QByteArray("gelu") << -kInf << 0.0 << 0.0;
    QTest::newRow("silu(+inf)") << QByteArray("silu") << kInf << kInf << 1.0;
    QTest::newRow("silu(-inf)") << QByteArray("silu") << -kInf << 0.0 << 0.0;
    QTest::newRow("sigmoid(+inf)") << QByteArray("sigmoid") << kInf << 1.0 << 0.0;
    QTest::newRow("sigmoid(-inf)") << QByteArray("sigmoid") << -kInf << 0.0 << 0.0;
    QTest::newRow("tanh(+inf)") << QByteArray("tanh") << kInf << 1.0 << 0.0;
    QTest::newRow("tanh(-inf)") << QByteArray("tanh") << -kInf << -1.0 << 0.0;
}

void tst_Activations::infiniteInputGivesLimitValues()
{
    QFETCH(QByteArray, key);
    QFETCH(double, z);
    QFETCH(double, expectedValue);
    QFETCH(double, expectedDerivative);

    const Activation a = activationNamed(key);
    QCOMPARE(exact(value(a, z)), exact(expectedValue));
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(derivative(a, z, c)), exact(expectedDerivative));
    }
}

void tst_Activations::variantDispatchesToAlternative_data()
{
    QTest::addColumn<double>("z");

    QTest::newRow("-2.5") << -2.5;
    QTest::newRow("0") << 0.0;
    QTest::newRow("0.25 (maxout breakpoint)") << 0.25;
    QTest::newRow("1.75") << 1.75;
}

void tst_Activations::variantDispatchesToAlternative()
{
    QFETCH(double, z);

    // Each alternative's own member functions against the free functions on the variant.
    const Relu relu;
    const LeakyRelu leaky(0.2);
    const Maxout maxout = threePieceMaxout();
    const Softplus softplus(2.0);
    const Elu elu;
    const Gelu gelu;
    const Silu silu;
    const Sigmoid sigmoid;
    const Tanh tanhUnit;
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(derivative(Activation(relu), z, c)), exact(relu.derivative(z, c)));
        QCOMPARE(exact(derivative(Activation(leaky), z, c)), exact(leaky.derivative(z, c)));
        QCOMPARE(exact(derivative(Activation(maxout), z, c)), exact(maxout.derivative(z, c)));
        QCOMPARE(exact(derivative(Activation(softplus), z, c)),
                 exact(softplus.subgradient(z).left));
        QCOMPARE(exact(derivative(Activation(elu), z, c)), exact(elu.subgradient(z).left));
        QCOMPARE(exact(derivative(Activation(gelu), z, c)), exact(gelu.subgradient(z).left));
        QCOMPARE(exact(derivative(Activation(silu), z, c)), exact(silu.subgradient(z).left));
        QCOMPARE(exact(derivative(Activation(sigmoid), z, c)), exact(sigmoid.subgradient(z).left));
        QCOMPARE(exact(derivative(Activation(tanhUnit), z, c)),
                 exact(tanhUnit.subgradient(z).left));
    }
    QCOMPARE(exact(value(Activation(relu), z)), exact(relu.value(z)));
    QCOMPARE(exact(value(Activation(leaky), z)), exact(leaky.value(z)));
    QCOMPARE(exact(value(Activation(maxout), z)), exact(maxout.value(z)));
    QCOMPARE(exact(value(Activation(softplus), z)), exact(softplus.value(z)));
    QCOMPARE(exact(value(Activation(elu), z)), exact(elu.value(z)));
    QCOMPARE(exact(value(Activation(gelu), z)), exact(gelu.value(z)));
    QCOMPARE(exact(value(Activation(silu), z)), exact(silu.value(z)));
    QCOMPARE(exact(value(Activation(sigmoid), z)), exact(sigmoid.value(z)));
    QCOMPARE(exact(value(Activation(tanhUnit), z)), exact(tanhUnit.value(z)));
}

void tst_Activations::kinksListTheNonDifferentiablePoints_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<std::vector<double>>("expected");

    QTest::newRow("relu") << QByteArray("relu") << std::vector<double>{0.0};
    QTest::newRow("leaky 0.2") << QByteArray("leaky0.2") << std::vector<double>{0.0};
    QTest::newRow("leaky 1 (identity)") << QByteArray("leaky1") << std::vector<double>{};
    QTest::newRow("maxout") << QByteArray("maxout")
                            << std::vector<double>{(0.2 - -0.3) / (0.7 - -1.3),
                                                   (-0.3 - -1.9) / (2.1 - 0.7)};
    QTest::newRow("softplus") << QByteArray("softplus") << std::vector<double>{};
    QTest::newRow("elu") << QByteArray("elu") << std::vector<double>{};
    QTest::newRow("gelu") << QByteArray("gelu") << std::vector<double>{};
    QTest::newRow("silu") << QByteArray("silu") << std::vector<double>{};
    QTest::newRow("sigmoid") << QByteArray("sigmoid") << std::vector<double>{};
    QTest::newRow("tanh") << QByteArray("tanh") << std::vector<double>{};
}

void tst_Activations::kinksListTheNonDifferentiablePoints()
{
    QFETCH(QByteArray, key);
    QFETCH(std::vector<double>, expected);

    const Activation a = activationNamed(key);
    QCOMPARE(kinks(a), expected);  // std::vector == compares exactly
    for (double k : expected)
        QCOMPARE(subgradient(a, k).isKink(), true);
}

void tst_Activations::displayNameNamesEachAlternative_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("relu") << QByteArray("relu") << QByteArray("ReLU");
    QTest::newRow("leaky") << QByteArray("leaky0.2") << QByteArray("Leaky ReLU");
    QTest::newRow("maxout") << QByteArray("maxout") << QByteArray("Maxout");
    QTest::newRow("softplus") << QByteArray("softplus") << QByteArray("Softplus");
    QTest::newRow("elu") << QByteArray("elu") << QByteArray("ELU");
    QTest::newRow("gelu") << QByteArray("gelu") << QByteArray("GELU");
    QTest::newRow("silu") << QByteArray("silu") << QByteArray("SiLU");
    QTest::newRow("sigmoid") << QByteArray("sigmoid") << QByteArray("Sigmoid");
    QTest::newRow("tanh") << QByteArray("tanh") << QByteArray("Tanh");
}

void tst_Activations::displayNameNamesEachAlternative()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(displayName(activationNamed(key))), expected);
}

RELULAB_TEST_APPLESS_MAIN(tst_Activations)
#include "tst_activations.moc"
