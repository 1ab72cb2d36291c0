// The Training tab's curves over steps: train and test loss on the left axis, the share of dead
// hidden units on the right.
#pragma once

#include <qcustomplot.h>
#include <QElapsedTimer>

#include "DisplayStyle.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class TrainingCurves : public QCustomPlot
{
    Q_OBJECT

public:
    // Longer runs are thinned (every other older point dropped) so that redraws stay fast.
    static constexpr int kMaxPoints = 5000;

    explicit TrainingCurves(QWidget *parent = nullptr);

    void clear();
    // One point per snapshot, at its step. Non-finite losses are skipped (the dead share is still
    // drawn); a snapshot at the last step replaces it; an earlier step starts over (a new run).
    void append(const session::TrainingSnapshot &snapshot);
    // 1 normal; bigger fonts and lines for a projector.
    void setDisplayScale(double scale) { setDisplayStyle(DisplayStyle::uniform(scale)); }
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    const DisplayStyle &displayStyle() const { return m_style; }

    QCPGraph *trainLoss() const { return m_trainLoss; }
    QCPGraph *testLoss() const { return m_testLoss; }
    QCPGraph *deadFraction() const { return m_dead; }  // in percent, on the right axis
    bool isLogScale() const { return m_log; }

protected:
    // Legend columns and step ticks fitted to the width, so large text wraps instead of clipping.
    void updateLayout() override;

private:
    void applyStyles();
    void addLoss(QCPGraph *graph, double step, double loss);
    void updateAxes();
    void scheduleReplot();

    static constexpr int kReplotMs = 50;
    QElapsedTimer m_sinceReplot;
    QCPGraph *m_trainLoss = nullptr;
    QCPGraph *m_testLoss = nullptr;
    QCPGraph *m_dead = nullptr;
    long m_firstStep = -1;
    long m_lastStep = -1;
    double m_lossMin = 0.0;  // smallest and largest positive finite loss seen since clear()
    double m_lossMax = 0.0;
    bool m_log = false;
    DisplayStyle m_style;
    int m_legendColumns = 3;
};

}  // namespace relulab::gui
