// Tests the Maxout upper envelope: breakpoints, segments, piece states, values and derivatives.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <stdexcept>
#include <vector>

#include "core/Activation.h"
#include "core/KinkConvention.h"
#include "core/Maxout.h"
#include "core/MaxoutPiece.h"
#include "support/ExactReal.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab::core;

using relulab::test::exact;
using relulab::test::near;

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;

using Pieces = std::vector<MaxoutPiece>;
using States = std::vector<PieceState>;
constexpr PieceState A = PieceState::Active;
constexpr PieceState H = PieceState::Hidden;
constexpr PieceState D = PieceState::Duplicate;

using relulab::test::kConventions;

// A double as C's %a writes it: every bit, the sign of zero included, and readable on failure.
QByteArray hexFloat(double v)
{
    char text[64];
    std::snprintf(text, sizeof text, "%a", v);
    return text;
}

// The slope of the lowest-index piece whose value, rounded as slope * z then + intercept, is the
// largest (brute force, for the First convention away from signed zeros).
double firstMaximalSlope(const Pieces &pieces, double z)
{
    size_t first = 0;
    for (size_t i = 1; i < pieces.size(); ++i) {
        if (pieces[i].slope * z + pieces[i].intercept >
            pieces[first].slope * z + pieces[first].intercept)
            first = i;
    }
    return pieces[first].slope;
}

// PyTorch's value and gradient of torch.stack(pieces).max(dim=0) in float64, made by
// tests/tools/torch_maxout_reference.py (which says how).
struct TorchSample
{
    double z, value, gradient;
};
struct TorchCase
{
    const char *name;
    Pieces pieces;
    std::vector<TorchSample> samples;
};
const TorchCase kTorchCases[] = {
#include "tools/torch_maxout_reference.inc"
};

// The brute-force maximum over all pieces.
double maxOverPieces(const Pieces &pieces, double z)
{
    double best = -kInf;
    for (const MaxoutPiece &p : pieces)
        best = std::max(best, p.slope * z + p.intercept);
    return best;
}

// Tangents of z^2 at t = -3.5, -2.5, ..., 3.5: slope 2t, intercept -t^2 (all exact in binary);
// neighbouring tangents cross at the integers -3 .. 3.
Pieces parabolaTangents8()
{
    Pieces pieces;
    for (int j = 0; j < 8; ++j) {
        const double t = -3.5 + j;
        pieces.push_back({2.0 * t, -t * t});
    }
    return pieces;
}

