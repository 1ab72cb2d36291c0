// Tests the seeded toy data sets, the train/test split and the CSV import/export in core/Dataset.
#include <QtTest>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/Dataset.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

Q_DECLARE_METATYPE(DatasetName)

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

// The first index where the two vectors differ in their bits (or in length), -1 if none:
// "same data" means bit-identical, and a failure shows where the data starts to drift.
qsizetype firstDifference(const std::vector<double> &a, const std::vector<double> &b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (std::bit_cast<std::uint64_t>(a[i]) != std::bit_cast<std::uint64_t>(b[i]))
            return static_cast<qsizetype>(i);
    }
    return a.size() == b.size() ? -1 : static_cast<qsizetype>(n);
}

// Every example as (inputs..., target), sorted: the data as a multiset of rows.
std::vector<std::vector<double>> sortedRows(const Dataset &data)
{
    std::vector<std::vector<double>> rows;
    for (size_t i = 0; i < data.size(); ++i) {
        const auto input = data.input(i);
        std::vector<double> row(input.begin(), input.end());
        row.push_back(data.targets[i]);
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<DatasetName> classificationSets()
{
    return {DatasetName::Circle,     DatasetName::Xor,     DatasetName::Gauss,
            DatasetName::Spiral,     DatasetName::Moons,   DatasetName::AboveSine,
            DatasetName::AboveCubic, DatasetName::AboveAbs};
}

std::vector<DatasetName> regressionSets()
{
    return {DatasetName::Abs, DatasetName::Sine, DatasetName::Step};
}

const char *keyName(DatasetName name)
{
    switch (name) {
        case DatasetName::Circle:
            return "circle";
        case DatasetName::Xor:
            return "xor";
        case DatasetName::Gauss:
            return "gauss";
        case DatasetName::Spiral:
            return "spiral";
        case DatasetName::Moons:
            return "moons";
        case DatasetName::AboveSine:
            return "above-sine";
        case DatasetName::AboveCubic:
            return "above-cubic";
        case DatasetName::AboveAbs:
            return "above-abs";
        case DatasetName::Abs:
            return "abs";
        case DatasetName::Sine:
            return "sine";
        case DatasetName::Step:
            return "step";
    }
    return "?";
}

void addRowPerSet(const std::vector<DatasetName> &names)
{
    QTest::addColumn<DatasetName>("name");
    for (DatasetName name : names)
        QTest::newRow(keyName(name)) << name;
}

// The label a clean point of each set must carry, written from the set's definition; nullopt
// when the point lies on no curve of the set (spiral, moons) and so breaks the definition.
std::optional<bool> labelByRule(DatasetName name, double x1, double x2)
{
    const double pi = std::numbers::pi;
    switch (name) {
        case DatasetName::Circle:
            return x1 * x1 + x2 * x2 < 0.5 * 0.5;
        case DatasetName::Xor:
            return x1 * x2 > 0.0;
        case DatasetName::Gauss:
            return x1 + x2 > 0.0;
        case DatasetName::AboveSine:
            return x2 > 0.5 * std::sin(pi * x1);
        case DatasetName::AboveCubic:
            return x2 > 2.0 * x1 * x1 * x1 - x1;
        case DatasetName::AboveAbs:
            return x2 > std::abs(x1) - 0.5;
        case DatasetName::Spiral: {
            // Arm 1 is r (cos 3.5 pi r, sin 3.5 pi r) for r in [0, 1); arm 0 is its mirror
            // through the origin.
            const double r = std::hypot(x1, x2);
            const double a1 = r * std::cos(3.5 * pi * r);
            const double a2 = r * std::sin(3.5 * pi * r);
            if (std::hypot(x1 - a1, x2 - a2) < 1e-9) return true;
            if (std::hypot(x1 + a1, x2 + a2) < 1e-9) return false;
            return std::nullopt;
        }
        case DatasetName::Moons: {
            // Upper half circle of radius 2/3 around (-1/3, -1/6), lower one around (1/3, 1/6).
            const double radius = 2.0 / 3.0;
            if (std::abs(std::hypot(x1 + 1.0 / 3.0, x2 + 1.0 / 6.0) - radius) < 1e-12 &&
                x2 >= -1.0 / 6.0 - 1e-12)
                return true;
            if (std::abs(std::hypot(x1 - 1.0 / 3.0, x2 - 1.0 / 6.0) - radius) < 1e-12 &&
                x2 <= 1.0 / 6.0 + 1e-12)
                return false;
            return std::nullopt;
        }
        default:
            return std::nullopt;
    }
}

double mean(const std::vector<double> &v)
{
    double sum = 0.0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

double standardDeviation(const std::vector<double> &v)
{
    const double m = mean(v);
    double sum = 0.0;
    for (double x : v)
        sum += (x - m) * (x - m);
    return std::sqrt(sum / static_cast<double>(v.size() - 1));
}

const QByteArray kClassificationCsv =
    "x1,x2,label\n"
    "0.5,-0.25,1\n"
    "-1e-3, 2 ,0\n"
    "+0.75,0.125,1.0\n"
    "0,0,-0\n";

}  // namespace

class tst_Dataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameArgumentsGiveBitIdenticalData_data();
    void sameArgumentsGiveBitIdenticalData();
    void anotherSeedGivesOtherData_data();
    void anotherSeedGivesOtherData();
    void dataHasRequestedSizeAndShape_data();
    void dataHasRequestedSizeAndShape();
    void labelsAreZeroOrOneAndBalanced_data();
    void labelsAreZeroOrOneAndBalanced();
    void cleanClassificationFollowsItsOwnRule_data();
    void cleanClassificationFollowsItsOwnRule();
    void cleanClassificationStaysInsideTheSquare_data();
    void cleanClassificationStaysInsideTheSquare();
    void cleanRegressionTargetsEqualTheFunction_data();
    void cleanRegressionTargetsEqualTheFunction();
    void noiseIsGaussianJitterOfTheRequestedSize_data();
    void noiseIsGaussianJitterOfTheRequestedSize();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void unknownKeyGivesNothing_data();
    void unknownKeyGivesNothing();
    void allDatasetsListsEachOnceInHeaderOrder();
    void taskOfSeparatesClassificationFromRegression_data();
    void taskOfSeparatesClassificationFromRegression();
    void invalidSamplesOrNoiseThrow_data();
    void invalidSamplesOrNoiseThrow();

    void splitHasRoundedTestShareAndNeverAnEmptyPart_data();
    void splitHasRoundedTestShareAndNeverAnEmptyPart();
    void splitPartsTogetherAreTheDataAsAMultiset_data();
    void splitPartsTogetherAreTheDataAsAMultiset();
    void splitIsDeterministicAndDependsOnTheSeed();
    void splitPicksEachExampleForTestEquallyOften();
    void splitRejectsBadFractionOrTooFewExamples_data();
    void splitRejectsBadFractionOrTooFewExamples();

    void csvReadsClassificationRows();
    void csvReadsRegressionRows();
    void csvAcceptsCrlfAndSkipsEmptyLines();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void csvFormatRoundTripsExactly_data();
    void csvFormatRoundTripsExactly();
    void csvFormatWritesHeaderAndShortestExactNumbers();
};

// ---------------------------------------------------------------------------------------------
// makeDataset

void tst_Dataset::sameArgumentsGiveBitIdenticalData_data()
{
    addRowPerSet(allDatasets());
}

void tst_Dataset::sameArgumentsGiveBitIdenticalData()
{
    QFETCH(DatasetName, name);
    const Dataset a = makeDataset(name, 300, 0.15, 42);
    const Dataset b = makeDataset(name, 300, 0.15, 42);
    QCOMPARE(firstDifference(a.inputs, b.inputs), qsizetype(-1));
    QCOMPARE(firstDifference(a.targets, b.targets), qsizetype(-1));
}

void tst_Dataset::anotherSeedGivesOtherData_data()
{
    addRowPerSet(allDatasets());
}

void tst_Dataset::anotherSeedGivesOtherData()
{
    QFETCH(DatasetName, name);
    const Dataset a = makeDataset(name, 50, 0.0, 1);
    const Dataset b = makeDataset(name, 50, 0.0, 2);
    QCOMPARE(firstDifference(a.inputs, b.inputs), qsizetype(0));
}

void tst_Dataset::dataHasRequestedSizeAndShape_data()
{
    QTest::addColumn<DatasetName>("name");
    QTest::addColumn<int>("samples");
    for (DatasetName name : allDatasets()) {
        for (int samples : {4, 7, 250}) {
            QTest::addRow("%s, %d", keyName(name), samples) << name << samples;
        }
    }
}

void tst_Dataset::dataHasRequestedSizeAndShape()
{
    QFETCH(DatasetName, name);
    QFETCH(int, samples);

    const Dataset data = makeDataset(name, samples, 0.1, 7);
    const bool classification = taskOf(name) == TaskKind::Classification;
    QCOMPARE(data.task, taskOf(name));
    QCOMPARE(data.inputDim, classification ? 2 : 1);
    QCOMPARE(data.size(), size_t(samples));
    QCOMPARE(data.inputs.size(), size_t(samples) * size_t(data.inputDim));
    for (double v : data.inputs)
        QVERIFY(std::isfinite(v));
    for (double v : data.targets)
        QVERIFY(std::isfinite(v));
}

void tst_Dataset::labelsAreZeroOrOneAndBalanced_data()
{
    QTest::addColumn<DatasetName>("name");
    QTest::addColumn<std::uint64_t>("seed");
    for (DatasetName name : classificationSets()) {
        for (std::uint64_t seed : {0ULL, 1ULL, 12345ULL, 0xffffffffffffffffULL}) {
            QTest::addRow("%s, seed %llu", keyName(name), static_cast<unsigned long long>(seed))
                << name << seed;
        }
    }
}

void tst_Dataset::labelsAreZeroOrOneAndBalanced()
{
    QFETCH(DatasetName, name);
    QFETCH(std::uint64_t, seed);

    const Dataset data = makeDataset(name, 400, 0.2, seed);
    int ones = 0;
    for (double label : data.targets) {
        QVERIFY2(label == 0.0 || label == 1.0, QByteArray::number(label, 'g', 17));
        QCOMPARE(std::signbit(label), false);
        if (label == 1.0) ++ones;
    }
    const double share = ones / 400.0;
    QVERIFY2(share >= 0.35 && share <= 0.65, QByteArray::number(share));
}

void tst_Dataset::cleanClassificationFollowsItsOwnRule_data()
{
    QTest::addColumn<DatasetName>("name");
    QTest::addColumn<std::uint64_t>("seed");
    for (DatasetName name : classificationSets()) {
        for (std::uint64_t seed : {3ULL, 2024ULL}) {
            QTest::addRow("%s, seed %llu", keyName(name), static_cast<unsigned long long>(seed))
                << name << seed;
        }
    }
}

void tst_Dataset::cleanClassificationFollowsItsOwnRule()
{
    QFETCH(DatasetName, name);
    QFETCH(std::uint64_t, seed);

    const Dataset data = makeDataset(name, 1000, 0.0, seed);
    for (size_t i = 0; i < data.size(); ++i) {
        const double x1 = data.input(i)[0];
        const double x2 = data.input(i)[1];
        const std::optional<bool> expected = labelByRule(name, x1, x2);
        const QByteArray where = "example " + QByteArray::number(qulonglong(i)) + " at (" +
                                 QByteArray::number(x1, 'g', 17) + ", " +
                                 QByteArray::number(x2, 'g', 17) + ")";
        QVERIFY2(expected.has_value(), where + " lies on no curve of the set");
        QVERIFY2(data.targets[i] == (*expected ? 1.0 : 0.0), where + " has the wrong label");
    }
}

void tst_Dataset::cleanClassificationStaysInsideTheSquare_data()
{
    addRowPerSet(classificationSets());
}

void tst_Dataset::cleanClassificationStaysInsideTheSquare()
{
    QFETCH(DatasetName, name);
    const Dataset data = makeDataset(name, 1000, 0.0, 99);
    const auto [lo, hi] = std::minmax_element(data.inputs.begin(), data.inputs.end());
    QVERIFY2(*lo >= -1.0 && *hi <= 1.0, QByteArray::number(*lo) + " .. " + QByteArray::number(*hi));
    // ... and fills a good part of it, rather than a corner.
    QVERIFY2(*hi - *lo > 1.0, QByteArray::number(*lo) + " .. " + QByteArray::number(*hi));
}

void tst_Dataset::cleanRegressionTargetsEqualTheFunction_data()
{
    addRowPerSet(regressionSets());
}

void tst_Dataset::cleanRegressionTargetsEqualTheFunction()
{
    QFETCH(DatasetName, name);
    const Dataset data = makeDataset(name, 500, 0.0, 5);
    bool sawNegative = false;
    bool sawPositive = false;
    for (size_t i = 0; i < data.size(); ++i) {
        const double x = data.input(i)[0];
        QVERIFY(x >= -1.0 && x <= 1.0);
        sawNegative = sawNegative || x < -0.5;
        sawPositive = sawPositive || x > 0.5;
        const double y = data.targets[i];
        const QByteArray where = "x = " + QByteArray::number(x, 'g', 17);
        switch (name) {
            case DatasetName::Abs:
                QVERIFY2(y == std::abs(x), where);
                break;
            case DatasetName::Step:
                QVERIFY2(y == (x < 0.0 ? 0.0 : 1.0), where);
                break;
            case DatasetName::Sine:
                // The data set's own sine agrees with the C library's to rounding.
                QVERIFY2(std::abs(y - std::sin(std::numbers::pi * x)) <= 1e-15, where);
                break;
            default:
                QFAIL("not a regression set");
        }
    }
    QVERIFY(sawNegative && sawPositive);
}

void tst_Dataset::noiseIsGaussianJitterOfTheRequestedSize_data()
{
    addRowPerSet(allDatasets());
}

// With the same seed, the noisy set is the clean set plus jitter: classification moves the
// inputs and keeps the labels, regression keeps the inputs and moves the targets.
void tst_Dataset::noiseIsGaussianJitterOfTheRequestedSize()
{
    QFETCH(DatasetName, name);
    const double noise = 0.1;
    const Dataset clean = makeDataset(name, 4000, 0.0, 17);
    const Dataset noisy = makeDataset(name, 4000, noise, 17);

    std::vector<double> jitter;
    if (taskOf(name) == TaskKind::Classification) {
        QCOMPARE(firstDifference(noisy.targets, clean.targets), qsizetype(-1));
        for (size_t i = 0; i < clean.inputs.size(); ++i)
            jitter.push_back(noisy.inputs[i] - clean.inputs[i]);
    } else {
        QCOMPARE(firstDifference(noisy.inputs, clean.inputs), qsizetype(-1));
        for (size_t i = 0; i < clean.targets.size(); ++i)
            jitter.push_back(noisy.targets[i] - clean.targets[i]);
    }
    QVERIFY2(std::abs(mean(jitter)) < 0.01, QByteArray::number(mean(jitter)));
    const double sd = standardDeviation(jitter);
    QVERIFY2(std::abs(sd - noise) < 0.01, QByteArray::number(sd));
    // Gaussian, not uniform: about 4.6% beyond two standard deviations (uniform: none).
    const auto beyond = std::count_if(jitter.begin(), jitter.end(),
                                      [&](double d) { return std::abs(d) > 2.0 * noise; });
    const double share = double(beyond) / double(jitter.size());
    QVERIFY2(share > 0.035 && share < 0.058, QByteArray::number(share));
}

void tst_Dataset::keysRoundTrip_data()
{
    QTest::addColumn<DatasetName>("name");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("circle") << DatasetName::Circle << QByteArray("circle");
    QTest::newRow("xor") << DatasetName::Xor << QByteArray("xor");
    QTest::newRow("gauss") << DatasetName::Gauss << QByteArray("gauss");
    QTest::newRow("spiral") << DatasetName::Spiral << QByteArray("spiral");
    QTest::newRow("moons") << DatasetName::Moons << QByteArray("moons");
    QTest::newRow("above-sine") << DatasetName::AboveSine << QByteArray("above-sine");
    QTest::newRow("above-cubic") << DatasetName::AboveCubic << QByteArray("above-cubic");
    QTest::newRow("above-abs") << DatasetName::AboveAbs << QByteArray("above-abs");
    QTest::newRow("abs") << DatasetName::Abs << QByteArray("abs");
    QTest::newRow("sine") << DatasetName::Sine << QByteArray("sine");
    QTest::newRow("step") << DatasetName::Step << QByteArray("step");
}

void tst_Dataset::keysRoundTrip()
{
    QFETCH(DatasetName, name);
    QFETCH(QByteArray, key);

    QCOMPARE(bytes(datasetKey(name)), key);
    const std::optional<DatasetName> parsed = parseDatasetName(key.toStdString());
    QVERIFY(parsed.has_value());
    QCOMPARE(static_cast<int>(*parsed), static_cast<int>(name));
}

void tst_Dataset::unknownKeyGivesNothing_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("capitalised") << QByteArray("Circle");
    QTest::newRow("underscore") << QByteArray("above_sine");
    QTest::newRow("leading space") << QByteArray(" xor");
    QTest::newRow("prefix") << QByteArray("sin");
    QTest::newRow("other") << QByteArray("mnist");
}

