// The Training tab's curves over steps: train and test loss on the left axis, the share of dead
// hidden units on the right, the number of linear regions in the input view's box on an outer
// right axis with reference lines for the network's shape; when comparing, a second run's train
// loss and dead share beside the main run's, with a legend naming both runs.
#pragma once

#include <qcustomplot.h>
#include <QElapsedTimer>
#include <optional>
#include <vector>

#include "gui/common/LayerReplot.h"
#include "gui/style/DisplayStyle.h"
#include "session/RunHistory.h"
#include "session/TrainingLog.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class TrainingCurves : public QCustomPlot
{
    Q_OBJECT

public:
    // Longer runs are thinned (every other older point dropped) so that redraws stay fast.
    static constexpr int kMaxPoints = 1000;
    // The least height at normal text; larger text asks for what the right axis's label needs.
    static constexpr int kMinimumHeight = 180;

    // Reference lines are hidden when they lie this many times above the largest count, so that
    // a big net's scale does not flatten the curve; their label then points up from the top.
    static constexpr double kReferenceReach = 10.0;

    // A horizontal line on the regions axis: what the count of the network's shape is compared
    // with (../shared/FACTS.md, "Linear (activation) regions").
    struct RegionReference
    {
        double value = 0.0;
        bool bound = false;  // true: a maximum (one hidden layer); false: a scale (deeper nets)
        QString label;       // short, drawn beside the line
        QString toolTip;     // what it means and where it comes from
    };
    // The references for a network: one hidden layer, the most regions its lines (2-D: 1 + N +
    // N(N-1)/2, Zaslavsky) or kinks (1-D: N + 1) can make; deeper, Hanin & Rolnick's scale
    // (hidden units)^(inputs). None for maxout, sigmoid and tanh.
    static std::vector<RegionReference> regionReferences(const core::NetworkConfig &network);

    explicit TrainingCurves(QWidget *parent = nullptr);

    // Empties the main run's curves (a comparison run's stay).
    void clear();
    // One point per snapshot, at its step. Non-finite losses are skipped (the dead share is still
    // drawn); a snapshot at the last step replaces it; an earlier step starts over (a new run).
    void append(const session::TrainingSnapshot &snapshot);
    // The main run's curves from its history: a point per kept step, and the newest state as a
    // last point until the next kept step replaces it (so the curves are the same whenever they
    // are drawn, and after a session is saved and opened). Incremental: only new entries are
    // added; a history cut or replaced is drawn again.
    void setHistory(const session::RunHistory &history, const session::TrainingSnapshot &newest);
    // A vertical line at the step the views show (the timeline), or none.
    void setCursorStep(std::optional<long> step);
    std::optional<long> cursorStep() const { return m_cursorStep; }
    QCPItemStraightLine *cursor() const { return m_cursor; }
    // The dead share of each hidden layer (one line per layer, told apart by line style; shown for
    // nets of two or more hidden layers, not when comparing nor in presentation mode).
    const QList<QCPGraph *> &layerDeadShares() const { return m_layerDead; }
    // The same for the second run of a comparison; the first call turns comparing on: then
    // each run has its train loss and dead share (test losses are hidden), and the legend has
    // a row per run naming its activation and its dead units.
    void appendComparison(const session::TrainingSnapshot &snapshot);
    // Removes the second run's curves.
    void clearComparison();
    bool isComparing() const { return m_comparing; }
    // 1 normal; bigger fonts and lines for a projector.
    void setDisplayScale(double scale) { setDisplayStyle(DisplayStyle::uniform(scale)); }
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    // The linear-regions curve, its axis, legend entry and reference lines: shown normally,
    // folded away in presentation mode with the other advanced views (its points keep coming).
    void setRegionCurveShown(bool shown);
    bool regionCurveShown() const { return m_regionCurveShown; }
    const DisplayStyle &displayStyle() const { return m_style; }

    QCPGraph *trainLoss() const { return m_main.train; }
    QCPGraph *testLoss() const { return m_main.test; }
    QCPGraph *deadFraction() const { return m_main.dead; }  // in percent, on the right axis
    // The main run's number of linear regions (Complete counts, and LimitReached drawn at the
    // limit), on regionAxis(); the steps where the count stopped at the limit are also marked on
    // regionLimitMarks().
    QCPGraph *regionCount() const { return m_regions; }
    QCPGraph *regionLimitMarks() const { return m_regionLimit; }
    QCPAxis *regionAxis() const { return m_regionAxis; }
    // The references of the main run's latest network, and the item drawing each one's label.
    const std::vector<RegionReference> &regionReferenceLines() const { return m_references; }
    QCPItemText *regionReferenceLabel(int index) const { return m_referenceLabels.value(index); }
    // The tooltip of the reference line (or its label) within a few pixels of pos, else "".
    QString referenceToolTipAt(const QPoint &pos) const;
    QCPGraph *comparisonTrainLoss() const { return m_second.train; }
    QCPGraph *comparisonDeadFraction() const { return m_second.dead; }
    // Both runs' dead units, one line each, e.g. "ReLU: 5 / 16 dead (31%)" ("" unless comparing).
    QString comparisonText() const;
    // One row per recorded point of each run, thinned as the curves are.
    const std::vector<session::TrainingLogRow> &trainingLog() const { return m_main.log; }
    const std::vector<session::TrainingLogRow> &comparisonLog() const { return m_second.log; }
    bool isLogScale() const { return m_log; }
    // What the frame-paced replot draws, at once: only the curves' layer when the axes, labels,
    // legend and size are as last drawn, else the whole plot (queued). Benchmarks time a frame
    // with it; the app lets the frame clock call it at most every kReplotMs.
    void redrawNow();

protected:
    // Legend columns and step ticks fitted to the width, so large text wraps instead of clipping.
    void updateLayout() override;
    // Hovering a reference line tells what it is; elsewhere the widget's own tooltip.
    bool event(QEvent *event) override;

private:
    struct Series
    {
        QCPGraph *train = nullptr;
        QCPGraph *test = nullptr;
        QCPGraph *dead = nullptr;
        long firstStep = -1;
        long lastStep = -1;
        double lossMin = 0.0;  // smallest and largest positive finite loss since clear()
        double lossMax = 0.0;
        std::vector<session::TrainingLogRow> log;
        QString name;     // the run's activation, e.g. "Leaky ReLU α = 0.01"
        QString readout;  // "ReLU: 5 / 16 dead (31%)"
    };

    void applyStyles();
    void addTo(Series &series, const session::TrainingSnapshot &snapshot);
    void clearSeries(Series &series);
    void addLoss(Series &series, QCPGraph *graph, double step, double loss);
    void addRegions(const session::TrainingSnapshot &snapshot);
    void addEntry(const session::HistoryEntry &entry, const core::NetworkConfig &network);
    void addLayerShares(double step, const core::DeadUnitReport &dead);
    void removeTip();
    void setLayerCount(int layers);
    void setReferences(std::vector<RegionReference> references);
    void placeReferences();
    // The legend's entries for what is shown: the regions' only once there is a count. Only on a
    // change, unless `rebuild` (comparing turned on or off).
    void updateLegend(bool rebuild = false);
    void setComparing(bool on);
    void updateNames();
    // Two runs' entries side by side when they fit the width, else one under the other.
    void updateAxes();
    void scheduleReplot();

    LayerReplot m_replot;  // the curves' layer alone when nothing around it changed

    static constexpr int kReplotMs = 50;
    QElapsedTimer m_sinceReplot;
    Series m_main;
    Series m_second;
    QCPAxis *m_regionAxis = nullptr;
    QCPGraph *m_regions = nullptr;
    QCPGraph *m_regionLimit = nullptr;
    std::vector<RegionReference> m_references;
    QList<QCPItemStraightLine *> m_referenceLines;
    QList<QCPItemText *> m_referenceLabels;
    QList<QCPGraph *> m_layerDead;
    QCPItemStraightLine *m_cursor = nullptr;
    std::optional<long> m_cursorStep;
    // What setHistory has drawn: the entries (the last one's identity, to see a replacement) and
    // the newest state's step when it is drawn as a point of its own.
    size_t m_entriesDrawn = 0;
    const session::HistoryEntry *m_lastEntryDrawn = nullptr;
    long m_tipStep = -1;
    bool m_comparing = false;
    bool m_regionCurveShown = true;
    bool m_log = false;
    DisplayStyle m_style;
    int m_legendColumns = 3;
};

}  // namespace relulab::gui
