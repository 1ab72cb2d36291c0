// Pinned curves: ghosts on both explorer plots keep the pinned parameters, follow the range, sit
// behind the live curves, are named in the legend, come and go with the menu, the panel and the
// state, and appear in exported figures.
#include <QAction>
#include <QMenuBar>
#include <QToolButton>
#include <QtTest>
#include <cmath>

#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/explorer/PinnedGhosts.h"
#include "gui/explorer/PinsPanel.h"
#include "gui/export/FigureRenderer.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/LegendTexts.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using namespace relulab;
using relulab::test::legendTexts;
using session::FunctionId;

namespace {

// The polyline's value at z, interpolated between its points (NaN inside a gap).
double valueAt(QCPGraph *graph, double z)
{
    const auto data = graph->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
        if (it->key == z) return it->value;
        if (it->key > z && it != data->constBegin()) {
            const auto prev = it - 1;
            const double t = (z - prev->key) / (it->key - prev->key);
            return prev->value + t * (it->value - prev->value);
        }
    }
    return std::nan("");
}

QList<double> valuesAtKey(QCPGraph *graph, double key)
{
    QList<double> values;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (it->key == key) values << it->value;
    }
    return values;
}

}  // namespace

class tst_Pins : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    gui::ExplorerPlot *plot() { return m_window->plot(); }
    const gui::PinnedGhosts &pins() { return plot()->pins(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow());
        plot()->replot();
    }
    void cleanup() { closeMainWindow(); }

    void pinnedLeakyKeepsItsAlphaWhileTheLiveAlphaMoves()
    {
        QCOMPARE(m_state->setAlpha(0.25), QString());
        QCOMPARE(m_state->pin(FunctionId::Leaky), QString());
        QCOMPARE(m_state->setAlpha(0.5), QString());
        QCOMPARE(pins().count(), 1);
        QCOMPARE(valueAt(pins().valueGraph(0), -2.0), -0.5);
        QCOMPARE(valueAt(pins().valueGraph(0), 4.0), 4.0);
        QCOMPARE(valueAt(plot()->valueGraph(FunctionId::Leaky), -2.0), -1.0);
        QCOMPARE(valueAt(pins().derivativeGraph(0), -2.0), 0.25);
        QCOMPARE(valueAt(plot()->derivativeGraph(FunctionId::Leaky), -2.0), 0.5);
    }

    void pinnedDerivativeHasTheKinkGap()
    {
        m_state->setAlpha(0.25);
        m_state->pin(FunctionId::Leaky);
        m_state->pin(FunctionId::Relu);
        const QList<double> leaky = valuesAtKey(pins().derivativeGraph(0), 0.0);
        QCOMPARE(leaky.size(), 3);
        QCOMPARE(leaky[0], 0.25);
        QVERIFY(std::isnan(leaky[1]));
        QCOMPARE(leaky[2], 1.0);
        const QList<double> relu = valuesAtKey(pins().derivativeGraph(1), 0.0);
        QCOMPARE(relu.size(), 3);
        QCOMPARE(relu[0], 0.0);
        QVERIFY(std::isnan(relu[1]));
        QCOMPARE(relu[2], 1.0);
        QCOMPARE(pins().derivativeGraph(0)->adaptiveSampling(), false);
    }

    void ghostsAreResampledOverANewRangeButKeepTheirParameters()
    {
        m_state->setAlpha(0.25);
        m_state->pin(FunctionId::Leaky);
        m_state->setAlpha(0.75);
        QCOMPARE(m_state->setRange(-4.0, 3.0), QString());
        QCPGraph *ghost = pins().valueGraph(0);
        QCOMPARE(ghost->data()->constBegin()->key, -4.0);
        QCOMPARE(ghost->data()->constBegin()->value, -1.0);
        QCOMPARE((ghost->data()->constEnd() - 1)->key, 3.0);
        QCOMPARE(pins().derivativeGraph(0)->data()->constBegin()->key, -4.0);
    }

    void yAxisMakesRoomForAPinnedCurve()
    {
        m_state->setAlpha(-1.0);  // f(-10) = 10: the highest value on the plot
        m_state->pin(FunctionId::Leaky);
        m_state->setAlpha(0.01);
        m_state->setVisible(FunctionId::Maxout, false);
        QVERIFY(plot()->valueRect()->axis(QCPAxis::atLeft)->range().upper >= 10.0);
        QVERIFY(plot()->derivativeRect()->axis(QCPAxis::atLeft)->range().lower <= -1.0);
    }

    void ghostsAreDrawnBehindTheLiveCurvesThinnerAndLighter()
    {
        m_state->pin(FunctionId::Leaky);
        QCPGraph *ghost = pins().valueGraph(0);
        QCPGraph *live = plot()->valueGraph(FunctionId::Leaky);
        QVERIFY(ghost->visible());
        QVERIFY(pins().derivativeGraph(0)->visible());
        QVERIFY(ghost->layer()->index() < live->layer()->index());
        QCOMPARE(ghost->pen().style(), live->pen().style());
        QVERIFY(ghost->pen().widthF() < live->pen().widthF());
        QVERIFY(ghost->pen().color().alpha() < live->pen().color().alpha());
        QCOMPARE(ghost->pen().color().rgb(), live->pen().color().rgb());
    }

    void legendNamesEachPinInItalicsAfterTheLiveCurves()
    {
        m_state->setAlpha(0.1);
        m_state->pin(FunctionId::Leaky);
        const QStringList texts = legendTexts(plot()->functionLegend());
        QCOMPARE(texts, (QStringList{QStringLiteral("ReLU"), QStringLiteral("Leaky ReLU"),
                                     QStringLiteral("Maxout"),
                                     QStringLiteral("pinned: Leaky ReLU, \u03b1 = 0.1")}));
        auto *pinned = plot()->functionLegend()->itemWithPlottable(pins().valueGraph(0));
        auto *live =
            plot()->functionLegend()->itemWithPlottable(plot()->valueGraph(FunctionId::Leaky));
        QVERIFY(pinned->font().italic());
        QVERIFY(!live->font().italic());
        // Hiding every live curve keeps the pin and its entry.
        for (FunctionId id : session::kRectifiers)
            m_state->setVisible(id, false);
        QCOMPARE(legendTexts(plot()->functionLegend()),
                 QStringList{QStringLiteral("pinned: Leaky ReLU, \u03b1 = 0.1")});
        QVERIFY(pins().valueGraph(0)->visible());
    }

    void legendEntryUnderThePointerNamesItsPin()
    {
        m_state->pin(FunctionId::Relu);
        m_state->setAlpha(0.3);
        m_state->pin(FunctionId::Leaky);
        plot()->replot();
        for (int i = 0; i < 2; ++i) {
            auto *item = plot()->functionLegend()->itemWithPlottable(pins().valueGraph(i));
            QCOMPARE(
                pins().pinAtLegend(plot()->functionLegend(), QPointF(item->outerRect().center())),
                i);
        }
        auto *live =
            plot()->functionLegend()->itemWithPlottable(plot()->valueGraph(FunctionId::Relu));
        QCOMPARE(pins().pinAtLegend(plot()->functionLegend(), QPointF(live->outerRect().center())),
                 -1);
    }

    void pinActionPinsEachVisibleFunctionOnce()
    {
        QAction *pin = menuAction(QStringLiteral("Pin visible curves"));
        QCOMPARE(pin->shortcut(), QKeySequence(Qt::Key_P));
        pin->trigger();
        QCOMPARE(m_state->pinned().size(), size_t(3));
        QCOMPARE(pins().count(), 3);
        pin->trigger();  // nothing new
        QCOMPARE(m_state->pinned().size(), size_t(3));
        m_state->setAlpha(0.2);
        pin->trigger();  // only Leaky ReLU changed
        QCOMPARE(m_state->pinned().size(), size_t(4));
        QCOMPARE(m_state->pinned().back().function, FunctionId::Leaky);
        QCOMPARE(m_state->pinned().back().alpha, 0.2);
    }

    void pinningBeyondTheLimitIsRefusedInline()
    {
        QAction *pin = menuAction(QStringLiteral("Pin visible curves"));
        pin->trigger();  // 3
        m_state->setAlpha(0.2);
        m_state->setPieces({{1.0, 0.0}, {0.0, 0.0}});
        pin->trigger();  // 5
        m_state->setAlpha(0.3);
        m_state->setPieces({{1.0, 0.0}, {-1.0, 0.0}});
        pin->trigger();  // would be 7
        QCOMPARE(m_state->pinned().size(), size_t(5));
        QVERIFY2(m_window->controls()->errorText().contains(QStringLiteral("At most 6")),
                 qPrintable(m_window->controls()->errorText()));
    }

    void clearPinsRemovesGhostsAndLegendEntries()
    {
        m_state->pin(FunctionId::Relu);
        m_state->pin(FunctionId::Maxout);
        QCPGraph *ghost = pins().valueGraph(0);
        QAction *clear = menuAction(QStringLiteral("Clear pins"));
        QCOMPARE(clear->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_P));
        clear->trigger();
        QVERIFY(m_state->pinned().empty());
        QCOMPARE(pins().count(), 0);
        QVERIFY(!ghost->visible());
        QCOMPARE(ghost->data()->size(), 0);
        for (const QString &text : legendTexts(plot()->functionLegend()))
            QVERIFY(!text.startsWith(QStringLiteral("pinned")));
    }

    void panelListsPinsAndItsButtonUnpinsOne()
    {
        gui::PinsPanel *panel = m_window->controls()->pins();
        QVERIFY(!panel->clearButton()->isEnabled());
        m_state->setAlpha(0.1);
        m_state->pin(FunctionId::Leaky);
        m_state->setAlpha(0.2);
        m_state->pin(FunctionId::Leaky);
        QToolButton *first = panel->removeButton(0);
        QVERIFY(first);
        QVERIFY(panel->removeButton(1));
        QVERIFY(!panel->removeButton(2));
        QCOMPARE(first->accessibleName(), QStringLiteral("Unpin Leaky ReLU, \u03b1 = 0.1"));
        QVERIFY(!first->toolTip().isEmpty());
        QTest::mouseClick(first, Qt::LeftButton);
        QCOMPARE(m_state->pinned().size(), size_t(1));
        QCOMPARE(m_state->pinned().front().alpha, 0.2);
        QCOMPARE(valueAt(pins().valueGraph(0), -10.0), -2.0);
        QTest::mouseClick(panel->pinButton(), Qt::LeftButton);
        QCOMPARE(m_state->pinned().size(), size_t(3));  // ReLU and Maxout are new
        QVERIFY(panel->clearButton()->isEnabled());
        QTest::mouseClick(panel->clearButton(), Qt::LeftButton);
        QVERIFY(m_state->pinned().empty());
    }

    void exportedFiguresContainThePins()
    {
        session::ExplorerSettings settings;
        settings.alpha = 0.25;
        settings.pinned.push_back(settings.pin(FunctionId::Leaky));
        settings.alpha = 0.5;
        QString error;
        const QByteArray svg =
            gui::renderFigure(settings, QSize(800, 600), session::ImageFormat::Svg, &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QVERIFY(svg.contains("pinned: Leaky ReLU"));
        settings.pinned.clear();
        const QByteArray plain =
            gui::renderFigure(settings, QSize(800, 600), session::ImageFormat::Svg, &error);
        QVERIFY(!plain.contains("pinned:"));

        // The window's own figure too.
        m_state->pin(FunctionId::Relu);
        const QByteArray window =
            gui::renderPlot(plot(), plot()->size(), session::ImageFormat::Svg, &error);
        QVERIFY(window.contains("pinned: ReLU"));
    }
};

RELULAB_TEST_MAIN(tst_Pins)
#include "tst_pins.moc"
