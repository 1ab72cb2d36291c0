// Drawing the data, the prediction over the input space and the selected unit's off-region, all
// as the snapshot's analysis hands them over.
#include "gui/training/InputSpaceView.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "core/FieldAnalysis.h"
#include "gui/common/ChunkedLineGraph.h"
#include "gui/common/TextWrap.h"
#include "gui/style/ColourMix.h"
#include "gui/style/Hatching.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "gui/style/TrainingColours.h"
#include "gui/training/FieldColorMap.h"
#include "gui/training/LinearRegionsPlottable.h"
#include "gui/training/ProbeMarker.h"
#include "gui/training/RegionPlottable.h"

namespace relulab::gui {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

const QColor kClass0Edge{0x9A, 0x66, 0x00};  // dark orange: hollow triangles on the orange tint
const QColor kTargetColor{0x30, 0x30, 0x30};
const QColor kOffLine{0x20, 0x20, 0x20};
const QColor kOffHatch{0x20, 0x20, 0x20, 170};
const QColor kOffShade{0, 0, 0, 28};

}  // namespace

InputSpaceView::InputSpaceView(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Input space"));
    setAccessibleDescription(
        tr("The training data (class 1: filled circles, class 0: filled triangles, test "
           "examples hollow) over the network's prediction, with the selected unit's "
           "off-region (z \u2264 0) hatched. The point probe follows the mouse: every view "
           "shows the network at that point."));
    // Small enough that the training tab's column (curves, this view, the status lines) fits a
    // 1280 x 800 screen when a translation's longer status wraps onto a third line.
    setMinimumSize(240, 240);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);
    connect(this, &QCustomPlot::afterReplot, this, &InputSpaceView::noteOffCanvas);

    m_title = new QCPTextElement(this);
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);

    // The legend goes under the plot: the Output column is narrow and the plane is full of data.
    placeLegendBelow(this, 2, 3);
    plotLayout()->setRowStretchFactor(0, 0.001);

    xAxis->setLabel(QStringLiteral("x\u2081"));
    yAxis->setLabel(QStringLiteral("x\u2082"));
    xAxis2->setVisible(true);
    yAxis2->setVisible(true);
    xAxis2->setTickLabels(false);
    yAxis2->setTickLabels(false);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), xAxis2,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), yAxis2,
            qOverload<const QCPRange &>(&QCPAxis::setRange));
    for (QCPAxis *axis : axisRect()->axes())
        axis->grid()->setVisible(false);  // the colour map is the background

    // What changes with every snapshot lies on a buffered layer of its own, under the data: a new
    // network then redraws that layer alone, not the axes, the examples and the legend.
    addLayer(QStringLiteral("field"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_fieldLayer = layer(QStringLiteral("field"));
    m_fieldLayer->setMode(QCPLayer::lmBuffered);
    paintOpaquely(this, false);
    // The overlay holds only the point probe (ProbeMarker), and is buffered only while it shows.
    createPlottables();
    m_probe = std::make_unique<ProbeMarker>(this);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);  // arrows move a pinned probe, Esc releases it

    m_selection = new session::TrainingSelection(this);
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &InputSpaceView::selectionChanged);
    applyStyles();
    updateMode();
    updateCaption();
    updateRanges();
}

InputSpaceView::~InputSpaceView() = default;

