// Axis ends that move now and then: nice ceilings and spans that hold the data.
#include <QtTest>

#include "gui/common/NiceRange.h"
#include "support/TestRegistry.h"

using namespace relulab::gui;

class tst_NiceRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceCeilingIsTheNextNiceNumber()
    {
        QCOMPARE(niceCeiling(1.0), 1.0);
        QCOMPARE(niceCeiling(1.01), 1.2);
        QCOMPARE(niceCeiling(7.0), 8.0);
        QCOMPARE(niceCeiling(8.5), 10.0);
        QCOMPARE(niceCeiling(0.023), 0.025);
        QCOMPARE(niceCeiling(4200.0), 5000.0);
        QCOMPARE(niceCeiling(0.0), 1.0);
        QCOMPARE(niceCeiling(-3.0), 1.0);
        QCOMPARE(niceCeiling(qQNaN()), 1.0);
    }

    // A span that holds the data stays while it is at most 1.6 times as wide; otherwise the data's
    // ends rounded outwards to about an eighth of their width.
    void stableSpanHoldsTheDataAndMovesNowAndThen()
    {
        const auto same = [](Span a, Span b) {
            return qFuzzyCompare(a.lower + 1.0, b.lower + 1.0) &&
                   qFuzzyCompare(a.upper + 1.0, b.upper + 1.0);
        };
        // [-1.3, 6.1]: width 7.4, step niceCeiling(0.925) = 1.
        const Span fresh = stableSpan({0.0, 1.0}, -1.3, 6.1);
        QVERIFY(same(fresh, {-2.0, 7.0}));
        QCOMPARE(stableSpan(fresh, -1.1, 6.4), fresh);  // moved a little: held
        QCOMPARE(stableSpan(fresh, -0.2, 5.5), fresh);  // 9 <= 1.6 x 5.7
        // Out of the span: [-1.1, 8.7], step niceCeiling(1.225) = 1.5.
        QVERIFY(same(stableSpan(fresh, -1.1, 8.7), {-1.5, 9.0}));
        // The data much narrower than the span: [0.1, 3], step niceCeiling(0.3625) = 0.4.
        QVERIFY(same(stableSpan(fresh, 0.1, 3.0), {0.0, 3.2}));
        // No width: the data's ends as they are.
        QVERIFY(same(stableSpan(fresh, 2.0, 2.0), {2.0, 2.0}));
    }
};

RELULAB_TEST_MAIN(tst_NiceRange)
#include "tst_nicerange.moc"
