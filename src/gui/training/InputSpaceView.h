// The Training tab's output view: the data, the network's prediction over the input space and
// where the selected hidden unit is off (z <= 0), for 2-D classification and 1-D regression. It
// draws a snapshot's analysis as it is handed over; it computes nothing of the network.
#pragma once

#include <qcustomplot.h>
#include <QPainterPath>
#include <QPointer>
#include <array>
#include <memory>
#include <vector>

#include "core/Dataset.h"
#include "core/InputField.h"
#include "gui/common/UnitRef.h"
#include "gui/style/DisplayStyle.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSelection.h"

namespace relulab::gui {

class FieldColorMap;
class LinearRegionsPlottable;
class ProbeMarker;
class RegionPlottable;

class InputSpaceView : public QCustomPlot
{
    Q_OBJECT

public:
    explicit InputSpaceView(QWidget *parent = nullptr);
    ~InputSpaceView() override;

    // The examples (train and test).
    void setData(const core::DataSplit &data);
    // The snapshot's analysis: its field, prediction, kinks, off-regions and unit states.
    void setAnalysis(std::shared_ptr<const session::SnapshotAnalysis> analysis);
    const session::SnapshotAnalysis *analysis() const { return m_analysis.get(); }
    // Whose off-region (z <= 0) to show; an invalid unit or one the network lacks shows none.
    void setSelectedUnit(UnitRef unit);
    UnitRef selectedUnit() const { return m_selection ? m_selection->unit() : UnitRef{}; }
    // The selection this view shows and writes: its own until it is given a shared one.
    void setSelection(session::TrainingSelection *selection);
    // 1 normal; bigger fonts, lines and markers for a projector.
    void setDisplayScale(double scale) { setDisplayStyle(DisplayStyle::uniform(scale)); }
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    const DisplayStyle &displayStyle() const { return m_style; }
    // The plot area in pixels, for the analysis request: the field is computed over the data's
    // bounds grown to this area's aspect (2-D), so that it fills the whole plot.
    QSize plotAreaSize() const;
    // How the selected unit's off-region would be filled now, for the worker to fill each
    // snapshot's (no unit: none is wanted); viewChanged when it changes.
    session::OffCanvas offCanvas() const;
    // How many analyses were drawn with only the field's layer redrawn (axes, data, caption and
    // legend unchanged): for tests of the fast path.
    long fieldOnlyRedraws() const { return m_fieldOnlyRedraws; }
    // How often the off-region was drawn from the worker's picture (offCanvas).
    long offPicturesDrawn() const;

    // For tests: the plottables.
    QCPColorMap *predictionMap() const;  // 2-D only
    // 2-D: training examples of class 0 / 1; 1-D: the label is ignored and the targets returned.
    QCPGraph *trainGraph(int label) const;
    QCPGraph *testGraph(int label) const;
    QCPGraph *predictionCurve() const { return m_curve; }  // 1-D only
    QCPGraph *kinkMarks() const { return m_kinks; }  // 1-D: first-layer kinks (z = 0) on the curve
    // The selected unit's off-region in data coordinates: 2-D, the area of the input plane with
    // z <= 0 (linear interpolation between grid points, exact for a first-layer unit); 1-D, one
    // rectangle [a, b] x [0, 1] per off interval (drawn over the full height of the plot).
    QPainterPath offRegion() const;
    // The Regions display: the network's exact linear regions instead of the prediction's tint,
    // each region its own colour, the selected unit's boundary pieces bold. The analysis must be
    // made with request.regions (the tab asks the worker when this changes).
    void setShowRegions(bool show);
    bool showsRegions() const { return m_showRegions; }
    // Regions are shown and the analysis has them all (not past the limit, not sigmoid or tanh).
    bool regionsDrawn() const;
    LinearRegionsPlottable *linearRegions() const { return m_linearRegions; }

