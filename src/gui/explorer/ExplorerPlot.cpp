// Building and updating the explorer's curves; only what a state change affects is recomputed.
#include "gui/explorer/ExplorerPlot.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/Maxout.h"
#include "gui/common/GraphData.h"
#include "gui/explorer/PinnedGhosts.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

using session::FunctionId;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMaxPieces = core::Maxout::kMaxPieces;

void setSortedData(QCPGraph *graph, const QVector<QCPGraphData> &data)
{
    graph->data()->set(data, true);
}

// The part of the line y = s z + b inside the box (Liang-Barsky). Drawing only that part keeps
// Qt's dasher from stroking the invisible rest, which cost more than everything else together.
std::optional<std::pair<QPointF, QPointF>> clipLine(core::MaxoutPiece p, QRectF box)
{
    const QPointF a(box.left(), p.at(box.left()));
    const QPointF d(box.width(), p.at(box.right()) - a.y());
    double t0 = 0.0, t1 = 1.0;
    const std::array<std::pair<double, double>, 4> edges = {
        std::pair{-d.x(), a.x() - box.left()}, std::pair{d.x(), box.right() - a.x()},
        std::pair{-d.y(), a.y() - box.top()}, std::pair{d.y(), box.bottom() - a.y()}};
    for (auto [q, r] : edges) {
        if (q == 0.0) {
            if (r < 0.0) return std::nullopt;
            continue;
        }
        const double t = r / q;
        if (q < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return std::nullopt;
    }
    return std::pair{a + t0 * d, a + t1 * d};
}

// A round step (1, 2, 2.5 or 5 times a power of ten) near span / 6.
double niceStep(double span)
{
    const double raw = std::max(span, 1e-12) / 6.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * power >= raw) return m * power;
    }
    return 10.0 * power;
}

// The [lo, hi] of finite values, widened to hold the anchors; padded by a fraction.
QCPRange fittedRange(double lo, double hi, std::initializer_list<double> anchors, double pad)
{
    for (double a : anchors) {
        lo = std::min(lo, a);
        hi = std::max(hi, a);
    }
    if (!(hi > lo)) {
        lo -= 1.0;
        hi += 1.0;
    }
    const double margin = pad * (hi - lo);
    // Snapped outward to round steps, so the axis holds still while a slider moves a curve a
    // little (and a redraw need not re-layout the tick labels).
    const double step = niceStep(hi - lo + 2 * margin);
    return {std::floor((lo - margin) / step) * step, std::ceil((hi + margin) / step) * step};
}

}  // namespace

ExplorerPlot::ExplorerPlot(session::ExplorerState *state, QWidget *parent)
    : QCustomPlot(parent), m_state(state)
{
    setAccessibleName(tr("Activation plots"));
    setToolTip(
        tr("Drag the Leaky ReLU's negative branch to set \u03b1; drag a maxout piece to "
           "move it, or its diamond handle to rotate it.\nDrag empty space to pan, use "
           "the wheel to zoom, double-click to reset the view.\nKeyboard: \u2190 \u2192 move the "
           "cursor (it stops on every kink), \u2191 \u2193 change \u03b1, Enter picks a maxout "
           "piece instead; Shift for finer steps."));
    setMouseTracking(true);
    // Focus by Tab or click: the arrow keys then read values along z and change alpha.
    setFocusPolicy(Qt::StrongFocus);
    // Narrow enough for the controls and a lesson column beside it on a 1280 x 720 projector.
    setMinimumSize(360, 360);
    setAutoAddPlottableToLegend(false);
    setNoAntialiasingOnDrag(false);
    setAntialiasedElements(QCP::aeAll);

    buildLayout();
    createGraphs();
    createUnitProbe();
    m_pins = std::make_unique<PinnedGhosts>(this, m_valueRect, m_derivativeRect, m_state);
    applyStyles();

    connectToState();

    connect(this, &QCustomPlot::afterReplot, this, [this] { ++m_fullReplots; });

    refreshAll();
    updateDescription();
    updateKeyHint();
}

ExplorerPlot::~ExplorerPlot() = default;