void tst_Dataset::unknownKeyGivesNothing()
{
    QFETCH(QByteArray, key);
    QCOMPARE(parseDatasetName(key.toStdString()).has_value(), false);
}

void tst_Dataset::allDatasetsListsEachOnceInHeaderOrder()
{
    const std::vector<DatasetName> names = allDatasets();
    QCOMPARE(names.size(), size_t(11));
    for (size_t i = 0; i < names.size(); ++i)
        QCOMPARE(static_cast<int>(names[i]), int(i));
}

void tst_Dataset::taskOfSeparatesClassificationFromRegression_data()
{
    QTest::addColumn<DatasetName>("name");
    QTest::addColumn<bool>("classification");
    for (DatasetName name : classificationSets())
        QTest::newRow(keyName(name)) << name << true;
    for (DatasetName name : regressionSets())
        QTest::newRow(keyName(name)) << name << false;
}

void tst_Dataset::taskOfSeparatesClassificationFromRegression()
{
    QFETCH(DatasetName, name);
    QFETCH(bool, classification);
    QCOMPARE(taskOf(name) == TaskKind::Classification, classification);
}

void tst_Dataset::invalidSamplesOrNoiseThrow_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("noise");
    QTest::newRow("3 samples") << 3 << 0.1;
    QTest::newRow("0 samples") << 0 << 0.1;
    QTest::newRow("negative samples") << -5 << 0.1;
    QTest::newRow("negative noise") << 100 << -0.01;
    QTest::newRow("NaN noise") << 100 << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite noise") << 100 << std::numeric_limits<double>::infinity();
}

