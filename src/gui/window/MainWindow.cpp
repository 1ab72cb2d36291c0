// Window assembly, menus with shortcuts, figure/CSV export and the readouts.
#include "gui/window/MainWindow.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "gui/common/KeyboardNudge.h"
#include "gui/common/MainTab.h"
#include "gui/common/PanelScrollArea.h"
#include "gui/common/StatusLine.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/explorer/PinsPanel.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/FigureExporter.h"
#include "gui/export/FigureRenderer.h"
#include "gui/style/Appearance.h"
#include "gui/training/BornDeadDialog.h"
#include "gui/training/CompareDialog.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/LessonPanel.h"
#include "gui/window/SessionDocument.h"
#include "gui/window/SettingsUndo.h"
#include "gui/window/ShortcutSheet.h"
#include "session/CommandLine.h"
#include "session/ExplorerText.h"
#include "session/ExportCommand.h"

// The icon and other resources live in this static library; a static library's resources must
// be registered by name, outside any namespace.
static void initRelulabResources()
{
    Q_INIT_RESOURCE(relulab);
}

namespace relulab::gui {

using session::FunctionId;

MainWindow::MainWindow(session::ExplorerState *state, QWidget *parent)
    : QMainWindow(parent), m_state(state)
{
    initRelulabResources();
    const QIcon icon(QStringLiteral(":/icons/relulab.svg"));
    setWindowIcon(icon);
    // Dialogs and message boxes take the application's icon.
    if (QApplication::windowIcon().isNull()) QApplication::setWindowIcon(icon);
    setAccessibleName(tr("ReLU Lab main window"));
    setAccessibleDescription(
        tr("Explore ReLU, Leaky ReLU and Maxout and their derivatives, and train a small network "
           "to watch ReLU units die. F1 lists the keyboard shortcuts."));
    // First: the text size and theme apply to everything built below.
    m_appearance = new Appearance(this);
    new KeyboardNudge(this);

    m_plot = new ExplorerPlot(m_state);
    m_readout = new QLabel;
    m_readout->setObjectName(QStringLiteral("probeReadout"));
    m_readout->setAccessibleName(tr("Values at the cursor"));
    m_readout->setToolTip(
        tr("Value and derivative of each shown function at the cursor's z. "
           "At a kink: the subgradient set and the value the convention takes."));
    m_readout->setWordWrap(true);
    m_readout->setTextFormat(Qt::RichText);
    m_formula = new QLabel;
    m_formula->setObjectName(QStringLiteral("formulaPanel"));
    m_formula->setAccessibleName(tr("Formulas"));
    m_formula->setToolTip(tr("The definitions of the shown functions with their current numbers."));
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_appearance->setRelativeFont(m_formula, 1.3);
    m_appearance->setRelativeFont(m_readout, 1.1);
    m_readout->setContentsMargins(8, 2, 8, 2);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_plot, 1);
    leftLayout->addWidget(m_readout);