void InputSpaceView::createPlottables()
{
    // Creation order is drawing order: field, off-region, boundaries, then the data on top.
    m_predictionMap = new FieldColorMap(xAxis, yAxis);
    m_predictionMap->setName(tr("prediction p"));
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, trainingColours::kClass0Tint);
    gradient.setColorStopAt(0.5, Qt::white);
    gradient.setColorStopAt(1.0, trainingColours::kClass1Tint);
    gradient.setLevelCount(256);
    m_predictionMap->setGradient(gradient);
    m_predictionMap->setDataRange(QCPRange(0.0, 1.0));
    m_predictionMap->setInterpolate(true);
    m_predictionMap->setTightBoundary(true);  // ends where the hatching does

    m_linearRegions = new LinearRegionsPlottable(xAxis, yAxis);
    m_linearRegions->setName(tr("linear regions"));
    m_offArea = new RegionPlottable(xAxis, yAxis);
    m_offArea->setName(tr("unit off (z \u2264 0)"));
    m_decision = new RegionPlottable(xAxis, yAxis);
    m_decision->setName(tr("boundary p = 0.5"));

    const auto pointGraph = [this](const QString &name) {
        auto *g = new QCPGraph(xAxis, yAxis);
        g->setName(name);
        g->setLineStyle(QCPGraph::lsNone);
        // Every example is drawn, even where many share a pixel column.
        g->setAdaptiveSampling(false);
        return g;
    };
    m_curve = new ChunkedLineGraph(xAxis, yAxis);
    m_curve->setName(tr("prediction \u0177"));
    m_curve->setAdaptiveSampling(false);  // a NaN (diverged) must stay a gap
    m_trainClass[0] = pointGraph(tr("class 0, train"));
    m_testClass[0] = pointGraph(tr("class 0, test"));
    m_trainClass[1] = pointGraph(tr("class 1, train"));
    m_testClass[1] = pointGraph(tr("class 1, test"));
    m_trainTargets = pointGraph(tr("train"));
    m_testTargets = pointGraph(tr("test"));
    m_kinks = pointGraph(tr("kink of a layer-1 unit"));
    for (QCPLayerable *p : std::initializer_list<QCPLayerable *>{
             m_predictionMap, m_linearRegions, m_offArea, m_decision, m_curve, m_kinks})
        p->setLayer(m_fieldLayer);
}

QCPColorMap *InputSpaceView::predictionMap() const
{
    return m_predictionMap;
}

QCPGraph *InputSpaceView::trainGraph(int label) const
{
    if (m_oneD) return m_trainTargets;
    return m_trainClass[label == 1 ? 1 : 0];
}

QCPGraph *InputSpaceView::testGraph(int label) const
{
    if (m_oneD) return m_testTargets;
    return m_testClass[label == 1 ? 1 : 0];
}

QPainterPath InputSpaceView::offRegion() const
{
    return m_offArea->area();
}