// The envelope cases shared by several tests.
void addEnvelopeRows()
{
    QTest::addColumn<Pieces>("pieces");
    QTest::addColumn<std::vector<double>>("breakpoints");
    QTest::addColumn<std::vector<int>>("segmentPieces");
    QTest::addColumn<States>("states");

    QTest::newRow("k=1 line") << Pieces{{2.0, 3.0}} << std::vector<double>{} << std::vector<int>{0}
                              << States{A};
    QTest::newRow("k=1 flat") << Pieces{{0.0, -1.0}} << std::vector<double>{} << std::vector<int>{0}
                              << States{A};
    QTest::newRow("relu") << Pieces{{0.0, 0.0}, {1.0, 0.0}} << std::vector<double>{0.0}
                          << std::vector<int>{0, 1} << States{A, A};
    QTest::newRow("relu, pieces reversed")
        << Pieces{{1.0, 0.0}, {0.0, 0.0}} << std::vector<double>{0.0} << std::vector<int>{1, 0}
        << States{A, A};
    QTest::newRow("leaky 0.2") << Pieces{{0.2, 0.0}, {1.0, 0.0}} << std::vector<double>{0.0}
                               << std::vector<int>{0, 1} << States{A, A};
    QTest::newRow("abs") << Pieces{{-1.0, 0.0}, {1.0, 0.0}} << std::vector<double>{0.0}
                         << std::vector<int>{0, 1} << States{A, A};
    QTest::newRow("explorer default, piece 2 hidden")
        << Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}} << std::vector<double>{0.0}
        << std::vector<int>{1, 0} << States{A, A, H};
    QTest::newRow("hidden strictly below")
        << Pieces{{-1.0, 0.0}, {1.0, 0.0}, {0.0, -1.0}} << std::vector<double>{0.0}
        << std::vector<int>{0, 1} << States{A, A, H};
    QTest::newRow("parallel, lower hidden")
        << Pieces{{1.0, 0.0}, {1.0, -1.0}} << std::vector<double>{} << std::vector<int>{0}
        << States{A, H};
    QTest::newRow("parallel, lower first")
        << Pieces{{1.0, -1.0}, {1.0, 0.0}} << std::vector<double>{} << std::vector<int>{1}
        << States{H, A};
    QTest::newRow("parallel flat") << Pieces{{0.0, 1.0}, {0.0, -1.0}} << std::vector<double>{}
                                   << std::vector<int>{0} << States{A, H};
    QTest::newRow("duplicate pair") << Pieces{{1.0, 2.0}, {1.0, 2.0}} << std::vector<double>{}
                                    << std::vector<int>{0} << States{A, D};
    QTest::newRow("duplicate of active piece")
        << Pieces{{0.0, 0.0}, {1.0, 0.0}, {1.0, 0.0}} << std::vector<double>{0.0}
        << std::vector<int>{0, 1} << States{A, A, D};
    QTest::newRow("duplicate of hidden piece stays hidden")
        << Pieces{{-1.0, 0.0}, {1.0, 0.0}, {0.0, -1.0}, {0.0, -1.0}} << std::vector<double>{0.0}
        << std::vector<int>{0, 1} << States{A, A, H, H};
    QTest::newRow("touching only at the breakpoint")
        << Pieces{{-1.0, 0.0}, {1.0, 0.0}, {0.0, 0.0}} << std::vector<double>{0.0}
        << std::vector<int>{0, 1} << States{A, A, H};
    QTest::newRow("four lines through one point")
        << Pieces{{-2.0, 0.0}, {-1.0, 0.0}, {1.0, 0.0}, {2.0, 0.0}} << std::vector<double>{0.0}
        << std::vector<int>{0, 3} << States{A, H, H, A};
    QTest::newRow("unsorted input")
        << Pieces{{1.0, 0.0}, {-1.0, 0.0}, {0.0, 1.0}} << std::vector<double>{-1.0, 1.0}
        << std::vector<int>{1, 2, 0} << States{A, A, A};
    QTest::newRow("8 tangents of a parabola")
        << parabolaTangents8() << std::vector<double>{-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0}
        << std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7} << States(8, A);
    {
        // The same tangents in the order 4, 0, 7, 2, 6, 1, 5, 3.
        const Pieces sorted = parabolaTangents8();
        const int order[] = {4, 0, 7, 2, 6, 1, 5, 3};
        Pieces shuffled;
        for (int i : order)
            shuffled.push_back(sorted[static_cast<size_t>(i)]);
        QTest::newRow("8 tangents of a parabola, shuffled")
            << shuffled << std::vector<double>{-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0}
            << std::vector<int>{1, 5, 3, 7, 0, 6, 4, 2} << States(8, A);
    }
    // Crossings computed the way the envelope defines them: (b_a - b_b) / (w_b - w_a).
    QTest::newRow("3 pieces, random-ish")
        << Pieces{{0.7, -0.3}, {-1.3, 0.2}, {2.1, -1.9}}
        << std::vector<double>{(0.2 - -0.3) / (0.7 - -1.3), (-0.3 - -1.9) / (2.1 - 0.7)}
        << std::vector<int>{1, 0, 2} << States{A, A, A};
}

// Points to probe a case at: every breakpoint, its float neighbours, points between and far out.
std::vector<double> probePoints(const std::vector<double> &breakpoints)
{
    std::vector<double> z = {-1e6, -10.0, -0.3, 0.0, 0.3, 10.0, 1e6};
    for (size_t j = 0; j < breakpoints.size(); ++j) {
        const double b = breakpoints[j];
        z.insert(z.end(), {b, std::nextafter(b, -kInf), std::nextafter(b, kInf), b - 0.5, b + 0.5});
        if (j + 1 < breakpoints.size()) z.push_back(0.5 * (b + breakpoints[j + 1]));
    }
    return z;
}

}  // namespace