// Each change of the state redraws only what it affects.
void ExplorerPlot::connectToState()
{
    const auto redrawOne = [this](FunctionId id) {
        return [this, id] {
            refreshFunction(id);
            if (!m_state->isVisible(id)) return;  // nothing on screen changed
            fitYRanges();
            scheduleReplot();
        };
    };
    connect(m_state, &session::ExplorerState::alphaChanged, this, redrawOne(FunctionId::Leaky));
    connect(m_state, &session::ExplorerState::piecesChanged, this, redrawOne(FunctionId::Maxout));
    connect(m_state, &session::ExplorerState::piecesChanged, this, [this] {
        if (m_keyTarget >= m_state->maxout().pieceCount()) m_keyTarget = -1;
        updateKeyHint();
    });
    const auto describe = [this] { updateDescription(); };
    connect(m_state, &session::ExplorerState::alphaChanged, this, describe);
    connect(m_state, &session::ExplorerState::piecesChanged, this, describe);
    connect(m_state, &session::ExplorerState::visibilityChanged, this, describe);
    connect(m_state, &session::ExplorerState::rangeChanged, this, describe);
    connect(m_state, &session::ExplorerState::conventionChanged, this, describe);
    connect(m_state, &session::ExplorerState::softplusBetaChanged, this,
            redrawOne(FunctionId::Softplus));
    const auto everything = [this] {
        refreshAll();
        scheduleReplot();
    };
    connect(m_state, &session::ExplorerState::rangeChanged, this, everything);
    connect(m_state, &session::ExplorerState::conventionChanged, this, everything);
    connect(m_state, &session::ExplorerState::samplesChanged, this, everything);
    connect(m_state, &session::ExplorerState::visibilityChanged, this, [this] {
        for (FunctionId id : session::kAllFunctions) {
            if (m_state->isVisible(id) && m_graphs[index(id)].stale) rebuildFunction(id);
        }
        updateVisibility();
        fitYRanges();
        scheduleReplot();
    });
    connect(m_state, &session::ExplorerState::showSubgradientChanged, this, [this] {
        updateVisibility();
        scheduleReplot();
    });
    connect(m_state, &session::ExplorerState::pinnedChanged, this, [this] {
        m_pins->rebuild();
        updateVisibility();
        fitYRanges();
        scheduleReplot();
    });
}

void ExplorerPlot::refreshAll()
{
    for (FunctionId id : session::kAllFunctions)
        refreshFunction(id);
    m_pins->rebuild();
    updateVisibility();
    updateXRange();
    fitYRanges();
    rebuildHistogram();
    const QString convention = session::conventionWord(m_state->convention());
    m_kinkNoteParts = {tr("filled marker: f\u2032 used at a kink (%1 convention)").arg(convention),
                       tr("open marker: limit not taken"), tr("bar: subgradient set")};
    wrapKinkNote();
}

void ExplorerPlot::refreshFunction(FunctionId id)
{
    if (m_state->isVisible(id))
        rebuildFunction(id);
    else
        m_graphs[index(id)].stale = true;
}

void ExplorerPlot::rebuildFunction(FunctionId id)
{
    FunctionGraphs &g = m_graphs[index(id)];
    g.samples = core::sampleWithKinks(m_state->activation(id), m_state->lo(), m_state->hi(),
                                      m_state->samples(), m_state->convention());
    g.stale = false;
    ++g.resamples;
    const core::SampledCurve &c = g.samples;
    setSortedData(g.value, toGraphData(c.z, c.value));
    setSortedData(g.derivative, toGraphData(c.derivativeZ, c.derivative));

    QVector<QCPGraphData> taken, open, bars;
    for (const core::KinkPoint &k : c.kinks) {
        if (!k.slopes.isKink()) continue;
        taken.push_back({k.z, k.taken});
        for (double limit : {k.slopes.left, k.slopes.right}) {
            if (limit != k.taken) open.push_back({k.z, limit});
        }
        bars.append({{k.z, k.slopes.left}, {k.z, k.slopes.right}, {k.z, kNaN}});
    }
    setSortedData(g.taken, taken);
    setSortedData(g.open, open);
    setSortedData(g.bars, bars);
}

