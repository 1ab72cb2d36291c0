// The explorer plot's redraw economy: a change resamples only the curves whose parameters it
// touched and nothing hidden; a hover redraws the probe's layer, not the plot; nothing is drawn
// while the plot is hidden.
#include <QtTest>
#include <array>
#include <cmath>

#include "gui/explorer/ExplorerPlot.h"
#include "gui/style/PlotStyle.h"
#include "session/ExplorerState.h"
#include "support/TestRegistry.h"

using relulab::gui::ExplorerPlot;
using relulab::session::ExplorerState;
using relulab::session::FunctionId;
using relulab::session::kAllFunctions;

namespace {

using Counts = std::array<long, kAllFunctions.size()>;

Counts resamples(const ExplorerPlot &plot)
{
    Counts counts{};
    for (size_t i = 0; i < kAllFunctions.size(); ++i)
        counts[i] = plot.resampleCount(kAllFunctions[i]);
    return counts;
}

// counts plus one for each function in `changed`.
Counts plus(Counts counts, std::initializer_list<FunctionId> changed)
{
    for (FunctionId id : changed)
        ++counts[static_cast<size_t>(id)];
    return counts;
}

// Handles the queued replot and the repaint it asks for.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
}

double valueAt(QCPGraph *graph, double key)
{
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (it->key == key) return it->value;
    }
    return std::nan("");
}

}  // namespace

Q_DECLARE_METATYPE(Counts)

class tst_ExplorerPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Nine functions, seven Okabe-Ito colours that read on white: a smooth cousin may share a hue
    // with another cousin, never with ReLU, Leaky ReLU or Maxout, and no two functions share
    // both colour and line style.
    void everyFunctionLooksDifferentAndTheMainThreeHaveTheirOwnColours()
    {
        for (FunctionId a : kAllFunctions) {
            for (FunctionId b : kAllFunctions) {
                if (a == b) continue;
                const auto sa = relulab::gui::functionStyle(a), sb = relulab::gui::functionStyle(b);
                QVERIFY(sa.color != sb.color || sa.line != sb.line);
                const bool main =
                    a == FunctionId::Relu || a == FunctionId::Leaky || a == FunctionId::Maxout;
                if (main) QVERIFY(sa.color != sb.color);
            }
        }
    }

    void changeResamplesOnlyTheCurvesItTouches();
    void hiddenFunctionIsResampledOnlyWhenShownAgain();
    void changeOfAHiddenFunctionDrawsNothing();
    void probeMoveRedrawsOnlyTheProbeLayer();
    void trainingProbeMarksTheUnitsZWithTheConventionsValueAtTheKink();
    void changesWhileHiddenAreDrawnOnceShown();
};

void tst_ExplorerPlot::changeResamplesOnlyTheCurvesItTouches()
{
    ExplorerState state;
    ExplorerPlot plot(&state);
    // Built: the three shown rectifiers once each, the hidden smooth functions not at all.
    QCOMPARE(resamples(plot), (Counts{1, 1, 1, 0, 0, 0, 0}));

    Counts expected = resamples(plot);
    QCOMPARE(state.setAlpha(0.2), QString());
    expected = plus(expected, {FunctionId::Leaky});
    QCOMPARE(resamples(plot), expected);

    QCOMPARE(state.setPiece(0, {0.5, 1.0}), QString());
    expected = plus(expected, {FunctionId::Maxout});
    QCOMPARE(resamples(plot), expected);

    // The same value again changes nothing, so nothing is resampled.
    QCOMPARE(state.setAlpha(0.2), QString());
    QCOMPARE(resamples(plot), expected);

    // The range and the convention touch every shown curve.
    QCOMPARE(state.setRange(-3.0, 4.0), QString());
    expected = plus(expected, {FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout});
    QCOMPARE(resamples(plot), expected);
    state.setConvention(relulab::core::KinkConvention::Mean);
    expected = plus(expected, {FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout});
    QCOMPARE(resamples(plot), expected);

    // Showing the subgradient bars resamples nothing.
    state.setShowSubgradient(!state.showSubgradient());
    QCOMPARE(resamples(plot), expected);
}

void tst_ExplorerPlot::hiddenFunctionIsResampledOnlyWhenShownAgain()
{
    ExplorerState state;
    ExplorerPlot plot(&state);
    state.setVisible(FunctionId::Leaky, false);
    const Counts hidden = resamples(plot);
    for (double alpha : {0.1, 0.2, 0.3})
        QCOMPARE(state.setAlpha(alpha), QString());
    QCOMPARE(state.setRange(-2.0, 2.0), QString());
    QCOMPARE(resamples(plot), plus(hidden, {FunctionId::Relu, FunctionId::Maxout}));

    // Shown again: resampled once, with the alpha and range set meanwhile.
    state.setVisible(FunctionId::Leaky, true);
    QCOMPARE(resamples(plot),
             plus(hidden, {FunctionId::Relu, FunctionId::Maxout, FunctionId::Leaky}));
    QCOMPARE(plot.curve(FunctionId::Leaky).z.front(), -2.0);
    QCOMPARE(valueAt(plot.valueGraph(FunctionId::Leaky), -2.0), -0.6);  // 0.3 * -2

    // A smooth function shown for the first time is sampled then.
    QCOMPARE(state.setSoftplusBeta(2.0), QString());
    QCOMPARE(plot.resampleCount(FunctionId::Softplus), 0L);
    state.setVisible(FunctionId::Softplus, true);
    QCOMPARE(plot.resampleCount(FunctionId::Softplus), 1L);
    QCOMPARE(plot.curve(FunctionId::Softplus).z.back(), 2.0);
}