class tst_Maxout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeHasExpectedBreakpointsSegmentsAndStates_data() { addEnvelopeRows(); }
    void envelopeHasExpectedBreakpointsSegmentsAndStates();
    void valueIsMaxOverAllPieces_data() { addEnvelopeRows(); }
    void valueIsMaxOverAllPieces();
    void derivativeAtBreakpointIsTiedSlopeByConvention_data() { addEnvelopeRows(); }
    void derivativeAtBreakpointIsTiedSlopeByConvention();
    void derivativeBetweenBreakpointsIsActiveSlope_data() { addEnvelopeRows(); }
    void derivativeBetweenBreakpointsIsActiveSlope();
    void activePieceAtBreakpointIsTheLeftOne_data() { addEnvelopeRows(); }
    void activePieceAtBreakpointIsTheLeftOne();
    void nanGivesNanAndNoActivePiece_data() { addEnvelopeRows(); }
    void nanGivesNanAndNoActivePiece();
    void piecesAreKeptInInputOrder_data() { addEnvelopeRows(); }
    void piecesAreKeptInInputOrder();

    void eachConventionTakesItsValueAtTheKink_data();
    void eachConventionTakesItsValueAtTheKink();
    void firstDerivativeEqualsTorchMaxDimGradient_data();
    void firstDerivativeEqualsTorchMaxDimGradient();
    void firstGivesSignedZeroAsAutogradSumsIt_data();
    void firstGivesSignedZeroAsAutogradSumsIt();

    void valueAndDerivativeAtInfinityFollowOuterPieces_data();
    void valueAndDerivativeAtInfinityFollowOuterPieces();
    void finiteDifferencesMatchDerivativeAwayFromBreakpoints_data();
    void finiteDifferencesMatchDerivativeAwayFromBreakpoints();
    void concurrentDecimalLinesHideTheMiddlePiece();
    void constructorRejectsBadPieceLists_data();
    void constructorRejectsBadPieceLists();
    void constructorAcceptsOneToEightPieces_data();
    void constructorAcceptsOneToEightPieces();
};

void tst_Maxout::envelopeHasExpectedBreakpointsSegmentsAndStates()
{
    QFETCH(Pieces, pieces);
    QFETCH(std::vector<double>, breakpoints);
    QFETCH(std::vector<int>, segmentPieces);
    QFETCH(States, states);

    const Maxout m(pieces);
    QCOMPARE(m.pieceCount(), static_cast<int>(pieces.size()));

    const auto actualBreakpoints = m.breakpoints();
    QCOMPARE(std::vector<double>(actualBreakpoints.begin(), actualBreakpoints.end()), breakpoints);
    QCOMPARE(m.kinks(), breakpoints);
    for (size_t j = 1; j < breakpoints.size(); ++j) {
        QCOMPARE(actualBreakpoints[j - 1] < actualBreakpoints[j], true);
    }

    const std::vector<EnvelopeSegment> &segments = m.segments();
    QCOMPARE(segments.size(), breakpoints.size() + 1);
    QCOMPARE(segments.size(), segmentPieces.size());
    for (size_t j = 0; j < segments.size(); ++j) {
        QCOMPARE(segments[j].piece, segmentPieces[j]);
        QCOMPARE(exact(segments[j].from), exact(j == 0 ? -kInf : breakpoints[j - 1]));
        QCOMPARE(exact(segments[j].to), exact(j + 1 == segments.size() ? kInf : breakpoints[j]));
    }

    QCOMPARE(states.size(), pieces.size());
    for (int i = 0; i < m.pieceCount(); ++i) {
        QCOMPARE(m.state(i), states[static_cast<size_t>(i)]);
    }
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, m.state(m.pieceCount()));
}

void tst_Maxout::valueIsMaxOverAllPieces()
{
    QFETCH(Pieces, pieces);
    QFETCH(std::vector<double>, breakpoints);

    const Maxout m(pieces);
    for (double z : probePoints(breakpoints)) {
        QCOMPARE(exact(m.value(z)), exact(maxOverPieces(pieces, z)));
    }
    for (double b : breakpoints) {
        QCOMPARE(exact(m.value(b)), exact(maxOverPieces(pieces, b)));
    }
}

