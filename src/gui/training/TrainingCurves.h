// The Training tab's curves over steps: train and test loss on the left axis, the share of dead
// hidden units on the right; when comparing, a second run's train loss and dead share beside the
// main run's, with a legend naming both runs.
#pragma once

#include <qcustomplot.h>
#include <QElapsedTimer>

#include "gui/style/DisplayStyle.h"
#include "session/TrainingLog.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class TrainingCurves : public QCustomPlot
{
    Q_OBJECT

public:
    // Longer runs are thinned (every other older point dropped) so that redraws stay fast.
    static constexpr int kMaxPoints = 5000;
    // The least height at normal text; larger text asks for what the right axis's label needs.
    static constexpr int kMinimumHeight = 180;

    explicit TrainingCurves(QWidget *parent = nullptr);

    // Empties the main run's curves (a comparison run's stay).
    void clear();
    // One point per snapshot, at its step. Non-finite losses are skipped (the dead share is still
    // drawn); a snapshot at the last step replaces it; an earlier step starts over (a new run).
    void append(const session::TrainingSnapshot &snapshot);
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
    const DisplayStyle &displayStyle() const { return m_style; }

    QCPGraph *trainLoss() const { return m_main.train; }
    QCPGraph *testLoss() const { return m_main.test; }
    QCPGraph *deadFraction() const { return m_main.dead; }  // in percent, on the right axis
    QCPGraph *comparisonTrainLoss() const { return m_second.train; }
    QCPGraph *comparisonDeadFraction() const { return m_second.dead; }
    // Both runs' dead units, one line each, e.g. "ReLU: 5 / 16 dead (31%)" ("" unless comparing).
    QString comparisonText() const;
    // One row per recorded point of each run, thinned as the curves are.
    const std::vector<session::TrainingLogRow> &trainingLog() const { return m_main.log; }
    const std::vector<session::TrainingLogRow> &comparisonLog() const { return m_second.log; }
    bool isLogScale() const { return m_log; }

protected:
    // Legend columns and step ticks fitted to the width, so large text wraps instead of clipping.
    void updateLayout() override;

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
    void setComparing(bool on);
    void updateNames();
    // Two runs' entries side by side when they fit the width, else one under the other.
    void updateAxes();
    void scheduleReplot();

    static constexpr int kReplotMs = 50;
    QElapsedTimer m_sinceReplot;
    Series m_main;
    Series m_second;
    bool m_comparing = false;
    bool m_log = false;
    DisplayStyle m_style;
    int m_legendColumns = 3;
};

}  // namespace relulab::gui
