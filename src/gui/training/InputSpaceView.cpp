// Drawing the data, the prediction over the input space and the selected unit's off-region.
#include "gui/training/InputSpaceView.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"

namespace relulab::gui {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Light tints of the Okabe-Ito class colours, white at p = 0.5. The blue side is a little darker
// than the orange one so that the two sides still differ when printed in grey.
const QColor kClass0Tint{0xF6, 0xDD, 0xA6};
const QColor kClass1Tint{0xA6, 0xCE, 0xE4};
const QColor kClass0Edge{0x9A, 0x66, 0x00};  // dark orange: hollow triangles on the orange tint
const QColor kTargetColor{0x30, 0x30, 0x30};
const QColor kOffLine{0x20, 0x20, 0x20};

QColor mixed(QColor a, QColor b, double t)
{
    return QColor::fromRgbF(float(a.redF() + t * (b.redF() - a.redF())),
                            float(a.greenF() + t * (b.greenF() - a.greenF())),
                            float(a.blueF() + t * (b.blueF() - a.blueF())));
}

// Diagonal hatching as a tileable texture: lines at 45 degrees, corners drawn so tiles join.
QBrush hatchBrush(double scale)
{
    const int size = std::max(6, int(std::lround(11.0 * scale)));
    QPixmap tile(size, size);
    tile.fill(Qt::transparent);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x20, 0x20, 0x20, 170), 1.6 * scale, Qt::SolidLine, Qt::FlatCap));
    for (int shift : {-size, 0, size})
        p.drawLine(QPointF(shift, size), QPointF(shift + size, 0));
    p.end();
    return QBrush(tile);
}

// The part of a grid where v <= level, with linear interpolation along the grid lines (exact for
// a function linear in the input, like a first-layer pre-activation), and the v = level lines.
struct Contour
{
    QPainterPath area;
    QPainterPath lines;
};

class ContourBuilder
{
public:
    ContourBuilder(const std::vector<double> &v, const std::vector<double> &xs,
                   const std::vector<double> &ys, double level)
        : m_v(v), m_xs(xs), m_ys(ys), m_cols(int(xs.size())), m_level(level)
    {
    }

    Contour build(bool withArea)
    {
        Contour out;
        out.area.setFillRule(Qt::WindingFill);
        const int rows = int(m_ys.size());
        for (int r = 0; r + 1 < rows; ++r) {
            int runStart = -1;  // cells entirely below the level merge into one rectangle
            const auto flush = [&](int end) {
                if (runStart < 0) return;
                out.area.addPolygon(QPolygonF({{m_xs[runStart], m_ys[r]},
                                               {m_xs[end], m_ys[r]},
                                               {m_xs[end], m_ys[r + 1]},
                                               {m_xs[runStart], m_ys[r + 1]}}));
                out.area.closeSubpath();
                runStart = -1;
            };
            for (int c = 0; c + 1 < m_cols; ++c) {
                const std::array<int, 4> corner = {index(c, r), index(c + 1, r),
                                                   index(c + 1, r + 1), index(c, r + 1)};
                std::array<bool, 4> below{};
                int count = 0;
                for (int k = 0; k < 4; ++k)
                    count += below[k] = isBelow(corner[k]);
                if (count == 4 && withArea) {
                    if (runStart < 0) runStart = c;
                    continue;
                }
                flush(c);
                if (count == 0 || count == 4) continue;
                // The four edges as grid-line ids, walked counter-clockwise.
                const std::array<int, 4> edge = {2 * index(c, r), 2 * index(c + 1, r) + 1,
                                                 2 * index(c, r + 1), 2 * index(c, r) + 1};
                QPolygonF polygon;
                int exitEdge = -1;
                for (int k = 0; k < 4; ++k) {
                    if (below[k]) polygon << point(corner[k]);
                    if (below[k] == below[(k + 1) % 4]) continue;
                    polygon << crossing(edge[k]);
                    if (below[k]) {
                        exitEdge = edge[k];
                    } else if (exitEdge >= 0) {
                        addSegment(exitEdge, edge[k]);
                        exitEdge = -1;
                    }
                }
                // A walk that starts outside leaves the region last and re-enters at edge 0..3
                // first: close that pair too.
                if (exitEdge >= 0) {
                    for (int k = 0; k < 4; ++k) {
                        if (!below[k] && below[(k + 1) % 4]) {
                            addSegment(exitEdge, edge[k]);
                            break;
                        }
                    }
                }
                if (withArea) {
                    out.area.addPolygon(polygon);
                    out.area.closeSubpath();
                }
            }
            flush(m_cols - 1);
        }
        out.lines = chainedLines();
        return out;
    }

private:
    const std::vector<double> &m_v;
    const std::vector<double> &m_xs;
    const std::vector<double> &m_ys;
    int m_cols;
    double m_level;
    std::vector<std::pair<int, int>> m_segments;  // pairs of grid-line ids
    std::unordered_map<int, std::array<int, 2>> m_atEdge;

