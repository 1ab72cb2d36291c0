// Text that fits in any language: the window under the pseudo-translation (every word 40% longer,
// accented: translations/tools/TsTool.cpp), on a 1280 x 800 and a 1920 x 1080 screen, both tabs,
// the dialogs and presentation mode, fails on any label, button, check box, group-box title, tab
// or plot legend whose text does not fit; and the window laid out right to left has every widget
// inside it, no siblings on top of each other, and plots that still draw. Runs on two offscreen
// screens at 96 dpi (tests/offscreen-i18n.json).
#include <qcustomplot.h>
#include <QAbstractButton>
#include <QCheckBox>
#include <QDialog>
#include <QFocusFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStyleOptionGroupBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QtTest>
#include <memory>

#include "gui/common/Language.h"
#include "gui/export/AnimationDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/training/BornDeadDialog.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ShortcutSheet.h"
#include "session/ExplorerState.h"
#include "support/TestRegistry.h"

using relulab::gui::MainWindow;
using relulab::session::ExplorerState;

namespace {

// Rounding of text metrics against layout sizes: a pixel either way is no clipping.
constexpr int kSlack = 1;

QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString name(const QWidget *w)
{
    QString id = w->objectName();
    if (id.isEmpty()) id = w->accessibleName();
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), id);
}

QScreen *screenOfWidth(int width)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().width() == width) return screen;
    return nullptr;
}

// Whether the widget is on screen in its window: visible there and not of zero size.
bool onScreen(const QWidget *w)
{
    return w->isVisibleTo(w->window()) && w->width() > 0 && w->height() > 0;
}

// What a label's text needs: a document laid out like QLabel lays it out, in its font.
void checkLabel(const QLabel *label, QStringList &problems)
{
    if (label->text().isEmpty() || !label->pixmap().isNull()) return;
    const int margin = label->margin();
    const QRect room = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    QTextDocument doc;
    doc.setDefaultFont(label->font());
    doc.setDocumentMargin(0);
    const bool rich = label->textFormat() == Qt::RichText ||
                      (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (rich)
        doc.setHtml(label->text());
    else
        doc.setPlainText(shown(label->text()));
    if (label->wordWrap()) doc.setTextWidth(room.width());
    const QSizeF need(label->wordWrap() ? doc.idealWidth() : doc.size().width(),
                      doc.size().height());
    if (need.width() > room.width() + kSlack || need.height() > room.height() + kSlack)
        problems << QStringLiteral("%1 needs %2 x %3 px, has %4 x %5: \"%6\"")
                        .arg(name(label))
                        .arg(qCeil(need.width()))
                        .arg(qCeil(need.height()))
                        .arg(room.width())
                        .arg(room.height())
                        .arg(label->text().left(60));
}

// Push buttons, check boxes, radio and tool buttons: their size hint is their text's (and icon's
// and indicator's) size.
void checkButton(const QAbstractButton *button, QStringList &problems)
{
    if (button->text().isEmpty()) return;
    const QSize need = button->sizeHint();
    if (button->width() + kSlack < need.width() || button->height() + kSlack < need.height())
        problems << QStringLiteral("%1 needs %2 x %3 px, has %4 x %5: \"%6\"")
                        .arg(name(button))
                        .arg(need.width())
                        .arg(need.height())
                        .arg(button->width())
                        .arg(button->height())
                        .arg(button->text());
}

// The title where the style draws it, inside the box.
void checkGroupBox(const QGroupBox *box, QStringList &problems)
{
    if (box->title().isEmpty()) return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.textAlignment = box->alignment();
    option.lineWidth = 1;
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable()) option.subControls |= QStyle::SC_GroupBoxCheckBox;
    if (box->isFlat()) option.features |= QStyleOptionFrame::Flat;
    const QRect title =
        box->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    if (title.right() > box->rect().right() + kSlack || title.left() < -kSlack)
        problems << QStringLiteral("%1: the title needs %2 px, the box is %3: \"%4\"")
                        .arg(name(box))
                        .arg(title.width())
                        .arg(box->width())
                        .arg(box->title());
}

// Every tab wide enough for its text and inside the bar (no scrolling to reach one).
void checkTabBar(const QTabBar *bar, QStringList &problems)
{
    const QFontMetrics metrics(bar->font());
    for (int i = 0; i < bar->count(); ++i) {
        const QRect tab = bar->tabRect(i);
        const int text = metrics.horizontalAdvance(shown(bar->tabText(i)));
        if (tab.width() + kSlack < text || tab.right() > bar->width() + kSlack)
            problems << QStringLiteral("%1: tab %2 has %3 px of %4 for \"%5\"")
                            .arg(name(bar))
                            .arg(i)
                            .arg(tab.width())
                            .arg(text)
                            .arg(bar->tabText(i));
    }
}

