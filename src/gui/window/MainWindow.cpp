// Window assembly, figure/CSV export and the readouts (menus: MainWindowMenus.cpp, lessons:
// MainWindowLessons.cpp, classroom and toolbar: MainWindowPresentation.cpp).
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "gui/common/KeyboardNudge.h"
#include "gui/common/MainTab.h"
#include "gui/common/PanelScrollArea.h"
#include "gui/common/StatusLine.h"
#include "gui/explorer/ControlPanel.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/explorer/PinsPanel.h"
#include "gui/export/AnimationDialog.h"
#include "gui/export/ExportDialog.h"
#include "gui/export/FigureExporter.h"
#include "gui/export/FigureRenderer.h"
#include "gui/style/Appearance.h"
#include "gui/training/BornDeadDialog.h"
#include "gui/training/CompareDialog.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/SessionDocument.h"
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

    QWidget *explorer = buildExplorer();
    createTraining();
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
    connect(m_trainingTab, &TrainingTab::unitProbeChanged, this,
            [this](std::optional<double> z, const QString &label) {
                m_plot->setUnitProbe(z, label);
                updateReadout();
            });

    m_document = new SessionDocument(m_state, m_trainingBinder, this);
    connect(m_document, &SessionDocument::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_exporter = std::make_unique<FigureExporter>(m_state, m_plot, m_tabs, m_trainingTab);

    createCompare();

    createMenus();
    createToolBar();
    // Made now, so action status tips show and a message never adds a bar later.
    statusBar()->setAccessibleName(tr("Status bar"));

    // Every view draws at the Appearance's scale and theme.
    m_appearance->attach(m_plot);
    m_appearance->attach(m_trainingTab);
    m_appearance->setRelativeFont(m_trainingTab->status(), 1.15);
    connectReadouts();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 880);
}

QWidget *MainWindow::buildExplorer()
{
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
    return explorer;
}

void MainWindow::createTraining()
{
    m_training = new session::TrainingController(this);
    m_trainingSetup = new session::TrainingSetupModel(this);
    // Backpropagation takes ReLU'(0) from the explorer's convention; a change starts the run over.
    m_trainingSetup->setConvention(m_state->convention());
    connect(m_state, &session::ExplorerState::conventionChanged, m_trainingSetup,
            &session::TrainingSetupModel::setConvention);
    m_trainingBinder = new session::TrainingSetupBinder(m_trainingSetup, m_training, this);
    m_trainingTab = new TrainingTab(m_training, m_trainingSetup);
    connect(m_trainingTab, &TrainingTab::continueRequested, m_trainingBinder,
            &session::TrainingSetupBinder::continueFrom);
    m_trainingBinder->startOver(m_trainingSetup->setup());  // the first run
}

void MainWindow::createCompare()
{
    // A second run beside the main one, its curves on the same plot.
    m_compare = new session::CompareRun(m_training, this);
    connect(m_compare, &session::CompareRun::snapshot, m_trainingTab,
            &TrainingTab::setCompareSnapshot);
    connect(m_compare, &session::CompareRun::snapshot, m_trainingTab->curves(),
            &TrainingCurves::appendComparison);
    connect(m_compare, &session::CompareRun::activeChanged, this, [this](bool active) {
        if (active) return;
        m_trainingTab->curves()->clearComparison();
        m_trainingTab->clearCompare();
    });
    connect(m_compare, &session::CompareRun::rejected, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The comparison run cannot start: %1").arg(message), 10000);
    });
}

void MainWindow::connectReadouts()
{
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

ShortcutSheet *MainWindow::shortcutSheet() const
{
    return m_shortcutSheet;
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
    } else if (const auto unit = m_plot->unitProbe()) {
        // The Training tab's probed point, through the selected unit's z.
        m_readout->setText(QStringLiteral("<b>%1</b>: %2")
                               .arg(m_plot->unitProbeLabel().toHtmlEscaped(),
                                    session::probeHtml(*m_state, *unit)));
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

AnimationDialog *MainWindow::animationDialog()
{
    if (!m_animationDialog) {
        m_animationDialog = new AnimationDialog(m_state, m_trainingSetup, this);
        connect(m_animationDialog, &AnimationDialog::exportFinished, this,
                [this](const QString &error) {
                    if (error.isEmpty()) statusBar()->showMessage(tr("Saved the animation"), 5000);
                });
    }
    return m_animationDialog;
}

void MainWindow::exportAnimation()
{
    AnimationDialog *dialog = animationDialog();
    // The training frames come from the run's timeline, up to the step it shows.
    if (!dialog->isExporting()) {
        const std::optional<size_t> shown = m_training->shownEntry();
        dialog->setTimeline(
            m_training->history(), m_training->latest().step,
            shown ? std::optional<long>(m_training->history()[*shown].step) : std::nullopt);
    }
    // Not modal: the window stays usable while the frames are drawn.
    const bool explorer = m_tabs->currentIndex() == tabIndex(MainTab::Explorer);
    if (!dialog->isExporting() && isTrainingTarget(dialog->spec().target) == explorer)
        dialog->setTarget(explorer ? AnimationTarget::ExplorerAlpha
                                   : AnimationTarget::TrainingView);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
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
