// Tests the exact linear regions: Zaslavsky's count for one layer, dense sampling of patterns for
// deeper nets and maxout, hand-built degenerate arrangements, 1-D intervals and the limit.
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <set>
#include <stdexcept>
#include <vector>

#include "core/FieldAnalysis.h"
#include "core/LinearRegions.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"
#include "support/MetaTypes.h"
#include "support/TestRandom.h"
#include "support/TestRegistry.h"

using namespace relulab::core;

using relulab::test::TestRandom;

namespace {

using Pattern = std::vector<std::uint8_t>;
// Lines w1 x + w2 y + b = 0, one per first-layer unit.
using Lines = std::vector<std::array<double, 3>>;

const InputBounds kBox{-1.3, 1.1, -0.9, 1.4};
const InputBounds kSquare{-1.0, 1.0, -1.0, 1.0};

NetworkConfig configOf(std::vector<int> hidden, HiddenActivation activation, int inputs = 2,
                       int pieces = 2)
{
    NetworkConfig c;
    c.inputs = inputs;
    c.task = inputs == 2 ? TaskKind::Classification : TaskKind::Regression;
    c.hidden = std::move(hidden);
    c.activation = activation;
    c.alpha = 0.2;
    c.pieces = pieces;
    return c;
}

// Every weight and bias drawn uniformly from [-1, 1] (biases too, so that the first layer's lines
// are in general position rather than all through the origin); PReLU slopes from [0, 0.5).
Mlp randomNet(const NetworkConfig &config, std::uint64_t seed)
{
    Mlp net(config, seed);
    TestRandom random(seed * 7919 + 13);
    for (double &p : net.parameters())
        p = random.uniform(-1.0, 1.0);
    if (config.activation == HiddenActivation::Prelu) {
        for (int l = 0; l < net.hiddenLayers(); ++l) {
            for (int u = 0; u < net.width(l); ++u)
                net.preluSlope(l, u) = random.uniform(0.0, 0.5);
        }
    }
    return net;
}

// A one-layer 2-D ReLU net whose unit u has the line w[u] . x + b[u] = 0.
Mlp lineNet(const Lines &lines)
{
    Mlp net(configOf({static_cast<int>(lines.size())}, HiddenActivation::Relu), 1);
    for (int u = 0; u < static_cast<int>(lines.size()); ++u) {
        net.weight(0, u, 0) = lines[static_cast<size_t>(u)][0];
        net.weight(0, u, 1) = lines[static_cast<size_t>(u)][1];
        net.bias(0, u) = lines[static_cast<size_t>(u)][2];
        net.weight(1, 0, u) = 1.0 + u;
    }
    return net;
}

double boxArea(const InputBounds &b)
{
    return (b.x1 - b.x0) * (b.y1 - b.y0);
}

// The pattern Mlp's own forward pass gives at a point: z > 0 for rectifiers, the winning piece.
Pattern sampledPattern(const Mlp &net, double x, double y, std::vector<double> &z,
                       std::vector<double> &act, std::vector<int> &winner)
{
    const double point[2] = {x, y};
    net.hiddenValues(std::span<const double>(point, static_cast<size_t>(net.config().inputs)), z,
                     act, winner);
    Pattern p(z.size());
    for (size_t u = 0; u < z.size(); ++u) {
        p[u] = net.config().activation == HiddenActivation::Maxout
                   ? static_cast<std::uint8_t>(winner[u])
                   : (z[u] > 0.0 ? kUnitOn : kUnitOff);
    }
    return p;
}

// The logit (or value) from Mlp's activations and the output layer's weights.
double outputFrom(const Mlp &net, const std::vector<double> &act)
{
    const int last = net.hiddenLayers();
    const int width = net.width(last - 1);
    const size_t first = act.size() - static_cast<size_t>(width);
    double out = net.bias(last, 0);
    for (int j = 0; j < width; ++j)
        out += net.weight(last, 0, j) * act[first + static_cast<size_t>(j)];
    return out;
}

double totalArea(const LinearRegions &regions)
{
    double sum = 0.0;
    for (size_t r = 0; r < regions.count; ++r)
        sum += regions.area(r);
    return sum;
}

// 1 + lines crossing the box's interior + their crossings inside it.
int zaslavskyInBox(const Mlp &net, const InputBounds &b)
{
    struct Line
    {
        double a, b, c;
    };
    std::vector<Line> lines;
    const double corners[4][2] = {{b.x0, b.y0}, {b.x1, b.y0}, {b.x1, b.y1}, {b.x0, b.y1}};
    for (int u = 0; u < net.width(0); ++u) {
        const Line l{net.weight(0, u, 0), net.weight(0, u, 1), net.bias(0, u)};
        bool plus = false, minus = false;
        for (const auto &c : corners) {
            const double v = l.a * c[0] + l.b * c[1] + l.c;
            plus = plus || v > 0.0;
            minus = minus || v < 0.0;
        }
        if (plus && minus) lines.push_back(l);
    }
    int count = 1 + static_cast<int>(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        for (size_t j = i + 1; j < lines.size(); ++j) {
            const Line &p = lines[i];
            const Line &q = lines[j];
            const double det = p.a * q.b - p.b * q.a;
            const double x = (p.b * q.c - q.b * p.c) / det;
            const double y = (q.a * p.c - p.a * q.c) / det;
            if (x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1) ++count;
        }
    }
    return count;
}

std::set<Pattern> patternsOf(const LinearRegions &regions)
{
    std::set<Pattern> all;
    for (size_t r = 0; r < regions.count; ++r) {
        const auto p = regions.pattern(r);
        all.emplace(p.begin(), p.end());
    }
    return all;
}

}  // namespace

