// The Training tab: controls, the network diagram, the input-space view and the loss curves,
// fed by the training controller's snapshots.
#pragma once

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

#include "core/InputField.h"
#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/TrainingController.h"
#include "session/TrainingSelection.h"
#include "session/TrainingSetupModel.h"

class QLabel;
class QSplitter;
class QCPBars;
class QCPItemRect;
class QCustomPlot;

namespace relulab::gui {

class InputSpaceView;
class LayerSizesPlot;
class NetworkDiagram;
class StatusLine;
class TrainingCurves;
class TrainingPanel;

class TrainingTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kFieldIntervalMs = 100;  // thumbnails and the input view at <= 10 Hz

    TrainingTab(session::TrainingController *controller, session::TrainingSetupModel *setup,
                QWidget *parent = nullptr);

    TrainingPanel *panel() const { return m_panel; }
    // The selected unit, shared by the diagram, the input-space view and the histogram.
    session::TrainingSelection *selection() const { return m_selection; }
    NetworkDiagram *diagram() const { return m_diagram; }
    InputSpaceView *inputView() const { return m_inputView; }
    TrainingCurves *curves() const { return m_curves; }
    LayerSizesPlot *layerSizes() const { return m_layerSizes; }
    StatusLine *status() const { return m_status; }
    QCustomPlot *histogram() const { return m_histogram; }

    // Draws this snapshot and data at once (no throttling): for figures and tests.
    void showNow(const session::TrainingSnapshot &snapshot, const core::DataSplit &data);
    // Presentation mode: the panel's advanced rows, the histogram (the explorer's plot shows
    // the selected unit's histogram too) and the per-layer sizes make room for the views.
    void setAdvancedVisible(bool visible);
    bool advancedVisible() const { return m_advancedVisible; }
    // The controls column (View ▸ Controls): folded away in presentation mode, where the toolbar
    // plays, steps and resets and the views need the width.
    void setControlsVisible(bool visible);
    bool controlsVisible() const;
    // Gives the input-space view that share of the output column's height, the views under it the
    // rest in their current proportions (presentation mode: the data plot is what the room reads).
    void setInputViewShare(double share);
    // Fonts, lines and theme of every view in the tab (the diagram's text follows its font).
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    // How often the field (thumbnails, input view) was redrawn: at most 10 Hz while training.
    long fieldRefreshes() const { return m_fieldRefreshes; }

Q_SIGNALS:
    // The selected unit's pre-activations on the training data (empty when none is selected),
    // for the explorer's activation plot.
    void unitHistogramChanged(const std::vector<double> &preActivations, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSnapshot(const session::TrainingSnapshot &snapshot);
    void presentFrame();
    void applySnapshot(const session::TrainingSnapshot &snapshot);
    void recordCurves(const session::TrainingSnapshot &snapshot);
    void onData(const core::DataSplit &data);
    void refreshField();
    bool snapshotFitsData() const;
    void refreshStatus(const session::TrainingSnapshot &snapshot);
    void refreshHistogram();

    session::TrainingController *m_controller;
    session::TrainingSelection *m_selection;
    TrainingPanel *m_panel = nullptr;
    QWidget *m_panelScroll = nullptr;
    QSplitter *m_outputSplit = nullptr;
    NetworkDiagram *m_diagram = nullptr;
    InputSpaceView *m_inputView = nullptr;
    TrainingCurves *m_curves = nullptr;
    LayerSizesPlot *m_layerSizes = nullptr;
    StatusLine *m_status = nullptr;
    QCustomPlot *m_histogram = nullptr;
    QCPBars *m_bars = nullptr;
    QCPItemRect *m_histogramOff = nullptr;
    QString m_errorColor;
    bool m_advancedVisible = true;  // for dead counts and messages in the status, from the theme

    core::DataSplit m_data;
    session::TrainingSnapshot m_snapshot;
    bool m_haveSnapshot = false;
    core::InputField m_field;
    QElapsedTimer m_sinceField;
    session::TrainingSnapshot m_pending;  // the newest snapshot, drawn at the next frame
    bool m_hasPending = false;
    long m_fieldRefreshes = 0;
    bool m_fieldDue = false;  // the drawn snapshot's field is not drawn yet
    long m_lastCurveStep = -1;
    bool m_histogramShown = false;
    bool m_fieldStale = false;  // snapshots arrived while the tab was hidden
};

}  // namespace relulab::gui
