// The main window: the explorer plots, the hover readout, the formula panel and the controls.
#pragma once

#include <QMainWindow>

#include "session/CompareRun.h"
#include "session/ExplorerState.h"
#include "session/TrainingController.h"

class QLabel;
class QTabWidget;

namespace relulab::gui {

class BornDeadDialog;
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
    session::CompareRun *compare() const { return m_compare; }

    void exportFigure();
    void exportCsv();
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
};

}  // namespace relulab::gui
