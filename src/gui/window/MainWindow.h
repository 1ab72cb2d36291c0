// The main window: the explorer plots, the hover readout, the formula panel and the controls.
#pragma once

#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

#include "session/CompareRun.h"
#include "session/ExplorerState.h"
#include "session/Lesson.h"
#include "session/TrainingController.h"
#include "session/TrainingSetupBinder.h"
#include "session/TrainingSetupModel.h"

class QDockWidget;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace relulab::gui {

class Appearance;
class BornDeadDialog;
class ShortcutSheet;
class AnimationDialog;
class ExportDialog;
class FigureExporter;
class ControlPanel;
class LessonPanel;
class SessionDocument;
class TrainingTab;
class ExplorerPlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(session::ExplorerState *state, QWidget *parent = nullptr);
    ~MainWindow() override;

    ExplorerPlot *plot() const { return m_plot; }
    ControlPanel *controls() const { return m_controls; }
    QLabel *readout() const { return m_readout; }
    QLabel *formula() const { return m_formula; }
    QTabWidget *tabs() const { return m_tabs; }
    TrainingTab *trainingTab() const { return m_trainingTab; }
    session::TrainingController *training() const { return m_training; }
    // The training setup (what the controls show, undo, sessions and lessons change) and what
    // keeps the run in step with it.
    session::TrainingSetupModel *trainingSetup() const { return m_trainingSetup; }
    session::TrainingSetupBinder *trainingBinder() const { return m_trainingBinder; }
    SessionDocument *document() const { return m_document; }

    // Reopens the session autosaved at the last close, and autosaves on close from now on.
    void restoreLastSession();

