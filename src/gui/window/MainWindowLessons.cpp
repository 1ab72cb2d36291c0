// The lessons in the main window: the Lesson menu, the lesson panel in its dock, showing a lesson
// (the explorer's state and the training setup it promises) and stepping with the keys.
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

#include "gui/common/Language.h"
#include "gui/common/MainTab.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/style/Appearance.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/window/LessonPanel.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WindowAction.h"
#include "session/TrainingSetupBinder.h"

namespace relulab::gui {

void MainWindow::createLessons(QMenu *menu)
{
    QStringList problems;
    m_lessons = session::loadAllLessons(&problems);
    // In the interface's language where a lesson has it (English otherwise).
    for (session::Lesson &lesson : m_lessons)
        lesson = session::localizedLesson(lesson, installedLanguage());
    // A broken lesson file of the user's is skipped, and said so, but never stops the program.
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Some lessons could not be read: %1").arg(problems.join("; ")),
                                 15000);

    createLessonDock();

    addWindowAction(this, menu, tr("&Start the lessons"), QKeySequence(Qt::CTRL | Qt::Key_L),
                    tr("Show the first lesson, or the current one"),
                    [this] { showLesson(std::max(m_lesson, 0)); });
    addWindowAction(this, menu, tr("&Next lesson"), QKeySequence(Qt::Key_PageDown),
                    tr("Go to the next lesson (also → while a lesson is shown)"),
                    &MainWindow::nextLesson);
    addWindowAction(this, menu, tr("&Previous lesson"), QKeySequence(Qt::Key_PageUp),
                    tr("Go to the previous lesson (also ← while a lesson is shown)"),
                    &MainWindow::previousLesson);
    addWindowAction(
        this, menu, tr("&Leave the lessons"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
        tr("Hide the lesson panel; the settings stay as they are"), &MainWindow::leaveLessons);
    menu->addAction(m_lessonPanel->noteAction());
    addAction(m_lessonPanel->noteAction());  // its shortcut works with the menu bar hidden
    menu->addSeparator();
    for (int i = 0; i < static_cast<int>(m_lessons.size()); ++i) {
        // Alt+1 … Alt+9 and Alt+0 jump straight to the first ten lessons, Ctrl+Alt+1 … Ctrl+Alt+9
        // to the next nine.
        QKeySequence key;
        if (i < 9) key = QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i));
        if (i == 9) key = QKeySequence(Qt::ALT | Qt::Key_0);
        if (i >= 10 && i < 19) key = QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i - 10));
        addWindowAction(this, menu, tr("&%1. %2").arg(i + 1).arg(m_lessons[size_t(i)].title), key,
                        tr("Set up the lesson “%1”").arg(m_lessons[size_t(i)].title),
                        [this, i] { showLesson(i); });
    }
}

void MainWindow::createLessonDock()
{
    m_lessonPanel = new LessonPanel;
    // Big enough to read from the back of the room, and growing with the text size.
    m_appearance->setRelativeFont(m_lessonPanel->title(), 1.45, true);
    m_appearance->setRelativeFont(m_lessonPanel->text(), kLessonTextFactor);
    m_appearance->setRelativeFont(m_lessonPanel->note(), 1.0);
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setAccessibleName(tr("Lesson panel"));
    m_lessonDock->setWidget(m_lessonPanel);
    m_lessonDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                                  Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();
    connect(m_lessonPanel, &LessonPanel::nextRequested, this, &MainWindow::nextLesson);
    connect(m_lessonPanel, &LessonPanel::previousRequested, this, &MainWindow::previousLesson);
    connect(m_lessonPanel, &LessonPanel::closeRequested, this, &MainWindow::leaveLessons);
    // Closing the dock by its title bar button leaves the lessons too.
    connect(m_lessonDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && !m_lessonDock->isVisible() && !isMinimized()) m_lesson = -1;
    });
    // Clickers send Page Down / Page Up; arrow keys step too unless a control uses them.
    qApp->installEventFilter(this);
}

void MainWindow::showLesson(int index)
{
    if (index < 0 || index >= static_cast<int>(m_lessons.size())) return;
    const session::Lesson &lesson = m_lessons[static_cast<size_t>(index)];
    m_lesson = index;
    // The explorer first: its convention is also the one backpropagation uses.
    m_controls->showError(m_state->apply(lesson.explorer));
    m_training->pause();
    // Lessons were checked when they were read; a refusal still says why rather than nothing.
    if (const QString error = m_trainingBinder->startOver(lesson.training); !error.isEmpty())
        statusBar()->showMessage(tr("The lesson's training setup was refused: %1").arg(error),
                                 10000);
    m_tabs->setCurrentIndex(tabIndex(
        lesson.tab == session::Lesson::Tab::Training ? MainTab::Training : MainTab::Explorer));
    m_lessonPanel->showLesson(lesson, index, static_cast<int>(m_lessons.size()));
    const bool opening = m_lessonDock->isHidden();
    m_lessonDock->show();
    m_lessonDock->raise();
    if (opening) fitLessonColumn();
    statusBar()->showMessage(tr("Lesson %1: %2").arg(index + 1).arg(lesson.title), 4000);
}

void MainWindow::nextLesson()
{
    if (m_lesson < 0)
        showLesson(0);
    else if (m_lesson + 1 < static_cast<int>(m_lessons.size()))
        showLesson(m_lesson + 1);
}

void MainWindow::previousLesson()
{
    if (m_lesson > 0) showLesson(m_lesson - 1);
}

void MainWindow::leaveLessons()
{
    m_lesson = -1;
    m_lessonDock->hide();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || m_lesson < 0 || !isActiveWindow())
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if ((key->key() != Qt::Key_Left && key->key() != Qt::Key_Right) ||
        key->modifiers() != Qt::NoModifier)
        return QMainWindow::eventFilter(watched, event);
    // Arrow keys belong to the focused control when it uses them (a slider, a spin box, a text
    // field, a list, the explorer plot's cursor, the diagram's unit selection); otherwise they
    // step the lessons.
    const QWidget *focus = QApplication::focusWidget();
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
            qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
            qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const ExplorerPlot *>(w) ||
            qobject_cast<const NetworkDiagram *>(w))
            return QMainWindow::eventFilter(watched, event);
    }
    if (watched != focus && focus) return QMainWindow::eventFilter(watched, event);
    if (key->key() == Qt::Key_Right)
        nextLesson();
    else
        previousLesson();
    return true;
}

}  // namespace relulab::gui