void tst_Maxout::derivativeAtBreakpointIsTiedSlopeByConvention()
{
    QFETCH(Pieces, pieces);
    QFETCH(std::vector<double>, breakpoints);

    const Maxout m(pieces);
    for (double b : breakpoints) {
        // The pieces tied for the maximum at b (a tolerance only for inexact crossings).
        const double top = maxOverPieces(pieces, b);
        double smallest = kInf;
        double largest = -kInf;
        for (const MaxoutPiece &p : pieces) {
            if (std::abs(p.at(b) - top) <= 1e-12 * (1.0 + std::abs(top))) {
                smallest = std::min(smallest, p.slope);
                largest = std::max(largest, p.slope);
            }
        }
        QCOMPARE(smallest < largest, true);

        const Subgradient s = m.subgradient(b);
        QCOMPARE(exact(s.left), exact(smallest));
        QCOMPARE(exact(s.right), exact(largest));
        QCOMPARE(s.isKink(), true);
        QCOMPARE(exact(m.derivative(b, KinkConvention::Left)), exact(smallest));
        QCOMPARE(exact(m.derivative(b, KinkConvention::Right)), exact(largest));
        QCOMPARE(exact(m.derivative(b, KinkConvention::Mean)), exact((smallest + largest) / 2.0));
        QCOMPARE(exact(m.derivative(b, KinkConvention::First)),
                 exact(firstMaximalSlope(pieces, b)));
        QCOMPARE(exact(m.derivative(b)), exact(smallest));  // Left is the default

        // One float step to either side there is no kink: the one-sided slopes, any convention
        // but First, which follows the rounded values of the pieces there.
        const double justLeft = std::nextafter(b, -kInf);
        const double justRight = std::nextafter(b, kInf);
        for (KinkConvention c : kConventions) {
            if (c == KinkConvention::First) continue;
            QCOMPARE(exact(m.derivative(justLeft, c)), exact(smallest));
            QCOMPARE(exact(m.derivative(justRight, c)), exact(largest));
        }
        QCOMPARE(exact(m.derivative(justLeft, KinkConvention::First)),
                 exact(firstMaximalSlope(pieces, justLeft)));
        QCOMPARE(exact(m.derivative(justRight, KinkConvention::First)),
                 exact(firstMaximalSlope(pieces, justRight)));
        QCOMPARE(m.subgradient(justLeft).isKink(), false);
        QCOMPARE(m.subgradient(justRight).isKink(), false);
    }
}

void tst_Maxout::derivativeBetweenBreakpointsIsActiveSlope()
{
    QFETCH(Pieces, pieces);
    QFETCH(std::vector<double>, breakpoints);
    QFETCH(std::vector<int>, segmentPieces);

    const Maxout m(pieces);
    std::vector<double> inner;  // one point strictly inside each segment
    if (breakpoints.empty()) {
        inner = {-1e6, 0.0, 1e6};
    } else {
        inner.push_back(breakpoints.front() - 1.0);
        for (size_t j = 0; j + 1 < breakpoints.size(); ++j)
            inner.push_back(0.5 * (breakpoints[j] + breakpoints[j + 1]));
        inner.push_back(breakpoints.back() + 1.0);
    }
    for (size_t k = 0; k < inner.size(); ++k) {
        const size_t segment = breakpoints.empty() ? 0 : k;
        const MaxoutPiece &p = pieces[static_cast<size_t>(segmentPieces[segment])];
        for (KinkConvention c : kConventions) {
            QCOMPARE(exact(m.derivative(inner[k], c)), exact(p.slope));
        }
        QCOMPARE(exact(m.value(inner[k])), exact(p.at(inner[k])));
    }
}

void tst_Maxout::activePieceAtBreakpointIsTheLeftOne()
{
    QFETCH(Pieces, pieces);
    QFETCH(std::vector<double>, breakpoints);
    QFETCH(std::vector<int>, segmentPieces);

    const Maxout m(pieces);
    QCOMPARE(m.activePieceAt(-1e6), segmentPieces.front());
    QCOMPARE(m.activePieceAt(-kInf), segmentPieces.front());
    QCOMPARE(m.activePieceAt(1e6), segmentPieces.back());
    QCOMPARE(m.activePieceAt(kInf), segmentPieces.back());
    for (size_t j = 0; j < breakpoints.size(); ++j) {
        const double b = breakpoints[j];
        QCOMPARE(m.activePieceAt(std::nextafter(b, -kInf)), segmentPieces[j]);
        QCOMPARE(m.activePieceAt(b), segmentPieces[j]);
        QCOMPARE(m.activePieceAt(std::nextafter(b, kInf)), segmentPieces[j + 1]);
    }
}

