// The explorer's two stacked plots sharing the z axis: f(z) above, f'(z) below, with exact kinks,
// maxout pieces and drag handles, a hover probe, wheel zoom and drag-pan wired to the state.
#pragma once

#include <qcustomplot.h>
#include <QHash>
#include <array>
#include <optional>

#include "core/CurveSampling.h"
#include "session/ExplorerState.h"

namespace relulab::gui {

class ExplorerPlot : public QCustomPlot
{
    Q_OBJECT

public:
    // What is under the mouse, in order of precedence.
    enum class HitKind { None, PieceHandle, LeakyBranch, PieceBody };
    struct Hit
    {
        HitKind kind = HitKind::None;
        int piece = -1;
    };

    explicit ExplorerPlot(session::ExplorerState *state, QWidget *parent = nullptr);

    QCPAxisRect *valueRect() const { return m_valueRect; }
    QCPAxisRect *derivativeRect() const { return m_derivativeRect; }
    QCPGraph *valueGraph(session::FunctionId id) const { return m_graphs[index(id)].value; }
    QCPGraph *derivativeGraph(session::FunctionId id) const
    {
        return m_graphs[index(id)].derivative;
    }
    // Kink markers on f': the value the convention takes (filled) and the limits not taken (open).
    QCPGraph *takenDots(session::FunctionId id) const { return m_graphs[index(id)].taken; }
    QCPGraph *openDots(session::FunctionId id) const { return m_graphs[index(id)].open; }
    // Vertical bars over the subgradient interval [left, right] at each kink.
    QCPGraph *subgradientBars(session::FunctionId id) const { return m_graphs[index(id)].bars; }
    QCPGraph *pieceGraph(int piece) const;
    QCPGraph *handleGraph() const { return m_handles; }
    // The samples of a shown function (a hidden one is resampled only when it is shown again).
    const core::SampledCurve &curve(session::FunctionId id) const
    {
        return m_graphs[index(id)].samples;
    }
    // How many times the function's curve has been sampled: a change resamples only what it
    // affects, and nothing hidden.
    long resampleCount(session::FunctionId id) const { return m_graphs[index(id)].resamples; }
    // Full replots so far (a hover only redraws the probe's own layer).
    long fullReplotCount() const { return m_fullReplots; }
    // The buffered layer of the hover probe lines, redrawn on its own.
    QCPLayer *probeLayer() const { return m_probeLayer; }

    // Where the rotate handle of a maxout piece sits, and the point it rotates about (z, f).
    QPointF pieceHandle(int piece) const;
    QPointF piecePivot(int piece) const;
    Hit hitTest(const QPointF &pixel) const;
    // Pixel position of a point (z, f) on the value plot.
    QPointF valueToPixel(double z, double f) const;

    std::optional<double> probe() const { return m_probe; }
    void setProbe(std::optional<double> z);

    // Bars of a hidden unit's pre-activations on the training data under the curves (the data
    // piles up on the flat side of a dead ReLU); empty values remove them.
    void setHistogram(const std::vector<double> &values, const QString &label);
    QCPBars *histogramBars() const { return m_histogram; }

    // Scales fonts and line widths (1 = normal); used for figures and presentation.
    void setDisplayScale(double scale);
    double displayScale() const { return m_scale; }

    // Recomputes every curve and replots now; used after construction for off-screen figures.
    void refreshAll();

Q_SIGNALS:
    void probeMoved(double z);
    void probeLeft();
    void copyValuesRequested(double z);
    void exportRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct FunctionGraphs
    {
        QCPGraph *value = nullptr;
        QCPGraph *derivative = nullptr;
        QCPGraph *taken = nullptr;
        QCPGraph *open = nullptr;
        QCPGraph *bars = nullptr;
        core::SampledCurve samples;
        bool stale = true;  // the parameters changed while the function was hidden
        long resamples = 0;
    };
    enum class DragKind { None, Pan, Alpha, PieceIntercept, PieceSlope };
    struct Drag
    {
        DragKind kind = DragKind::None;
        int piece = -1;
        QPointF pressPixel;
        double lo = 0.0;
        double hi = 0.0;
        double pressF = 0.0;
        core::MaxoutPiece pieceAtPress;
        QPointF pivot;
    };

    static size_t index(session::FunctionId id) { return static_cast<size_t>(id); }
    void buildLayout();
    void createGraphs();
    void applyStyles();
    void rebuildFunction(session::FunctionId id);
    // Resamples a shown function now; marks a hidden one for when it is shown.
    void refreshFunction(session::FunctionId id);
    void rebuildPieces();
    void updateVisibility();
    void updateXRange();
    // Fits both y axes to the visible curves, then re-clips the maxout pieces to the view.
    void fitYRanges();
    void scheduleReplot();
    double zAtPixel(double x) const;
    double snapToKink(double pixelX) const;
    double fAtPixel(double y) const;
    bool inPlotArea(const QPointF &pixel) const;
    void updateHoverCursor(const QPointF &pixel);
    void zoomAround(double z, double factor);

    session::ExplorerState *m_state;
    QCPAxisRect *m_valueRect = nullptr;
    QCPAxisRect *m_derivativeRect = nullptr;
    QCPLegend *m_legend = nullptr;
    QCPItemText *m_kinkNote = nullptr;
    std::array<FunctionGraphs, 7> m_graphs;
    std::vector<QCPGraph *> m_pieces;
    QCPGraph *m_handles = nullptr;        // rotate handles of active pieces
    QCPGraph *m_hiddenHandles = nullptr;  // and of hidden or duplicate ones, greyed
    QCPLayer *m_probeLayer = nullptr;
    QCPItemStraightLine *m_probeValue = nullptr;
    QCPItemStraightLine *m_probeDerivative = nullptr;
    std::optional<double> m_probe;
    QCPBars *m_histogram = nullptr;
    std::vector<double> m_histogramValues;
    void rebuildHistogram();
    Drag m_drag;
    double m_scale = 1.0;
    long m_fullReplots = 0;
    bool m_replotWhenShown = false;  // a change arrived while hidden (behind the Training tab)
};

}  // namespace relulab::gui