    // Guided lessons: the list (built-in, then the user's own) and the one shown, -1 for none.
    const std::vector<session::Lesson> &lessons() const { return m_lessons; }
    int currentLesson() const { return m_lesson; }
    // Sets the whole state lesson index promises and shows its explanation.
    void showLesson(int index);
    void nextLesson();
    void previousLesson();
    void leaveLessons();
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    Appearance *appearance() const { return m_appearance; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // View ▸ Controls (F6): checked while both tabs show their control panels beside the plots.
    QAction *controlsAction() const { return m_controlsAction; }
    QAction *regionsAction() const { return m_regionsAction; }
    // The open shortcut sheet, if any.
    ShortcutSheet *shortcutSheet() const;

    // Presentation mode: full screen, the menu and status bars hidden, advanced controls hidden,
    // all text scaled for the back of the room. Leaving restores exactly what was there.
    bool isPresenting() const { return m_beforePresentation.has_value(); }
    // The lesson panel's share of the screen's width in presentation mode.
    static constexpr double kLessonColumnShare = 0.3;
    // The input-space view's share of the Training tab's output column in presentation mode.
    static constexpr double kPresentationInputViewShare = 0.7;
    void setPresentation(bool on);
    session::CompareRun *compare() const { return m_compare; }

    // File > Export figure…: opens the export dialog on the tab in front's plot.
    void exportFigure();
    // File > Export animation…: opens the animation dialog on the tab in front's subject.
    void exportAnimation();
    void exportCsv();
    void exportTrainingLog();
    // Edit > Copy plot image: the explorer plots or the training curves, as on screen.
    void copyPlotImage();
    ExportDialog *exportDialog();
    // File > Export animation…'s dialog, made on first use.
    AnimationDialog *animationDialog();
    const FigureExporter &exporter() const { return *m_exporter; }
    void copyValues(double z);
    // Pins every visible curve (P); a refusal is shown under the controls.
    void pinVisible();
    // Training > Compare with…: asks for the second run's activation, then starts it.
    void compareWith();
    void startComparison(const session::CompareSpec &spec);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The explorer tab's widgets; the training run, its setup model and tab; the second run.
    QWidget *buildExplorer();
    void createTraining();
    void createCompare();
    // The formula panel and the readout follow the state, the probe and the theme.
    void connectReadouts();
    // Menus (MainWindowMenus.cpp).
    void createMenus();
    void createFileMenu(QMenu *file);
    void createEditMenu(QMenu *edit);
    void createViewMenu(QMenu *view);
    void addConventionMenu(QMenu *view);
    void addLanguageMenu(QMenu *view);
    void createTrainingMenu(QMenu *training);
    void createHelpMenu(QMenu *help);
    // The Lesson menu and the lesson panel's dock (MainWindowLessons.cpp).
    void createLessons(QMenu *menu);
    void createLessonDock();
    // View menu: text size, presentation mode, high contrast (MainWindowPresentation.cpp).
    void addClassroomActions(QMenu *view);
    void createToolBar();
    // Puts the splitters back once the window is back at its size (MainWindowPresentation.cpp).
    void restoreSplittersAtSize();
    void applyPendingSplitters();
    // In presentation mode the lesson panel is a side column of a fixed share of the screen's
    // width: the text gets the lines it needs, the plots keep the full height.
    void fitLessonColumn();
    // The presentation layout for the window's present size: the lesson column's width and the
    // Training tab's split.
    void applyPresentationLayout();
    // The lesson text's size relative to the rest: larger in a normal window; in presentation
    // mode all text is large already and the lesson must fit beside the plots.
    static constexpr double kLessonTextFactor = 1.2;
    static constexpr double kPresentationLessonTextFactor = 1.0;
    static constexpr QEvent::Type kRestoreSplittersEvent =
        static_cast<QEvent::Type>(QEvent::User + 1);
    void updateFormula();
    void updateReadout();
    void nudgeAlpha(double delta);
    void zoomBy(double factor);
    void showShortcuts();
    void showBornDead();
    bool writeFile(const QString &path, const QByteArray &bytes);

    session::ExplorerState *m_state;
    ExplorerPlot *m_plot = nullptr;
    ControlPanel *m_controls = nullptr;
    QWidget *m_controlsScroll = nullptr;  // the explorer's control panel in its scroll area
    QLabel *m_readout = nullptr;
    QLabel *m_formula = nullptr;
    QTabWidget *m_tabs = nullptr;
    session::TrainingController *m_training = nullptr;
    session::TrainingSetupModel *m_trainingSetup = nullptr;
    session::TrainingSetupBinder *m_trainingBinder = nullptr;
    TrainingTab *m_trainingTab = nullptr;
    session::CompareRun *m_compare = nullptr;
    BornDeadDialog *m_bornDead = nullptr;
    std::vector<session::Lesson> m_lessons;
    int m_lesson = -1;
    QDockWidget *m_lessonDock = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    SessionDocument *m_document = nullptr;
    bool m_autosave = false;
    Appearance *m_appearance = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<ShortcutSheet> m_shortcutSheet;
    QAction *m_playAction = nullptr;
    QAction *m_regionsAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_leavePresentationAction = nullptr;
    QAction *m_controlsAction = nullptr;

    // What presentation mode changed, to put back.
    struct PresentationRestore
    {
        Qt::WindowStates windowState;
        QByteArray geometry;
        bool menuBarHidden = false;
        bool statusBarHidden = false;
        bool toolBarHidden = false;
        bool explorerAdvanced = true;
        bool trainingAdvanced = true;
        bool controls = true;
        int lessonDockWidth = 0;
        QSize size;
        std::vector<std::pair<QPointer<QSplitter>, QByteArray>> splitters;
    };
    std::optional<PresentationRestore> m_beforePresentation;
    std::unique_ptr<FigureExporter> m_exporter;
    ExportDialog *m_exportDialog = nullptr;
    AnimationDialog *m_animationDialog = nullptr;
    // After presentation: splitter positions that wait until the window has its size again (the
    // window system resizes it later, and a splitter would scale restored sizes with it).
    std::vector<std::pair<QPointer<QSplitter>, QByteArray>> m_pendingSplitters;
    int m_pendingLessonDockWidth = 0;
    QSize m_pendingSplittersSize;
};

}  // namespace relulab::gui