void tst_Maxout::nanGivesNanAndNoActivePiece()
{
    QFETCH(Pieces, pieces);

    const Maxout m(pieces);
    QCOMPARE(std::isnan(m.value(kNaN)), true);
    for (KinkConvention c : kConventions) {
        QCOMPARE(std::isnan(m.derivative(kNaN, c)), true);
    }
    QCOMPARE(m.activePieceAt(kNaN), -1);
}

void tst_Maxout::piecesAreKeptInInputOrder()
{
    QFETCH(Pieces, pieces);

    const Maxout m(pieces);
    QCOMPARE(m.pieces() == pieces, true);
}

void tst_Maxout::eachConventionTakesItsValueAtTheKink_data()
{
    QTest::addColumn<Pieces>("pieces");
    QTest::addColumn<double>("kink");
    QTest::addColumn<KinkConvention>("convention");
    QTest::addColumn<double>("expected");

    struct Row
    {
        const char *name;
        Pieces pieces;
        double kink;
        double left, right, mean, first;
    };
    const Row rows[] = {
        // max(z, -0.5 z, -5): left is the smallest tied slope; PyTorch gives z (piece 0) the tie.
        {"explorer default", {{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}}, 0.0, -0.5, 1.0, 0.25, 1.0},
        // First depends on the order of the table: max(0, z) is PyTorch's relu, max(z, 0) not.
        {"relu max(0, z)", {{0.0, 0.0}, {1.0, 0.0}}, 0.0, 0.0, 1.0, 0.5, 0.0},
        {"relu written max(z, 0)", {{1.0, 0.0}, {0.0, 0.0}}, 0.0, 0.0, 1.0, 0.5, 1.0},
        {"leaky max(0.2 z, z)", {{0.2, 0.0}, {1.0, 0.0}}, 0.0, 0.2, 1.0, 0.6, 0.2},
        {"abs max(-z, z)", {{-1.0, 0.0}, {1.0, 0.0}}, 0.0, -1.0, 1.0, 0.0, -1.0},
        // A piece that wins only at the breakpoint takes the whole tie when it comes first.
        {"hidden piece first", {{0.0, 0.0}, {-1.0, 0.0}, {1.0, 0.0}}, 0.0, -1.0, 1.0, 0.0, 0.0},
        {"3 tied at (1, 1)", {{2.0, -1.0}, {-1.0, 2.0}, {0.5, 0.5}}, 1.0, -1.0, 2.0, 0.5, 2.0},
        // The computed breakpoint lies right of the true crossing 6: there the 0.9 piece is
        // larger, so First takes 0.9 although the 0.2 piece comes first.
        {"decimal breakpoint",
         {{0.2, 1.1}, {0.9, -3.1}},
         (1.1 - -3.1) / (0.9 - 0.2),
         0.2,
         0.9,
         0.55,
         0.9},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s, left", r.name) << r.pieces << r.kink << KinkConvention::Left << r.left;
        QTest::addRow("%s, right", r.name)
            << r.pieces << r.kink << KinkConvention::Right << r.right;
        QTest::addRow("%s, mean", r.name) << r.pieces << r.kink << KinkConvention::Mean << r.mean;
        QTest::addRow("%s, first", r.name)
            << r.pieces << r.kink << KinkConvention::First << r.first;
    }
}

void tst_Maxout::eachConventionTakesItsValueAtTheKink()
{
    QFETCH(Pieces, pieces);
    QFETCH(double, kink);
    QFETCH(KinkConvention, convention);
    QFETCH(double, expected);

    const Maxout m(pieces);
    const auto bp = m.breakpoints();
    QCOMPARE(std::vector<double>(bp.begin(), bp.end()), std::vector<double>{kink});
    QCOMPARE(m.subgradient(kink).isKink(), true);
    QCOMPARE(exact(m.derivative(kink, convention)), exact(expected));
    QCOMPARE(exact(derivative(Activation(m), kink, convention)), exact(expected));
}

void tst_Maxout::firstDerivativeEqualsTorchMaxDimGradient_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < static_cast<int>(std::size(kTorchCases)); ++i)
        QTest::newRow(kTorchCases[i].name) << i;
}

