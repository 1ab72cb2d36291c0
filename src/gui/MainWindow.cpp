// Window assembly, menus with shortcuts, figure/CSV export and the readouts.
#include "MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include "BornDeadDialog.h"
#include "CompareDialog.h"
#include "ControlPanel.h"
#include "ExplorerPlot.h"
#include "ExportDialog.h"
#include "FigureExporter.h"
#include "PinsPanel.h"
#include "TrainingCurves.h"
#include "TrainingPanel.h"
#include "TrainingTab.h"
#include "session/ExplorerText.h"
#include "session/ExportCommand.h"

namespace relulab::gui {

using session::FunctionId;

MainWindow::MainWindow(session::ExplorerState *state, QWidget *parent)
    : QMainWindow(parent), m_state(state)
{
    setWindowTitle(tr("ReLU Lab \u2014 activation explorer"));
    setAccessibleName(tr("ReLU Lab main window"));

    m_plot = new ExplorerPlot(m_state);
    m_readout = new QLabel;
    m_readout->setObjectName(QStringLiteral("probeReadout"));
    m_readout->setAccessibleName(tr("Values at the cursor"));
    m_readout->setToolTip(
        tr("Value and derivative of each shown function at the cursor's z. "
           "At a kink: the subgradient set and the value the convention takes."));
    m_readout->setWordWrap(true);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height() * 2 + 8);
    m_formula = new QLabel;
    m_formula->setObjectName(QStringLiteral("formulaPanel"));
    m_formula->setAccessibleName(tr("Formulas"));
    m_formula->setToolTip(tr("The definitions of the shown functions with their current numbers."));
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_formula->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_formula->setFont(big);
    m_formula->setStyleSheet(QStringLiteral(
        "QLabel#formulaPanel { background:#F4F6F8; border-top:1px solid #C8CDD2; padding:8px; }"));
    QFont readoutFont = m_readout->font();
    readoutFont.setPointSizeF(readoutFont.pointSizeF() * 1.1);
    m_readout->setFont(readoutFont);
    m_readout->setContentsMargins(8, 2, 8, 2);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_plot, 1);
    leftLayout->addWidget(m_readout);

    m_controls = new ControlPanel(m_state);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the whole panel plus a vertical scroll bar: nothing is ever clipped.
    scroll->setMinimumWidth(m_controls->minimumSizeHint().width() +
                            scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                            2 * scroll->frameWidth() + 4);
    scroll->setAccessibleName(tr("Controls"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, scroll->minimumWidth()});

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
    m_tabs->addTab(explorer, tr("&Explorer"));
    m_tabs->addTab(m_trainingTab, tr("&Training"));
    m_tabs->setTabToolTip(0, tr("ReLU, Leaky ReLU and Maxout and their derivatives (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Train a small network and watch units die (Ctrl+2)"));
    setCentralWidget(m_tabs);
    // The selected unit's pre-activations pile up on the explorer's activation plot.
    connect(m_trainingTab, &TrainingTab::unitHistogramChanged, m_plot, &ExplorerPlot::setHistogram);
    // Backpropagation takes ReLU'(0) from the explorer's convention.
    m_trainingTab->panel()->setConvention(m_state->convention());
    connect(m_state, &session::ExplorerState::conventionChanged, this,
            [this](core::KinkConvention c) { m_trainingTab->panel()->setConvention(c); });

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

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
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

    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    const std::array<std::tuple<core::KinkConvention, QString, Qt::Key>, 3> conventions = {
        std::tuple{core::KinkConvention::Left, tr("&Left (PyTorch)"), Qt::Key_L},
        std::tuple{core::KinkConvention::Right, tr("&Right"), Qt::Key_R},
        std::tuple{core::KinkConvention::Mean, tr("&Mean"), Qt::Key_M}};
    auto *group = new QActionGroup(this);
    for (const auto &[c, text, key] : conventions) {
        QAction *a = add(convention, text, QKeySequence(key), tr("Use the %1 convention").arg(text),
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
        [this] { m_tabs->setCurrentIndex(0); });
    add(view, tr("&Training tab"), QKeySequence(Qt::CTRL | Qt::Key_2), tr("Show the training run"),
        [this] { m_tabs->setCurrentIndex(1); });

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    add(training, tr("&Play / Pause"), QKeySequence(Qt::Key_Space), tr("Start or pause training"),
        [this] {
            m_tabs->setCurrentIndex(1);
            m_trainingTab->panel()->togglePlay();
        });
    add(training, tr("&Step"), QKeySequence(Qt::Key_N), tr("Train one mini-batch step"), [this] {
        m_tabs->setCurrentIndex(1);
        m_trainingTab->panel()->step();
    });
    add(training, tr("&Reset"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Start the run over with the same seed"), [this] { m_trainingTab->panel()->reset(); });
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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), tr("List every shortcut"),
        &MainWindow::showShortcuts);
    add(help, tr("&About ReLU Lab"), QKeySequence(), tr("Version and purpose"), [this] {
        QMessageBox::about(this, tr("About ReLU Lab"),
                           tr("<b>ReLU Lab</b> %1<br>Explore ReLU, Leaky ReLU and Maxout, their "
                              "derivatives and kinks.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QAction *a : actions()) {
        if (a->shortcut().isEmpty()) continue;
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         a->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing=6>%1</table>").arg(rows) +
                tr("<p>On the plot: drag the Leaky ReLU branch left of 0 to set \u03b1, drag a "
                   "maxout piece or its diamond handle, drag empty space to pan, wheel to zoom, "
                   "double-click to reset.</p>"));
    box.exec();
}

void MainWindow::showBornDead()
{
    if (!m_bornDead) m_bornDead = new BornDeadDialog(this);
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
        m_readout->setText(
            tr("<span style='color:#555'>Move the mouse over the plots to read "
               "values; at z = 0 you see the kink.</span>"));
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
    m_tabs->setCurrentIndex(1);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1:\n%2").arg(path, file.errorString()));
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
    const bool explorer = m_tabs->currentIndex() == 0;
    if (isExplorerTarget(dialog->target()) != explorer)
        dialog->setTarget(explorer ? ExportTarget::ExplorerPlots : ExportTarget::TrainingCurves);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::copyPlotImage()
{
    const ExportTarget target =
        m_tabs->currentIndex() == 0 ? ExportTarget::ExplorerPlots : ExportTarget::TrainingCurves;
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