    int index(int c, int r) const { return r * m_cols + c; }
    bool isBelow(int i) const { return m_v[size_t(i)] <= m_level; }
    QPointF point(int i) const { return {m_xs[size_t(i % m_cols)], m_ys[size_t(i / m_cols)]}; }

    // Where v crosses the level on a grid line, always interpolated from its lower end so that
    // the two cells sharing the line agree to the last bit.
    QPointF crossing(int edgeId) const
    {
        const int a = edgeId / 2;
        const int b = edgeId % 2 == 0 ? a + 1 : a + m_cols;
        const double va = m_v[size_t(a)], vb = m_v[size_t(b)];
        double t = (m_level - va) / (vb - va);
        if (!std::isfinite(t)) t = 0.5;
        t = std::clamp(t, 0.0, 1.0);
        const QPointF pa = point(a), pb = point(b);
        return pa + t * (pb - pa);
    }

    void addSegment(int fromEdge, int toEdge)
    {
        const int s = int(m_segments.size());
        m_segments.emplace_back(fromEdge, toEdge);
        for (int e : {fromEdge, toEdge}) {
            auto [it, inserted] = m_atEdge.try_emplace(e, std::array<int, 2>{-1, -1});
            (it->second[0] < 0 ? it->second[0] : it->second[1]) = s;
        }
    }

    // Segments joined into polylines, so a dashed pen runs on instead of restarting every cell.
    QPainterPath chainedLines() const
    {
        QPainterPath path;
        std::vector<bool> used(m_segments.size(), false);
        const auto next = [&](int edgeId) {
            for (int s : m_atEdge.at(edgeId)) {
                if (s >= 0 && !used[size_t(s)]) return s;
            }
            return -1;
        };
        for (size_t start = 0; start < m_segments.size(); ++start) {
            if (used[start]) continue;
            used[start] = true;
            std::vector<int> chain = {m_segments[start].first, m_segments[start].second};
            for (bool forward : {true, false}) {
                for (;;) {
                    const int end = forward ? chain.back() : chain.front();
                    const int s = next(end);
                    if (s < 0) break;
                    used[size_t(s)] = true;
                    const auto [a, b] = m_segments[size_t(s)];
                    const int other = a == end ? b : a;
                    if (forward)
                        chain.push_back(other);
                    else
                        chain.insert(chain.begin(), other);
                }
            }
            path.moveTo(crossing(chain.front()));
            for (size_t i = 1; i < chain.size(); ++i)
                path.lineTo(crossing(chain[i]));
        }
        return path;
    }
};

}  // namespace

// A filled area (a brush, then hatching over it) and lines, both kept in data coordinates and
// mapped to pixels when drawn; or, for 1-D inputs, bands [a, b] over the plot's full height.
class RegionPlottable : public QCPAbstractPlottable
{
public:
    RegionPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPAbstractPlottable(keyAxis, valueAxis)
    {
        setSelectable(QCP::stNone);
    }

    void setRegion(QPainterPath area, QPainterPath lines)
    {
        m_area = std::move(area);
        m_lines = std::move(lines);
        m_bands.clear();
        m_bandEdges.clear();
    }
    // Bands over the full value range; edges are drawn as vertical lines.
    void setBands(std::vector<std::pair<double, double>> bands, std::vector<double> edges)
    {
        m_area = QPainterPath();
        m_lines = QPainterPath();
        m_bands = std::move(bands);
        m_bandEdges = std::move(edges);
    }
    void clearRegion() { setBands({}, {}); }
    void setHatch(const QBrush &hatch) { m_hatch = hatch; }
    bool isEmpty() const { return m_area.isEmpty() && m_lines.isEmpty() && m_bands.empty(); }

