// The main window's menus and their shortcuts: File, Edit, View, Training and Help (the Lesson menu
// is built with the lessons, MainWindowLessons.cpp).
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTranslator>
#include <QUndoStack>
#include <array>
#include <tuple>

#include "gui/common/Language.h"
#include "gui/common/MainTab.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SessionDocument.h"
#include "gui/window/SettingsUndo.h"
#include "gui/window/WindowAction.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

using session::FunctionId;

void MainWindow::createMenus()
{
    menuBar()->setAccessibleName(tr("Menu bar"));
    createFileMenu(menuBar()->addMenu(tr("&File")));
    createEditMenu(menuBar()->addMenu(tr("&Edit")));
    createViewMenu(menuBar()->addMenu(tr("&View")));
    createTrainingMenu(menuBar()->addMenu(tr("&Training")));
    createLessons(menuBar()->addMenu(tr("Less&on")));
    createHelpMenu(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::createFileMenu(QMenu *file)
{
    addWindowAction(this, file, tr("&New session"), QKeySequence(Qt::CTRL | Qt::Key_N),
                    tr("Start over with the default settings and a new training run"),
                    [this] { m_document->newSession(); });
    addWindowAction(
        this, file, tr("&Open session\u2026"), QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Open a saved .relulab session: settings, training setup and trained network"),
        [this] { m_document->open(); });
    file->addMenu(m_document->recentMenu());
    addWindowAction(this, file, tr("&Save session"), QKeySequence(Qt::CTRL | Qt::Key_S),
                    tr("Save the settings, the training setup and the trained network at its step"),
                    [this] { m_document->save(); });
    addWindowAction(
        this, file, tr("Save session &as\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        tr("Save the session to a new .relulab file"), [this] { m_document->saveAs(); });
    file->addSeparator();
    addWindowAction(this, file, tr("Export &figure\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
                    tr("Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV"),
                    &MainWindow::exportFigure);
    addWindowAction(this, file, tr("Export &CSV\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                    tr("Save the curves on a uniform grid as CSV"), &MainWindow::exportCsv);
    addWindowAction(this, file, tr("Export ani&mation\u2026"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E),
                    tr("Save the training (replayed from step 0) or the explorer while \u03b1 or "
                       "the range sweeps as an animated GIF or an MP4 video"),
                    &MainWindow::exportAnimation);
    addWindowAction(this, file, tr("Export training &log\u2026"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                    tr("Save the training run's loss and dead units per recorded step as CSV"),
                    &MainWindow::exportTrainingLog);
    file->addSeparator();
    addWindowAction(this, file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                    tr("Close ReLU Lab"), &QWidget::close);
}

void MainWindow::createEditMenu(QMenu *edit)
{
    QUndoStack *undoStack = m_document->undo()->stack();
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setToolTip(tr("Undo the last change of a setting (a whole drag at once)"));
    undo->setStatusTip(undo->toolTip());
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setToolTip(tr("Redo the change last undone"));
    redo->setStatusTip(redo->toolTip());
    for (QAction *a : {undo, redo}) {
        edit->addAction(a);
        addAction(a);
    }
    edit->addSeparator();
    addWindowAction(this, edit, tr("&Copy values at cursor"), QKeySequence(Qt::CTRL | Qt::Key_C),
                    tr("Copy z, f(z) and f\u2032(z) of the shown functions at the cursor"),
                    [this] { copyValues(m_plot->probe().value_or(0.0)); });
    addWindowAction(
        this, edit, tr("Copy plot &image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Copy the plots in front (explorer plots, or the training curves) as an image"),
        &MainWindow::copyPlotImage);
    addWindowAction(this, edit, tr("Increase \u03b1"), QKeySequence(Qt::Key_BracketRight),
                    tr("Leaky slope \u03b1 + 0.01"), [this] { nudgeAlpha(0.01); });
    addWindowAction(this, edit, tr("Decrease \u03b1"), QKeySequence(Qt::Key_BracketLeft),
                    tr("Leaky slope \u03b1 \u2212 0.01"), [this] { nudgeAlpha(-0.01); });
}

void MainWindow::createViewMenu(QMenu *view)
{
    const std::array<std::pair<FunctionId, Qt::Key>, 3> toggles = {
        std::pair{FunctionId::Relu, Qt::Key_1}, std::pair{FunctionId::Leaky, Qt::Key_2},
        std::pair{FunctionId::Maxout, Qt::Key_3}};
    for (auto [id, key] : toggles) {
        QAction *a =
            addWindowAction(this, view, tr("Show %1").arg(session::functionName(id)),
                            QKeySequence(key), tr("Show or hide %1").arg(session::functionName(id)),
                            [this, id](bool on) { m_state->setVisible(id, on); });
        a->setCheckable(true);
        a->setChecked(m_state->isVisible(id));
        connect(m_state, &session::ExplorerState::visibilityChanged, a,
                [this, a, id] { a->setChecked(m_state->isVisible(id)); });
    }
    QAction *sub = addWindowAction(this, view, tr("Show &subgradient set"), QKeySequence(Qt::Key_S),
                                   tr("Bars over [left, right] at each kink"),
                                   [this](bool on) { m_state->setShowSubgradient(on); });
    sub->setCheckable(true);
    sub->setChecked(m_state->showSubgradient());
    connect(m_state, &session::ExplorerState::showSubgradientChanged, sub, &QAction::setChecked);
    view->addSeparator();
    addConventionMenu(view);
    view->addSeparator();
    addWindowAction(this, view, tr("Zoom &in"), QKeySequence(Qt::Key_Plus),
                    tr("Narrow the z range"), [this] { zoomBy(0.8); });
    addWindowAction(this, view, tr("Zoom &out"), QKeySequence(Qt::Key_Minus),
                    tr("Widen the z range"), [this] { zoomBy(1.25); });
    addWindowAction(this, view, tr("&Reset view"), QKeySequence(Qt::Key_Home),
                    tr("Back to z from −10 to 10"), [this] {
                        m_state->setRange(session::ExplorerSettings::kDefaultLo,
                                          session::ExplorerSettings::kDefaultHi);
                    });

    view->addSeparator();
    addWindowAction(
        this, view, tr("&Pin visible curves"), QKeySequence(Qt::Key_P),
        tr("Freeze the visible curves with their current parameters as ghosts to compare with"),
        &MainWindow::pinVisible);
    addWindowAction(this, view, tr("C&lear pins"), QKeySequence(Qt::SHIFT | Qt::Key_P),
                    tr("Remove every pinned curve"), [this] { m_state->setPinned({}); });

    view->addSeparator();
    addWindowAction(this, view, tr("E&xplorer tab"), QKeySequence(Qt::CTRL | Qt::Key_1),
                    tr("Show the explorer"),
                    [this] { m_tabs->setCurrentIndex(tabIndex(MainTab::Explorer)); });
    addWindowAction(this, view, tr("&Training tab"), QKeySequence(Qt::CTRL | Qt::Key_2),
                    tr("Show the training run"),
                    [this] { m_tabs->setCurrentIndex(tabIndex(MainTab::Training)); });
    view->addSeparator();
    addClassroomActions(view);
    view->addSeparator();
    addLanguageMenu(view);
}

// The languages by their own names. A choice applies when the program starts again (the widgets
// build their text once); the menu says so, and the status bar says it in the chosen language.
void MainWindow::addLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Lan&guage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->setToolTipsVisible(true);
    QAction *note = menu->addAction(tr("Takes effect when ReLU Lab starts again"));
    note->setEnabled(false);
    menu->addSeparator();
    auto *group = new QActionGroup(menu);
    const QString saved = savedLanguage();
    std::vector<std::pair<QString, QString>> choices{{QString(), tr("System default")}};
    for (const InterfaceLanguage &language : interfaceLanguages())
        choices.emplace_back(language.code, language.nativeName);
    for (const auto &[code, name] : choices) {
        QAction *a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == saved);
        a->setToolTip(code.isEmpty()
                          ? tr("Follow the system's language (now: %1)")
                                .arg(QLocale(resolveLanguage(QString())).nativeLanguageName())
                          : tr("Use %1 from the next start").arg(name));
        a->setStatusTip(a->toolTip());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            saveLanguage(code);
            // The message in the language that will be shown, so whoever chose it can read it.
            const QString target = resolveLanguage(code);
            QTranslator translator;
            QString message;
            if (translator.load(QStringLiteral(":/i18n/relulab_") + target))
                message = translator.translate("relulab::gui::MainWindow",
                                               "The language changes when ReLU Lab starts again.");
            if (message.isEmpty()) message = tr("The language changes when ReLU Lab starts again.");
            statusBar()->showMessage(message, 8000);
        });
    }
}

void MainWindow::addConventionMenu(QMenu *view)
{
    QMenu *convention = view->addMenu(tr("&Convention at kinks"));
    // Short labels; the tooltips say which framework computes what (a label naming a framework
    // must hold for ReLU, Leaky ReLU and maxout alike).
    const std::array<std::tuple<core::KinkConvention, QString, Qt::Key, QString>, 4> conventions = {
        std::tuple{core::KinkConvention::Left, tr("&Left"), Qt::Key_L,
                   tr("Use the left derivative: PyTorch's and TensorFlow's ReLU′(0) = 0 and "
                      "Leaky′(0) = α; for maxout the smallest tied slope, which no "
                      "framework computes")},
        std::tuple{core::KinkConvention::Right, tr("&Right"), Qt::Key_R,
                   tr("Use the right derivative: ReLU′(0) = 1, the largest tied slope")},
        std::tuple{core::KinkConvention::Mean, tr("&Mean"), Qt::Key_M,
                   tr("Use the mean of the left and right derivatives: ReLU′(0) = ½")},
        std::tuple{
            core::KinkConvention::First, tr("&First (PyTorch relu, max(dim))"), Qt::Key_F,
            tr("Use what PyTorch's relu, leaky_relu and max(dim) compute: 0 and α as left; maxout "
               "as max over the piece dimension gives a tie to the first maximal piece "
               "(torch.amax would split it evenly)")}};
    auto *group = new QActionGroup(this);
    for (const auto &[c, text, key, tip] : conventions) {
        QAction *a = addWindowAction(this, convention, text, QKeySequence(key), tip,
                                     [this, c = c] { m_state->setConvention(c); });
        a->setCheckable(true);
        a->setChecked(m_state->convention() == c);
        group->addAction(a);
        connect(m_state, &session::ExplorerState::conventionChanged, a,
                [a, c = c](core::KinkConvention now) { a->setChecked(now == c); });
    }
}

void MainWindow::createTrainingMenu(QMenu *training)
{
    m_playAction = addWindowAction(this, training, tr("&Play / Pause"), QKeySequence(Qt::Key_Space),
                                   tr("Start or pause training"), [this] {
                                       m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
                                       m_trainingTab->panel()->togglePlay();
                                   });
    m_stepAction = addWindowAction(this, training, tr("&Step"), QKeySequence(Qt::Key_N),
                                   tr("Train one mini-batch step"), [this] {
                                       m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
                                       m_trainingTab->panel()->step();
                                   });
    m_resetAction = addWindowAction(
        this, training, tr("&Reset"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start the run over with the same seed"), [this] { m_trainingTab->panel()->reset(); });
    m_regionsAction = addWindowAction(
        this, training, tr("Linear re&gions"), {QKeySequence(Qt::Key_G)},
        tr("Show the network's exact linear regions in the data plot: each region (one on/off "
           "pattern of the hidden units) its own colour, the selected unit's bent line bold"));
    m_regionsAction->setCheckable(true);
    connect(m_regionsAction, &QAction::toggled, this, [this](bool shown) {
        m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
        m_trainingTab->inputView()->setShowRegions(shown);
    });
    addWindowAction(this, training, tr("&Import data…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                    tr("Train on your own CSV examples"),
                    [this] { m_trainingTab->panel()->importCsv(); });
    addWindowAction(
        this, training, tr("&Compare with\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Train a second run beside this one, same data and seed, another activation"),
        &MainWindow::compareWith);
    QAction *stop = addWindowAction(this, training, tr("S&top comparing"),
                                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
                                    tr("End the second run"), [this] { m_compare->stop(); });
    stop->setEnabled(false);
    connect(m_compare, &session::CompareRun::activeChanged, stop, &QAction::setEnabled);
    addWindowAction(this, training, tr("&Born-dead networks…"), QKeySequence(Qt::CTRL | Qt::Key_B),
                    tr("How many deep, narrow ReLU nets are dead at initialisation"),
                    [this] { showBornDead(); });
}

void MainWindow::createHelpMenu(QMenu *help)
{
    QAction *keys = addWindowAction(this, help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                                    tr("List every shortcut, menu by menu (F1 or ?)"),
                                    &MainWindow::showShortcuts);
    // "?" is Shift+/ on most layouts; Qt reports it as the key Question.
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    addWindowAction(this, help, tr("&About ReLU Lab"), QKeySequence(Qt::SHIFT | Qt::Key_F1),
                    tr("Version and purpose"), [this] {
                        QMessageBox::about(
                            this, tr("About ReLU Lab"),
                            tr("<b>ReLU Lab</b> %1<br>Explore ReLU, Leaky ReLU and Maxout, their "
                               "derivatives and kinks.")
                                .arg(QApplication::applicationVersion()));
                    });
}

}  // namespace relulab::gui