Q_DECLARE_METATYPE(Lines)

class TestLinearRegions : public QObject
{
    Q_OBJECT

private slots:
    void oneHiddenLayerMatchesZaslavskyInTheBox_data();
    void oneHiddenLayerMatchesZaslavskyInTheBox();
    void regionsAgreeWithDenseSampling_data();
    void regionsAgreeWithDenseSampling();
    void boundaryEdgesLieOnTheirUnitsLines_data();
    void boundaryEdgesLieOnTheirUnitsLines();
    void leakyAndPreluShareReluRegionsInOneLayer();
    void leakyAndPreluRegionsDifferFromReluInDeeperNets();
    void maxoutUnitWithKPiecesOfASectorEachHasKRegions_data();
    void maxoutUnitWithKPiecesOfASectorEachHasKRegions();
    void degenerateArrangementsCountEachRegionOnce_data();
    void degenerateArrangementsCountEachRegionOnce();
    void deadLayerLeavesOneRegion();
    void oneInputIntervalsAreTheGapsBetweenKinks();
    void oneInputDeeperIntervalsAgreeWithSampling();
    void limitStopsAndSaysThereAreMore();
    void countOnlyGivesTheSameCount();
    void sigmoidAndTanhAreNotPiecewiseLinear();
    void nonFiniteWeightsHaveNoRegions();
    void badBoxThrows();
    void regionAtFindsTheRegionOfAPoint();
};

void TestLinearRegions::oneHiddenLayerMatchesZaslavskyInTheBox_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("seed");
    for (int width : {1, 2, 5, 8, 16, 32}) {
        for (int seed : {1, 2, 3, 4}) {
            QTest::addRow("width %d seed %d", width, seed) << width << seed;
        }
    }
}

void TestLinearRegions::oneHiddenLayerMatchesZaslavskyInTheBox()
{
    QFETCH(int, width);
    QFETCH(int, seed);
    const Mlp net = randomNet(configOf({width}, HiddenActivation::Relu), std::uint64_t(seed));
    const LinearRegions regions = computeLinearRegions(net, kBox);
    QCOMPARE(regions.status, RegionsStatus::Complete);
    QCOMPARE(static_cast<int>(regions.count), zaslavskyInBox(net, kBox));
    QCOMPARE(patternsOf(regions).size(), regions.count);  // every pattern once
    QVERIFY(std::abs(totalArea(regions) - boxArea(kBox)) < 1e-12 * boxArea(kBox));
}