void tst_ExplorerPlot::changeOfAHiddenFunctionDrawsNothing()
{
    ExplorerState state;
    ExplorerPlot plot(&state);
    plot.resize(800, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    state.setVisible(FunctionId::Leaky, false);
    settle();
    const long replots = plot.fullReplotCount();

    QCOMPARE(state.setAlpha(0.4), QString());
    settle();
    QCOMPARE(plot.fullReplotCount(), replots);

    QCOMPARE(state.setAlpha(0.05), QString());  // a shown one redraws, once
    state.setVisible(FunctionId::Leaky, true);
    settle();
    QCOMPARE(plot.fullReplotCount(), replots + 1);
}

// The Training tab's probe: the selected unit's z as a line and dots on the shown curves; at z = 0
// exactly the derivative's dot takes the convention's value, and follows a change of it.
void tst_ExplorerPlot::trainingProbeMarksTheUnitsZWithTheConventionsValueAtTheKink()
{
    ExplorerState state;
    state.setVisible(FunctionId::Leaky, true);
    state.setVisible(FunctionId::Maxout, false);
    QCOMPARE(state.setAlpha(0.1), QString());
    ExplorerPlot plot(&state);
    plot.resize(800, 600);
    const auto dots = [&](const QCPGraph *g) {
        QList<QPointF> points;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            points << QPointF(it->key, it->value);
        return points;
    };
    plot.setUnitProbe(-2.0, QStringLiteral("unit 1\u00b71 at the probe"));
    QCOMPARE(plot.unitProbe(), std::optional<double>(-2.0));
    // ReLU and Leaky, in the functions' order: f(-2) = 0 and -0.2; f'(-2) = 0 and 0.1.
    QCOMPARE(dots(plot.unitProbeValueDots()), (QList<QPointF>{{-2.0, 0.0}, {-2.0, -0.2}}));
    QCOMPARE(dots(plot.unitProbeDerivativeDots()), (QList<QPointF>{{-2.0, 0.0}, {-2.0, 0.1}}));

    plot.setUnitProbe(0.0, QStringLiteral("unit 1\u00b71 at the probe"));
    QCOMPARE(dots(plot.unitProbeDerivativeDots()), (QList<QPointF>{{0.0, 0.0}, {0.0, 0.1}}));
    state.setConvention(relulab::core::KinkConvention::Right);
    QCOMPARE(dots(plot.unitProbeDerivativeDots()), (QList<QPointF>{{0.0, 1.0}, {0.0, 1.0}}));
    state.setConvention(relulab::core::KinkConvention::Mean);
    QCOMPARE(dots(plot.unitProbeDerivativeDots()), (QList<QPointF>{{0.0, 0.5}, {0.0, 0.55}}));

    plot.setUnitProbe(std::nullopt, QString());
    QVERIFY(plot.unitProbeValueDots()->data()->isEmpty());
}

void tst_ExplorerPlot::probeMoveRedrawsOnlyTheProbeLayer()
{
    ExplorerState state;
    ExplorerPlot plot(&state);
    plot.resize(800, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    settle();
    QCOMPARE(plot.probeLayer()->mode(), QCPLayer::lmBuffered);
    const long replots = plot.fullReplotCount();

    for (double z : {-3.0, -1.5, 0.0, 2.25, 7.0}) {
        plot.setProbe(z);
        settle();
    }
    QCOMPARE(plot.fullReplotCount(), replots);
    // The probe lines are on their layer, at the last z.
    int lines = 0;
    for (QCPLayerable *child : plot.probeLayer()->children()) {
        auto *line = qobject_cast<QCPItemStraightLine *>(child);
        // QCustomPlot's own selection rectangle lives there too, and the training probe's lines
        // (hidden without a training probe).
        if (!line || !line->visible()) continue;
        QCOMPARE(line->point1->coords().x(), 7.0);
        QCOMPARE(line->point2->coords().x(), 7.0);
        ++lines;
    }
    QCOMPARE(lines, 2);  // one on f, one on f'

    plot.setProbe(std::nullopt);
    settle();
    QCOMPARE(plot.fullReplotCount(), replots);
    for (QCPLayerable *child : plot.probeLayer()->children()) {
        if (qobject_cast<QCPItemStraightLine *>(child)) QVERIFY(!child->visible());
    }
}

void tst_ExplorerPlot::changesWhileHiddenAreDrawnOnceShown()
{
    ExplorerState state;
    ExplorerPlot plot(&state);
    plot.resize(800, 600);
    settle();
    const long replots = plot.fullReplotCount();

    // Hidden (as behind the Training tab): histograms and parameter changes draw nothing...
    for (int i = 0; i < 5; ++i) {
        plot.setHistogram({-1.0, 0.5 * i, 2.0}, QStringLiteral("unit 1\u00b71"));
        QCOMPARE(state.setAlpha(0.1 * (i + 1)), QString());
        settle();
    }
    QCOMPARE(plot.fullReplotCount(), replots);
    QVERIFY(plot.histogramBars()->visible());

    // ...until shown: then one full replot with the latest state.
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QTRY_VERIFY(plot.fullReplotCount() > replots);
    QCOMPARE(valueAt(plot.valueGraph(FunctionId::Leaky), -10.0), -5.0);  // alpha 0.5
}

RELULAB_TEST_MAIN(tst_ExplorerPlot)
#include "tst_explorerplot.moc"