    // The point probe as the tab hands it over: where (1-D: x and the prediction there), pinned or
    // following the mouse, and the readout beside it. The view itself only writes the selection's
    // probe: the mouse moves it, a click pins or releases it, arrows move a pinned one (Shift:
    // finer), Esc releases it.
    void showProbe(QPointF at, bool pinned, const QString &readout);
    void hideProbe();
    const ProbeMarker &probeMarker() const { return *m_probe; }
    // The probe point for the mouse at `pixel`: an example within a few pixels, else the point.
    QPointF probeTarget(QPointF pixel) const;

    // The words above the plot (on one line; drawn wrapped to the widget's width).
    QString caption() const { return m_captionParts.join(QLatin1Char(' ')); }

Q_SIGNALS:
    // A click with Ctrl or Shift in the plot at data coordinates (x1, x2), or (x, y) for 1-D data
    // (a plain click pins or releases the probe).
    void clicked(QPointF coords, Qt::KeyboardModifiers modifiers);
    // The visible area of the input plane changed (a resize, larger text): a field computed for
    // the old one no longer fills the plot.
    void viewChanged();
    // The Regions display was turned on or off: the analysis must be made with(out) polygons.
    void regionsShownChanged(bool shown);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Equal aspect in 2-D needs the axis rect's size, which only the layout knows.
    void updateLayout() override;

private:
    void selectionChanged();
    // What a redraw of the field layer alone would leave stale when it changes.
    struct Frame
    {
        QCPRange x, y;
        QString title;
        int legendItems = 0;
        bool oneD = false;
        friend bool operator==(const Frame &, const Frame &) = default;
    };

    void createPlottables();
    void applyStyles();
    void updateMode();
    void updateCurve();
    void updatePrediction();
    void updateOffRegion();
    void updateRegions();  // InputSpaceViewRegions.cpp
    QStringList regionsCaption() const;
    void updateCaption();
    void wrapCaption();
    // The legend's entries in their order for a legend of that many columns.
    std::vector<QCPAbstractPlottable *> legendEntries(int columns) const;
    void fillLegend();
    void fitLegendColumns();
    void updateRanges();
    Frame frame() const;
    // Replots the field's layer only when nothing else changed since `before`; else everything.
    void redraw(const Frame &before);
    int flatUnit(UnitRef unit) const;  // -1 when the network lacks it
    bool haveField() const { return m_analysis && m_analysis->hasField; }

    QCPTextElement *m_title = nullptr;
    QStringList m_captionParts;
    QCPLayer *m_fieldLayer = nullptr;  // buffered: redrawn alone when only the network changed
    FieldColorMap *m_predictionMap = nullptr;
    LinearRegionsPlottable *m_linearRegions = nullptr;
    bool m_showRegions = false;
    RegionPlottable *m_offArea = nullptr;   // hatched off-region and its z = 0 boundary
    RegionPlottable *m_decision = nullptr;  // the p = 0.5 line (2-D)
    std::array<QCPGraph *, 2> m_trainClass{};
    std::array<QCPGraph *, 2> m_testClass{};
    QCPGraph *m_trainTargets = nullptr;
    QCPGraph *m_testTargets = nullptr;
    QCPGraph *m_curve = nullptr;
    QCPGraph *m_kinks = nullptr;
    std::unique_ptr<ProbeMarker> m_probe;

    bool m_oneD = false;
    int m_legendColumns = 3;
    std::vector<QCPAbstractPlottable *> m_legendEntries;
    std::shared_ptr<const session::SnapshotAnalysis> m_analysis;
    core::InputBounds m_dataBounds;
    // A shared one may go first when the window closes.
    QPointer<session::TrainingSelection> m_selection;
    DisplayStyle m_style;
    long m_fieldOnlyRedraws = 0;
    session::OffCanvas m_offCanvas;  // the last one viewChanged told of
    // viewChanged when offCanvas() changed (after a replot: the axes and plot area may move).
    void noteOffCanvas();
};

}  // namespace relulab::gui