void TestLinearRegions::regionsAgreeWithDenseSampling_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<int>("seed");
    const auto relu = HiddenActivation::Relu;
    QTest::newRow("relu 4-4") << QList<int>{4, 4} << relu << 2 << 1;
    QTest::newRow("relu 8-8") << QList<int>{8, 8} << relu << 2 << 2;
    QTest::newRow("relu 8-8 seed 5") << QList<int>{8, 8} << relu << 2 << 5;
    QTest::newRow("relu 6-6-6") << QList<int>{6, 6, 6} << relu << 2 << 3;
    QTest::newRow("relu 3-3-3-3-3") << QList<int>{3, 3, 3, 3, 3} << relu << 2 << 4;
    QTest::newRow("leaky 8-8") << QList<int>{8, 8} << HiddenActivation::Leaky << 2 << 6;
    QTest::newRow("prelu 6-6-6") << QList<int>{6, 6, 6} << HiddenActivation::Prelu << 2 << 7;
    for (int k = 2; k <= 5; ++k) {
        QTest::addRow("maxout k=%d 3-3", k)
            << QList<int>{3, 3} << HiddenActivation::Maxout << k << 10 + k;
        QTest::addRow("maxout k=%d 4", k) << QList<int>{4} << HiddenActivation::Maxout << k << k;
    }
}

void TestLinearRegions::regionsAgreeWithDenseSampling()
{
    QFETCH(QList<int>, hidden);
    QFETCH(HiddenActivation, activation);
    QFETCH(int, pieces);
    QFETCH(int, seed);
    const Mlp net =
        randomNet(configOf(std::vector<int>(hidden.begin(), hidden.end()), activation, 2, pieces),
                  std::uint64_t(seed));
    const LinearRegions regions = computeLinearRegions(net, kBox);
    QCOMPARE(regions.status, RegionsStatus::Complete);
    const std::set<Pattern> exact = patternsOf(regions);
    QCOMPARE(exact.size(), regions.count);
    QVERIFY(std::abs(totalArea(regions) - boxArea(kBox)) < 1e-9 * boxArea(kBox));

    // Every unit's z as an affine map on each region, to compare with the forward pass's z.
    std::vector<RegionMaps> maps;
    for (size_t r = 0; r < regions.count; ++r)
        maps.push_back(regionMaps(net, regions.pattern(r)));

    // A 301 x 301 grid shifted off round numbers, so that no sample sits on a boundary.
    std::set<Pattern> sampled;
    std::vector<double> z, act;
    std::vector<int> winner;
    const int n = 301;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const double x = kBox.x0 + (i + 0.4137) * (kBox.x1 - kBox.x0) / n;
            const double y = kBox.y0 + (j + 0.2719) * (kBox.y1 - kBox.y0) / n;
            const Pattern p = sampledPattern(net, x, y, z, act, winner);
            sampled.insert(p);
            QVERIFY2(exact.count(p) == 1, "a sampled pattern is no region");
            const int r = regions.regionAt(x, y);
            QVERIFY(r >= 0);
            const auto found = regions.pattern(size_t(r));
            QVERIFY2(Pattern(found.begin(), found.end()) == p,
                     "the region holding a point has another pattern");
            const double out = outputFrom(net, act);
            QVERIFY(std::abs(regions.output(size_t(r)).at(x, y) - out) <
                    1e-9 * std::max(1.0, std::abs(out)));
            QCOMPARE(maps[size_t(r)].output.at(x, y), regions.output(size_t(r)).at(x, y));
            for (size_t u = 0; u < z.size(); ++u)
                QVERIFY(std::abs(maps[size_t(r)].z[u].at(x, y) - z[u]) <
                        1e-9 * std::max(1.0, std::abs(z[u])));
            const double logit = regions.output(size_t(r)).at(x, y);
            const double point[2] = {x, y};
            QVERIFY(std::abs(1.0 / (1.0 + std::exp(-logit)) - net.predict(point)) < 1e-12);
        }
    }
    QVERIFY(regions.count >= sampled.size());
    // Dense enough that only small regions escape it.
    QVERIFY(sampled.size() * 10 >= regions.count * 8);
}