// Legends (and any other text element of the plot's layout) at their size, inside the plot.
void collectLegends(QCPLayoutElement *element, QList<QCPLegend *> &legends,
                    QList<QCPTextElement *> &texts)
{
    if (!element) return;
    if (auto *legend = qobject_cast<QCPLegend *>(element)) legends << legend;
    if (auto *text = qobject_cast<QCPTextElement *>(element)) texts << text;
    for (QCPLayoutElement *child : element->elements(false))
        collectLegends(child, legends, texts);
}

void checkPlot(QCustomPlot *plot, QStringList &problems)
{
    QList<QCPLegend *> legends;
    QList<QCPTextElement *> texts;
    collectLegends(plot->plotLayout(), legends, texts);
    for (QCPLegend *legend : legends) {
        if (!legend->visible() || legend->itemCount() == 0) continue;
        if (!plot->viewport().contains(legend->outerRect()))
            problems << QStringLiteral("%1: the legend (%2) reaches out of the plot (%3)")
                            .arg(name(plot), QDebug::toString(legend->outerRect()),
                                 QDebug::toString(plot->viewport()));
        for (int i = 0; i < legend->itemCount(); ++i) {
            QCPAbstractLegendItem *item = legend->item(i);
            if (!item || !item->visible()) continue;
            const QSize need = static_cast<QCPLayoutElement *>(item)->minimumOuterSizeHint();
            if (item->outerRect().width() + kSlack < need.width())
                problems << QStringLiteral("%1: legend item %2 needs %3 px, has %4")
                                .arg(name(plot))
                                .arg(i)
                                .arg(need.width())
                                .arg(item->outerRect().width());
        }
    }
    for (QCPTextElement *text : texts) {
        if (!text->visible() || text->text().isEmpty()) continue;
        // Public in QCPLayoutElement, protected in the text element's override.
        const QSize need = static_cast<QCPLayoutElement *>(text)->minimumOuterSizeHint();
        if (text->outerRect().width() + kSlack < need.width())
            problems << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                            .arg(name(plot), text->text())
                            .arg(need.width())
                            .arg(text->outerRect().width());
    }
}

// Every text-bearing widget of a window, checked; widgets scrolled out of a scroll area's view
// still count (their size is what the text gets when scrolled to).
QStringList clippedTexts(QWidget *window)
{
    QStringList problems;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!onScreen(w) || w->window() != window) continue;
        if (auto *label = qobject_cast<QLabel *>(w)) checkLabel(label, problems);
        if (auto *button = qobject_cast<QAbstractButton *>(w)) checkButton(button, problems);
        if (auto *box = qobject_cast<QGroupBox *>(w)) checkGroupBox(box, problems);
        if (auto *bar = qobject_cast<QTabBar *>(w)) checkTabBar(bar, problems);
        if (auto *plot = qobject_cast<QCustomPlot *>(w)) checkPlot(plot, problems);
    }
    const QSize screen = window->screen()->availableGeometry().size();
    const QSize least = window->minimumSizeHint();
    if (least.width() > screen.width() || least.height() > screen.height())
        problems << QStringLiteral("%1 needs at least %2 x %3 px on a %4 x %5 screen")
                        .arg(name(window))
                        .arg(least.width())
                        .arg(least.height())
                        .arg(screen.width())
                        .arg(screen.height());
    return problems;
}

// The widgets a layout places side by side, none on top of another.
QStringList overlappingSiblings(QWidget *window)
{
    QStringList problems;
    for (QWidget *parent : window->findChildren<QWidget *>()) {
        if (!onScreen(parent) || !parent->layout()) continue;
        QList<QWidget *> placed;
        for (int i = 0; i < parent->layout()->count(); ++i) {
            QWidget *w = parent->layout()->itemAt(i)->widget();
            if (w && onScreen(w)) placed << w;
        }
        for (qsizetype a = 0; a < placed.size(); ++a) {
            for (qsizetype b = a + 1; b < placed.size(); ++b) {
                const QRect overlap = placed[a]->geometry() & placed[b]->geometry();
                if (overlap.width() > kSlack && overlap.height() > kSlack)
                    problems << QStringLiteral("%1 and %2 overlap in %3")
                                    .arg(name(placed[a]), name(placed[b]),
                                         QDebug::toString(overlap));
            }
        }
    }
    return problems;
}

