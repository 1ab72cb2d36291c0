// The Training tab: controls, the network diagram, the input-space view and the loss curves,
// fed by the training controller's snapshots.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "gui/common/LayerReplot.h"
#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingController.h"
#include "session/TrainingSelection.h"
#include "session/TrainingSetupModel.h"

class QLabel;
class QSplitter;
class QCPBars;
class QCPItemRect;
class QCPItemStraightLine;
class QCustomPlot;

namespace relulab::gui {

class InputSpaceView;
class LayerSizesPlot;
class NetworkDiagram;
class ProbePanel;
class StatusLine;
class TimelineBar;
class TrainingCurves;
class TrainingPanel;

class TrainingTab : public QWidget
{
    Q_OBJECT

public:
    TrainingTab(session::TrainingController *controller, session::TrainingSetupModel *setup,
                QWidget *parent = nullptr);

    TrainingPanel *panel() const { return m_panel; }
    // The selected unit, shared by the diagram, the input-space view and the histogram.
    session::TrainingSelection *selection() const { return m_selection; }
    NetworkDiagram *diagram() const { return m_diagram; }
    InputSpaceView *inputView() const { return m_inputView; }
    TrainingCurves *curves() const { return m_curves; }
    // The run's history under the curves: scrubbing shows a kept step in every view.
    TimelineBar *timeline() const { return m_timeline; }
    LayerSizesPlot *layerSizes() const { return m_layerSizes; }
    StatusLine *status() const { return m_status; }
    QCustomPlot *histogram() const { return m_histogram; }
    // The calculation at the probed point, and the histogram's line at the selected unit's z
    // there (hidden without a probe or a selected unit).
    ProbePanel *probePanel() const { return m_probePanel; }
    QCPItemStraightLine *histogramProbe() const { return m_histogramProbe; }

    // Compare: the second run's newest snapshot, probed beside the main run; clearCompare()
    // when the comparison ends.
    void setCompareSnapshot(const session::TrainingSnapshot &snapshot);
    void clearCompare();

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
    // How many frames drew a new analysis into the field views (thumbnails, input view): every
    // frame that has a new snapshot while the tab is shown.
    long fieldRefreshes() const { return m_fieldRefreshes; }
    // Draws this snapshot in every view at once, with its analysis (made here when it carries
    // none): what each frame does with the newest snapshot. For benchmarks too.
    void present(const session::TrainingSnapshot &snapshot);

Q_SIGNALS:
    // The selected unit's pre-activations on the training data (empty when none is selected),
    // for the explorer's activation plot.
    void unitHistogramChanged(const std::vector<double> &preActivations, const QString &label);
    // The selected unit's z at the probed point (none: no probe or no unit), for the explorer's
    // activation plot.
    void unitProbeChanged(std::optional<double> z, const QString &label);
    // The timeline's Continue from here… was confirmed for the history's entry `index`.
    void continueRequested(size_t index);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onSnapshot(const session::TrainingSnapshot &snapshot);
    void presentFrame();
    void recordCurves(const session::TrainingSnapshot &snapshot);
    void followHistory(const session::TrainingSnapshot &snapshot);
    void requestEntry(size_t index);
    QString unitHistoryNote(UnitRef unit) const;
    void onData(const core::DataSplit &data);
    void drawAnalysis();
    bool snapshotFitsData() const;
    void refreshStatus(const session::TrainingSnapshot &snapshot);
    void refreshHistogram();
    void buildHistogram();
    void buildLayout();
    // Sends the views' current needs to the worker (at the next frame, once per burst).
    void requestAnalysis();
    // The point probe (TrainingTabProbe.cpp): every view at the probed point.
    void buildProbe();
    void updateProbe();
    void showUnitProbe(std::optional<double> z);
    void showProbePanel();

    session::TrainingController *m_controller;
    session::TrainingSelection *m_selection;
    TrainingPanel *m_panel = nullptr;
    QWidget *m_panelScroll = nullptr;
    QSplitter *m_outputSplit = nullptr;
    NetworkDiagram *m_diagram = nullptr;
    InputSpaceView *m_inputView = nullptr;
    TrainingCurves *m_curves = nullptr;
    TimelineBar *m_timeline = nullptr;
    std::optional<size_t> m_entryWanted;  // the timeline's latest request, sent at the next frame
    LayerSizesPlot *m_layerSizes = nullptr;
    StatusLine *m_status = nullptr;
    QCustomPlot *m_histogram = nullptr;
    QCPBars *m_bars = nullptr;
    QCPItemRect *m_histogramOff = nullptr;
    QCPItemStraightLine *m_histogramProbe = nullptr;
    ProbePanel *m_probePanel = nullptr;
    std::optional<double> m_unitProbe;  // what the histogram and the explorer were last given
    std::shared_ptr<const core::Mlp> m_compareNetwork;
    QString m_compareName;
    QString m_errorColor;
    bool m_advancedVisible = true;  // for dead counts and messages in the status, from the theme

    core::DataSplit m_data;
    session::TrainingSnapshot m_snapshot;
    bool m_haveSnapshot = false;
    std::shared_ptr<const session::SnapshotAnalysis> m_analysis;  // m_snapshot's
    std::optional<session::AnalysisRequest> m_requested;          // the last sent to the worker
    session::TrainingSnapshot m_pending;  // the newest snapshot, drawn at the next frame
    bool m_hasPending = false;
    long m_fieldRefreshes = 0;
    long m_lastCurveStep = -1;
    bool m_curvesFromSnapshots = false;  // showNow: curves from the snapshots given, no history
    bool m_histogramShown = false;
    // The bars and the off hatching redraw alone while the histogram's axes stay (their ends move
    // now and then: stableSpan, niceCeiling).
    LayerReplot m_histogramReplot;
    bool m_fieldStale = false;  // snapshots arrived while the tab was hidden
};

}  // namespace relulab::gui