void tst_Dataset::invalidSamplesOrNoiseThrow()
{
    QFETCH(int, samples);
    QFETCH(double, noise);
    for (DatasetName name : allDatasets())
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeDataset(name, samples, noise, 1));
    // The smallest valid call passes.
    QCOMPARE(makeDataset(DatasetName::Circle, 4, 0.0, 1).size(), size_t(4));
}

// ---------------------------------------------------------------------------------------------
// splitTrainTest

void tst_Dataset::splitHasRoundedTestShareAndNeverAnEmptyPart_data()
{
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("testCount");
    QTest::newRow("100 at 0.2") << 100 << 0.2 << 20;
    QTest::newRow("250 at 0.3") << 250 << 0.3 << 75;
    QTest::newRow("10 at 0.25 rounds half up") << 10 << 0.25 << 3;
    QTest::newRow("4 at 0.01 keeps one test example") << 4 << 0.01 << 1;
    QTest::newRow("4 at 0.99 keeps one training example") << 4 << 0.99 << 3;
}

void tst_Dataset::splitHasRoundedTestShareAndNeverAnEmptyPart()
{
    QFETCH(int, samples);
    QFETCH(double, fraction);
    QFETCH(int, testCount);

    const DataSplit split =
        splitTrainTest(makeDataset(DatasetName::Xor, samples, 0.1, 3), fraction, 11);
    QCOMPARE(split.test.size(), size_t(testCount));
    QCOMPARE(split.train.size(), size_t(samples - testCount));
    QCOMPARE(split.test.inputs.size(), size_t(2 * testCount));
    QCOMPARE(split.train.inputs.size(), size_t(2 * (samples - testCount)));
}

