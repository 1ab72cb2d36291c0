// The main window: the explorer plots, the hover readout, the formula panel and the controls.
#pragma once

#include <QMainWindow>
#include <memory>

#include "session/CompareRun.h"
#include "session/ExplorerState.h"
#include "session/TrainingController.h"

class QLabel;
class QTabWidget;

namespace relulab::gui {

class BornDeadDialog;
class ExportDialog;
class FigureExporter;
class ControlPanel;
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
    session::CompareRun *compare() const { return m_compare; }

    // File > Export figure…: opens the export dialog on the tab in front's plot.
    void exportFigure();
    void exportCsv();
    void exportTrainingLog();
    // Edit > Copy plot image: the explorer plots or the training curves, as on screen.
    void copyPlotImage();
    ExportDialog *exportDialog();
    const FigureExporter &exporter() const { return *m_exporter; }
    void copyValues(double z);
    // Pins every visible curve (P); a refusal is shown under the controls.
    void pinVisible();
    // Training > Compare with…: asks for the second run's activation, then starts it.
    void compareWith();
    void startComparison(const session::CompareSpec &spec);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
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
    session::CompareRun *m_compare = nullptr;
    BornDeadDialog *m_bornDead = nullptr;
    std::unique_ptr<FigureExporter> m_exporter;
    ExportDialog *m_exportDialog = nullptr;
};

}  // namespace relulab::gui