void tst_Maxout::firstDerivativeEqualsTorchMaxDimGradient()
{
    QFETCH(int, index);

    const TorchCase &c = kTorchCases[index];
    const Maxout m(c.pieces);
    for (const TorchSample &s : c.samples) {
        QCOMPARE(hexFloat(m.value(s.z)), hexFloat(s.value));
        QCOMPARE(hexFloat(m.derivative(s.z, KinkConvention::First)), hexFloat(s.gradient));
        QCOMPARE(hexFloat(derivative(Activation(m), s.z, KinkConvention::First)),
                 hexFloat(s.gradient));
    }
    // The table holds every breakpoint the envelope computes.
    for (double b : m.breakpoints()) {
        const bool inTable = std::any_of(c.samples.begin(), c.samples.end(),
                                         [b](const TorchSample &s) { return s.z == b; });
        QVERIFY2(inTable, hexFloat(b).constData());
    }
}

void tst_Maxout::firstGivesSignedZeroAsAutogradSumsIt_data()
{
    QTest::addColumn<Pieces>("pieces");
    QTest::addColumn<double>("expected");

    // dh/dz is the winner's slope * 1 plus every other slope * 0: -0 only if all terms are -0.
    QTest::newRow("-0 wins, the others negative") << Pieces{{-0.0, 0.0}, {-1.0, 0.0}} << -0.0;
    QTest::newRow("-0 wins, another positive") << Pieces{{-0.0, 0.0}, {1.0, 0.0}} << 0.0;
    QTest::newRow("-0 wins, another +0") << Pieces{{-0.0, 1.0}, {0.0, 0.0}} << 0.0;
    QTest::newRow("+0 wins, the others negative") << Pieces{{0.0, 0.0}, {-1.0, 0.0}} << 0.0;
    QTest::newRow("only -0 pieces") << Pieces{{-0.0, 0.0}, {-0.0, -1.0}} << -0.0;
}

void tst_Maxout::firstGivesSignedZeroAsAutogradSumsIt()
{
    QFETCH(Pieces, pieces);
    QFETCH(double, expected);

    const Maxout m(pieces);
    QCOMPARE(hexFloat(m.derivative(0.0, KinkConvention::First)), hexFloat(expected));
}

void tst_Maxout::valueAndDerivativeAtInfinityFollowOuterPieces_data()
{
    QTest::addColumn<Pieces>("pieces");
    QTest::addColumn<double>("atMinusInf");
    QTest::addColumn<double>("atPlusInf");
    QTest::addColumn<double>("slopeAtMinusInf");
    QTest::addColumn<double>("slopeAtPlusInf");

    QTest::newRow("relu") << Pieces{{0.0, 0.0}, {1.0, 0.0}} << 0.0 << kInf << 0.0 << 1.0;
    QTest::newRow("relu with intercept")
        << Pieces{{0.0, 2.0}, {1.0, 0.0}} << 2.0 << kInf << 0.0 << 1.0;
    QTest::newRow("leaky 0.2") << Pieces{{0.2, 0.0}, {1.0, 0.0}} << -kInf << kInf << 0.2 << 1.0;
    QTest::newRow("abs") << Pieces{{-1.0, 0.0}, {1.0, 0.0}} << kInf << kInf << -1.0 << 1.0;
    QTest::newRow("explorer default")
        << Pieces{{1.0, 0.0}, {-0.5, 0.0}, {0.0, -5.0}} << kInf << kInf << -0.5 << 1.0;
    QTest::newRow("k=1 rising") << Pieces{{2.0, 3.0}} << -kInf << kInf << 2.0 << 2.0;
    QTest::newRow("k=1 falling") << Pieces{{-2.0, 1.0}} << kInf << -kInf << -2.0 << -2.0;
    QTest::newRow("k=1 flat") << Pieces{{0.0, 3.0}} << 3.0 << 3.0 << 0.0 << 0.0;
    QTest::newRow("parallel flat") << Pieces{{0.0, 1.0}, {0.0, -1.0}} << 1.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("flat then falling")
        << Pieces{{0.0, 1.0}, {-1.0, 0.0}} << kInf << 1.0 << -1.0 << 0.0;
}

void tst_Maxout::valueAndDerivativeAtInfinityFollowOuterPieces()
{
    QFETCH(Pieces, pieces);
    QFETCH(double, atMinusInf);
    QFETCH(double, atPlusInf);
    QFETCH(double, slopeAtMinusInf);
    QFETCH(double, slopeAtPlusInf);

    const Maxout m(pieces);
    QCOMPARE(exact(m.value(-kInf)), exact(atMinusInf));
    QCOMPARE(exact(m.value(kInf)), exact(atPlusInf));
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(m.derivative(-kInf, c)), exact(slopeAtMinusInf));
        QCOMPARE(exact(m.derivative(kInf, c)), exact(slopeAtPlusInf));
    }
}

