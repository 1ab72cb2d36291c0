// The classroom side of the main window: text size, high contrast, presentation mode and the
// toolbar.
#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>

#include "gui/explorer/ControlPanel.h"
#include "gui/style/Appearance.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/LessonPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WindowAction.h"

#include <algorithm>

namespace relulab::gui {

namespace {

// Lays out every widget of the window now, innermost first. After the text shrinks back the
// splitters must see the panels' new minimum widths; the layout requests that would tell them
// arrive only later, and a splitter clamps restored sizes to the minimums it sees.
void activateLayouts(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    const auto depth = [root](const QWidget *w) {
        int d = 0;
        for (; w && w != root; w = w->parentWidget())
            ++d;
        return d;
    };
    std::stable_sort(widgets.begin(), widgets.end(),
                     [&](const QWidget *a, const QWidget *b) { return depth(a) > depth(b); });
    for (QWidget *w : std::as_const(widgets)) {
        if (QLayout *layout = w->layout()) layout->activate();
    }
    if (root->layout()) root->layout()->activate();
}

}  // namespace

void MainWindow::addClassroomActions(QMenu *view)
{
    QAction *larger = addWindowAction(
        this, view, tr("&Larger text"),
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
        tr("Make all text larger, plots included (Ctrl+= or Ctrl++)"));
    connect(larger, &QAction::triggered, m_appearance, &Appearance::largerText);
    QAction *smaller =
        addWindowAction(this, view, tr("S&maller text"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
                        tr("Make all text smaller, plots included"));
    connect(smaller, &QAction::triggered, m_appearance, &Appearance::smallerText);
    QAction *normal =
        addWindowAction(this, view, tr("&Normal text size"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                        tr("Back to the normal text size"));
    connect(normal, &QAction::triggered, m_appearance, &Appearance::normalText);
    const auto updateTextActions = [this, larger, smaller, normal] {
        const int step = m_appearance->textStep();
        larger->setEnabled(step < m_appearance->largestTextStep());
        smaller->setEnabled(step > 0);
        normal->setEnabled(step != Appearance::kNormalStep);
    };
    connect(m_appearance, &Appearance::styleChanged, this, updateTextActions);
    updateTextActions();

    QAction *contrast = addWindowAction(
        this, view, tr("&High contrast"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
        tr("Black on white, thicker lines and a stronger focus ring"));
    contrast->setCheckable(true);
    contrast->setChecked(m_appearance->highContrast());
    connect(contrast, &QAction::toggled, m_appearance, &Appearance::setHighContrast);

    view->addSeparator();
    m_presentationAction =
        addWindowAction(this, view, tr("&Presentation mode"), {QKeySequence(Qt::Key_F5)},
                        tr("Full screen with large text and thick lines for a projector; "
                           "F5 or Esc leaves"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setIcon(QIcon(QStringLiteral(":/icons/presentation.svg")));
    m_presentationAction->setIconText(tr("Present"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentation);
    m_leavePresentationAction =
        addWindowAction(this, view, tr("L&eave presentation mode"), {QKeySequence(Qt::Key_Escape)},
                        tr("Back to the normal window"));
    // Enabled only while presenting, so that Esc keeps its meaning everywhere else.
    m_leavePresentationAction->setEnabled(false);
    connect(m_leavePresentationAction, &QAction::triggered, this,
            [this] { setPresentation(false); });

    m_controlsAction = addWindowAction(
        this, view, tr("&Controls"), {QKeySequence(Qt::Key_F6)},
        tr("Show or hide the control panels of both tabs; presentation mode folds them away to "
           "give the plots the room"));
    m_controlsAction->setCheckable(true);
    m_controlsAction->setChecked(true);
    connect(m_controlsAction, &QAction::toggled, this, [this](bool shown) {
        m_controlsScroll->setVisible(shown);
        m_trainingTab->setControlsVisible(shown);
    });
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->toggleViewAction()->setEnabled(false);  // no way to lose it by accident
    m_playAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playAction->setIconText(tr("Play"));
    m_stepAction->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stepAction->setIconText(tr("Step"));
    m_resetAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_resetAction->setIconText(tr("Reset"));
    m_toolBar->addAction(m_presentationAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_playAction);
    m_toolBar->addAction(m_stepAction);
    m_toolBar->addAction(m_resetAction);
    m_toolBar->addSeparator();
    m_regionsAction->setIconText(tr("Regions"));
    m_toolBar->addAction(m_regionsAction);
    m_toolBar->addAction(m_controlsAction);
    // The buttons' own names and tips, with the shortcut: read by screen readers and on hover.
    // A button takes its action's tip again whenever the action changes (checked, enabled).
    for (QAction *action : m_toolBar->actions()) {
        QWidget *button = m_toolBar->widgetForAction(action);
        if (!button || action->isSeparator()) continue;
        button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        const auto tip = [button, action] {
            button->setToolTip(tr("%1 (%2)").arg(
                action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
        };
        tip();
        connect(action, &QAction::changed, button, tip);
    }
    connect(m_training, &session::TrainingController::runningChanged, this, [this](bool running) {
        m_playAction->setIcon(
            style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_playAction->setIconText(running ? tr("Pause") : tr("Play"));
    });
    // Icons grow with the text.
    const auto sizeIcons = [this](const DisplayStyle &s) {
        const int side = style()->pixelMetric(QStyle::PM_ToolBarIconSize);
        m_toolBar->setIconSize(QSize(side, side) * s.text);
    };
    connect(m_appearance, &Appearance::styleChanged, this, sizeIcons);
    sizeIcons(m_appearance->style());
}

void MainWindow::restoreSplittersAtSize()
{
    if (m_pendingSplitters.empty() || isFullScreen() || size() != m_pendingSplittersSize) return;
    // After the layout requests the smaller text has posted: a splitter clamps restored sizes to
    // the minimum widths it sees, and those are only current once the layouts have run.
    QCoreApplication::postEvent(this, new QEvent(kRestoreSplittersEvent), Qt::LowEventPriority);
}

void MainWindow::applyPendingSplitters()
{
    if (m_pendingSplitters.empty() || isFullScreen() || size() != m_pendingSplittersSize) return;
    // The hidden tab's page keeps the size it had on the full screen until it is shown: give it
    // the visible page's size first, so its splitter is restored at the width it will have.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (i != m_tabs->currentIndex())
            m_tabs->widget(i)->setGeometry(m_tabs->currentWidget()->geometry());
    }
    activateLayouts(this);
    for (const auto &[splitter, state] : m_pendingSplitters) {
        if (splitter) splitter->restoreState(state);
    }
    m_pendingSplitters.clear();
    if (m_pendingLessonDockWidth > 0 && m_lessonDock->isVisible())
        resizeDocks({m_lessonDock}, {m_pendingLessonDockWidth}, Qt::Horizontal);
    m_pendingLessonDockWidth = 0;
}

void MainWindow::applyPresentationLayout()
{
    fitLessonColumn();
    m_trainingTab->setInputViewShare(kPresentationInputViewShare);
}

void MainWindow::fitLessonColumn()
{
    if (!isPresenting() || !m_lessonDock->isVisible() || m_lessonDock->isFloating()) return;
    const Qt::DockWidgetArea area = dockWidgetArea(m_lessonDock);
    if (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea) return;
    // Opened while presenting: leaving gives it the width it would have had.
    if (m_beforePresentation->lessonDockWidth == 0)
        m_beforePresentation->lessonDockWidth = m_lessonDock->sizeHint().width();
    // The screen's width, not the window's: the window system makes the window full screen later.
    const int width = qRound(kLessonColumnShare * screen()->geometry().width());
    resizeDocks({m_lessonDock}, {width}, Qt::Horizontal);
}

void MainWindow::setPresentation(bool on)
{
    if (on == isPresenting()) {
        m_presentationAction->setChecked(on);
        return;
    }
    if (on) {
        PresentationRestore before;
        before.windowState = windowState();
        before.geometry = saveGeometry();
        before.menuBarHidden = menuBar()->isHidden();
        const auto *status = findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly);
        before.statusBarHidden = !status || status->isHidden();
        before.toolBarHidden = m_toolBar->isHidden();
        before.explorerAdvanced = m_controls->advancedVisible();
        before.trainingAdvanced = m_trainingTab->advancedVisible();
        before.controls = m_controlsAction->isChecked();
        before.lessonDockWidth = m_lessonDock->isVisible() ? m_lessonDock->width() : 0;
        before.size = size();
        for (QSplitter *splitter : findChildren<QSplitter *>())
            before.splitters.emplace_back(splitter, splitter->saveState());
        m_beforePresentation = std::move(before);
        m_pendingSplitters.clear();

        m_controls->setAdvancedVisible(false);
        m_trainingTab->setAdvancedVisible(false);
        m_controlsAction->setChecked(false);
        menuBar()->hide();
        if (auto *bar = findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly)) bar->hide();
        m_toolBar->show();
        const QScreen *s = screen();
        m_appearance->setPresentation(
            true, Appearance::presentationFactorFor(
                      s->geometry().height(), s->logicalDotsPerInchY(), m_appearance->baseFont()));
        m_appearance->setRelativeFont(m_lessonPanel->text(), kPresentationLessonTextFactor);
        showFullScreen();
        applyPresentationLayout();
    } else {
        const PresentationRestore before = std::move(*m_beforePresentation);
        m_beforePresentation.reset();
        m_appearance->setPresentation(false);
        m_appearance->setRelativeFont(m_lessonPanel->text(), kLessonTextFactor);
        m_controls->setAdvancedVisible(before.explorerAdvanced);
        m_trainingTab->setAdvancedVisible(before.trainingAdvanced);
        m_controlsAction->setChecked(before.controls);
        menuBar()->setVisible(!before.menuBarHidden);
        if (auto *bar = findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly))
            bar->setVisible(!before.statusBarHidden);
        m_toolBar->setVisible(!before.toolBarHidden);
        if (before.windowState & Qt::WindowMaximized)
            showMaximized();
        else
            showNormal();
        restoreGeometry(before.geometry);
        setWindowState(before.windowState);
        m_pendingSplitters = before.splitters;
        m_pendingLessonDockWidth = before.lessonDockWidth;
        m_pendingSplittersSize = before.size;
        restoreSplittersAtSize();  // now, if the window system resized the window at once
    }
    m_presentationAction->setChecked(on);
    m_leavePresentationAction->setEnabled(on);
}

}  // namespace relulab::gui