void tst_Dataset::splitPartsTogetherAreTheDataAsAMultiset_data()
{
    addRowPerSet({DatasetName::Spiral, DatasetName::Sine});
}

void tst_Dataset::splitPartsTogetherAreTheDataAsAMultiset()
{
    QFETCH(DatasetName, name);
    Dataset data = makeDataset(name, 120, 0.2, 8);
    // A repeated row must stay repeated, not be merged or dropped.
    const std::vector<double> first(data.input(0).begin(), data.input(0).end());
    data.inputs.insert(data.inputs.end(), first.begin(), first.end());
    data.targets.push_back(data.targets[0]);

    const DataSplit split = splitTrainTest(data, 0.25, 4);
    QCOMPARE(split.train.task, data.task);
    QCOMPARE(split.test.task, data.task);
    QCOMPARE(split.train.inputDim, data.inputDim);
    QCOMPARE(split.test.inputDim, data.inputDim);

    std::vector<std::vector<double>> together = sortedRows(split.train);
    const std::vector<std::vector<double>> testRows = sortedRows(split.test);
    together.insert(together.end(), testRows.begin(), testRows.end());
    std::sort(together.begin(), together.end());
    QCOMPARE(together.size(), data.size());
    QVERIFY(together == sortedRows(data));

    // The split shuffles: the training part is not simply the first rows in order.
    const Dataset head = splitTrainTest(data, 0.25, 4).train;
    QVERIFY(firstDifference(head.targets,
                            std::vector<double>(data.targets.begin(),
                                                data.targets.begin() + long(head.size()))) != -1 ||
            firstDifference(head.inputs, std::vector<double>(data.inputs.begin(),
                                                             data.inputs.begin() +
                                                                 long(head.inputs.size()))) != -1);
}