    QPainterPath area() const
    {
        if (m_bands.empty()) return m_area;
        QPainterPath path;
        for (auto [a, b] : m_bands)
            path.addRect(QRectF(QPointF(a, 0.0), QPointF(b, 1.0)));
        return path;
    }

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1.0; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override
    {
        foundRange = false;
        return {};
    }
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override
    {
        foundRange = false;
        return {};
    }

protected:
    void draw(QCPPainter *painter) override
    {
        QCPAxis *key = keyAxis();
        QCPAxis *value = valueAxis();
        if (!key || !value) return;
        const QRectF rect = clipRect();
        QPainterPath area, lines;
        if (m_bands.empty()) {
            // Linear axes: data -> pixels is an affine map.
            const double x0 = key->coordToPixel(0.0), y0 = value->coordToPixel(0.0);
            const QTransform t(key->coordToPixel(1.0) - x0, 0.0, 0.0, value->coordToPixel(1.0) - y0,
                               x0, y0);
            area = t.map(m_area);
            lines = t.map(m_lines);
        } else {
            for (auto [a, b] : m_bands) {
                area.addRect(QRectF(QPointF(key->coordToPixel(a), rect.top()),
                                    QPointF(key->coordToPixel(b), rect.bottom()))
                                 .normalized());
            }
            for (double e : m_bandEdges) {
                lines.moveTo(key->coordToPixel(e), rect.top());
                lines.lineTo(key->coordToPixel(e), rect.bottom());
            }
        }
        if (!area.isEmpty()) {
            applyFillAntialiasingHint(painter);
            painter->setPen(Qt::NoPen);
            for (const QBrush &b : {brush(), m_hatch}) {
                if (b.style() == Qt::NoBrush) continue;
                painter->setBrush(b);
                painter->drawPath(area);
            }
        }
        if (!lines.isEmpty() && pen().style() != Qt::NoPen) {
            applyDefaultAntialiasingHint(painter);
            painter->setPen(pen());
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(lines);
        }
    }

    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override
    {
        painter->setPen(Qt::NoPen);
        bool filled = false;
        for (const QBrush &b : {brush(), m_hatch}) {
            if (b.style() == Qt::NoBrush) continue;
            painter->setBrush(b);
            painter->drawRect(rect);
            filled = true;
        }
        painter->setPen(pen());
        painter->setBrush(Qt::NoBrush);
        if (filled)
            painter->drawLine(rect.topLeft(), rect.bottomLeft());
        else
            painter->drawLine(QPointF(rect.left(), rect.center().y()),
                              QPointF(rect.right(), rect.center().y()));
    }

private:
    QPainterPath m_area, m_lines;
    std::vector<std::pair<double, double>> m_bands;
    std::vector<double> m_bandEdges;
    QBrush m_hatch;
};

