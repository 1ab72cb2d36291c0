// The main window: the explorer plots, the hover readout, the formula panel and the controls.
#pragma once

#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <optional>

#include "session/ExplorerState.h"
#include "session/TrainingController.h"

class QLabel;
class QSplitter;
class QTabWidget;
class QToolBar;

namespace relulab::gui {

class Appearance;
class BornDeadDialog;
class ShortcutSheet;
class ControlPanel;
class TrainingTab;
class ExplorerPlot;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(session::ExplorerState *state, QWidget *parent = nullptr);

    ExplorerPlot *plot() const { return m_plot; }
    ControlPanel *controls() const { return m_controls; }
    QLabel *readout() const { return m_readout; }
    QLabel *formula() const { return m_formula; }
    QTabWidget *tabs() const { return m_tabs; }
    TrainingTab *trainingTab() const { return m_trainingTab; }
    session::TrainingController *training() const { return m_training; }
    Appearance *appearance() const { return m_appearance; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // The open shortcut sheet, if any.
    ShortcutSheet *shortcutSheet() const;

    // Presentation mode: full screen, the menu and status bars hidden, advanced controls hidden,
    // all text scaled for the back of the room. Leaving restores exactly what was there.
    bool isPresenting() const { return m_beforePresentation.has_value(); }
    void setPresentation(bool on);

    void exportFigure();
    void exportCsv();
    void copyValues(double z);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createMenus();
    // View menu: text size, presentation mode, high contrast (MainWindowPresentation.cpp).
    void addClassroomActions(QMenu *view);
    void createToolBar();
    // Puts the splitters back once the window is back at its size (MainWindowPresentation.cpp).
    void restoreSplittersAtSize();
    void applyPendingSplitters();
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
    QLabel *m_readout = nullptr;
    QLabel *m_formula = nullptr;
    QTabWidget *m_tabs = nullptr;
    session::TrainingController *m_training = nullptr;
    TrainingTab *m_trainingTab = nullptr;
    BornDeadDialog *m_bornDead = nullptr;
    Appearance *m_appearance = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<ShortcutSheet> m_shortcutSheet;
    QAction *m_playAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_presentationAction = nullptr;
    QAction *m_leavePresentationAction = nullptr;

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
        QSize size;
        std::vector<std::pair<QPointer<QSplitter>, QByteArray>> splitters;
    };
    std::optional<PresentationRestore> m_beforePresentation;
    // After presentation: splitter positions that wait until the window has its size again (the
    // window system resizes it later, and a splitter would scale restored sizes with it).
    std::vector<std::pair<QPointer<QSplitter>, QByteArray>> m_pendingSplitters;
    QSize m_pendingSplittersSize;
};

}  // namespace relulab::gui