void tst_Dataset::splitIsDeterministicAndDependsOnTheSeed()
{
    const Dataset data = makeDataset(DatasetName::Moons, 200, 0.1, 6);
    const DataSplit a = splitTrainTest(data, 0.2, 123);
    const DataSplit b = splitTrainTest(data, 0.2, 123);
    const DataSplit c = splitTrainTest(data, 0.2, 124);
    QCOMPARE(firstDifference(a.train.inputs, b.train.inputs), qsizetype(-1));
    QCOMPARE(firstDifference(a.train.targets, b.train.targets), qsizetype(-1));
    QCOMPARE(firstDifference(a.test.inputs, b.test.inputs), qsizetype(-1));
    QCOMPARE(firstDifference(a.test.targets, b.test.targets), qsizetype(-1));
    QVERIFY(firstDifference(a.test.inputs, c.test.inputs) != -1);
}

// A uniform shuffle puts each of 4 examples last (the test set of 1) a quarter of the time; a
// biased one (e.g. Sattolo's cycle, or "swap with any index") does not.
void tst_Dataset::splitPicksEachExampleForTestEquallyOften()
{
    Dataset data = makeDataset(DatasetName::Abs, 4, 0.0, 1);
    data.targets = {0.0, 1.0, 2.0, 3.0};
    std::array<int, 4> timesInTest{};
    const int seeds = 8000;
    for (int seed = 0; seed < seeds; ++seed) {
        const DataSplit split = splitTrainTest(data, 0.25, std::uint64_t(seed));
        QCOMPARE(split.test.size(), size_t(1));
        ++timesInTest[size_t(split.test.targets[0])];
    }
    for (int count : timesInTest) {
        // 2000 expected, standard deviation about 39.
        QVERIFY2(count > 1800 && count < 2200, QByteArray::number(count));
    }
}

