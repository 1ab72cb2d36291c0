// Accessibility: every action reachable by a shortcut and named, every control and plot named and
// described, every text colour of both themes at WCAG AA contrast (4.5:1), a visible focus ring,
// the shortcut sheet complete, the window's icon.
#include <qcustomplot.h>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QtTest>

#include "gui/common/StatusLine.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/style/Appearance.h"
#include "gui/style/FocusRing.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "gui/training/BornDeadDialog.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ShortcutSheet.h"
#include "session/ExplorerState.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using relulab::gui::contrastRatio;
using relulab::gui::MainWindow;
using relulab::gui::Theme;
using relulab::session::ExplorerState;
using relulab::session::FunctionId;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Every action of the menus, submenus included, with the menu that holds it.
void menuActions(const QMenu *menu, QList<std::pair<const QMenu *, QAction *>> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator()) continue;
        // Open Recent lists files, as in any desktop application; they are not commands.
        if (a->menu() && a->menu()->objectName() == QLatin1String("recentMenu")) continue;
        // Nor are the languages of View > Language, each named in itself.
        if (a->menu() && a->menu()->objectName() == QLatin1String("languageMenu")) continue;
        if (a->menu())
            menuActions(a->menu(), out);
        else
            out.push_back({menu, a});
    }
}

QList<std::pair<const QMenu *, QAction *>> allMenuActions(const QMenuBar *bar)
{
    QList<std::pair<const QMenu *, QAction *>> out;
    for (QAction *top : bar->actions()) {
        if (top->menu()) menuActions(top->menu(), out);
    }
    return out;
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QCustomPlot *>(w);
}

// Parts Qt builds inside its own widgets (tab scroll arrows, a spin box's line edit, scroll
// bars, a toolbar's extension button) are described by their owner.
bool isQtInternal(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QTabBar *>(parent) ||
           qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QComboBox *>(parent) ||
           qobject_cast<const QAbstractItemView *>(parent) || qobject_cast<const QScrollBar *>(w) ||
           qobject_cast<const QAbstractItemView *>(w->parent()) ||
           QByteArray(w->metaObject()->className()).startsWith("QComboBox") ||
           w->objectName().startsWith(QLatin1String("qt_"));
}

// Colours named in rich text: color:#rrggbb.
QList<QColor> htmlColours(const QString &html)
{
    QList<QColor> colours;
    static const QRegularExpression re(QStringLiteral("color:\\s*(#[0-9A-Fa-f]{3,6})"));
    for (auto it = re.globalMatch(html); it.hasNext();)
        colours << QColor(it.next().captured(1));
    return colours;
}

// What the widget paints behind its text: a pixel near its bottom-right corner, inside its
// padding.
QColor backgroundOf(QWidget *w)
{
    const QImage image = w->grab().toImage();
    return image.pixelColor(image.width() - 3, image.height() - 3);
}

}  // namespace