void TestLinearRegions::boundaryEdgesLieOnTheirUnitsLines_data()
{
    QTest::addColumn<HiddenActivation>("activation");
    QTest::addColumn<int>("pieces");
    QTest::newRow("relu") << HiddenActivation::Relu << 2;
    QTest::newRow("leaky") << HiddenActivation::Leaky << 2;
    QTest::newRow("prelu") << HiddenActivation::Prelu << 2;
    QTest::newRow("maxout k=3") << HiddenActivation::Maxout << 3;
}

void TestLinearRegions::boundaryEdgesLieOnTheirUnitsLines()
{
    QFETCH(HiddenActivation, activation);
    QFETCH(int, pieces);
    const Mlp net = randomNet(configOf({6, 6, 6}, activation, 2, pieces), 21);
    const LinearRegions regions = computeLinearRegions(net, kBox);
    QVERIFY(regions.count > 20);
    int unitEdges = 0;
    for (size_t r = 0; r < regions.count; ++r) {
        const auto poly = regions.polygon(r);
        const auto edges = regions.edges(r);
        const RegionMaps maps = regionMaps(net, regions.pattern(r));
        QVERIFY(regions.area(r) > 0.0);  // counter-clockwise
        for (size_t i = 0; i < poly.size(); ++i) {
            const Point2 a = poly[i];
            const Point2 b = poly[(i + 1) % poly.size()];
            const RegionBoundary e = edges[i];
            if (e.isBoxEdge()) {
                // Both ends on one side of the box.
                const bool onX =
                    (std::abs(a.x - kBox.x0) < 1e-12 && std::abs(b.x - kBox.x0) < 1e-12) ||
                    (std::abs(a.x - kBox.x1) < 1e-12 && std::abs(b.x - kBox.x1) < 1e-12);
                const bool onY =
                    (std::abs(a.y - kBox.y0) < 1e-12 && std::abs(b.y - kBox.y0) < 1e-12) ||
                    (std::abs(a.y - kBox.y1) < 1e-12 && std::abs(b.y - kBox.y1) < 1e-12);
                QVERIFY(onX || onY);
                continue;
            }
            ++unitEdges;
            int flat = e.unit;
            for (int l = 0; l < e.layer; ++l)
                flat += net.width(l);
            if (activation != HiddenActivation::Maxout) {
                const Affine2 zmap = maps.z[size_t(flat)];
                const double scale = std::abs(zmap.a) + std::abs(zmap.b);
                QVERIFY(std::abs(zmap.at(a.x, a.y)) < 1e-9 * scale);
                QVERIFY(std::abs(zmap.at(b.x, b.y)) < 1e-9 * scale);
                continue;
            }
            // A maxout edge: the winning piece ties with another along it.
            const Affine2 win = maps.z[size_t(flat)];
            bool tied = false;
            for (int p = 0; p < pieces; ++p) {
                const Affine2 other = maps.pieces[size_t(flat * pieces + p)];
                if (other.a == win.a && other.b == win.b && other.c == win.c) continue;
                const Affine2 d{win.a - other.a, win.b - other.b, win.c - other.c};
                const double scale = std::abs(d.a) + std::abs(d.b);
                tied = tied || (std::abs(d.at(a.x, a.y)) < 1e-9 * scale &&
                                std::abs(d.at(b.x, b.y)) < 1e-9 * scale);
            }
            QVERIFY(tied);
        }
    }
    QVERIFY(unitEdges > 0);
}

void TestLinearRegions::leakyAndPreluShareReluRegionsInOneLayer()
{
    const Mlp relu = randomNet(configOf({12}, HiddenActivation::Relu), 8);
    Mlp leaky = relu;
    leaky.setActivation(HiddenActivation::Leaky, 0.3);
    Mlp prelu = relu;
    prelu.setActivation(HiddenActivation::Prelu, 0.3);
    for (int u = 0; u < 12; ++u)
        prelu.preluSlope(0, u) = 0.05 * u;
    const LinearRegions a = computeLinearRegions(relu, kBox);
    for (const Mlp *other : {&leaky, &prelu}) {
        const LinearRegions b = computeLinearRegions(*other, kBox);
        QCOMPARE(b.count, a.count);
        QCOMPARE(b.firstVertex, a.firstVertex);
        QCOMPARE(b.patterns, a.patterns);
        for (size_t i = 0; i < a.vertices.size(); ++i) {
            QCOMPARE(b.vertices[i].x, a.vertices[i].x);
            QCOMPARE(b.vertices[i].y, a.vertices[i].y);
            QCOMPARE(b.boundary[i], a.boundary[i]);
        }
    }
}