InputSpaceView::InputSpaceView(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Input space"));
    setAccessibleDescription(
        tr("The training data (class 1: filled circles, class 0: filled triangles, test "
           "examples hollow) over the network's prediction, with the selected unit's "
           "off-region (z \u2264 0) hatched."));
    setMinimumSize(260, 260);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);

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

    // Creation order is drawing order: field, off-region, boundaries, then the data on top.
    m_predictionMap = new QCPColorMap(xAxis, yAxis);
    m_predictionMap->setName(tr("prediction p"));
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, kClass0Tint);
    gradient.setColorStopAt(0.5, Qt::white);
    gradient.setColorStopAt(1.0, kClass1Tint);
    gradient.setLevelCount(256);
    m_predictionMap->setGradient(gradient);
    m_predictionMap->setDataRange(QCPRange(0.0, 1.0));
    m_predictionMap->setInterpolate(true);
    m_predictionMap->setTightBoundary(true);  // ends where the hatching does

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
    m_curve = new QCPGraph(xAxis, yAxis);
    m_curve->setName(tr("prediction \u0177"));
    m_curve->setAdaptiveSampling(false);  // a NaN (diverged) must stay a gap
    m_trainClass[0] = pointGraph(tr("class 0, train"));
    m_testClass[0] = pointGraph(tr("class 0, test"));
    m_trainClass[1] = pointGraph(tr("class 1, train"));
    m_testClass[1] = pointGraph(tr("class 1, test"));
    m_trainTargets = pointGraph(tr("train"));
    m_testTargets = pointGraph(tr("test"));
    m_kinks = pointGraph(tr("kink of a layer-1 unit"));

    m_selection = new session::TrainingSelection(this);
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &InputSpaceView::selectionChanged);
    applyStyles();
    updateMode();
    updateCaption();
    updateRanges();
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
                                       mixed(kTargetColor, Qt::white, 0.35), dot * 0.9));
    m_testTargets->setScatterStyle(
        SS(SS::ssCircle, QPen(kTargetColor, 1.6 * s), Qt::white, dot * 0.9));
    m_curve->setPen(QPen(okabeIto::kBlue, 3.2 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_kinks->setScatterStyle(
        SS(SS::ssDiamond, QPen(Qt::black, 1.2 * s), okabeIto::kVermillion, 11.0 * s));

    m_offArea->setBrush(QColor(0, 0, 0, 28));
    m_offArea->setHatch(hatchBrush(s));
    QPen offPen(kOffLine, 2.0 * s, Qt::DashLine, Qt::FlatCap);
    offPen.setDashPattern({4.0, 2.5});
    m_offArea->setPen(offPen);
    m_decision->setPen(QPen(Qt::black, 2.6 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_decision->setBrush(Qt::NoBrush);
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

void InputSpaceView::setField(const session::TrainingSnapshot &snapshot,
                              const core::InputField &field)
{
    m_field = field;
    m_haveField = field.columns >= 2 && field.rows >= 1 &&
                  field.prediction.size() == size_t(field.columns) * size_t(field.rows);
    m_oneD = field.rows == 1;
    m_widths = snapshot.network.hidden;
    m_states = snapshot.dead.states;
    m_activation = snapshot.network.activation;

    // Kinks of the first layer: where each unit's z = w x + b crosses 0 (where the winning piece
    // changes, for maxout). Deeper kinks depend on everything before them and are not marked.
    std::vector<double> kinks;
    std::optional<core::Mlp> net;
    if (m_oneD && m_haveField) {
        try {
            net.emplace(session::rebuildNetwork(snapshot));
        } catch (const std::exception &) {
            net.reset();  // an inconsistent snapshot just draws no kinks
        }
    }
    // Sigmoid and tanh are smooth: z = 0 is no kink of theirs.
    if (net && net->hiddenLayers() > 0 && !core::isSaturating(m_activation)) {
        const bool maxout = m_activation == core::HiddenActivation::Maxout;
        const int pieces = maxout ? snapshot.network.pieces : 1;
        const auto inside = [&](double x) {
            return std::isfinite(x) && x >= field.bounds.x0 && x <= field.bounds.x1;
        };
        for (int u = 0; u < net->width(0); ++u) {
            if (!maxout) {
                const double w = net->weight(0, u, 0), b = net->bias(0, u);
                if (w != 0.0 && inside(-b / w)) kinks.push_back(-b / w);
                continue;
            }
            const auto piece = [&](int k, double x) {
                return net->weight(0, u, 0, k) * x + net->bias(0, u, k);
            };
            for (int i = 0; i < pieces; ++i) {
                for (int j = i + 1; j < pieces; ++j) {
                    const double dw = net->weight(0, u, 0, i) - net->weight(0, u, 0, j);
                    if (dw == 0.0) continue;
                    const double x = (net->bias(0, u, j) - net->bias(0, u, i)) / dw;
                    if (!inside(x)) continue;
                    const double top = piece(i, x);
                    bool onEnvelope = true;
                    for (int k = 0; k < pieces; ++k)
                        onEnvelope = onEnvelope && piece(k, x) <= top + 1e-12 * (1 + std::abs(top));
                    if (onEnvelope) kinks.push_back(x);
                }
            }
        }
        std::sort(kinks.begin(), kinks.end());
        kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
    }

    if (m_oneD && m_haveField) {
        // The curve passes through every kink exactly, so a corner stays a corner.
        QVector<QCPGraphData> curve, marks;
        curve.reserve(field.columns + qsizetype(kinks.size()));
        for (int c = 0; c < field.columns; ++c)
            curve.push_back({field.x(c), field.prediction[size_t(c)]});
        for (double x : kinks) {
            const double y = net->predict(std::span<const double>(&x, 1));
            curve.push_back({x, y});
            marks.push_back({x, y});
        }
        m_curve->data()->set(curve);  // sorts
        m_kinks->data()->set(marks, true);
    } else {
        m_curve->data()->clear();
        m_kinks->data()->clear();
    }
    updatePrediction();
    updateOffRegion();
    updateMode();
    updateCaption();
    updateRanges();
    replot(rpQueuedReplot);
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
    updateOffRegion();
    updateMode();
    updateCaption();
    replot(rpQueuedReplot);
}

int InputSpaceView::flatUnit(UnitRef unit) const
{
    if (!unit.isValid() || unit.layer >= int(m_widths.size())) return -1;
    if (unit.unit >= m_widths[size_t(unit.layer)]) return -1;
    int flat = unit.unit;
    for (int l = 0; l < unit.layer; ++l)
        flat += m_widths[size_t(l)];
    return flat < m_field.units ? flat : -1;
}

void InputSpaceView::updatePrediction()
{
    if (m_oneD || !m_haveField) {
        m_predictionMap->data()->clear();
        m_decision->clearRegion();
        return;
    }
    const core::InputField &f = m_field;
    QCPColorMapData *map = m_predictionMap->data();
    map->setSize(f.columns, f.rows);
    map->setRange(QCPRange(f.bounds.x0, f.bounds.x1), QCPRange(f.bounds.y0, f.bounds.y1));
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.columns; ++c)
            map->setCell(c, r, f.prediction[size_t(r) * f.columns + c]);
    }
    std::vector<double> xs(size_t(f.columns)), ys(size_t(f.rows));
    for (int c = 0; c < f.columns; ++c)
        xs[size_t(c)] = f.x(c);
    for (int r = 0; r < f.rows; ++r)
        ys[size_t(r)] = f.y(r);
    Contour boundary = ContourBuilder(f.prediction, xs, ys, 0.5).build(false);
    m_decision->setRegion(QPainterPath(), boundary.lines);
}

void InputSpaceView::updateOffRegion()
{
    const int unit = flatUnit(selectedUnit());
    if (!m_haveField || unit < 0 || m_activation == core::HiddenActivation::Maxout ||
        core::isSaturating(m_activation)) {
        m_offArea->clearRegion();
        return;
    }
    const core::InputField &f = m_field;
    std::vector<double> z(size_t(f.columns) * size_t(f.rows));
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.columns; ++c)
            z[size_t(r) * f.columns + c] = f.preActivation(c, r, unit);
    }
    if (m_oneD) {
        std::vector<std::pair<double, double>> bands;
        std::vector<double> edges;
        const auto crossing = [&](int c) {  // between columns c and c + 1
            const double t = z[size_t(c)] / (z[size_t(c)] - z[size_t(c) + 1]);
            return f.x(c) +
                   (std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.5) * (f.x(c + 1) - f.x(c));
        };
        double start = kInf;
        for (int c = 0; c < f.columns; ++c) {
            const bool off = z[size_t(c)] <= 0.0;
            const bool wasOff = c > 0 && z[size_t(c) - 1] <= 0.0;
            if (off && !wasOff) {
                start = c == 0 ? f.x(0) : crossing(c - 1);
                if (c > 0) edges.push_back(start);
            } else if (!off && wasOff) {
                const double end = crossing(c - 1);
                bands.emplace_back(start, end);
                edges.push_back(end);
            }
        }
        if (z[size_t(f.columns) - 1] <= 0.0) bands.emplace_back(start, f.x(f.columns - 1));
        m_offArea->setBands(std::move(bands), std::move(edges));
        return;
    }
    std::vector<double> xs(size_t(f.columns)), ys(size_t(f.rows));
    for (int c = 0; c < f.columns; ++c)
        xs[size_t(c)] = f.x(c);
    for (int r = 0; r < f.rows; ++r)
        ys[size_t(r)] = f.y(r);
    Contour off = ContourBuilder(z, xs, ys, 0.0).build(true);
    m_offArea->setRegion(std::move(off.area), std::move(off.lines));
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
    xAxis->setLabel(m_oneD ? QStringLiteral("x") : QStringLiteral("x\u2081"));
    yAxis->setLabel(m_oneD ? QStringLiteral("y") : QStringLiteral("x\u2082"));

    fillLegend();
}