void InputSpaceView::applyStyles()
{
    const double t = m_style.text;
    const Theme &theme = gui::theme(m_style.highContrast);
    const double s = m_style.line * theme.curveWidth;
    styleAxes(axisRect(), font(), m_style, 12.0, 10.0);
    QFont titleFont = font();
    titleFont.setPointSizeF(11.5 * t);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextColor(theme.plotText);
    QFont legendFont = font();
    legendFont.setPointSizeF(10.0 * t);
    legend->setFont(legendFont);
    legend->setTextColor(theme.plotText);
    legend->setBrush(theme.legendFill);
    legend->setIconSize(QSize(int(26 * std::max(t, s)), int(12 * t)));

    const double dot = 8.0 * s;
    const QPen edge(QColor(0, 0, 0, 200), 1.0 * s);
    using SS = QCPScatterStyle;
    m_trainClass[1]->setScatterStyle(SS(SS::ssCircle, edge, okabeIto::kBlue, dot));
    m_trainClass[0]->setScatterStyle(SS(SS::ssTriangle, edge, okabeIto::kOrange, dot * 1.2));
    m_testClass[1]->setScatterStyle(
        SS(SS::ssCircle, QPen(okabeIto::kBlue, 2.0 * s), QColor(255, 255, 255, 200), dot));
    m_testClass[0]->setScatterStyle(
        SS(SS::ssTriangle, QPen(kClass0Edge, 2.0 * s), QColor(255, 255, 255, 200), dot * 1.2));
    m_trainTargets->setScatterStyle(SS(SS::ssCircle, QPen(kTargetColor, 1.0 * s),
                                       mixColours(kTargetColor, Qt::white, 0.35), dot * 0.9));
    m_testTargets->setScatterStyle(
        SS(SS::ssCircle, QPen(kTargetColor, 1.6 * s), Qt::white, dot * 0.9));
    m_curve->setPen(QPen(okabeIto::kBlue, 3.2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_kinks->setScatterStyle(
        SS(SS::ssDiamond, QPen(Qt::black, 1.2 * s), okabeIto::kVermillion, 11.0 * s));

    // One brush, the light shade and the hatching in one tile: the off-region is redrawn with
    // every snapshot, and a second fill of a large area costs as much again.
    m_offArea->setBrush(Qt::NoBrush);
    m_offArea->setHatch(hatchBrush(kOffShade, kOffHatch, 2.0 * s));
    QPen offPen(kOffLine, 2.0 * s, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    offPen.setDashPattern({4.0, 2.5});
    m_offArea->setPen(offPen);
    m_decision->setPen(QPen(Qt::black, 2.6 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_decision->setBrush(Qt::NoBrush);
    QFont readout = font();
    readout.setPointSizeF(10.0 * t);
    m_probe->setStyle(m_style.line, readout);
}

void InputSpaceView::setDisplayStyle(const DisplayStyle &style)
{
    m_style = {std::clamp(style.text, 0.5, 4.0), std::clamp(style.line, 0.5, 4.0),
               style.highContrast};
    applyStyles();
    replot(rpQueuedReplot);
}

void InputSpaceView::setData(const core::DataSplit &data)
{
    m_oneD = data.train.inputDim == 1;
    m_dataBounds = core::boundsOf(data.train);
    for (QCPGraph *g : {m_trainClass[0], m_trainClass[1], m_testClass[0], m_testClass[1],
                        m_trainTargets, m_testTargets})
        g->data()->clear();
    const auto fill = [this](const core::Dataset &set, std::array<QCPGraph *, 2> classes,
                             QCPGraph *targets) {
        std::array<QVector<QCPGraphData>, 2> points;
        QVector<QCPGraphData> values;
        for (size_t i = 0; i < set.size(); ++i) {
            const auto x = set.input(i);
            if (m_oneD)
                values.push_back({x[0], set.targets[i]});
            else if (set.inputDim >= 2)
                points[set.targets[i] > 0.5 ? 1 : 0].push_back({x[0], x[1]});
        }
        for (int label : {0, 1})
            classes[size_t(label)]->data()->set(points[size_t(label)]);
        targets->data()->set(values);
    };
    fill(data.train, m_trainClass, m_trainTargets);
    fill(data.test, m_testClass, m_testTargets);
    updateMode();
    updateRanges();
    replot(rpQueuedReplot);
}

void InputSpaceView::setAnalysis(std::shared_ptr<const session::SnapshotAnalysis> analysis)
{
    const Frame before = frame();
    m_analysis = std::move(analysis);
    if (haveField()) m_oneD = m_analysis->field.rows == 1;
    updateCurve();
    updatePrediction();
    updateOffRegion();
    updateRegions();
    updateMode();
    updateCaption();
    updateRanges();
    redraw(before);
}

void InputSpaceView::setSelectedUnit(UnitRef unit)
{
    if (m_selection) m_selection->setUnit(unit);
}

void InputSpaceView::setSelection(session::TrainingSelection *selection)
{
    if (m_selection) {
        disconnect(m_selection.data(), nullptr, this, nullptr);
        if (m_selection->parent() == this) delete m_selection;
    }
    m_selection = selection;
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &InputSpaceView::selectionChanged);
    selectionChanged();
}

void InputSpaceView::selectionChanged()
{
    const Frame before = frame();
    updateOffRegion();
    updateRegions();
    updateMode();
    updateCaption();
    redraw(before);
}

InputSpaceView::Frame InputSpaceView::frame() const
{
    return {xAxis->range(), yAxis->range(), m_title->text(), legend->itemCount(), m_oneD};
}

void InputSpaceView::redraw(const Frame &before)
{
    if (isVisible() && before == frame()) {
        ++m_fieldOnlyRedraws;
        m_fieldLayer->replot();
    } else {
        replot(rpQueuedReplot);
    }
    noteOffCanvas();
}

session::OffCanvas InputSpaceView::offCanvas() const
{
    if (m_oneD || regionsDrawn()) return {};
    return m_offArea->canvas(flatUnit(selectedUnit()));
}

long InputSpaceView::offPicturesDrawn() const
{
    return m_offArea->picturesDrawn();
}

void InputSpaceView::noteOffCanvas()
{
    session::OffCanvas now = offCanvas();
    if (now == m_offCanvas) return;
    m_offCanvas = std::move(now);
    Q_EMIT viewChanged();
}

QSize InputSpaceView::plotAreaSize() const
{
    return axisRect()->rect().size();
}

int InputSpaceView::flatUnit(UnitRef unit) const
{
    if (!m_analysis || !unit.isValid()) return -1;
    const int flat = m_analysis->flatUnit(unit.layer, unit.unit);
    return flat < m_analysis->field.units ? flat : -1;
}

void InputSpaceView::updateCurve()
{
    if (!m_oneD || !haveField()) {
        m_curve->data()->clear();
        m_kinks->data()->clear();
        return;
    }
    // The curve passes through every kink exactly, so a corner stays a corner.
    const core::InputField &field = m_analysis->field;
    QVector<QCPGraphData> curve, marks;
    curve.reserve(field.columns + qsizetype(m_analysis->kinks.size()));
    for (int c = 0; c < field.columns; ++c)
        curve.push_back({field.x(c), field.prediction[size_t(c)]});
    for (size_t k = 0; k < m_analysis->kinks.size(); ++k) {
        curve.push_back({m_analysis->kinks[k], m_analysis->kinkOutputs[k]});
        marks.push_back({m_analysis->kinks[k], m_analysis->kinkOutputs[k]});
    }
    m_curve->data()->set(curve);  // sorts
    m_kinks->data()->set(marks, true);
}

void InputSpaceView::updatePrediction()
{
    if (m_oneD || !haveField()) {
        m_predictionMap->data()->clear();
        m_decision->clearRegion();
        return;
    }
    const core::InputField &f = m_analysis->field;
    QCPColorMapData *map = m_predictionMap->data();
    map->setSize(f.columns, f.rows);
    map->setRange(QCPRange(f.bounds.x0, f.bounds.x1), QCPRange(f.bounds.y0, f.bounds.y1));
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.columns; ++c)
            map->setCell(c, r, f.prediction[size_t(r) * f.columns + c]);
    }
    m_predictionMap->setField(m_analysis->predictionImage, m_analysis->predictionPixels);
    m_decision->setRegion(QPainterPath(), m_analysis->decisionBoundary);
}

void InputSpaceView::updateOffRegion()
{
    const int unit = flatUnit(selectedUnit());
    if (!haveField() || unit < 0 || size_t(unit) >= m_analysis->offRegions.size()) {
        m_offArea->clearRegion();
        return;
    }
    const session::UnitOffRegion &off = m_analysis->offRegions[size_t(unit)];
    if (!m_oneD) {
        m_offArea->setRegion(off.area, off.boundary);
        // The worker's fill, used while the view still fills as it was made for.
        if (m_analysis->request.off.unit == unit)
            m_offArea->setPicture(m_analysis->offImage, m_analysis->request.off);
        return;
    }
    // The band edges inside the plot are drawn as lines; the plot's own ends are not.
    const core::InputBounds &b = m_analysis->field.bounds;
    std::vector<double> edges;
    for (const auto &[from, to] : off.intervals) {
        for (double x : {from, to})
            if (x > b.x0 && x < b.x1) edges.push_back(x);
    }
    m_offArea->setBands(off.intervals, std::move(edges));
}

void InputSpaceView::updateMode()
{
    const bool two = !m_oneD;
    for (QCPAbstractPlottable *p : std::initializer_list<QCPAbstractPlottable *>{
             m_predictionMap, m_decision, m_trainClass[0], m_trainClass[1], m_testClass[0],
             m_testClass[1]})
        p->setVisible(two);
    for (QCPGraph *g : {m_trainTargets, m_testTargets, m_curve, m_kinks})
        g->setVisible(m_oneD);
    // The Regions display replaces the prediction's tint and the off-region's hatching (the
    // selected unit's boundary is drawn bold among the regions' instead).
    const bool regions = regionsDrawn();
    m_linearRegions->setVisible(regions);
    if (regions) {
        m_predictionMap->setVisible(false);
        m_decision->setVisible(false);
    }
    m_offArea->setVisible(!regions);
    xAxis->setLabel(m_oneD ? QStringLiteral("x") : QStringLiteral("x\u2081"));
    yAxis->setLabel(m_oneD ? QStringLiteral("y") : QStringLiteral("x\u2082"));

    fillLegend();
}

std::vector<QCPAbstractPlottable *> InputSpaceView::legendEntries(int columns) const
{
    std::vector<QCPAbstractPlottable *> entries;
    if (m_oneD)
        entries = {m_trainTargets, m_testTargets, m_curve, m_kinks};
    else if (columns == 3)  // class 0 on the first row, class 1 on the second
        entries = {m_trainClass[0], m_testClass[0], m_decision, m_trainClass[1], m_testClass[1]};
    else  // train and test side by side, the boundary after them
        entries = {m_trainClass[0], m_testClass[0], m_trainClass[1], m_testClass[1], m_decision};
    if (regionsDrawn()) {
        std::erase(entries, m_decision);
        entries.push_back(m_linearRegions);
    } else if (!m_offArea->isEmpty()) {
        entries.push_back(m_offArea);
    }
    return entries;
}

void InputSpaceView::fillLegend()
{
    const std::vector<QCPAbstractPlottable *> entries = legendEntries(m_legendColumns);
    // Rebuilt only on a real change: a new snapshot with the same entries leaves the legend's
    // pixels valid, and its layer need not be drawn again.
    if (entries == m_legendEntries && legend->wrap() == m_legendColumns) return;
    m_legendEntries = entries;
    legend->clearItems();
    legend->setWrap(m_legendColumns);
    for (QCPAbstractPlottable *p : entries)
        p->addToLegend(legend);
}

void InputSpaceView::fitLegendColumns()
{
    // As many columns as the entries' own widths allow (in the order that many columns puts
    // them in), so large text or a long translation wraps instead of being cut off.
    const int room = legendRoom(legend, width());
    int columns = 1;
    for (int candidate = 3; candidate > 1; --candidate) {
        QList<int> widths;
        for (QCPAbstractPlottable *p : legendEntries(candidate)) {
            if (const QCPAbstractLegendItem *item = legend->itemWithPlottable(p))
                widths << item->minimumOuterSizeHint().width();
        }
        if (fittingColumns(widths, legend->columnSpacing(), room, candidate) == candidate) {
            columns = candidate;
            break;
        }
    }
    if (columns == m_legendColumns) return;
    m_legendColumns = columns;
    fillLegend();
}

void InputSpaceView::updateCaption()
{
    if (m_showRegions) {
        m_captionParts = regionsCaption();
        wrapCaption();
        return;
    }
    const int unit = flatUnit(selectedUnit());
    const core::HiddenActivation activation =
        m_analysis ? m_analysis->activation : core::HiddenActivation::Relu;
    const QString name =
        QStringLiteral("%1\u00b7%2").arg(selectedUnit().layer + 1).arg(selectedUnit().unit + 1);
    if (unit < 0) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          tr("click a unit to see where it is off")};
    } else if (activation == core::HiddenActivation::Maxout) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          tr("maxout unit %1 is never off").arg(name)};
    } else if (core::isSaturating(activation)) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          activation == core::HiddenActivation::Sigmoid
                              ? tr("sigmoid unit %1 has no off region").arg(name)
                              : tr("tanh unit %1 has no off region").arg(name)};
    } else {
        m_captionParts = {
            tr("Data, prediction"),
            activation == core::HiddenActivation::Relu
                ? tr("and where unit %1 is off (z \u2264 0)").arg(name)
                : tr("and where unit %1 is on its leaky side (z \u2264 0)").arg(name)};
        const auto &states = m_analysis->dead.states;
        const auto layer = size_t(selectedUnit().layer);
        if (layer < states.size() && size_t(selectedUnit().unit) < states[layer].size()) {
            const core::UnitState state = states[layer][size_t(selectedUnit().unit)];
            if (state == core::UnitState::Dead)
                m_captionParts << tr("\u2014 dead: off on every training example");
            if (state == core::UnitState::Starved)
                m_captionParts << tr("\u2014 starved: no gradient reaches it");
        }
    }
    wrapCaption();
}