    m_controls = new ControlPanel(m_state);
    // Wide enough for the whole panel plus a vertical scroll bar, at any text size.
    auto *scroll = new PanelScrollArea(m_controls);
    scroll->setAccessibleName(tr("Controls"));
    m_controlsScroll = scroll;

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, scroll->minimumSizeHint().width()});

    auto *explorer = new QWidget;
    explorer->setAccessibleName(tr("Explorer"));
    auto *explorerLayout = new QVBoxLayout(explorer);
    explorerLayout->setContentsMargins(4, 4, 4, 0);
    explorerLayout->setSpacing(0);
    explorerLayout->addWidget(splitter, 1);
    explorerLayout->addWidget(m_formula);

    m_training = new session::TrainingController(this);
    m_trainingTab = new TrainingTab(m_training);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    // In MainTab's order: its values are these indices.
    m_tabs->addTab(explorer, tr("&Explorer"));
    m_tabs->addTab(m_trainingTab, tr("&Training"));
    m_tabs->setTabToolTip(tabIndex(MainTab::Explorer),
                          tr("ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)"));
    m_tabs->setTabToolTip(tabIndex(MainTab::Training),
                          tr("Train a small network and watch units die (Ctrl+2)"));
    setCentralWidget(m_tabs);
    // The selected unit's pre-activations pile up on the explorer's activation plot.
    connect(m_trainingTab, &TrainingTab::unitHistogramChanged, m_plot, &ExplorerPlot::setHistogram);
    // Backpropagation takes ReLU'(0) from the explorer's convention.
    m_trainingTab->panel()->setConvention(m_state->convention());
    connect(m_state, &session::ExplorerState::conventionChanged, this,
            [this](core::KinkConvention c) { m_trainingTab->panel()->setConvention(c); });

    m_document = new SessionDocument(m_state, m_trainingTab->panel(), m_training, this);
    connect(m_document, &SessionDocument::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_exporter = std::make_unique<FigureExporter>(m_state, m_plot, m_tabs, m_trainingTab);

    // A second run beside the main one, its curves on the same plot.
    m_compare = new session::CompareRun(m_training, this);
    connect(m_compare, &session::CompareRun::snapshot, m_trainingTab->curves(),
            &TrainingCurves::appendComparison);
    connect(m_compare, &session::CompareRun::activeChanged, this, [this](bool active) {
        if (!active) m_trainingTab->curves()->clearComparison();
    });
    connect(m_compare, &session::CompareRun::rejected, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The comparison run cannot start: %1").arg(message), 10000);
    });

    createMenus();
    createToolBar();
    // Made now, so action status tips show and a message never adds a bar later.
    statusBar()->setAccessibleName(tr("Status bar"));

    // Every view draws at the Appearance's scale and theme.
    m_appearance->attach(m_plot);
    m_appearance->attach(m_trainingTab);
    m_appearance->setRelativeFont(m_trainingTab->status(), 1.15);
    const auto styleTexts = [this] {
        const Theme &t = m_appearance->theme();
        m_formula->setStyleSheet(
            QStringLiteral("QLabel#formulaPanel { background:%1; color:%2; border-top:%3px solid "
                           "%4; padding:8px; }")
                .arg(t.panel.name(), t.windowText.name())
                .arg(t.highContrast ? 2 : 1)
                .arg(t.panelBorder.name()));
        // Two lines of readout, whatever the text size.
        m_readout->setMinimumHeight(m_readout->fontMetrics().height() * 2 + 8);
        updateReadout();
    };
    connect(m_appearance, &Appearance::styleChanged, this, styleTexts);
    styleTexts();

    connect(m_plot, &ExplorerPlot::probeMoved, this, &MainWindow::updateReadout);
    connect(m_plot, &ExplorerPlot::probeLeft, this, &MainWindow::updateReadout);
    connect(m_plot, &ExplorerPlot::copyValuesRequested, this, &MainWindow::copyValues);
    connect(m_plot, &ExplorerPlot::exportRequested, this, &MainWindow::exportFigure);
    connect(m_plot, &ExplorerPlot::pinVisibleRequested, this, &MainWindow::pinVisible);
    for (auto signal :
         {&session::ExplorerState::piecesChanged, &session::ExplorerState::visibilityChanged}) {
        connect(m_state, signal, this, &MainWindow::updateFormula);
        connect(m_state, signal, this, &MainWindow::updateReadout);
    }
    connect(m_state, &session::ExplorerState::alphaChanged, this, &MainWindow::updateFormula);
    connect(m_state, &session::ExplorerState::alphaChanged, this, &MainWindow::updateReadout);
    connect(m_state, &session::ExplorerState::softplusBetaChanged, this,
            &MainWindow::updateFormula);
    connect(m_state, &session::ExplorerState::conventionChanged, this, &MainWindow::updateReadout);
    updateFormula();
    updateReadout();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
}