void TestLinearRegions::leakyAndPreluRegionsDifferFromReluInDeeperNets()
{
    const Mlp relu = randomNet(configOf({8, 8}, HiddenActivation::Relu), 9);
    Mlp leaky = relu;
    leaky.setActivation(HiddenActivation::Leaky, 0.3);
    Mlp prelu = relu;
    prelu.setActivation(HiddenActivation::Prelu, 0.3);
    const LinearRegions a = computeLinearRegions(relu, kBox);
    for (const Mlp *other : {&leaky, &prelu}) {
        const LinearRegions b = computeLinearRegions(*other, kBox);
        // The second layer's lines bend where the first layer's units turn off, and by how much
        // depends on the slope the first layer passes for z < 0: the polygons move.
        bool differ = b.count != a.count || b.vertices.size() != a.vertices.size();
        for (size_t i = 0; !differ && i < a.vertices.size(); ++i)
            differ = std::abs(b.vertices[i].x - a.vertices[i].x) > 1e-9 ||
                     std::abs(b.vertices[i].y - a.vertices[i].y) > 1e-9;
        QVERIFY(differ);
    }
}

void TestLinearRegions::maxoutUnitWithKPiecesOfASectorEachHasKRegions_data()
{
    QTest::addColumn<int>("pieces");
    for (int k = 2; k <= 5; ++k)
        QTest::addRow("k=%d", k) << k;
}

void TestLinearRegions::maxoutUnitWithKPiecesOfASectorEachHasKRegions()
{
    // Piece i is the unit vector at angle 2 pi i / k: each wins one sector around the origin.
    QFETCH(int, pieces);
    Mlp net(configOf({1}, HiddenActivation::Maxout, 2, pieces), 1);
    for (int i = 0; i < pieces; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / pieces + 0.1;
        net.weight(0, 0, 0, i) = std::cos(angle);
        net.weight(0, 0, 1, i) = std::sin(angle);
        net.bias(0, 0, i) = 0.0;
    }
    const LinearRegions regions = computeLinearRegions(net, kSquare);
    QCOMPARE(static_cast<int>(regions.count), pieces);
    std::set<Pattern> winners = patternsOf(regions);
    QCOMPARE(static_cast<int>(winners.size()), pieces);
    QVERIFY(std::abs(totalArea(regions) - 4.0) < 1e-12);
    // Two identical pieces: the lower index wins, and the region is counted once.
    net.weight(0, 0, 0, pieces - 1) = net.weight(0, 0, 0, 0);
    net.weight(0, 0, 1, pieces - 1) = net.weight(0, 0, 1, 0);
    const LinearRegions tied = computeLinearRegions(net, kSquare);
    QCOMPARE(static_cast<int>(tied.count), pieces - 1);
    for (size_t r = 0; r < tied.count; ++r)
        QVERIFY(tied.pattern(r)[0] != pieces - 1);
    QVERIFY(std::abs(totalArea(tied) - 4.0) < 1e-12);
}

