// Explorer window: controls, plots and mouse gestures stay in step through the state model.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSlider>
#include <QTabBar>
#include <QtTest>
#include <cmath>

#include "core/Activation.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/MainWindowFixture.h"
#include "support/MouseEvents.h"
#include "support/TestRegistry.h"

using relulab::gui::ControlPanel;
using relulab::gui::ExplorerPlot;
using relulab::gui::MainWindow;
using relulab::session::ExplorerState;
using relulab::session::FunctionId;

using relulab::test::sendMouse;

namespace {

// The graph's value at an exact key (the first point with that key).
double valueAtKey(QCPGraph *graph, double key)
{
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (it->key == key) return it->value;
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

class tst_ExplorerWindow : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    ExplorerPlot *plot() { return m_window->plot(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow());
        plot()->replot();
    }
    void cleanup() { closeMainWindow(); }

    void alphaSliderChangesLeakyGraphData()
    {
        auto *slider = child<QSlider>("alphaSlider");
        QCOMPARE(valueAtKey(plot()->valueGraph(FunctionId::Leaky), -10.0), -0.1);
        slider->setValue(ControlPanel::alphaScale().toTick(0.25));  // tick 500 → 0.25 exactly
        QCOMPARE(m_state->alpha(), 0.25);
        QCOMPARE(valueAtKey(plot()->valueGraph(FunctionId::Leaky), -10.0), -2.5);
        QCOMPARE(valueAtKey(plot()->derivativeGraph(FunctionId::Leaky), -10.0), 0.25);
        QCOMPARE(child<QDoubleSpinBox>("alphaSpin")->value(), 0.25);
        // ReLU is untouched by alpha.
        QCOMPARE(valueAtKey(plot()->valueGraph(FunctionId::Relu), -10.0), 0.0);
    }

    void alphaSpinAcceptsNegativeAndMovesSlider()
    {
        child<QDoubleSpinBox>("alphaSpin")->setValue(-0.5);
        QCOMPARE(m_state->alpha(), -0.5);
        QCOMPARE(child<QSlider>("alphaSlider")->value(), ControlPanel::alphaScale().toTick(-0.5));
        QCOMPARE(valueAtKey(plot()->valueGraph(FunctionId::Leaky), -10.0), 5.0);
    }

    void rangeControlsChangeBothAxes()
    {
        child<QDoubleSpinBox>("loSpin")->setValue(-5.0);
        child<QDoubleSpinBox>("hiSpin")->setValue(3.0);
        for (QCPAxisRect *rect : {plot()->valueRect(), plot()->derivativeRect()}) {
            QCOMPARE(rect->axis(QCPAxis::atBottom)->range().lower, -5.0);
            QCOMPARE(rect->axis(QCPAxis::atBottom)->range().upper, 3.0);
        }
        auto *graph = plot()->valueGraph(FunctionId::Relu);
        QCOMPARE(graph->data()->constBegin()->key, -5.0);
        QCOMPARE((graph->data()->constEnd() - 1)->key, 3.0);
    }

    void rangeWithLoAboveHiIsRefusedInline()
    {
        child<QDoubleSpinBox>("loSpin")->setValue(20.0);
        QCOMPARE(m_state->lo(), -10.0);
        QCOMPARE(child<QDoubleSpinBox>("loSpin")->value(), -10.0);
        QVERIFY(m_window->controls()->errorText().contains(QStringLiteral("lo < hi")));
    }

    void wheelZoomUpdatesRangeControls()
    {
        const QPointF centre = plot()->valueToPixel(0.0, 0.0);
        QWheelEvent wheel(centre, plot()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(plot(), &wheel);
        QVERIFY(m_state->hi() - m_state->lo() < 20.0 * 0.86);
        QVERIFY(m_state->lo() < 0.0 && m_state->hi() > 0.0);
        QCOMPARE(child<QDoubleSpinBox>("loSpin")->value(), std::round(m_state->lo() * 1000) / 1000);
        QCOMPARE(child<QDoubleSpinBox>("hiSpin")->value(), std::round(m_state->hi() * 1000) / 1000);
        QCOMPARE(plot()->valueRect()->axis(QCPAxis::atBottom)->range().lower, m_state->lo());
    }

    void dragOnEmptySpacePans()
    {
        const QPointF from = plot()->valueToPixel(5.0, 8.0);  // above every curve
        const QPointF to = plot()->valueToPixel(7.0, 8.0);
        sendMouse(plot(), QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(plot(), QEvent::MouseMove, to, Qt::LeftButton, Qt::NoButton);
        sendMouse(plot(), QEvent::MouseButtonRelease, to, Qt::NoButton);
        QVERIFY(std::abs(m_state->lo() - (-12.0)) < 0.05);
        QVERIFY(std::abs(m_state->hi() - 8.0) < 0.05);
    }

    void conventionChangesPlottedDerivativeAtZero_data()
    {
        QTest::addColumn<int>("comboIndex");
        QTest::addColumn<double>("taken");
        QTest::addColumn<QList<double>>("open");
        QTest::newRow("left") << 0 << 0.0 << QList<double>{1.0};
        QTest::newRow("right") << 1 << 1.0 << QList<double>{0.0};
        QTest::newRow("mean") << 2 << 0.5 << QList<double>{0.0, 1.0};
        QTest::newRow("first") << 3 << 0.0 << QList<double>{1.0};  // PyTorch's relu'(0) = 0
    }
    void conventionChangesPlottedDerivativeAtZero()
    {
        QFETCH(int, comboIndex);
        QFETCH(double, taken);
        QFETCH(QList<double>, open);
        child<QComboBox>("conventionCombo")->setCurrentIndex(comboIndex);
        QCOMPARE(valuesAtKey(plot()->takenDots(FunctionId::Relu), 0.0), QList<double>{taken});
        QCOMPARE(valuesAtKey(plot()->openDots(FunctionId::Relu), 0.0), open);
    }

    void conventionShortcutSetsMenuComboAndMaxoutDot_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("menuText");
        QTest::addColumn<int>("comboIndex");
        QTest::addColumn<QString>("comboText");
        QTest::addColumn<double>("maxoutTaken");
        QTest::addColumn<QList<double>>("maxoutOpen");
        // The default maxout max(z, -0.5 z, -5): slopes -0.5 and 1 tie at 0, z is piece 0.
        QTest::newRow("L") << int(Qt::Key_L) << "&Left" << 0 << "left" << -0.5
                           << QList<double>{1.0};
        QTest::newRow("R") << int(Qt::Key_R) << "&Right" << 1 << "right" << 1.0
                           << QList<double>{-0.5};
        QTest::newRow("M") << int(Qt::Key_M) << "&Mean" << 2 << "mean" << 0.25
                           << QList<double>{-0.5, 1.0};
        QTest::newRow("F") << int(Qt::Key_F) << "&First (PyTorch relu, max(dim))" << 3
                           << "first (PyTorch max(dim))" << 1.0 << QList<double>{-0.5};
    }
    void conventionShortcutSetsMenuComboAndMaxoutDot()
    {
        QFETCH(int, key);
        QFETCH(QString, menuText);
        QFETCH(int, comboIndex);
        QFETCH(QString, comboText);
        QFETCH(double, maxoutTaken);
        QFETCH(QList<double>, maxoutOpen);
        // Start elsewhere, so that the shortcut makes a change.
        m_state->setConvention(key == Qt::Key_M ? relulab::core::KinkConvention::Right
                                                : relulab::core::KinkConvention::Mean);
        QAction *action = nullptr;
        for (QAction *a : m_window->actions()) {
            if (a->shortcut() == QKeySequence(key)) action = a;
        }
        QVERIFY(action);
        QCOMPARE(action->text(), menuText);
        QVERIFY(!action->toolTip().isEmpty());
        action->trigger();
        QVERIFY(action->isChecked());
        auto *combo = child<QComboBox>("conventionCombo");
        QCOMPARE(combo->currentIndex(), comboIndex);
        QCOMPARE(combo->currentText(), comboText);
        QVERIFY(!combo->itemData(comboIndex, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(valuesAtKey(plot()->takenDots(FunctionId::Maxout), 0.0),
                 QList<double>{maxoutTaken});
        QCOMPARE(valuesAtKey(plot()->openDots(FunctionId::Maxout), 0.0), maxoutOpen);
    }

    void derivativeJumpIsAGapNotARamp()
    {
        const QList<double> atZero = valuesAtKey(plot()->derivativeGraph(FunctionId::Relu), 0.0);
        QCOMPARE(atZero.size(), 3);
        QCOMPARE(atZero[0], 0.0);
        QVERIFY(std::isnan(atZero[1]));
        QCOMPARE(atZero[2], 1.0);
        QCOMPARE(plot()->derivativeGraph(FunctionId::Relu)->adaptiveSampling(), false);
        // The bar spans the subgradient [0, 1] and hides with the toggle.
        QCOMPARE(valuesAtKey(plot()->subgradientBars(FunctionId::Relu), 0.0).mid(0, 2),
                 (QList<double>{0.0, 1.0}));
        QVERIFY(plot()->subgradientBars(FunctionId::Relu)->visible());
        m_state->setShowSubgradient(false);
        QVERIFY(!plot()->subgradientBars(FunctionId::Relu)->visible());
    }

    void dragOnLeakyBranchChangesAlpha()
    {
        const QPointF press = plot()->valueToPixel(-5.0, -0.05);
        QCOMPARE(plot()->hitTest(press).kind, ExplorerPlot::HitKind::LeakyBranch);
        const QPointF target = plot()->valueToPixel(-5.0, -2.0);  // alpha = -2 / -5 = 0.4
        sendMouse(plot(), QEvent::MouseButtonPress, press, Qt::LeftButton);
        sendMouse(plot(), QEvent::MouseMove, target, Qt::LeftButton, Qt::NoButton);
        sendMouse(plot(), QEvent::MouseButtonRelease, target, Qt::NoButton);
        QVERIFY2(std::abs(m_state->alpha() - 0.4) < 0.01,
                 qPrintable(QString::number(m_state->alpha())));
        QCOMPARE(child<QDoubleSpinBox>("alphaSpin")->value(), m_state->alpha());
        QCOMPARE(m_state->lo(), -10.0);  // a curve drag never pans
    }

    void dragOnMaxoutPieceMovesItsIntercept()
    {
        // Piece 2 is -0.5 z: at z = -6 it is at 3, away from the other curves.
        const QPointF press = plot()->valueToPixel(-6.0, 3.0);
        const auto hit = plot()->hitTest(press);
        QCOMPARE(hit.kind, ExplorerPlot::HitKind::PieceBody);
        QCOMPARE(hit.piece, 1);
        const QPointF target = plot()->valueToPixel(-6.0, 5.0);
        sendMouse(plot(), QEvent::MouseButtonPress, press, Qt::LeftButton);
        sendMouse(plot(), QEvent::MouseMove, target, Qt::LeftButton, Qt::NoButton);
        sendMouse(plot(), QEvent::MouseButtonRelease, target, Qt::NoButton);
        QCOMPARE(m_state->pieces()[1].slope, -0.5);
        QVERIFY(std::abs(m_state->pieces()[1].intercept - 2.0) < 0.05);
    }

    void dragOnMaxoutHandleRotatesThePiece()
    {
        const QPointF handle = plot()->pieceHandle(0);
        const QPointF pivot = plot()->piecePivot(0);
        const QPointF press = plot()->valueToPixel(handle.x(), handle.y());
        QCOMPARE(plot()->hitTest(press).kind, ExplorerPlot::HitKind::PieceHandle);
        // Aim for slope 0.5 about the pivot.
        const double z = handle.x();
        const QPointF target = plot()->valueToPixel(z, pivot.y() + 0.5 * (z - pivot.x()));
        sendMouse(plot(), QEvent::MouseButtonPress, press, Qt::LeftButton);
        sendMouse(plot(), QEvent::MouseMove, target, Qt::LeftButton, Qt::NoButton);
        sendMouse(plot(), QEvent::MouseButtonRelease, target, Qt::NoButton);
        QVERIFY2(std::abs(m_state->pieces()[0].slope - 0.5) < 0.02,
                 qPrintable(QString::number(m_state->pieces()[0].slope)));
    }

    void hoverNearKinkSnapsAndReadoutNamesSubgradient()
    {
        const QPointF nearKink = plot()->valueToPixel(0.0, 5.0) + QPointF(3.0, 0.0);
        sendMouse(plot(), QEvent::MouseMove, nearKink, Qt::NoButton, Qt::NoButton);
        QCOMPARE(plot()->probe().value_or(99.0), 0.0);
        const QString text = m_window->readout()->text();
        QVERIFY2(text.contains(QStringLiteral("\u2208 [0, 1]")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("left convention takes 0")), qPrintable(text));
    }

    void everyControlHasATooltipAndAnAccessibleName()
    {
        QStringList missing;
        int checked = 0;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            // Parts Qt builds inside its own widgets (tab scroll arrows, a spin box's line edit,
            // scroll bars) are described by their owner.
            QWidget *parent = w->parentWidget();
            if (qobject_cast<QTabBar *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
                qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractItemView *>(parent) ||
                qobject_cast<QScrollBar *>(w) || qobject_cast<QAbstractItemView *>(w->parent()) ||
                QByteArray(w->metaObject()->className()).startsWith("QComboBox") ||
                w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const bool control =
                qobject_cast<QAbstractButton *>(w) || qobject_cast<QAbstractSlider *>(w) ||
                qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                qobject_cast<QCustomPlot *>(w);
            if (!control) continue;
            ++checked;
            if (w->toolTip().isEmpty() || w->accessibleName().isEmpty())
                missing << QStringLiteral("%1 '%2' (%3)")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                    w->objectName(), w->accessibleName());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // The walk reached both tabs' controls (a wrong filter would pass vacuously).
        QVERIFY2(checked > 35, qPrintable(QString::number(checked)));
    }

    void everyMenuActionHasAShortcutOrIsAMenu()
    {
        QStringList missing;
        int withShortcut = 0;
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator() || a->menu()) continue;
                if (a->shortcut().isEmpty() && !a->text().contains(QStringLiteral("About")))
                    missing << a->text();
                else
                    ++withShortcut;
            }
        }
        QCOMPARE(missing, QStringList());
        QVERIFY(withShortcut >= 15);
    }

    void hidingAFunctionHidesItsGraphsAndFormula()
    {
        m_state->setVisible(FunctionId::Maxout, false);
        QVERIFY(!plot()->valueGraph(FunctionId::Maxout)->visible());
        QVERIFY(!plot()->pieceGraph(0)->visible());
        QVERIFY(!m_window->formula()->text().contains(QStringLiteral("Maxout")));
        QVERIFY(plot()->valueGraph(FunctionId::Relu)->visible());
    }

    // Off by default; their check boxes draw the curves and derivatives, peaking at z = 0 with
    // sigma'(0) = 1/4 and tanh'(0) = 1, and name them in the legend and the formula.
    void sigmoidAndTanhCheckBoxesDrawTheirCurvesAndDerivatives()
    {
        QVERIFY(!plot()->valueGraph(FunctionId::Sigmoid)->visible());
        QVERIFY(!plot()->valueGraph(FunctionId::Tanh)->visible());
        child<QCheckBox>("sigmoidCheck")->setChecked(true);
        child<QCheckBox>("tanhCheck")->setChecked(true);
        QVERIFY(m_state->isVisible(FunctionId::Sigmoid));
        QVERIFY(m_state->isVisible(FunctionId::Tanh));
        QCPGraph *sigmoid = plot()->valueGraph(FunctionId::Sigmoid);
        QCPGraph *tanh = plot()->valueGraph(FunctionId::Tanh);
        QVERIFY(sigmoid->visible());
        QVERIFY(tanh->visible());
        QCOMPARE(sigmoid->name(), QStringLiteral("Sigmoid"));
        QCOMPARE(tanh->name(), QStringLiteral("Tanh"));
        // Every sample is the core's value, and the derivative peaks at 1/4 and 1 near z = 0.
        const auto check = [](QCPGraph *value, QCPGraph *derivative,
                              const relulab::core::Activation &f, double peak) {
            QVERIFY(value->dataCount() > 100);
            for (auto it = value->data()->constBegin(); it != value->data()->constEnd(); ++it)
                QCOMPARE(it->value, relulab::core::value(f, it->key));
            double largest = 0.0;
            for (auto it = derivative->data()->constBegin(); it != derivative->data()->constEnd();
                 ++it) {
                if (std::isnan(it->value)) continue;
                QCOMPARE(it->value, relulab::core::derivative(f, it->key,
                                                              relulab::core::KinkConvention::Left));
                largest = std::max(largest, it->value);
            }
            QVERIFY(largest <= peak);
            QVERIFY(largest > 0.999 * peak);
        };
        check(sigmoid, plot()->derivativeGraph(FunctionId::Sigmoid), relulab::core::Sigmoid{},
              0.25);
        check(tanh, plot()->derivativeGraph(FunctionId::Tanh), relulab::core::Tanh{}, 1.0);
        QCOMPARE(child<QCheckBox>("sigmoidCheck")->accessibleName(),
                 QStringLiteral("Show Sigmoid"));
        QVERIFY(!child<QCheckBox>("tanhCheck")->toolTip().isEmpty());
        QVERIFY(m_window->formula()->text().contains(QStringLiteral("Sigmoid")));
        QVERIFY(m_window->formula()->text().contains(QStringLiteral("Tanh")));
        child<QCheckBox>("tanhCheck")->setChecked(false);
        QVERIFY(!tanh->visible());
    }
};

RELULAB_TEST_MAIN(tst_ExplorerWindow)
#include "tst_explorerwindow.moc"
