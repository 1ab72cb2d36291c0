// Keyboard nudges: arrow keys on the focused explorer plot move the cursor and change alpha or a
// maxout piece; Shift gives a tenth of the step there and in spin boxes and sliders.
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QtTest>

#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using relulab::gui::ControlPanel;
using relulab::gui::ExplorerPlot;
using relulab::gui::MainWindow;
using relulab::session::ExplorerState;
using relulab::session::FunctionId;

class tst_KeyboardNudge : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    ExplorerPlot *plot() { return m_window->plot(); }
    void key(QWidget *w, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(w, k, modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("appearance"));
    }
    void init()
    {
        QVERIFY(openMainWindow());
        plot()->replot();
        plot()->setFocus(Qt::TabFocusReason);
    }
    void cleanup() { closeMainWindow(); }

    void upAndDownOnThePlotChangeAlphaByAStep()
    {
        QCOMPARE(m_state->alpha(), 0.01);
        QCOMPARE(plot()->keyboardTarget(), -1);
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 0.02);
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 0.03);
        key(plot(), Qt::Key_Down);
        QCOMPARE(m_state->alpha(), 0.02);
        // The spin box and the curve follow.
        QCOMPARE(child<QDoubleSpinBox>("alphaSpin")->value(), 0.02);
    }

    void shiftGivesTheFineAlphaStep()
    {
        key(plot(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(m_state->alpha(), 0.011);
        key(plot(), Qt::Key_Down, Qt::ShiftModifier);
        key(plot(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_state->alpha(), 0.009);
    }

    void alphaStopsAtItsLimit()
    {
        m_state->setAlpha(0.995);
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 1.0);
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 1.0);
    }

    void enterPicksAMaxoutPieceAndArrowsMoveItsIntercept()
    {
        key(plot(), Qt::Key_Return);
        QCOMPARE(plot()->keyboardTarget(), 0);
        QCOMPARE(plot()->keyboardTargetName(), QStringLiteral("maxout piece 1"));
        const auto before = m_state->pieces();
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->pieces()[0].intercept, before[0].intercept + 0.1);
        QCOMPARE(m_state->pieces()[0].slope, before[0].slope);
        key(plot(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_state->pieces()[0].intercept, before[0].intercept + 0.09);
        QCOMPARE(m_state->alpha(), 0.01);  // alpha untouched
        // The chosen piece is drawn thicker while the plot has focus.
        QVERIFY(plot()->pieceGraph(0)->pen().widthF() > plot()->pieceGraph(1)->pen().widthF());
        // Enter walks through every piece and back to alpha.
        const int pieces = m_state->maxout().pieceCount();
        for (int i = 1; i < pieces; ++i)
            key(plot(), Qt::Key_Enter);
        QCOMPARE(plot()->keyboardTarget(), pieces - 1);
        key(plot(), Qt::Key_Return);
        QCOMPARE(plot()->keyboardTarget(), -1);
        key(plot(), Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 0.02);
    }

    void leftAndRightMoveTheCursorAndTheReadout()
    {
        QVERIFY(!plot()->probe());
        key(plot(), Qt::Key_Right);  // the first press lands on the kink at 0
        QCOMPARE(plot()->probe().value_or(99.0), 0.0);
        QVERIFY2(m_window->readout()->text().contains(QStringLiteral("\u2208 [0, 1]")),
                 qPrintable(m_window->readout()->text()));
        key(plot(), Qt::Key_Right);  // a hundredth of the range -10..10
        QCOMPARE(plot()->probe().value_or(99.0), 0.2);
        key(plot(), Qt::Key_Right, Qt::ShiftModifier);  // a thousandth
        QCOMPARE(plot()->probe().value_or(99.0), 0.22);
        key(plot(), Qt::Key_Left);  // back to the step grid
        QCOMPARE(plot()->probe().value_or(99.0), 0.2);
        key(plot(), Qt::Key_Left);
        QCOMPARE(plot()->probe().value_or(99.0), 0.0);
        QVERIFY(m_window->readout()->text().contains(QStringLiteral("z = 0")));
    }

    void cursorStopsOnAKinkBetweenTwoSteps()
    {
        // max(z, 0.5): a kink at 0.5, between the steps 0.4 and 0.6.
        QCOMPARE(m_state->setPieces({{1.0, 0.0}, {0.0, 0.5}}), QString());
        m_state->setVisible(FunctionId::Relu, false);
        m_state->setVisible(FunctionId::Leaky, false);
        plot()->setProbe(0.4);
        key(plot(), Qt::Key_Right);
        QCOMPARE(plot()->probe().value_or(99.0), 0.5);
        key(plot(), Qt::Key_Right);
        QCOMPARE(plot()->probe().value_or(99.0), 0.6);
        key(plot(), Qt::Key_Left);
        QCOMPARE(plot()->probe().value_or(99.0), 0.5);
    }

    void cursorStaysInTheRange()
    {
        plot()->setProbe(9.9);
        key(plot(), Qt::Key_Right);
        key(plot(), Qt::Key_Right);
        QCOMPARE(plot()->probe().value_or(99.0), 10.0);
    }

    void shiftArrowsInADoubleSpinBoxStepATenth()
    {
        auto *spin = child<QDoubleSpinBox>("alphaSpin");
        spin->setFocus(Qt::TabFocusReason);
        key(spin, Qt::Key_Up);
        QCOMPARE(m_state->alpha(), 0.02);
        key(spin, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(m_state->alpha(), 0.021);
        key(spin, Qt::Key_Down, Qt::ShiftModifier);
        key(spin, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_state->alpha(), 0.019);

        auto *hi = child<QDoubleSpinBox>("hiSpin");
        hi->setFocus(Qt::TabFocusReason);
        key(hi, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_state->hi(), 9.9);
        key(hi, Qt::Key_Down);
        QCOMPARE(m_state->hi(), 8.9);
    }

    void shiftArrowsOnASliderMoveOneTick()
    {
        auto *slider = child<QSlider>("alphaSlider");
        slider->setFocus(Qt::TabFocusReason);
        const int start = slider->value();
        key(slider, Qt::Key_Right);
        QCOMPARE(slider->value(), start + 10);
        key(slider, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(slider->value(), start + 11);
        key(slider, Qt::Key_Left, Qt::ShiftModifier);
        key(slider, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(slider->value(), start + 9);
        QCOMPARE(m_state->alpha(),
                 std::round(ControlPanel::alphaScale().toValue(start + 9) * 1e4) / 1e4);

        auto *lo = child<QSlider>("loSlider");
        lo->setFocus(Qt::TabFocusReason);
        key(lo, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(m_state->lo(), -9.9);  // one tick of 0.1
        key(lo, Qt::Key_Right);
        QCOMPARE(m_state->lo(), -8.9);
    }
};

RELULAB_TEST_MAIN(tst_KeyboardNudge)
#include "tst_keyboardnudge.moc"