void TestLinearRegions::degenerateArrangementsCountEachRegionOnce_data()
{
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<int>("regions");
    QTest::newRow("three parallel lines") << Lines{{1, 0, 0.5}, {1, 0, 0}, {1, 0, -0.5}} << 4;
    QTest::newRow("coincident lines, one facing the other way")
        << Lines{{1, 0, 0}, {2, 0, 0}, {-1, 0, 0}} << 2;
    QTest::newRow("a line touching a corner only") << Lines{{1, 1, -2}} << 1;
    QTest::newRow("a line along a box edge") << Lines{{1, 0, -1}, {0, 1, 1}} << 1;
    QTest::newRow("a diagonal through two corners") << Lines{{1, -1, 0}} << 2;
    QTest::newRow("both diagonals") << Lines{{1, -1, 0}, {1, 1, 0}} << 4;
    QTest::newRow("three lines through one point") << Lines{{1, 0, 0}, {0, 1, 0}, {1, 1, 0}} << 6;
    QTest::newRow("four lines through one point")
        << Lines{{1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {1, -1, 0}} << 8;
    QTest::newRow("a line through a crossing on the box edge")
        << Lines{{1, 0, 0}, {1, 1, -1}, {1, -1, -1}} << 4;
    QTest::newRow("lines outside the box") << Lines{{1, 0, 3}, {0, 1, -3}} << 1;
    QTest::newRow("a constant unit") << Lines{{0, 0, 0.5}, {0, 0, 0}, {0, 0, -1}} << 1;
}

void TestLinearRegions::degenerateArrangementsCountEachRegionOnce()
{
    QFETCH(Lines, lines);
    QFETCH(int, regions);
    const LinearRegions found = computeLinearRegions(lineNet(lines), kSquare);
    QCOMPARE(found.status, RegionsStatus::Complete);
    QCOMPARE(static_cast<int>(found.count), regions);
    QCOMPARE(static_cast<int>(patternsOf(found).size()), regions);
    QVERIFY(std::abs(totalArea(found) - 4.0) < 1e-12);
    for (size_t r = 0; r < found.count; ++r)
        QVERIFY(found.area(r) > 1e-12 * 4.0);
}

void TestLinearRegions::deadLayerLeavesOneRegion()
{
    // The first layer is off on the whole box, so the second sees constants: its units are
    // constant (on, off, or exactly at z = 0: off) and draw no line.
    Mlp net = randomNet(configOf({4, 3, 2}, HiddenActivation::Relu), 3);
    for (int u = 0; u < 4; ++u)
        net.bias(0, u) = -10.0;
    net.bias(1, 0) = 0.5;
    net.bias(1, 1) = 0.0;
    net.bias(1, 2) = -0.5;
    const LinearRegions regions = computeLinearRegions(net, kSquare);
    QCOMPARE(regions.count, size_t(1));
    QCOMPARE(Pattern(regions.pattern(0).begin(), regions.pattern(0).end()).size(), size_t(9));
    for (int u = 0; u < 4; ++u)
        QCOMPARE(regions.pattern(0)[size_t(u)], kUnitOff);
    QCOMPARE(regions.pattern(0)[4], kUnitOn);
    QCOMPARE(regions.pattern(0)[5], kUnitOff);
    QCOMPARE(regions.pattern(0)[6], kUnitOff);
    QCOMPARE(regions.polygon(0).size(), size_t(4));
    // The output is constant there.
    QCOMPARE(regions.output(0).a, 0.0);
    QCOMPARE(regions.output(0).b, 0.0);
}

void TestLinearRegions::oneInputIntervalsAreTheGapsBetweenKinks()
{
    // Kinks at -0.5, 0 (twice: coincident), 0.5, and 3 (outside [-1, 1]); one constant unit.
    Mlp net(configOf({6}, HiddenActivation::Relu, 1), 1);
    const double w[6] = {1, 2, -1, 1, 1, 0};
    const double b[6] = {0.5, 0, 0, -0.5, -3, 1};
    for (int u = 0; u < 6; ++u) {
        net.weight(0, u, 0) = w[u];
        net.bias(0, u) = b[u];
        net.weight(1, 0, u) = 1.0;
    }
    const InputBounds box{-1.0, 1.0, 0.0, 0.0};
    const LinearRegions regions = computeLinearRegions(net, box);
    QCOMPARE(regions.count, size_t(4));
    const double ends[5] = {-1.0, -0.5, 0.0, 0.5, 1.0};
    for (size_t r = 0; r < 4; ++r) {
        const auto interval = regions.polygon(r);
        QCOMPARE(interval.size(), size_t(2));
        QCOMPARE(interval[0].x, ends[r]);
        QCOMPARE(interval[1].x, ends[r + 1]);
        QCOMPARE(regions.area(r), ends[r + 1] - ends[r]);
    }
    QVERIFY(regions.edges(0)[0].isBoxEdge());
    QCOMPARE(regions.edges(0)[1], (RegionBoundary{0, 0}));
    QCOMPARE(regions.edges(1)[1], (RegionBoundary{0, 1}));  // the first unit with that kink
    QCOMPARE(regions.edges(2)[1], (RegionBoundary{0, 3}));
    QVERIFY(regions.edges(3)[1].isBoxEdge());

    // Random one-layer nets: one interval more than the distinct kinks inside.
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const Mlp random = randomNet(configOf({10}, HiddenActivation::Relu, 1), seed);
        const std::vector<double> kinks = firstLayerKinks(random, -1.0, 1.0);
        QCOMPARE(computeLinearRegions(random, box).count, kinks.size() + 1);
    }
}