class tst_Accessibility : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    void setHighContrast(bool on)
    {
        if (m_window->appearance()->highContrast() != on)
            QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->appearance()->highContrast(), on);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("appearance"));
    }
    void init() { QVERIFY(openMainWindow()); }
    void cleanup()
    {
        closeMainWindow();
        QSettings().remove(QStringLiteral("appearance"));
    }

    // ---- actions ----

    void everyMenuActionHasAShortcutTooltipAndAccessibleName()
    {
        const auto actions = allMenuActions(m_window->menuBar());
        QStringList problems;
        for (const auto &[menu, a] : actions) {
            const QString text = plain(a->text());
            if (text.isEmpty()) problems << QStringLiteral("an action without text");
            if (a->shortcuts().isEmpty()) problems << text + QStringLiteral(": no shortcut");
            // Set on purpose: Qt's default tooltip is the text itself.
            if (a->toolTip().isEmpty() ||
                a->toolTip() == QString(text).remove(QStringLiteral("\u2026")))
                problems << plain(a->text()) + QStringLiteral(": no tooltip of its own");
            // What a screen reader announces for the menu item.
            QAccessibleInterface *menuInterface =
                QAccessible::queryAccessibleInterface(const_cast<QMenu *>(menu));
            QVERIFY(menuInterface);
            QString announced;
            for (int i = 0; i < menuInterface->childCount(); ++i) {
                QAccessibleInterface *item = menuInterface->child(i);
                if (item && item->object() == a) announced = item->text(QAccessible::Name);
            }
            if (announced.isEmpty()) problems << plain(a->text()) + QStringLiteral(": no name");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY2(actions.size() >= 30, qPrintable(QString::number(actions.size())));
    }

    void everyWindowActionIsInAMenu()
    {
        QSet<QAction *> inMenus;
        for (const auto &[menu, a] : allMenuActions(m_window->menuBar()))
            inMenus.insert(a);
        for (QAction *a : m_window->actions())
            QVERIFY2(inMenus.contains(a), qPrintable(plain(a->text())));
        for (QAction *a : m_window->mainToolBar()->actions()) {
            if (!a->isSeparator()) QVERIFY2(inMenus.contains(a), qPrintable(plain(a->text())));
        }
    }

    void noTwoActionsShareAShortcut()
    {
        QHash<QKeySequence, QString> owner;
        for (const auto &[menu, a] : allMenuActions(m_window->menuBar())) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!owner.contains(key),
                         qPrintable(key.toString() + QStringLiteral(": ") + owner.value(key) +
                                    QStringLiteral(", ") + plain(a->text())));
                owner.insert(key, plain(a->text()));
            }
        }
    }

    void toolbarButtonsAreNamedWithTheirShortcuts()
    {
        int buttons = 0;
        for (QAction *a : m_window->mainToolBar()->actions()) {
            if (a->isSeparator()) continue;
            QWidget *button = m_window->mainToolBar()->widgetForAction(a);
            QVERIFY(button);
            QCOMPARE(button->accessibleName(), plain(a->text()));
            QVERIFY2(button->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(button->toolTip()));
            ++buttons;
        }
        // At least presentation, play/pause, step and reset (others may add theirs).
        QVERIFY2(buttons >= 4, qPrintable(QString::number(buttons)));
    }

    // ---- controls and plots ----

    void everyControlAndPlotIsNamedAndDescribed()
    {
        // The born-dead panel too; it starts a count in the background, which closing stops.
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        auto *bornDead = m_window->findChild<relulab::gui::BornDeadDialog *>();
        QVERIFY(bornDead && bornDead->isVisible());
        QStringList missing;
        int checked = 0, plots = 0;
        QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (isQtInternal(w) || !isControl(w)) continue;
            ++checked;
            const QString what = QStringLiteral("%1 '%2'").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (w->accessibleName().isEmpty()) missing << what + QStringLiteral(" has no name");
            if (w->toolTip().isEmpty()) missing << what + QStringLiteral(" has no tooltip");
            if (qobject_cast<QCustomPlot *>(w)) {
                ++plots;
                if (w->accessibleDescription().isEmpty())
                    missing << what + QStringLiteral(" has no description");
            }
        }
        const auto *diagram = m_window->trainingTab()->diagram();
        if (diagram->accessibleDescription().isEmpty()) missing << QStringLiteral("diagram");
        if (m_window->accessibleDescription().isEmpty()) missing << QStringLiteral("window");
        bornDead->close();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // Both tabs and the dialog were reached: explorer, input space, curves, histogram, born
        // dead.
        QVERIFY2(plots >= 5, qPrintable(QString::number(plots)));
        QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
    }

    void plotDescriptionFollowsTheShownFunctions()
    {
        auto *plot = m_window->plot();
        QVERIFY(plot->accessibleDescription().contains(
            QStringLiteral("Leaky ReLU with \u03b1 = 0.01")));
        QVERIFY(plot->accessibleDescription().contains(QStringLiteral("dashed line")));
        m_state->setAlpha(0.2);
        QVERIFY(plot->accessibleDescription().contains(QStringLiteral("\u03b1 = 0.2")));
        m_state->setVisible(FunctionId::Leaky, false);
        QVERIFY(!plot->accessibleDescription().contains(QStringLiteral("Leaky")));
        QVERIFY(plot->accessibleDescription().contains(QStringLiteral("ReLU (solid line)")));
    }

    void everyFunctionHasItsOwnLineStyleAndMarker()
    {
        // Nothing by colour alone: the three rectifiers differ in dash pattern and marker.
        auto *plot = m_window->plot();
        QSet<int> lines, markers;
        for (FunctionId id : {FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout}) {
            lines.insert(plot->valueGraph(id)->pen().style());
            markers.insert(plot->takenDots(id)->scatterStyle().shape());
            QVERIFY(!relulab::gui::functionStyle(id).lineDescription.isEmpty());
        }
        QCOMPARE(lines.size(), 3);
        QCOMPARE(markers.size(), 3);
        // The legend shows each curve's line sample and names it in its colour's text variant.
        for (FunctionId id : {FunctionId::Relu, FunctionId::Leaky, FunctionId::Maxout}) {
            QCPPlottableLegendItem *item = plot->legend()->itemWithPlottable(plot->valueGraph(id));
            QVERIFY(item);
            QCOMPARE(item->textColor(),
                     relulab::gui::functionTextColor(id, m_window->appearance()->theme()));
        }
    }

    // ---- colours ----

    void contrastRatioMatchesWcagReferenceValues()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
        // #767676 on white is the classic "just passes" grey; Fusion's selection fails.
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(contrastRatio(Qt::white, QColor(0x30, 0x8C, 0xC6)) * 100), 369);
        // Okabe-Ito orange is a line colour, not a text colour: its text variant is darker.
        const QColor orange(0xE6, 0x9F, 0x00);
        QVERIFY(contrastRatio(orange, Qt::white) < 3.0);
        const QColor text = relulab::gui::readableOn(orange, Qt::white);
        QVERIFY(contrastRatio(text, Qt::white) >= 4.5);
        QVERIFY(text.lightnessF() < orange.lightnessF());
        QCOMPARE(text.hsvHue() / 10, orange.hsvHue() / 10);  // still orange
    }

    void everyThemeTextPairReachesAA_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("background");
        for (bool hc : {false, true}) {
            const Theme &t = relulab::gui::theme(hc);
            std::vector<relulab::gui::TextPair> pairs = t.textPairs();
            // The function names in the legends, in every theme.
            for (FunctionId id : relulab::session::kAllFunctions)
                pairs.push_back({relulab::session::functionName(id),
                                 relulab::gui::functionTextColor(id, t),
                                 relulab::gui::composite(t.legendFill, t.plotBackground)});
            for (const auto &p : pairs) {
                const QString name =
                    (hc ? QStringLiteral("high contrast: ") : QStringLiteral("standard: ")) +
                    p.what;
                QTest::newRow(qPrintable(name)) << hc << p.what << p.text << p.background;
            }
        }
    }
    void everyThemeTextPairReachesAA()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, background);
        QVERIFY2(contrastRatio(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                .arg(text.name(), background.name())
                                .arg(contrastRatio(text, background))));
    }

    void appliedPaletteReachesAAInBothThemes()
    {
        for (bool hc : {false, true}) {
            setHighContrast(hc);
            const QPalette p = QApplication::palette();
            const std::array<std::pair<QPalette::ColorRole, QPalette::ColorRole>, 7> roles = {{
                {QPalette::WindowText, QPalette::Window},
                {QPalette::Text, QPalette::Base},
                {QPalette::ButtonText, QPalette::Button},
                {QPalette::HighlightedText, QPalette::Highlight},
                {QPalette::ToolTipText, QPalette::ToolTipBase},
                {QPalette::PlaceholderText, QPalette::Base},
                {QPalette::Link, QPalette::Base},
            }};
            for (auto group : {QPalette::Active, QPalette::Inactive}) {
                for (auto [fg, bg] : roles) {
                    const double ratio = contrastRatio(p.color(group, fg), p.color(group, bg));
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("theme %1, roles %2 on %3: %4")
                                                          .arg(hc)
                                                          .arg(fg)
                                                          .arg(bg)
                                                          .arg(ratio)));
                }
            }
        }
    }

    void plotTextReachesAAInBothThemes()
    {
        // Every function on, a hidden maxout piece in the formula, a dead unit in the status.
        for (FunctionId id : relulab::session::kAllFunctions)
            m_state->setVisible(id, true);
        for (bool hc : {false, true}) {
            setHighContrast(hc);
            QStringList low;
            for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>()) {
                // The plot's own background: its top-left corner is empty margin.
                const QColor background = plot->grab().toImage().pixelColor(1, 1);
                for (QCPAxisRect *rect : plot->axisRects()) {
                    for (QCPAxis *axis : rect->axes()) {
                        for (const QColor &c : {axis->labelColor(), axis->tickLabelColor()}) {
                            if (contrastRatio(c, background) < 4.5)
                                low << plot->accessibleName() + QStringLiteral(" axis ") + c.name();
                        }
                    }
                }
                for (QCPLegend *legend : plot->findChildren<QCPLegend *>()) {
                    const QColor fill =
                        relulab::gui::composite(legend->brush().color(), background);
                    for (int i = 0; i < legend->itemCount(); ++i) {
                        const QCPAbstractLegendItem *item = legend->item(i);
                        if (item && contrastRatio(item->textColor(), fill) < 4.5)
                            low << plot->accessibleName() + QStringLiteral(" legend ") +
                                       item->textColor().name();
                    }
                }
            }
            QVERIFY2(low.isEmpty(), qPrintable(low.join(QStringLiteral(", "))));
        }
    }

    void labelTextReachesAAInBothThemes()
    {
        // The formula greys the hidden third maxout piece; the readout shows its hint.
        QVERIFY(m_window->formula()->text().contains(QStringLiteral("color:")));
        for (bool hc : {false, true}) {
            setHighContrast(hc);
            for (QLabel *label : {m_window->formula(), m_window->readout()}) {
                label->repaint();
                const QColor background = backgroundOf(label);
                QList<QColor> colours = htmlColours(label->text());
                colours << label->palette().color(QPalette::WindowText);
                for (const QColor &c : colours)
                    QVERIFY2(
                        contrastRatio(c, background) >= 4.5,
                        qPrintable(QStringLiteral("%1: %2 on %3 (%4)")
                                       .arg(label->accessibleName(), c.name(), background.name())
                                       .arg(contrastRatio(c, background))));
            }
        }
    }

    void highContrastIsBlackOnWhiteWithThickerLinesAndIsSaved()
    {
        auto *plot = m_window->plot();
        const double relu = plot->valueGraph(FunctionId::Relu)->pen().widthF();
        setHighContrast(true);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/highContrast")).toBool(), true);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        QCOMPARE(plot->valueRect()->axis(QCPAxis::atLeft)->basePen().color(), QColor(Qt::black));
        QCOMPARE(plot->valueRect()->axis(QCPAxis::atLeft)->tickLabelColor(), QColor(Qt::black));
        QCOMPARE(plot->valueGraph(FunctionId::Relu)->pen().widthF(), 1.5 * relu);
        // Curves in the darker variants of their colours.
        const QColor maxout = plot->valueGraph(FunctionId::Maxout)->pen().color();
        QVERIFY(contrastRatio(maxout, Qt::white) >= 4.5);
        QVERIFY(m_window->appearance()->focusRing()->width() >= 4.0);
        QCOMPARE(m_window->trainingTab()->curves()->xAxis->basePen().color(), QColor(Qt::black));

        // The next window opens in high contrast.
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_state.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->appearance()->highContrast());
        QCOMPARE(m_window->plot()->valueGraph(FunctionId::Relu)->pen().widthF(), 1.5 * relu);
        setHighContrast(false);
        QCOMPARE(m_window->plot()->valueGraph(FunctionId::Relu)->pen().widthF(), relu);
    }

    // ---- focus ----

    void focusRingFollowsTheKeyboardFocus()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *ring = m_window->appearance()->focusRing();
        auto *spin = m_window->findChild<QDoubleSpinBox *>(QStringLiteral("alphaSpin"));
        spin->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QCOMPARE(ring->target(), spin);
        QWidget *frame = ring->frame();
        QVERIFY(frame && frame->isVisible());
        // Round the spin box, outside it by the ring's width, above its siblings.
        const QRect around = frame->geometry();
        const QRect box(spin->mapTo(frame->parentWidget(), QPoint(0, 0)), spin->size());
        QVERIFY(around.contains(box));
        QCOMPARE(around.width() - box.width(), 2 * qRound(ring->width()));
        QVERIFY(ring->width() >= 3.0);
        QCOMPARE(ring->color(), m_window->appearance()->theme().focus);

        // The plot: the ring lies inside it (plots fill their panel to the edge).
        QTest::keyClick(spin, Qt::Key_Tab);  // a key: the keyboard is in use
        m_window->plot()->setFocus(Qt::TabFocusReason);
        QCoreApplication::processEvents();
        QCOMPARE(ring->target(), m_window->plot());
        const auto globalRect = [](const QWidget *w) {
            return QRect(w->mapToGlobal(QPoint(0, 0)), w->size());
        };
        QCOMPARE(globalRect(ring->frame()), globalRect(m_window->plot()));
        // Drawn above the plot, which would otherwise paint over it: the middle of the plot's top
        // edge is the ring's colour on screen.
        const QImage shot = m_window->grab().toImage();
        const QPoint edge =
            m_window->plot()->mapTo(m_window.get(), QPoint(m_window->plot()->width() / 2, 1));
        QCOMPARE(shot.pixelColor(edge), ring->color());

        // A mouse press hides it until the next key.
        QTest::mousePress(m_window->plot(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::mouseRelease(m_window->plot(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(ring->target(), nullptr);
        QTest::keyClick(m_window->plot(), Qt::Key_Right);
        QCOMPARE(ring->target(), m_window->plot());
    }

    // ---- shortcut sheet and icon ----

    void shortcutSheetListsEveryShortcut()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto *sheet = m_window->shortcutSheet();
        QVERIFY(sheet && sheet->isVisible());
        const QString text = sheet->plainText();
        int listed = 0;
        for (const auto &[menu, a] : allMenuActions(m_window->menuBar())) {
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)),
                         qPrintable(key.toString()));
                ++listed;
            }
            QVERIFY2(text.contains(plain(a->text()).remove(QStringLiteral("\u2026"))),
                     qPrintable(a->text()));
        }
        QVERIFY2(listed >= 30, qPrintable(QString::number(listed)));
        // Grouped under the menus' names, then the plot's own keys.
        for (const char *heading : {"File", "Edit", "View", "Training", "Help", "On the plot"})
            QVERIFY2(text.contains(QString::fromLatin1(heading)), heading);
        QVERIFY(!sheet->windowIcon().pixmap(32).isNull());
        sheet->close();
        QTRY_VERIFY(!m_window->shortcutSheet());

        // "?" opens it as well (shortcuts need the window active again, as a window manager does).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Question);
        QVERIFY(m_window->shortcutSheet() && m_window->shortcutSheet()->isVisible());
    }

    void windowShowsTheReluIcon()
    {
        const QImage icon = m_window->windowIcon().pixmap(64).toImage();
        QVERIFY(!icon.isNull());
        // The icon's blue ReLU line crosses its middle; its kink dot is vermillion.
        bool blue = false;
        for (int x = 0; x < icon.width(); ++x) {
            const QColor c = icon.pixelColor(x, icon.height() / 2);
            blue = blue || (c.blue() > 150 && c.red() < 60);
        }
        QVERIFY(blue);
        QVERIFY(!QApplication::windowIcon().isNull());
    }
};

RELULAB_TEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