void tst_Dataset::splitRejectsBadFractionOrTooFewExamples_data()
{
    QTest::addColumn<int>("examples");
    QTest::addColumn<double>("fraction");
    QTest::newRow("fraction 0") << 10 << 0.0;
    QTest::newRow("fraction 1") << 10 << 1.0;
    QTest::newRow("negative fraction") << 10 << -0.2;
    QTest::newRow("fraction above 1") << 10 << 1.5;
    QTest::newRow("NaN fraction") << 10 << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("one example") << 1 << 0.5;
    QTest::newRow("no example") << 0 << 0.5;
}

void tst_Dataset::splitRejectsBadFractionOrTooFewExamples()
{
    QFETCH(int, examples);
    QFETCH(double, fraction);

    Dataset data = makeDataset(DatasetName::Abs, 4, 0.0, 1);
    data.inputs.resize(size_t(examples));
    data.targets.resize(size_t(examples));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitTrainTest(data, fraction, 1));
    // Two examples are enough for a split with a valid fraction.
    data = makeDataset(DatasetName::Abs, 4, 0.0, 1);
    data.inputs.resize(2);
    data.targets.resize(2);
    const DataSplit split = splitTrainTest(data, 0.5, 1);
    QCOMPARE(split.train.size(), size_t(1));
    QCOMPARE(split.test.size(), size_t(1));
}

// ---------------------------------------------------------------------------------------------
// CSV

