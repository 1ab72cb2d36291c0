// The Training tab's output view: the data, the network's prediction over the input space and
// where the selected hidden unit is off (z <= 0), for 2-D classification and 1-D regression.
#pragma once

#include <qcustomplot.h>
#include <QPainterPath>
#include <QPointer>
#include <array>
#include <vector>

#include "core/Dataset.h"
#include "core/InputField.h"
#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/TrainingSelection.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class RegionPlottable;

class InputSpaceView : public QCustomPlot
{
    Q_OBJECT

public:
    explicit InputSpaceView(QWidget *parent = nullptr);

    // The examples (train and test).
    void setData(const core::DataSplit &data);
    // The network's prediction and units over the grid (computed by the caller from the snapshot).
    void setField(const session::TrainingSnapshot &snapshot, const core::InputField &field);
    // Whose off-region (z <= 0) to show; an invalid unit or one the network lacks shows none.
    void setSelectedUnit(UnitRef unit);
    UnitRef selectedUnit() const { return m_selection ? m_selection->unit() : UnitRef{}; }
    // The selection this view shows and writes: its own until it is given a shared one.
    void setSelection(session::TrainingSelection *selection);
    // 1 normal; bigger fonts, lines and markers for a projector.
    void setDisplayScale(double scale) { setDisplayStyle(DisplayStyle::uniform(scale)); }
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    const DisplayStyle &displayStyle() const { return m_style; }
    // The data's bounds grown to the plot's equal-aspect view, so a field computed over them
    // fills the whole plot (2-D; returned unchanged for 1-D or before the first layout).
    core::InputBounds viewBounds(const core::InputBounds &data) const;

    // For tests: the plottables.
    QCPColorMap *predictionMap() const { return m_predictionMap; }  // 2-D only
    // 2-D: training examples of class 0 / 1; 1-D: the label is ignored and the targets returned.
    QCPGraph *trainGraph(int label) const;
    QCPGraph *testGraph(int label) const;
    QCPGraph *predictionCurve() const { return m_curve; }  // 1-D only
    QCPGraph *kinkMarks() const { return m_kinks; }  // 1-D: first-layer kinks (z = 0) on the curve
    // The selected unit's off-region in data coordinates: 2-D, the area of the input plane with
    // z <= 0 (linear interpolation between grid points, exact for a first-layer unit); 1-D, one
    // rectangle [a, b] x [0, 1] per off interval (drawn over the full height of the plot).
    QPainterPath offRegion() const;
    // The words above the plot (on one line; drawn wrapped to the widget's width).
    QString caption() const { return m_captionParts.join(QLatin1Char(' ')); }

Q_SIGNALS:
    // A click in the plot at data coordinates (x1, x2), or (x, y) for 1-D data.
    void clicked(QPointF coords, Qt::KeyboardModifiers modifiers);
    // The visible area of the input plane changed (a resize, larger text): a field computed for
    // the old one no longer fills the plot.
    void viewChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    // Equal aspect in 2-D needs the axis rect's size, which only the layout knows.
    void updateLayout() override;

private:
    void selectionChanged();
    void applyStyles();
    void updateMode();
    void updatePrediction();
    void updateOffRegion();
    void updateCaption();
    void wrapCaption();
    void fillLegend();
    void fitLegendColumns();
    void updateRanges();
    int flatUnit(UnitRef unit) const;  // -1 when the network lacks it

    QCPTextElement *m_title = nullptr;
    QStringList m_captionParts;
    QCPColorMap *m_predictionMap = nullptr;
    RegionPlottable *m_offArea = nullptr;   // hatched off-region and its z = 0 boundary
    RegionPlottable *m_decision = nullptr;  // the p = 0.5 line (2-D)
    std::array<QCPGraph *, 2> m_trainClass{};
    std::array<QCPGraph *, 2> m_testClass{};
    QCPGraph *m_trainTargets = nullptr;
    QCPGraph *m_testTargets = nullptr;
    QCPGraph *m_curve = nullptr;
    QCPGraph *m_kinks = nullptr;

    bool m_oneD = false;
    int m_legendColumns = 3;
    bool m_haveField = false;
    core::InputField m_field;
    core::InputBounds m_dataBounds;
    std::vector<int> m_widths;  // hidden layer widths of the snapshot's network
    std::vector<std::vector<core::UnitState>> m_states;
    core::HiddenActivation m_activation = core::HiddenActivation::Relu;
    // A shared one may go first when the window closes.
    QPointer<session::TrainingSelection> m_selection;
    DisplayStyle m_style;
};

}  // namespace relulab::gui