void TestLinearRegions::oneInputDeeperIntervalsAgreeWithSampling()
{
    for (HiddenActivation activation :
         {HiddenActivation::Relu, HiddenActivation::Leaky, HiddenActivation::Maxout}) {
        const Mlp net = randomNet(configOf({8, 8, 8}, activation, 1, 3), 4);
        const InputBounds box{-2.0, 2.0, 0.0, 0.0};
        const LinearRegions regions = computeLinearRegions(net, box);
        const std::set<Pattern> exact = patternsOf(regions);
        std::set<Pattern> sampled;
        std::vector<double> z, act;
        std::vector<int> winner;
        for (int i = 0; i < 20000; ++i) {
            const double x = -2.0 + (i + 0.377) * 4.0 / 20000;
            const Pattern p = sampledPattern(net, x, 0.0, z, act, winner);
            sampled.insert(p);
            QVERIFY(exact.count(p) == 1);
            const int r = regions.regionAt(x);
            QVERIFY(r >= 0);
            const double out = outputFrom(net, act);
            QVERIFY(std::abs(regions.output(size_t(r)).at(x) - out) <
                    1e-9 * std::max(1.0, std::abs(out)));
        }
        QVERIFY(regions.count >= sampled.size());
        double length = 0.0;
        for (size_t r = 0; r < regions.count; ++r)
            length += regions.area(r);
        QVERIFY(std::abs(length - 4.0) < 1e-12);
    }
}

void TestLinearRegions::limitStopsAndSaysThereAreMore()
{
    const Mlp net = randomNet(configOf({16, 16}, HiddenActivation::Relu), 5);
    const LinearRegions all = computeLinearRegions(net, kBox);
    QCOMPARE(all.status, RegionsStatus::Complete);
    QVERIFY(all.count > 100);
    const LinearRegions limited = computeLinearRegions(net, kBox, {100, false});
    QCOMPARE(limited.status, RegionsStatus::LimitReached);
    QCOMPARE(limited.limit, 100);
    QVERIFY(limited.count <= 100);
    QCOMPARE(limited.firstVertex.size(), limited.count + 1);
    // Exactly at the limit: complete.
    const LinearRegions exact = computeLinearRegions(net, kBox, {int(all.count), false});
    QCOMPARE(exact.status, RegionsStatus::Complete);
    QCOMPARE(exact.count, all.count);
    // What a count shows: the count; the limit, marked "at least"; nothing without regions.
    QCOMPARE(shownRegionCount(exact)->value, static_cast<long long>(all.count));
    QVERIFY(!shownRegionCount(exact)->atLeast);
    QCOMPARE(shownRegionCount(limited)->value, 100LL);
    QVERIFY(shownRegionCount(limited)->atLeast);
    LinearRegions none = limited;
    for (RegionsStatus status : {RegionsStatus::NotPiecewiseLinear, RegionsStatus::NonFinite}) {
        none.status = status;
        QVERIFY(!shownRegionCount(none));
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeLinearRegions(net, kBox, {0, false}));
}

void TestLinearRegions::countOnlyGivesTheSameCount()
{
    const Mlp net = randomNet(configOf({8, 8, 8}, HiddenActivation::Relu), 6);
    LinearRegions reused = computeLinearRegions(net, kBox);
    const size_t count = reused.count;
    computeLinearRegions(net, kBox, {kDefaultRegionLimit, true}, reused);
    QCOMPARE(reused.count, count);
    QVERIFY(!reused.detailed);
    QVERIFY(reused.vertices.empty());
    QCOMPARE(reused.regionAt(0.0, 0.0), -1);
}