void tst_Dataset::csvReadsClassificationRows()
{
    const Parsed<Dataset> parsed = parseDatasetCsv(kClassificationCsv.toStdString());
    QCOMPARE(bytes(parsed.error), QByteArray());
    QVERIFY(parsed.value.has_value());
    const Dataset &data = *parsed.value;
    QCOMPARE(data.task, TaskKind::Classification);
    QCOMPARE(data.inputDim, 2);
    QCOMPARE(firstDifference(data.inputs, {0.5, -0.25, -1e-3, 2.0, 0.75, 0.125, 0.0, 0.0}),
             qsizetype(-1));
    // "1.0" is a label 1, and "-0" a plain 0.
    QCOMPARE(firstDifference(data.targets, {1.0, 0.0, 1.0, 0.0}), qsizetype(-1));
}

void tst_Dataset::csvReadsRegressionRows()
{
    const Parsed<Dataset> parsed =
        parseDatasetCsv("x,y\n-1,1\n-0.5,0.5\n0,0\n0.5,0.5\n1,1.25e-1\n");
    QCOMPARE(bytes(parsed.error), QByteArray());
    QVERIFY(parsed.value.has_value());
    const Dataset &data = *parsed.value;
    QCOMPARE(data.task, TaskKind::Regression);
    QCOMPARE(data.inputDim, 1);
    QCOMPARE(firstDifference(data.inputs, {-1.0, -0.5, 0.0, 0.5, 1.0}), qsizetype(-1));
    QCOMPARE(firstDifference(data.targets, {1.0, 0.5, 0.0, 0.5, 0.125}), qsizetype(-1));
}

void tst_Dataset::csvAcceptsCrlfAndSkipsEmptyLines()
{
    QByteArray crlf = kClassificationCsv;
    crlf.replace("\n", "\r\n");
    const QByteArray spaced = "\n" + QByteArray(kClassificationCsv).replace("\n", "\n\n  \n");

    const Parsed<Dataset> plain = parseDatasetCsv(kClassificationCsv.toStdString());
    for (const QByteArray &text : {crlf, spaced, kClassificationCsv.chopped(1)}) {
        const Parsed<Dataset> parsed = parseDatasetCsv(text.toStdString());
        QCOMPARE(bytes(parsed.error), QByteArray());
        QVERIFY(parsed.value.has_value());
        QCOMPARE(firstDifference(parsed.value->inputs, plain.value->inputs), qsizetype(-1));
        QCOMPARE(firstDifference(parsed.value->targets, plain.value->targets), qsizetype(-1));
    }
}