QCPGraph *ExplorerPlot::pieceGraph(int piece) const
{
    if (piece < 0 || piece >= static_cast<int>(m_pieces.size())) return nullptr;
    return m_pieces[static_cast<size_t>(piece)];
}

QPointF ExplorerPlot::piecePivot(int piece) const
{
    const core::Maxout &m = m_state->maxout();
    const double lo = m_state->lo();
    const double hi = m_state->hi();
    double z = 0.5 * (lo + hi);
    for (const core::EnvelopeSegment &seg : m.segments()) {
        if (seg.piece != piece) continue;
        const double a = std::max(seg.from, lo);
        const double b = std::min(seg.to, hi);
        z = a <= b ? 0.5 * (a + b) : std::clamp(seg.from, lo, hi);
    }
    return {z, m.pieces()[static_cast<size_t>(piece)].at(z)};
}

QPointF ExplorerPlot::pieceHandle(int piece) const
{
    const double lo = m_state->lo();
    const double hi = m_state->hi();
    const QPointF pivot = piecePivot(piece);
    const double step = 0.12 * (hi - lo);
    const double z = pivot.x() + step <= hi ? pivot.x() + step : pivot.x() - step;
    return {z, m_state->pieces()[static_cast<size_t>(piece)].at(z)};
}

void ExplorerPlot::setHistogram(const std::vector<double> &values, const QString &label)
{
    m_histogramValues = values;
    m_histogramLabel = label;
    m_histogram->setName(tr("z of %1 on the training data").arg(label));
    rebuildHistogram();
    updateVisibility();
    scheduleReplot();
}

void ExplorerPlot::rebuildHistogram()
{
    constexpr int kBins = 40;
    const double lo = m_state->lo(), hi = m_state->hi();
    const double width = (hi - lo) / kBins;
    QVector<double> keys(kBins), counts(kBins, 0.0);
    for (int b = 0; b < kBins; ++b)
        keys[b] = lo + (b + 0.5) * width;
    for (double v : m_histogramValues) {
        if (v < lo || v > hi || !std::isfinite(v)) continue;
        counts[std::min(kBins - 1, static_cast<int>((v - lo) / width))] += 1.0;
    }
    m_histogram->setWidth(width);
    m_histogram->setData(keys, counts, true);
    const double top = *std::max_element(counts.begin(), counts.end());
    // The tallest bar reaches 40% up the plot, under the curves.
    m_histogram->valueAxis()->setRange(0.0, std::max(top, 1.0) / 0.4);
}

void ExplorerPlot::rebuildPieces()
{
    const core::Maxout &m = m_state->maxout();
    const double lo = m_state->lo();
    const double hi = m_state->hi();
    const QCPRange y = m_valueRect->axis(QCPAxis::atLeft)->range();
    const double yMargin = 0.02 * y.size();  // line ends stay outside the frame
    const QRectF view(QPointF(lo, y.lower - yMargin), QPointF(hi, y.upper + yMargin));
    QVector<QCPGraphData> handles, hiddenHandles;
    for (int i = 0; i < kMaxPieces; ++i) {
        QCPGraph *g = m_pieces[static_cast<size_t>(i)];
        if (i >= m.pieceCount()) {
            g->data()->clear();
            continue;
        }
        const core::MaxoutPiece p = m.pieces()[static_cast<size_t>(i)];
        if (const auto seg = clipLine(p, view))
            setSortedData(g,
                          {{seg->first.x(), seg->first.y()}, {seg->second.x(), seg->second.y()}});
        else
            g->data()->clear();
        const bool hidden = m.state(i) != core::PieceState::Active;
        const bool hc = m_style.highContrast;
        QColor color = hidden ? theme(hc).hiddenPiece : functionColor(FunctionId::Maxout, hc);
        if (!hidden && !hc) color.setAlpha(170);
        // At 1 px Qt strokes dashes with its fast cosmetic path; thicker only when scaled up, and
        // for the piece the arrow keys move while the plot has focus.
        const bool target = i == m_keyTarget && hasFocus();
        const double width =
            std::max(1.0, m_style.line * theme(hc).curveWidth) * (target ? 2.5 : 1.0);
        QPen pen(color, width, hidden ? Qt::DotLine : Qt::DashLine);
        pen.setDashPattern(hidden ? QVector<qreal>{1.5, 3.0} : QVector<qreal>{7.0, 4.0});
        g->setPen(pen);
        const QPointF h = pieceHandle(i);
        (hidden ? hiddenHandles : handles).push_back({h.x(), h.y()});
    }
    for (auto [graph, points] :
         {std::pair{m_handles, &handles}, std::pair{m_hiddenHandles, &hiddenHandles}}) {
        std::sort(points->begin(), points->end(),
                  [](const QCPGraphData &a, const QCPGraphData &b) { return a.key < b.key; });
        setSortedData(graph, *points);
    }
}