void TestLinearRegions::sigmoidAndTanhAreNotPiecewiseLinear()
{
    for (HiddenActivation activation : {HiddenActivation::Sigmoid, HiddenActivation::Tanh}) {
        const Mlp net = randomNet(configOf({4}, activation), 1);
        const LinearRegions regions = computeLinearRegions(net, kBox);
        QCOMPARE(regions.status, RegionsStatus::NotPiecewiseLinear);
        QCOMPARE(regions.count, size_t(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, regionMaps(net, Pattern(4, 0)));
    }
}

void TestLinearRegions::nonFiniteWeightsHaveNoRegions()
{
    Mlp net = randomNet(configOf({4, 4}, HiddenActivation::Relu), 1);
    net.weight(1, 2, 3) = std::nan("");
    const LinearRegions regions = computeLinearRegions(net, kBox);
    QCOMPARE(regions.status, RegionsStatus::NonFinite);
    QCOMPARE(regions.count, size_t(0));
    net.weight(1, 2, 3) = std::numeric_limits<double>::infinity();
    QCOMPARE(computeLinearRegions(net, kBox).status, RegionsStatus::NonFinite);
}

void TestLinearRegions::badBoxThrows()
{
    const Mlp net = randomNet(configOf({4}, HiddenActivation::Relu), 1);
    const double nan = std::nan("");
    for (const InputBounds &box : {InputBounds{1, 1, -1, 1}, InputBounds{1, 0, -1, 1},
                                   InputBounds{-1, 1, 2, 1}, InputBounds{nan, 1, -1, 1},
                                   InputBounds{-1, std::numeric_limits<double>::infinity(), -1, 1}})
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeLinearRegions(net, box));
    // The second coordinate does not matter for a 1-D net.
    const Mlp oneD = randomNet(configOf({4}, HiddenActivation::Relu, 1), 1);
    QCOMPARE(computeLinearRegions(oneD, InputBounds{-1, 1, 0, 0}).status, RegionsStatus::Complete);
}

void TestLinearRegions::regionAtFindsTheRegionOfAPoint()
{
    // Quadrants of the square: x > 0 is unit 0 on, y > 0 unit 1 on.
    const LinearRegions regions = computeLinearRegions(lineNet({{1, 0, 0}, {0, 1, 0}}), kSquare);
    QCOMPARE(regions.count, size_t(4));
    const auto patternAt = [&regions](double x, double y) {
        const auto p = regions.pattern(size_t(regions.regionAt(x, y)));
        return Pattern(p.begin(), p.end());
    };
    QCOMPARE(patternAt(0.5, 0.5), (Pattern{kUnitOn, kUnitOn}));
    QCOMPARE(patternAt(-0.5, 0.5), (Pattern{kUnitOff, kUnitOn}));
    QCOMPARE(patternAt(-0.5, -0.5), (Pattern{kUnitOff, kUnitOff}));
    QCOMPARE(patternAt(0.5, -0.5), (Pattern{kUnitOn, kUnitOff}));
    QCOMPARE(regions.regionAt(1.5, 0.0), -1);
    // Each quadrant is a square of area 1 bounded by the two units' lines and the box.
    for (size_t r = 0; r < 4; ++r) {
        QCOMPARE(regions.area(r), 1.0);
        int box = 0, unit0 = 0, unit1 = 0;
        for (const RegionBoundary &e : regions.edges(r)) {
            box += e.isBoxEdge();
            unit0 += e == RegionBoundary{0, 0};
            unit1 += e == RegionBoundary{0, 1};
        }
        QCOMPARE(box, 2);
        QCOMPARE(unit0, 1);
        QCOMPARE(unit1, 1);
    }
    // The affine output on each quadrant: 1 * relu(x) + 2 * relu(y) + 0.
    const RegionMaps maps = regionMaps(lineNet({{1, 0, 0}, {0, 1, 0}}),
                                       regions.pattern(size_t(regions.regionAt(0.5, 0.5))));
    QCOMPARE(maps.output.a, 1.0);
    QCOMPARE(maps.output.b, 2.0);
    QCOMPARE(maps.z.size(), size_t(2));
    QCOMPARE(maps.z[1].b, 1.0);
}

RELULAB_TEST_APPLESS_MAIN(TestLinearRegions)
#include "tst_linearregions.moc"