void tst_Dataset::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("error");

    QTest::newRow("short row")
        << QByteArray("x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n0.5,0.5,1\n0.5\n0.25,0.5\n")
        << QByteArray("line 7: expected 3 numbers, got 1");
    QTest::newRow("regression row among classification rows")
        << QByteArray("x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n1,0,1\n0.5,0.5,1\n0.25,0.5\n")
        << QByteArray("line 7: expected 3 numbers, got 2");
    QTest::newRow("classification row among regression rows")
        << QByteArray("x,y\n0,0\n1,1\n2,0,1\n3,3\n")
        << QByteArray("line 4: expected 2 numbers, got 3");
    QTest::newRow("line number counts empty lines and CRLF")
        << QByteArray("x,y\r\n\r\n0,0\r\n\r\n1,1,1\r\n")
        << QByteArray("line 5: expected 2 numbers, got 3");
    QTest::newRow("label 0.5") << QByteArray("x1,x2,label\n0,0,0\n1,1,1\n0,1,0.5\n1,0,1\n")
                               << QByteArray("line 4: label must be 0 or 1, got '0.5'");
    QTest::newRow("label 2") << QByteArray("x1,x2,label\n0,0,2\n1,1,1\n0,1,0\n1,0,1\n")
                             << QByteArray("line 2: label must be 0 or 1, got '2'");
    QTest::newRow("word") << QByteArray("x,y\n0,0\nabc,1\n2,2\n3,3\n")
                          << QByteArray("line 3: 'abc' is not a number");
    QTest::newRow("stray quote") << QByteArray("x,y\n0,0\n1,\"0\n")
                                 << QByteArray("line 3: '\"0' is not a number");
    QTest::newRow("infinity") << QByteArray("x,y\n0,0\n1,inf\n2,2\n3,3\n")
                              << QByteArray("line 3: 'inf' is not a finite number");
    QTest::newRow("nan input") << QByteArray("x1,x2,label\n0,0,0\n1,nan,1\n0,1,0\n1,0,1\n")
                               << QByteArray("line 3: 'nan' is not a finite number");
    QTest::newRow("minus infinity input") << QByteArray("x,y\n0,0\n1,1\n-inf,2\n3,3\n")
                                          << QByteArray("line 4: '-inf' is not a finite number");
    QTest::newRow("NaN target") << QByteArray("x,y\n0,0\n1,NaN\n2,2\n3,3\n")
                                << QByteArray("line 3: 'NaN' is not a finite number");
    QTest::newRow("overflowing number") << QByteArray("x,y\n0,0\n1,1e999\n2,2\n3,3\n")
                                        << QByteArray("line 3: '1e999' is not a number");
    QTest::newRow("empty field") << QByteArray("x1,x2,label\n0,,1\n")
                                 << QByteArray("line 2: column 2 is empty");
    QTest::newRow("four columns") << QByteArray("a,b,c,d\n1,2,3,4\n")
                                  << QByteArray(
                                         "line 2: expected 2 numbers (x,y) or 3 "
                                         "(x1,x2,label), got 4");
    QTest::newRow("one column") << QByteArray("x\n1\n2\n3\n4\n")
                                << QByteArray(
                                       "line 2: expected 2 numbers (x,y) or 3 "
                                       "(x1,x2,label), got 1");
    QTest::newRow("missing header")
        << QByteArray("0,0,1\n1,1,0\n0,1,1\n1,0,0\n0.5,0.5,1\n")
        << QByteArray("line 1: expected a header such as 'x1,x2,label' or 'x,y', got numbers");
    QTest::newRow("header only") << QByteArray("x1,x2,label\n") << QByteArray("no data rows");
    QTest::newRow("empty file") << QByteArray("") << QByteArray("no data rows");
    QTest::newRow("blank lines only") << QByteArray("\r\n\n  \n") << QByteArray("no data rows");
    QTest::newRow("two rows") << QByteArray("x,y\n0,0\n1,1\n")
                              << QByteArray("need at least 4 examples, got 2");
    QTest::newRow("three rows") << QByteArray("x1,x2,label\n0,0,0\n1,1,1\n0,1,0\n")
                                << QByteArray("need at least 4 examples, got 3");
}

void tst_Dataset::csvErrorsNameTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, error);

    const Parsed<Dataset> parsed = parseDatasetCsv(text.toStdString());
    QCOMPARE(bytes(parsed.error), error);
    QCOMPARE(parsed.value.has_value(), false);
}

void tst_Dataset::csvFormatRoundTripsExactly_data()
{
    addRowPerSet(allDatasets());
}

void tst_Dataset::csvFormatRoundTripsExactly()
{
    QFETCH(DatasetName, name);
    const Dataset data = makeDataset(name, 300, 0.3, 31);

    const Parsed<Dataset> parsed = parseDatasetCsv(formatDatasetCsv(data));
    QCOMPARE(bytes(parsed.error), QByteArray());
    QVERIFY(parsed.value.has_value());
    QCOMPARE(parsed.value->task, data.task);
    QCOMPARE(parsed.value->inputDim, data.inputDim);
    QCOMPARE(firstDifference(parsed.value->inputs, data.inputs), qsizetype(-1));
    QCOMPARE(firstDifference(parsed.value->targets, data.targets), qsizetype(-1));
}

void tst_Dataset::csvFormatWritesHeaderAndShortestExactNumbers()
{
    Dataset classification;
    classification.inputs = {0.5, -0.25, 0.1, 1e-300};
    classification.targets = {1.0, 0.0};
    QCOMPARE(bytes(formatDatasetCsv(classification)),
             QByteArray("x1,x2,label\n0.5,-0.25,1\n0.10000000000000001,1e-300,0\n"));

    Dataset regression;
    regression.task = TaskKind::Regression;
    regression.inputDim = 1;
    regression.inputs = {-1.0, 2.0};
    regression.targets = {1.0 / 3.0, -0.0};
    QCOMPARE(bytes(formatDatasetCsv(regression)),
             QByteArray("x,y\n-1,0.33333333333333331\n2,-0\n"));
}

RELULAB_TEST_APPLESS_MAIN(tst_Dataset)
#include "tst_dataset.moc"