void ExplorerPlot::updateVisibility()
{
    m_legend->clearItems();
    const Theme &theme = gui::theme(m_style.highContrast);
    for (FunctionId id : session::kAllFunctions) {
        const bool on = m_state->isVisible(id);
        const FunctionGraphs &g = m_graphs[index(id)];
        for (QCPGraph *graph : {g.value, g.derivative, g.taken, g.open})
            graph->setVisible(on);
        g.bars->setVisible(on && m_state->showSubgradient());
        if (!on) continue;
        g.value->addToLegend(m_legend);
        // The name in its curve's colour, in the variant dark enough to read as text.
        if (QCPPlottableLegendItem *item = m_legend->itemWithPlottable(g.value))
            item->setTextColor(functionTextColor(id, theme));
    }
    m_pins->addToLegend(m_legend, m_legend->font());
    m_histogram->setVisible(!m_histogramValues.empty());
    if (!m_histogramValues.empty()) m_histogram->addToLegend(m_legend);
    const bool pieces = m_state->isVisible(FunctionId::Maxout);
    for (QCPGraph *g : m_pieces)
        g->setVisible(pieces);
    m_handles->setVisible(pieces);
    m_hiddenHandles->setVisible(pieces);
    m_legend->setVisible(m_legend->itemCount() > 0);
}

void ExplorerPlot::updateXRange()
{
    for (QCPAxisRect *rect : {m_valueRect, m_derivativeRect})
        rect->axis(QCPAxis::atBottom)->setRange(m_state->lo(), m_state->hi());
}

void ExplorerPlot::fitYRanges()
{
    // While dragging, the axes hold still so the mouse keeps its place on the curve.
    if (m_drag.kind != DragKind::None && m_drag.kind != DragKind::Pan) {
        rebuildPieces();
        return;
    }
    constexpr double kInf = std::numeric_limits<double>::infinity();
    double vLo = kInf, vHi = -kInf, dLo = kInf, dHi = -kInf;
    for (FunctionId id : session::kAllFunctions) {
        if (!m_state->isVisible(id)) continue;
        const core::SampledCurve &c = m_graphs[index(id)].samples;
        for (double v : c.value) {
            if (std::isfinite(v)) vLo = std::min(vLo, v), vHi = std::max(vHi, v);
        }
        for (double d : c.derivative) {
            if (std::isfinite(d)) dLo = std::min(dLo, d), dHi = std::max(dHi, d);
        }
    }
    m_pins->extendRanges(vLo, vHi, dLo, dHi);
    if (vLo > vHi) vLo = vHi = 0.0;
    if (dLo > dHi) dLo = dHi = 0.0;
    m_valueRect->axis(QCPAxis::atLeft)->setRange(fittedRange(vLo, vHi, {0.0}, 0.08));
    // Room above for the note and around the 0 and 1 levels for the kink markers.
    const QCPRange d = fittedRange(dLo, dHi, {0.0, 1.0}, 0.12);
    // The note's share of the plot's height stays free above the curves.
    const double rectHeight = m_derivativeRect->height();
    const double free = rectHeight > 40 && m_kinkNote->visible()
                            ? std::clamp(noteHeight() / rectHeight, 0.18, kMaxNoteShare)
                            : 0.18;
    m_derivativeRect->axis(QCPAxis::atLeft)
        ->setRange(d.lower, (d.upper - free * d.lower) / (1.0 - free));
    rebuildPieces();  // their drawn segments are clipped to the new range
}

