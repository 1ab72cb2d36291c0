// Neighbouring linear regions are found and coloured apart.
#include <QtTest>

#include <set>

#include "core/LinearRegions.h"
#include "core/Mlp.h"
#include "core/RegionColouring.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

namespace {

LinearRegions regionsOf(std::vector<int> hidden, HiddenActivation activation, std::uint64_t seed,
                        int inputs = 2)
{
    NetworkConfig c;
    c.inputs = inputs;
    c.task = inputs == 1 ? TaskKind::Regression : TaskKind::Classification;
    c.hidden = std::move(hidden);
    c.activation = activation;
    c.pieces = 3;
    const Mlp net(c, seed);
    return computeLinearRegions(net, InputBounds{-2.0, 2.0, -1.5, 1.5});
}

int differingUnits(const LinearRegions &r, int a, int b)
{
    const auto pa = r.pattern(size_t(a)), pb = r.pattern(size_t(b));
    int n = 0;
    for (size_t i = 0; i < pa.size(); ++i)
        n += pa[i] != pb[i];
    return n;
}

}  // namespace

class tst_RegionColouring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLayerNeighboursDifferInExactlyOneUnit_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("seed");
        for (int width : {1, 3, 8, 16})
            for (int seed : {1, 2, 3})
                QTest::addRow("%d units, seed %d", width, seed) << width << seed;
    }
    void oneLayerNeighboursDifferInExactlyOneUnit()
    {
        QFETCH(int, width);
        QFETCH(int, seed);
        const LinearRegions r = regionsOf({width}, HiddenActivation::Relu, std::uint64_t(seed));
        const auto pairs = adjacentRegions(r);
        // Across one line of one layer, exactly that unit flips.
        for (const auto &[a, b] : pairs) {
            QVERIFY(a < b);
            QCOMPARE(differingUnits(r, a, b), 1);
        }
        // Every region but a lone one has a neighbour.
        std::set<int> touched;
        for (const auto &[a, b] : pairs)
            touched.insert(a), touched.insert(b);
        QCOMPARE(touched.size(), r.count > 1 ? r.count : size_t(0));
        // Each line crossing the box with k crossings in it separates k + 1 pairs at least: at
        // least as many pairs as regions minus one (the map is connected).
        QVERIFY(pairs.size() + 1 >= r.count);
    }

    void neighboursNeverShareAColour_data()
    {
        QTest::addColumn<int>("activation");
        QTest::addColumn<std::vector<int>>("hidden");
        const auto relu = int(HiddenActivation::Relu), leaky = int(HiddenActivation::Leaky),
                   maxout = int(HiddenActivation::Maxout);
        QTest::newRow("ReLU 16") << relu << std::vector<int>{16};
        QTest::newRow("ReLU 8-8") << relu << std::vector<int>{8, 8};
        QTest::newRow("Leaky 16-16-16") << leaky << std::vector<int>{16, 16, 16};
        QTest::newRow("maxout 6-6") << maxout << std::vector<int>{6, 6};
    }
    void neighboursNeverShareAColour()
    {
        QFETCH(int, activation);
        QFETCH(std::vector<int>, hidden);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const LinearRegions r = regionsOf(hidden, HiddenActivation(activation), seed);
            QVERIFY(r.count > 10);
            const auto colours = colourRegions(r, 8);
            QCOMPARE(colours.size(), r.count);
            const auto pairs = adjacentRegions(r);
            QVERIFY(!pairs.empty());
            for (const auto &[a, b] : pairs) {
                QVERIFY(differingUnits(r, a, b) >= 1);
                QVERIFY2(colours[size_t(a)] != colours[size_t(b)],
                         qPrintable(QStringLiteral("regions %1 and %2").arg(a).arg(b)));
            }
            // Every colour in use, about evenly: no colour on more than twice its share.
            std::vector<int> uses(8, 0);
            for (auto c : colours)
                ++uses[c];
            for (int u : uses) {
                QVERIFY(u > 0);
                QVERIFY(u <= 2 * int(r.count) / 8 + 1);
            }
        }
    }

    void sixColoursAlwaysSuffice()
    {
        const LinearRegions r = regionsOf({16, 16, 16}, HiddenActivation::Relu, 2);
        const auto colours = colourRegions(r, 6);
        for (const auto &[a, b] : adjacentRegions(r))
            QVERIFY(colours[size_t(a)] != colours[size_t(b)]);
    }

    void intervalsAlternate()
    {
        const LinearRegions r = regionsOf({8}, HiddenActivation::Relu, 1, 1);
        QVERIFY(r.count >= 2);
        const auto pairs = adjacentRegions(r);
        QCOMPARE(pairs.size(), r.count - 1);
        const auto colours = colourRegions(r, 8);
        for (size_t k = 0; k + 1 < r.count; ++k)
            QVERIFY(colours[k] != colours[k + 1]);
    }

    void countOnlyRegionsHaveNoNeighboursOrColours()
    {
        NetworkConfig c;
        c.hidden = {8};
        const Mlp net(c, 1);
        RegionOptions options;
        options.countOnly = true;
        const LinearRegions r = computeLinearRegions(net, InputBounds{}, options);
        QVERIFY(r.count > 0);
        QVERIFY(adjacentRegions(r).empty());
        QVERIFY(colourRegions(r, 8).empty());
    }
};

RELULAB_TEST_APPLESS_MAIN(tst_RegionColouring)
#include "tst_regioncolouring.moc"