// Every shown widget inside its window.
QStringList outsideTheWindow(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        // The focus ring is drawn round the focused widget, over its neighbours by design.
        if (!onScreen(w) || w->window() != window || qobject_cast<QFocusFrame *>(w)) continue;
        // A scroll area's content may reach beyond the view: that is what scrolling is for.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(p);
        if (scrolled) continue;
        const QRect rect(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!window->rect().adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(rect))
            problems << QStringLiteral("%1 at %2 outside the window")
                            .arg(name(w), QDebug::toString(rect));
    }
    return problems;
}

}  // namespace

class tst_I18nLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(int screenWidth)
    {
        QScreen *screen = screenOfWidth(screenWidth);
        QVERIFY(screen);
        m_state = std::make_unique<ExplorerState>();
        m_window = std::make_unique<MainWindow>(m_state.get());
        m_window->setScreen(screen);
        m_window->setGeometry(screen->availableGeometry());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    // Laid out, with a trained snapshot drawn in every view of the training tab.
    void settle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->trainingTab()->diagram()->hasSnapshot(), 20000);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>())
            plot->replot();
        QCoreApplication::processEvents();
    }
    // Both tabs of the window, each checked in front.
    QStringList checkBothTabs()
    {
        QStringList problems;
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            settle();
            for (const QString &p : clippedTexts(m_window.get()))
                problems << QStringLiteral("[tab %1] %2").arg(tab).arg(p);
        }
        return problems;
    }
    // The window's action of that shortcut, triggered (offscreen, no window is active for keys).
    void triggerShortcut(const QKeySequence &key)
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(key)) {
                action->trigger();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no action for %1").arg(key.toString())));
    }
    static QStringList checkDialog(QWidget *dialog)
    {
        QCoreApplication::processEvents();
        for (QCustomPlot *plot : dialog->findChildren<QCustomPlot *>())
            plot->replot();
        QCoreApplication::processEvents();
        QStringList problems;
        for (const QString &p : clippedTexts(dialog))
            problems << QStringLiteral("[%1] %2").arg(name(dialog), p);
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("appearance"));
        QSettings().remove(QStringLiteral("window"));
        QCOMPARE(QGuiApplication::screens().size(), 2);
    }
    void init()
    {
        QVERIFY(relulab::gui::installTranslationFile(QStringLiteral(RELULAB_PSEUDO_QM)));
        // The pseudo-translation is in effect: a menu's text is accented and longer.
        QCOMPARE(QCoreApplication::translate("relulab::gui::MainWindow", "&File"),
                 QStringLiteral("&Fïļè~~"));
    }
    void cleanup()
    {
        m_window.reset();
        m_state.reset();
        relulab::gui::removeTranslations();
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QSettings().remove(QStringLiteral("appearance"));
        QSettings().remove(QStringLiteral("window"));
    }

    // The checks themselves: a label, a button, a check box, a group box and a tab too small for
    // their text are each found, and the same widgets at their size are not (else the walks below
    // could pass for checking nothing).
    void theCheckFindsTextThatDoesNotFit()
    {
        QWidget window;
        window.resize(400, 300);
        auto *label = new QLabel(QStringLiteral("a label far too long for its place"), &window);
        auto *wrapped = new QLabel(
            QStringLiteral("a wrapped label with more words than its two lines can hold"), &window);
        wrapped->setWordWrap(true);
        auto *button = new QPushButton(QStringLiteral("A long button text"), &window);
        auto *check = new QCheckBox(QStringLiteral("A long check box text"), &window);
        auto *box = new QGroupBox(QStringLiteral("A group box title longer than the box"), &window);
        auto *tabs = new QTabBar(&window);
        tabs->addTab(QStringLiteral("A long tab text"));
        tabs->setElideMode(Qt::ElideRight);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QWidget *w : std::initializer_list<QWidget *>{label, button, check, box, tabs})
            w->setGeometry(QRect(QPoint(0, 0), w->sizeHint()));
        wrapped->setGeometry(0, 0, 120, wrapped->heightForWidth(120));
        QCOMPARE(clippedTexts(&window), QStringList());

        label->resize(label->width() / 2, label->height());
        wrapped->resize(120, wrapped->height() / 2);
        button->resize(button->width() / 2, button->height());
        check->resize(check->width() / 2, check->height());
        box->resize(40, 60);
        tabs->resize(tabs->width() / 3, tabs->height());
        tabs->setUsesScrollButtons(false);
        QCoreApplication::processEvents();
        const QStringList problems = clippedTexts(&window);
        QCOMPARE(problems.size(), 6);
        for (const QString &text :
             {QStringLiteral("QLabel"), QStringLiteral("QPushButton"), QStringLiteral("QCheckBox"),
              QStringLiteral("QGroupBox"), QStringLiteral("QTabBar")})
            QVERIFY2(!problems.filter(text).isEmpty(), qPrintable(problems.join('\n')));
    }

    void everyTextFitsBothTabs_data()
    {
        QTest::addColumn<int>("screenWidth");
        QTest::addColumn<bool>("presenting");
        for (int width : {1280, 1920}) {
            QTest::addRow("%d window", width) << width << false;
            QTest::addRow("%d presentation", width) << width << true;
        }
    }
    void everyTextFitsBothTabs()
    {
        QFETCH(int, screenWidth);
        QFETCH(bool, presenting);
        openWindow(screenWidth);
        if (presenting) {
            m_window->setPresentation(true);
            QVERIFY(m_window->isPresenting());
        }
        const QStringList problems = checkBothTabs();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyTextFitsTheDialogs_data()
    {
        QTest::addColumn<int>("screenWidth");
        QTest::addRow("1280") << 1280;
        QTest::addRow("1920") << 1920;
    }
    void everyTextFitsTheDialogs()
    {
        QFETCH(int, screenWidth);
        openWindow(screenWidth);
        settle();
        QStringList problems;

        m_window->exportFigure();
        problems << checkDialog(m_window->exportDialog());
        m_window->exportDialog()->close();

        m_window->exportAnimation();
        problems << checkDialog(m_window->animationDialog());
        m_window->animationDialog()->close();

        triggerShortcut(QKeySequence(Qt::Key_F1));
        QTRY_VERIFY(m_window->shortcutSheet());
        problems << checkDialog(m_window->shortcutSheet());
        m_window->shortcutSheet()->close();

        // Training > Born-dead networks… (Ctrl+B): a window of its own.
        triggerShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
        QDialog *bornDead = nullptr;
        QTRY_VERIFY((bornDead = m_window->findChild<relulab::gui::BornDeadDialog *>()));
        problems << checkDialog(bornDead);
        bornDead->close();

        // Training > Compare with… runs its dialog modally: checked while it is up.
        QStringList compareProblems;
        bool compareSeen = false;
        QTimer::singleShot(0, this, [&] {
            QDialog *compare = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!compare) return;
            compareSeen = true;
            compareProblems = checkDialog(compare);
            compare->reject();
        });
        m_window->compareWith();
        QVERIFY(compareSeen);
        problems << compareProblems;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Right to left (as an Arabic or Hebrew translation would set it): both tabs, in a window and
    // presenting, keep every widget inside the window and no two side by side on each other, and
    // the plots still draw their curves.
    void rightToLeftLayoutKeepsEverythingInPlace_data()
    {
        QTest::addColumn<bool>("presenting");
        QTest::addRow("window") << false;
        QTest::addRow("presentation") << true;
    }
    void rightToLeftLayoutKeepsEverythingInPlace()
    {
        QFETCH(bool, presenting);
        relulab::gui::removeTranslations();
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        openWindow(1280);
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        if (presenting) m_window->setPresentation(true);
        QStringList problems;
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            settle();
            for (const QString &p :
                 outsideTheWindow(m_window.get()) + overlappingSiblings(m_window.get()))
                problems << QStringLiteral("[tab %1] %2").arg(tab).arg(p);
            int drawn = 0;
            for (QCustomPlot *plot :
                 m_window->tabs()->currentWidget()->findChildren<QCustomPlot *>()) {
                if (!onScreen(plot)) continue;
                QVERIFY(plot->axisRect()->width() > 0);
                for (int g = 0; g < plot->graphCount(); ++g)
                    drawn += plot->graph(g)->visible() && !plot->graph(g)->data()->isEmpty();
            }
            QVERIFY2(drawn > 0, qPrintable(QStringLiteral("tab %1 draws no curve").arg(tab)));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

RELULAB_TEST_MAIN(tst_I18nLayout)
#include "tst_i18nlayout.moc"