void ExplorerPlot::scheduleReplot()
{
    // Hidden behind the Training tab, a selected unit's histogram changes ten times a second:
    // drawing it for nobody would cost the training view its time. Drawn once shown again.
    if (!isVisible()) {
        m_replotWhenShown = true;
        return;
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void ExplorerPlot::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    if (m_replotWhenShown) {
        m_replotWhenShown = false;
        replot(QCustomPlot::rpQueuedReplot);
    }
}

void ExplorerPlot::createUnitProbe()
{
    // The training probe in the histogram's colour, darker: it marks where that unit is.
    const QColor colour = QColor(0x56, 0xB4, 0xE9).darker(160);
    const std::array<QCPAxisRect *, 2> rects = {m_valueRect, m_derivativeRect};
    for (size_t i = 0; i < 2; ++i) {
        auto *line = new QCPItemStraightLine(this);
        line->setLayer(m_probeLayer);
        line->setVisible(false);
        line->setSelectable(false);
        line->setPen(QPen(colour, 2.0));
        line->setClipAxisRect(rects[i]);
        for (QCPItemPosition *p : {line->point1, line->point2})
            p->setAxes(rects[i]->axis(QCPAxis::atBottom), rects[i]->axis(QCPAxis::atLeft));
        m_unitProbeLines[i] = line;
        auto *dots =
            new QCPGraph(rects[i]->axis(QCPAxis::atBottom), rects[i]->axis(QCPAxis::atLeft));
        dots->setLayer(m_probeLayer);
        dots->setLineStyle(QCPGraph::lsNone);
        dots->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 1.5), colour, 10.0));
        dots->setSelectable(QCP::stNone);
        dots->removeFromLegend();
        m_unitProbeDots[i] = dots;
    }
    // The dots follow the curves (the signals differ in their arguments: one connect each).
    const auto follow = [this] {
        if (m_unitProbe) updateUnitProbe();
    };
    connect(m_state, &session::ExplorerState::alphaChanged, this, follow);
    connect(m_state, &session::ExplorerState::piecesChanged, this, follow);
    connect(m_state, &session::ExplorerState::visibilityChanged, this, follow);
    connect(m_state, &session::ExplorerState::conventionChanged, this, follow);
    connect(m_state, &session::ExplorerState::softplusBetaChanged, this, follow);
}

void ExplorerPlot::setUnitProbe(std::optional<double> z, const QString &label)
{
    if (z == m_unitProbe && label == m_unitProbeLabel) return;
    m_unitProbe = z;
    m_unitProbeLabel = label;
    updateUnitProbe();
}

void ExplorerPlot::updateUnitProbe()
{
    const std::optional<double> z = m_unitProbe;
    std::array<QVector<QCPGraphData>, 2> dots;
    if (z) {
        for (FunctionId id : session::kAllFunctions) {
            if (!m_state->isVisible(id)) continue;
            const core::Activation a = m_state->activation(id);
            dots[0].push_back({*z, core::value(a, *z)});
            dots[1].push_back({*z, core::derivative(a, *z, m_state->convention())});
        }
    }
    for (size_t i = 0; i < 2; ++i) {
        m_unitProbeLines[i]->setVisible(z.has_value());
        if (z) {
            m_unitProbeLines[i]->point1->setCoords(*z, 0.0);
            m_unitProbeLines[i]->point2->setCoords(*z, 1.0);
        }
        m_unitProbeDots[i]->data()->set(dots[i], true);
    }
    if (isVisible())
        m_probeLayer->replot();
    else
        m_replotWhenShown = true;
}

void ExplorerPlot::setProbe(std::optional<double> z)
{
    m_probe = z;
    for (QCPItemStraightLine *line : {m_probeValue, m_probeDerivative}) {
        line->setVisible(z.has_value());
        if (z) {
            line->point1->setCoords(*z, 0.0);
            line->point2->setCoords(*z, 1.0);
        }
    }
    // Only the probe's layer changed. Its buffer is valid once a full replot has set the
    // buffers up; QCPLayer::replot falls back to a full replot otherwise.
    if (isVisible())
        m_probeLayer->replot();
    else
        m_replotWhenShown = true;
}

}  // namespace relulab::gui