MainWindow::~MainWindow()
{
    // The children are hidden and deleted after this body, when this is no longer a MainWindow:
    // the dock's visibilityChanged must not reach the lambda that reads our members then
    // (UBSan: member access within an object of type QWidget).
    if (m_lessonDock) m_lessonDock->disconnect(this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_autosave) {
        if (const QString error = m_document->autosave(); !error.isEmpty())
            qWarning("ReLU Lab: the session could not be kept for the next start: %s",
                     qPrintable(error));
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLastSession()
{
    m_document->restoreLast();
    m_autosave = true;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (isPresenting()) applyPresentationLayout();
    restoreSplittersAtSize();
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == kRestoreSplittersEvent) {
        applyPendingSplitters();
        return true;
    }
    return QMainWindow::event(event);
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key,
                            const QString &tip, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);  // shortcuts work even when the menu bar is hidden
        return action;
    };

    menuBar()->setAccessibleName(tr("Menu bar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New session"), QKeySequence(Qt::CTRL | Qt::Key_N),
        tr("Start over with the default settings and a new training run"),
        [this] { m_document->newSession(); });
    add(file, tr("&Open session\u2026"), QKeySequence(Qt::CTRL | Qt::Key_O),
        tr("Open a saved .relulab session: settings, training setup and trained network"),
        [this] { m_document->open(); });
    file->addMenu(m_document->recentMenu());
    add(file, tr("&Save session"), QKeySequence(Qt::CTRL | Qt::Key_S),
        tr("Save the settings, the training setup and the trained network at its step"),
        [this] { m_document->save(); });
    add(file, tr("Save session &as\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        tr("Save the session to a new .relulab file"), [this] { m_document->saveAs(); });
    file->addSeparator();
    add(file, tr("Export &figure\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Save any plot or a whole view as PNG, SVG or PDF, or its data as CSV"),
        &MainWindow::exportFigure);
    add(file, tr("Export &CSV\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Save the curves on a uniform grid as CSV"), &MainWindow::exportCsv);
    add(file, tr("Export training &log\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("Save the training run's loss and dead units per recorded step as CSV"),
        &MainWindow::exportTrainingLog);
    file->addSeparator();
    add(file, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Close ReLU Lab"),
        &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
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
    add(edit, tr("&Copy values at cursor"), QKeySequence(Qt::CTRL | Qt::Key_C),
        tr("Copy z, f(z) and f\u2032(z) of the shown functions at the cursor"),
        [this] { copyValues(m_plot->probe().value_or(0.0)); });
    add(edit, tr("Copy plot &image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Copy the plots in front (explorer plots, or the training curves) as an image"),
        &MainWindow::copyPlotImage);
    add(edit, tr("Increase \u03b1"), QKeySequence(Qt::Key_BracketRight),
        tr("Leaky slope \u03b1 + 0.01"), [this] { nudgeAlpha(0.01); });
    add(edit, tr("Decrease \u03b1"), QKeySequence(Qt::Key_BracketLeft),
        tr("Leaky slope \u03b1 \u2212 0.01"), [this] { nudgeAlpha(-0.01); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const std::array<std::pair<FunctionId, Qt::Key>, 3> toggles = {
        std::pair{FunctionId::Relu, Qt::Key_1}, std::pair{FunctionId::Leaky, Qt::Key_2},
        std::pair{FunctionId::Maxout, Qt::Key_3}};
    for (auto [id, key] : toggles) {
        QAction *a = add(view, tr("Show %1").arg(session::functionName(id)), QKeySequence(key),
                         tr("Show or hide %1").arg(session::functionName(id)),
                         [this, id](bool on) { m_state->setVisible(id, on); });
        a->setCheckable(true);
        a->setChecked(m_state->isVisible(id));
        connect(m_state, &session::ExplorerState::visibilityChanged, a,
                [this, a, id] { a->setChecked(m_state->isVisible(id)); });
    }
    QAction *sub = add(view, tr("Show &subgradient set"), QKeySequence(Qt::Key_S),
                       tr("Bars over [left, right] at each kink"),
                       [this](bool on) { m_state->setShowSubgradient(on); });
    sub->setCheckable(true);
    sub->setChecked(m_state->showSubgradient());
    connect(m_state, &session::ExplorerState::showSubgradientChanged, sub, &QAction::setChecked);
    view->addSeparator();
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
        QAction *a = add(convention, text, QKeySequence(key), tip,
                         [this, c = c] { m_state->setConvention(c); });
        a->setCheckable(true);
        a->setChecked(m_state->convention() == c);
        group->addAction(a);
        connect(m_state, &session::ExplorerState::conventionChanged, a,
                [a, c = c](core::KinkConvention now) { a->setChecked(now == c); });
    }
    view->addSeparator();
    add(view, tr("Zoom &in"), QKeySequence(Qt::Key_Plus), tr("Narrow the z range"),
        [this] { zoomBy(0.8); });
    add(view, tr("Zoom &out"), QKeySequence(Qt::Key_Minus), tr("Widen the z range"),
        [this] { zoomBy(1.25); });
    add(view, tr("&Reset view"), QKeySequence(Qt::Key_Home), tr("Back to z from \u221210 to 10"),
        [this] {
            m_state->setRange(session::ExplorerSettings::kDefaultLo,
                              session::ExplorerSettings::kDefaultHi);
        });

    view->addSeparator();
    add(view, tr("&Pin visible curves"), QKeySequence(Qt::Key_P),
        tr("Freeze the visible curves with their current parameters as ghosts to compare with"),
        &MainWindow::pinVisible);
    add(view, tr("C&lear pins"), QKeySequence(Qt::SHIFT | Qt::Key_P),
        tr("Remove every pinned curve"), [this] { m_state->setPinned({}); });

    view->addSeparator();
    add(view, tr("E&xplorer tab"), QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the explorer"),
        [this] { m_tabs->setCurrentIndex(tabIndex(MainTab::Explorer)); });
    add(view, tr("&Training tab"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Show the training run"),
        [this] { m_tabs->setCurrentIndex(tabIndex(MainTab::Training)); });
    view->addSeparator();
    addClassroomActions(view);

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    m_playAction = add(training, tr("&Play / Pause"), QKeySequence(Qt::Key_Space),
                       tr("Start or pause training"), [this] {
                           m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
                           m_trainingTab->panel()->togglePlay();
                       });
    m_stepAction = add(training, tr("&Step"), QKeySequence(Qt::Key_N),
                       tr("Train one mini-batch step"), [this] {
                           m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
                           m_trainingTab->panel()->step();
                       });
    m_resetAction = add(training, tr("&Reset"), QKeySequence(Qt::CTRL | Qt::Key_R),
                        tr("Start the run over with the same seed"),
                        [this] { m_trainingTab->panel()->reset(); });
    add(training, tr("&Import data…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        tr("Train on your own CSV examples"), [this] { m_trainingTab->panel()->importCsv(); });
    add(training, tr("&Compare with\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Train a second run beside this one, same data and seed, another activation"),
        &MainWindow::compareWith);
    QAction *stop =
        add(training, tr("S&top comparing"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R),
            tr("End the second run"), [this] { m_compare->stop(); });
    stop->setEnabled(false);
    connect(m_compare, &session::CompareRun::activeChanged, stop, &QAction::setEnabled);
    add(training, tr("&Born-dead networks…"), QKeySequence(Qt::CTRL | Qt::Key_B),
        tr("How many deep, narrow ReLU nets are dead at initialisation"),
        [this] { showBornDead(); });

    createLessons(menuBar()->addMenu(tr("Less&on")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys =
        add(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
            tr("List every shortcut, menu by menu (F1 or ?)"), &MainWindow::showShortcuts);
    // "?" is Shift+/ on most layouts; Qt reports it as the key Question.
    keys->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    add(help, tr("&About ReLU Lab"), QKeySequence(Qt::SHIFT | Qt::Key_F1),
        tr("Version and purpose"), [this] {
            QMessageBox::about(
                this, tr("About ReLU Lab"),
                tr("<b>ReLU Lab</b> %1<br>Explore ReLU, Leaky ReLU and Maxout, their "
                   "derivatives and kinks.")
                    .arg(QApplication::applicationVersion()));
        });
}

ShortcutSheet *MainWindow::shortcutSheet() const
{
    return m_shortcutSheet;
}

void MainWindow::createLessons(QMenu *menu)
{
    QStringList problems;
    m_lessons = session::loadAllLessons(&problems);
    // A broken lesson file of the user's is skipped, and said so, but never stops the program.
    if (!problems.isEmpty())
        statusBar()->showMessage(tr("Some lessons could not be read: %1").arg(problems.join("; ")),
                                 15000);

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

    const auto add = [this, menu](const QString &text, const QKeySequence &key, const QString &tip,
                                  auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("&Start the lessons"), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Show the first lesson, or the current one"),
        [this] { showLesson(std::max(m_lesson, 0)); });
    add(tr("&Next lesson"), QKeySequence(Qt::Key_PageDown),
        tr("Go to the next lesson (also → while a lesson is shown)"), &MainWindow::nextLesson);
    add(tr("&Previous lesson"), QKeySequence(Qt::Key_PageUp),
        tr("Go to the previous lesson (also ← while a lesson is shown)"),
        &MainWindow::previousLesson);
    add(tr("&Leave the lessons"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
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
        add(tr("&%1. %2").arg(i + 1).arg(m_lessons[size_t(i)].title), key,
            tr("Set up the lesson “%1”").arg(m_lessons[size_t(i)].title),
            [this, i] { showLesson(i); });
    }
}

void MainWindow::showLesson(int index)
{
    if (index < 0 || index >= static_cast<int>(m_lessons.size())) return;
    const session::Lesson &lesson = m_lessons[static_cast<size_t>(index)];
    m_lesson = index;
    // The explorer first: its convention is also the one backpropagation uses.
    m_controls->showError(m_state->apply(lesson.explorer));
    m_training->pause();
    m_trainingTab->panel()->applySetup(lesson.training);
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

void MainWindow::showShortcuts()
{
    if (m_shortcutSheet) {
        m_shortcutSheet->raise();
        m_shortcutSheet->activateWindow();
        return;
    }
    m_shortcutSheet = new ShortcutSheet(menuBar(), this);
    m_shortcutSheet->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutSheet->open();
}

void MainWindow::showBornDead()
{
    if (!m_bornDead) {
        m_bornDead = new BornDeadDialog(this);
        m_appearance->attach(m_bornDead);
    }
    m_bornDead->show();
    m_bornDead->raise();
    m_bornDead->activateWindow();
}

void MainWindow::nudgeAlpha(double delta)
{
    const double alpha = std::clamp(std::round((m_state->alpha() + delta) * 1e4) / 1e4, -1.0, 1.0);
    m_controls->showError(m_state->setAlpha(alpha));
}

void MainWindow::zoomBy(double factor)
{
    const double centre = 0.5 * (m_state->lo() + m_state->hi());
    const double half = 0.5 * (m_state->hi() - m_state->lo()) * factor;
    m_controls->showError(m_state->setRange(centre - half, centre + half));
}

void MainWindow::updateFormula()
{
    m_formula->setText(session::formulaHtml(*m_state));
}

void MainWindow::updateReadout()
{
    if (const auto z = m_plot->probe()) {
        m_readout->setText(session::probeHtml(*m_state, *z));
    } else {
        m_readout->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(m_appearance->theme().mutedText.name(),
                                    tr("Move the mouse over the plots, or focus them and use "
                                       "\u2190 \u2192, to read values; at z = 0 you see the "
                                       "kink.")));
    }
}

void MainWindow::compareWith()
{
    const core::NetworkConfig &main = m_training->setup().config.network;
    CompareDialog dialog(
        main, m_compare->isActive() ? m_compare->spec() : session::defaultContrast(main), this);
    if (dialog.exec() == QDialog::Accepted) startComparison(dialog.spec());
}

void MainWindow::startComparison(const session::CompareSpec &spec)
{
    m_tabs->setCurrentIndex(tabIndex(MainTab::Training));
    m_compare->start(spec);
}

void MainWindow::pinVisible()
{
    const session::PinResult result = m_controls->pins()->pinVisible();
    if (result.error.isEmpty())
        statusBar()->showMessage(result.added > 0 ? tr("Pinned %n curve(s)", nullptr, result.added)
                                                  : tr("The visible curves are pinned already"),
                                 4000);
}

void MainWindow::copyValues(double z)
{
    QApplication::clipboard()->setText(session::probePlainText(*m_state, z));
    statusBar()->showMessage(tr("Copied the values at z = %1").arg(session::formatNumber(z)), 4000);
}

bool MainWindow::writeFile(const QString &path, const QByteArray &bytes)
{
    // The shared atomic writer: the old file survives a full disk or a crash mid-write.
    if (const QString error = session::writeAtomically(path, bytes); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

ExportDialog *MainWindow::exportDialog()
{
    if (!m_exportDialog) {
        m_exportDialog = new ExportDialog(m_exporter.get(), this);
        m_exportDialog->setModal(true);
        connect(m_exportDialog, &ExportDialog::exported, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
        });
    }
    return m_exportDialog;
}

void MainWindow::exportFigure()
{
    ExportDialog *dialog = exportDialog();
    // What was exported last, if it is on the tab in front; else this tab's main plot.
    const bool explorer = m_tabs->currentIndex() == tabIndex(MainTab::Explorer);
    if (isExplorerTarget(dialog->target()) != explorer)
        dialog->setTarget(explorer ? ExportTarget::ExplorerPlots : ExportTarget::TrainingCurves);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::copyPlotImage()
{
    const ExportTarget target = m_tabs->currentIndex() == tabIndex(MainTab::Explorer)
                                    ? ExportTarget::ExplorerPlots
                                    : ExportTarget::TrainingCurves;
    QApplication::clipboard()->setImage(m_exporter->image(target, m_exporter->screenSize(target)));
    statusBar()->showMessage(tr("Copied %1 as an image").arg(exportTargetName(target)), 4000);
}

void MainWindow::exportTrainingLog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export training log"),
                                                      QStringLiteral("relulab-training-log.csv"),
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty()) return;
    writeFile(path, m_exporter->csv(ExportTarget::TrainingCurves));
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("relulab.csv"), tr("CSV file (*.csv)"));
    if (path.isEmpty()) return;
    writeFile(path, session::curvesCsv(m_state->settings()));
}

}  // namespace relulab::gui