void tst_Maxout::finiteDifferencesMatchDerivativeAwayFromBreakpoints_data()
{
    QTest::addColumn<double>("z");

    // The 3-piece example has breakpoints 0.25 and about 1.142857; these points avoid them.
    const double points[] = {-7.1, -2.3, -0.6, 0.1, 0.2, 0.3, 0.6, 0.9, 1.1, 1.2, 1.7, 3.4, 9.9};
    for (double z : points)
        QTest::addRow("z = %g", z) << z;
}

void tst_Maxout::finiteDifferencesMatchDerivativeAwayFromBreakpoints()
{
    QFETCH(double, z);

    const Maxout m({{0.7, -0.3}, {-1.3, 0.2}, {2.1, -1.9}});
    const double h = 1e-6;
    const double central = (m.value(z + h) - m.value(z - h)) / (2.0 * h);
    for (KinkConvention c : kConventions) {
        QCOMPARE(exact(central), near(m.derivative(z, c), 1e-6, 1e-6));
    }
}

void tst_Maxout::concurrentDecimalLinesHideTheMiddlePiece()
{
    // Regression: 0.2 z + 1.1, 0.75 z - 2.2 and 0.9 z - 3.1 all pass through (6, 2.3) in decimal.
    // In exact arithmetic on these doubles the 0.75 piece is never the maximum (its crossing with
    // the 0.2 piece, about 6.0000000000000009, lies right of its crossing with the 0.9 piece, about
    // 5.9999999999999982), so the envelope is the 0.2 piece then the 0.9 piece, one kink.
    const Pieces pieces = {{0.9, -3.1}, {0.2, 1.1}, {0.75, -2.2}};
    const Maxout m(pieces);
    const double kink = (1.1 - -3.1) / (0.9 - 0.2);
    const auto bp = m.breakpoints();
    QCOMPARE(std::vector<double>(bp.begin(), bp.end()), std::vector<double>{kink});
    QCOMPARE(m.state(2), PieceState::Hidden);
    QCOMPARE(m.segments().size(), size_t{2});
    QCOMPARE(m.segments()[0].piece, 1);
    QCOMPARE(m.segments()[1].piece, 0);
    QCOMPARE(exact(m.subgradient(kink).left), exact(0.2));
    QCOMPARE(exact(m.subgradient(kink).right), exact(0.9));
}

void tst_Maxout::constructorRejectsBadPieceLists_data()
{
    QTest::addColumn<Pieces>("pieces");

    QTest::newRow("0 pieces") << Pieces{};
    QTest::newRow("9 pieces") << Pieces(9, MaxoutPiece{1.0, 0.0});
    QTest::newRow("NaN slope") << Pieces{{0.0, 0.0}, {kNaN, 0.0}};
    QTest::newRow("NaN intercept") << Pieces{{0.0, kNaN}};
    QTest::newRow("+inf slope") << Pieces{{kInf, 0.0}, {1.0, 0.0}};
    QTest::newRow("-inf intercept") << Pieces{{1.0, -kInf}};
}

void tst_Maxout::constructorRejectsBadPieceLists()
{
    QFETCH(Pieces, pieces);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Maxout{pieces});
}

void tst_Maxout::constructorAcceptsOneToEightPieces_data()
{
    QTest::addColumn<int>("count");
    for (int k = Maxout::kMinPieces; k <= Maxout::kMaxPieces; ++k)
        QTest::addRow("%d pieces", k) << k;
}

void tst_Maxout::constructorAcceptsOneToEightPieces()
{
    QFETCH(int, count);

    // count identical lines: one Active, the rest Duplicate, no breakpoints.
    const Maxout m(Pieces(static_cast<size_t>(count), MaxoutPiece{0.5, 1.0}));
    QCOMPARE(m.pieceCount(), count);
    QCOMPARE(m.breakpoints().size(), size_t{0});
    QCOMPARE(m.state(0), PieceState::Active);
    for (int i = 1; i < count; ++i)
        QCOMPARE(m.state(i), PieceState::Duplicate);
}

RELULAB_TEST_APPLESS_MAIN(tst_Maxout)
#include "tst_maxout.moc"