void InputSpaceView::fillLegend()
{
    legend->clearItems();
    legend->setWrap(m_legendColumns);
    std::vector<QCPAbstractPlottable *> entries;
    if (m_oneD)
        entries = {m_trainTargets, m_testTargets, m_curve, m_kinks};
    else if (m_legendColumns == 3)  // class 0 on the first row, class 1 on the second
        entries = {m_trainClass[0], m_testClass[0], m_decision, m_trainClass[1], m_testClass[1]};
    else  // train and test side by side, the boundary after them
        entries = {m_trainClass[0], m_testClass[0], m_trainClass[1], m_testClass[1], m_decision};
    if (!m_offArea->isEmpty()) entries.push_back(m_offArea);
    for (QCPAbstractPlottable *p : entries)
        p->addToLegend(legend);
}

void InputSpaceView::fitLegendColumns()
{
    // As many columns as the widest entry allows, so large text wraps instead of being cut off.
    const int columns = fittingLegendColumns(legend, width(), 3);
    if (columns == m_legendColumns) return;
    m_legendColumns = columns;
    fillLegend();
}

void InputSpaceView::updateCaption()
{
    const int unit = flatUnit(selectedUnit());
    const QString name =
        QStringLiteral("%1\u00b7%2").arg(selectedUnit().layer + 1).arg(selectedUnit().unit + 1);
    if (unit < 0) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          tr("click a unit to see where it is off")};
    } else if (m_activation == core::HiddenActivation::Maxout) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          tr("maxout unit %1 is never off").arg(name)};
    } else if (core::isSaturating(m_activation)) {
        m_captionParts = {tr("Data and prediction \u2014"),
                          m_activation == core::HiddenActivation::Sigmoid
                              ? tr("sigmoid unit %1 has no off region").arg(name)
                              : tr("tanh unit %1 has no off region").arg(name)};
    } else {
        m_captionParts = {
            tr("Data, prediction"),
            m_activation == core::HiddenActivation::Relu
                ? tr("and where unit %1 is off (z \u2264 0)").arg(name)
                : tr("and where unit %1 is on its leaky side (z \u2264 0)").arg(name)};
        const auto layer = size_t(selectedUnit().layer);
        if (layer < m_states.size() && size_t(selectedUnit().unit) < m_states[layer].size()) {
            const core::UnitState state = m_states[layer][size_t(selectedUnit().unit)];
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
    // Greedy: whole phrases per line, as many as the widget's width holds.
    const QFontMetricsF metrics(m_title->font());
    const double room = std::max(100.0, width() - 16.0);
    // A phrase wider than the plot (large text) breaks between its words.
    QStringList pieces;
    for (const QString &part : std::as_const(m_captionParts)) {
        if (metrics.horizontalAdvance(part) <= room)
            pieces << part;
        else
            pieces << part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QStringList lines;
    for (const QString &part : std::as_const(pieces)) {
        if (!lines.isEmpty() &&
            metrics.horizontalAdvance(lines.back() + QLatin1Char(' ') + part) <= room)
            lines.back() += QLatin1Char(' ') + part;
        else
            lines << part;
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != m_title->text()) m_title->setText(text);
}

void InputSpaceView::updateRanges()
{
    const core::InputBounds b = m_haveField ? m_field.bounds : m_dataBounds;
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

void InputSpaceView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() == Qt::LeftButton && axisRect()->rect().contains(pos.toPoint())) {
        Q_EMIT clicked({xAxis->pixelToCoord(pos.x()), yAxis->pixelToCoord(pos.y())},
                       event->modifiers());
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

core::InputBounds InputSpaceView::viewBounds(const core::InputBounds &b) const
{
    const QRect rect = axisRect()->rect();
    if (m_oneD || rect.width() < 10 || rect.height() < 10) return b;
    const double perPixel = std::max((b.x1 - b.x0) / rect.width(), (b.y1 - b.y0) / rect.height());
    const double cx = 0.5 * (b.x0 + b.x1), cy = 0.5 * (b.y0 + b.y1);
    const double hw = 0.5 * perPixel * rect.width(), hh = 0.5 * perPixel * rect.height();
    return {cx - hw, cx + hw, cy - hh, cy + hh};
}

void InputSpaceView::updateLayout()
{
    wrapCaption();
    fitLegendColumns();
    QCustomPlot::updateLayout();
    if (m_oneD) return;
    // Equal aspect: one unit of x1 as long as one unit of x2, the bounds fitted inside.
    const core::InputBounds b = m_haveField ? m_field.bounds : m_dataBounds;
    const QRect rect = axisRect()->rect();
    if (rect.width() < 10 || rect.height() < 10) return;
    const core::InputBounds v = viewBounds(b);
    const QCPRange x(v.x0, v.x1), y(v.y0, v.y1);
    if (xAxis->range() == x && yAxis->range() == y) return;
    xAxis->setRange(x);
    yAxis->setRange(y);
    QCustomPlot::updateLayout();  // tick labels of the new ranges may change the margins
    if (m_haveField && (x.lower < m_field.bounds.x0 - 1e-9 || x.upper > m_field.bounds.x1 + 1e-9 ||
                        y.lower < m_field.bounds.y0 - 1e-9 || y.upper > m_field.bounds.y1 + 1e-9))
        Q_EMIT viewChanged();
}

}  // namespace relulab::gui
