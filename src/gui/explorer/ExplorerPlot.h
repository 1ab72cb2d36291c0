// The explorer's two stacked plots sharing the z axis: f(z) above, f'(z) below, with exact kinks,
// maxout pieces and drag handles, a hover probe, wheel zoom and drag-pan wired to the state.
#pragma once

#include <qcustomplot.h>
#include <QHash>
#include <array>
#include <memory>
#include <optional>

#include "core/CurveSampling.h"
#include "gui/style/DisplayStyle.h"
#include "session/ExplorerState.h"

namespace relulab::gui {

class PinnedGhosts;

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
    ~ExplorerPlot() override;

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
    QCPLegend *legend() const { return m_legend; }
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

    // The selected training unit's z at the Training tab's probed point (none: no probe): a line
    // at z through both plots and a dot on every shown curve at (z, f(z)) and (z, f'(z)), f' the
    // convention's value where z is exactly a kink.
    void setUnitProbe(std::optional<double> z, const QString &label);
    std::optional<double> unitProbe() const { return m_unitProbe; }
    const QString &unitProbeLabel() const { return m_unitProbeLabel; }
    QCPGraph *unitProbeValueDots() const { return m_unitProbeDots[0]; }
    QCPGraph *unitProbeDerivativeDots() const { return m_unitProbeDots[1]; }

    // Bars of a hidden unit's pre-activations on the training data under the curves (the data
    // piles up on the flat side of a dead ReLU); empty values remove them.
    void setHistogram(const std::vector<double> &values, const QString &label);
    QCPBars *histogramBars() const { return m_histogram; }
    const std::vector<double> &histogramValues() const { return m_histogramValues; }
    const QString &histogramLabel() const { return m_histogramLabel; }
    // The pinned curves' ghosts.
    const PinnedGhosts &pins() const { return *m_pins; }
    QCPLegend *functionLegend() const { return m_legend; }

    // Scales fonts and line widths alike (1 = normal); used for figures.
    void setDisplayScale(double scale) { setDisplayStyle(DisplayStyle::uniform(scale)); }
    double displayScale() const { return m_style.text; }
    // Font and line scales and the theme, from the window's Appearance.
    void setDisplayStyle(const relulab::gui::DisplayStyle &style);
    const DisplayStyle &displayStyle() const { return m_style; }

    // Keyboard, while the plot has focus: Up/Down change the target (-1: the Leaky slope alpha,
    // otherwise that maxout piece's intercept), Left/Right move the cursor along z and stop on
    // every kink; Shift gives the fine steps; Enter picks the next target.
    static constexpr double kAlphaStep = 0.01;
    static constexpr double kAlphaFineStep = 0.001;
    static constexpr double kInterceptStep = 0.1;
    static constexpr double kInterceptFineStep = 0.01;
    static constexpr double kProbeStepsPerRange = 100.0;  // Shift: ten times as many
    int keyboardTarget() const { return m_keyTarget; }
    void setKeyboardTarget(int piece);
    // The words for the keyboard target, e.g. "α" or "maxout piece 2".
    QString keyboardTargetName() const;

    // Recomputes every curve and replots now; used after construction for off-screen figures.
    void refreshAll();

Q_SIGNALS:
    void probeMoved(double z);
    void probeLeft();
    void copyValuesRequested(double z);
    void exportRequested();
    void pinVisibleRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // The note over the derivative plot wraps to the plot's width.
    void updateLayout() override;

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
    void connectToState();
    void buildLayout();
    void buildAxisRects();
    void buildLegendAndNotes();
    void buildProbe();
    void createGraphs();
    void applyStyles();
    // The axes, legend, notes and probe lines; one function's curves, markers and bars.
    void styleFrame();
    void styleFunction(session::FunctionId id);
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
    void moveProbeBy(int direction, bool fine);
    void nudgeTarget(int direction, bool fine);
    void updateKeyHint();
    void updateDescription();
    bool wrapKinkNote();  // true when its number of lines changed
    double noteHeight() const;
    static constexpr double kMaxNoteShare = 0.4;  // of the derivative plot's height

    session::ExplorerState *m_state;
    QCPAxisRect *m_valueRect = nullptr;
    QCPAxisRect *m_derivativeRect = nullptr;
    QCPLegend *m_legend = nullptr;
    QCPItemText *m_kinkNote = nullptr;
    QStringList m_kinkNoteParts;
    int m_kinkNoteLines = 1;
    QCPItemText *m_keyHint = nullptr;  // shown while the plot has keyboard focus
    std::array<FunctionGraphs, session::kAllFunctions.size()> m_graphs;
    std::vector<QCPGraph *> m_pieces;
    QCPGraph *m_handles = nullptr;        // rotate handles of active pieces
    QCPGraph *m_hiddenHandles = nullptr;  // and of hidden or duplicate ones, greyed
    QCPLayer *m_probeLayer = nullptr;
    QCPItemStraightLine *m_probeValue = nullptr;
    QCPItemStraightLine *m_probeDerivative = nullptr;
    std::optional<double> m_probe;
    std::array<QCPItemStraightLine *, 2> m_unitProbeLines{};  // value and derivative plots
    std::array<QCPGraph *, 2> m_unitProbeDots{};
    std::optional<double> m_unitProbe;
    QString m_unitProbeLabel;
    void createUnitProbe();
    void updateUnitProbe();
    QCPBars *m_histogram = nullptr;
    std::vector<double> m_histogramValues;
    QString m_histogramLabel;
    std::unique_ptr<PinnedGhosts> m_pins;
    void rebuildHistogram();
    Drag m_drag;
    DisplayStyle m_style;
    int m_keyTarget = -1;
    long m_fullReplots = 0;
    bool m_replotWhenShown = false;  // a change arrived while hidden (behind the Training tab)
};

}  // namespace relulab::gui