void InputSpaceView::wrapCaption()
{
    // Whole phrases per line; a phrase wider than the plot (large text) breaks between its words.
    const double room = std::max(100.0, width() - 16.0);
    const QString text = wrapPhrases(m_captionParts, QFontMetricsF(m_title->font()), room,
                                     QStringLiteral(" "), true);
    if (text != m_title->text()) m_title->setText(text);
}

void InputSpaceView::updateRanges()
{
    const core::InputBounds b = haveField() ? m_analysis->field.bounds : m_dataBounds;
    xAxis->setRange(b.x0, b.x1);
    if (!m_oneD) {
        yAxis->setRange(b.y0, b.y1);  // made equal-aspect by updateLayout
        return;
    }
    double lo = kInf, hi = -kInf;
    for (QCPGraph *g : {m_trainTargets, m_testTargets, m_curve}) {
        for (const QCPGraphData &d : *g->data()) {
            if (!std::isfinite(d.value)) continue;
            lo = std::min(lo, d.value);
            hi = std::max(hi, d.value);
        }
    }
    if (!(hi > lo)) {
        lo = std::isfinite(lo) ? lo - 1.0 : -1.0;
        hi = std::isfinite(hi) ? hi + 1.0 : 1.0;
    }
    const double pad = 0.08 * (hi - lo);
    yAxis->setRange(lo - pad, hi + pad);
}

void InputSpaceView::updateLayout()
{
    wrapCaption();
    fitLegendColumns();
    QCustomPlot::updateLayout();
    if (m_oneD) return;
    // Equal aspect: one unit of x1 as long as one unit of x2, the bounds fitted inside.
    const core::InputBounds b = haveField() ? m_analysis->field.bounds : m_dataBounds;
    const QRect rect = axisRect()->rect();
    if (rect.width() < 10 || rect.height() < 10) return;
    const core::InputBounds v = core::equalAspectBounds(b, rect.width(), rect.height());
    const QCPRange x(v.x0, v.x1), y(v.y0, v.y1);
    if (xAxis->range() == x && yAxis->range() == y) return;
    xAxis->setRange(x);
    yAxis->setRange(y);
    QCustomPlot::updateLayout();  // tick labels of the new ranges may change the margins
    const core::InputBounds &f = b;
    if (haveField() && (x.lower < f.x0 - 1e-9 || x.upper > f.x1 + 1e-9 || y.lower < f.y0 - 1e-9 ||
                        y.upper > f.y1 + 1e-9))
        Q_EMIT viewChanged();
}
}  // namespace relulab::gui
