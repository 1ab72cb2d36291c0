// Sampling the pinned curves with exact kinks and styling them as ghosts.
#include "gui/explorer/PinnedGhosts.h"

#include <algorithm>
#include <cmath>

#include "core/CurveSampling.h"
#include "gui/common/GraphData.h"
#include "gui/style/PlotStyle.h"

namespace relulab::gui {

namespace {

const QString kPinLayer = QStringLiteral("pins");

void widen(const std::vector<double> &values, double &lo, double &hi, bool &any)
{
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    }
}

}  // namespace

PinnedGhosts::PinnedGhosts(QCustomPlot *plot, QCPAxisRect *valueRect, QCPAxisRect *derivativeRect,
                           const session::ExplorerState *state)
    : m_state(state)
{
    if (!plot->layer(kPinLayer))
        plot->addLayer(kPinLayer, plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    const auto graphIn = [](QCPAxisRect *rect) {
        auto *g = new QCPGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setAdaptiveSampling(false);  // it would turn the derivative's jump into a ramp
        g->setLayer(kPinLayer);
        g->setVisible(false);
        return g;
    };
    for (Ghost &ghost : m_ghosts) {
        ghost.value = graphIn(valueRect);
        ghost.derivative = graphIn(derivativeRect);
    }
}

QString PinnedGhosts::legendName(const session::PinnedCurve &pin)
{
    return QObject::tr("pinned: %1").arg(pin.label);
}

QPen PinnedGhosts::ghostPen(session::FunctionId id, double scale)
{
    QPen pen = functionPen(id, 2.0 * scale);
    QColor color = pen.color();
    color.setAlpha(140);
    pen.setColor(color);
    return pen;
}

void PinnedGhosts::rebuild()
{
    const auto &pins = m_state->pinned();
    m_count = static_cast<int>(std::min(pins.size(), m_ghosts.size()));
    for (size_t i = 0; i < m_ghosts.size(); ++i) {
        Ghost &ghost = m_ghosts[i];
        const bool used = static_cast<int>(i) < m_count;
        ghost.value->setVisible(used);
        ghost.derivative->setVisible(used);
        if (!used) {
            ghost.value->data()->clear();
            ghost.derivative->data()->clear();
            continue;
        }
        const session::PinnedCurve &pin = pins[i];
        const core::SampledCurve c =
            core::sampleWithKinks(pin.activation(), m_state->lo(), m_state->hi(),
                                  m_state->samples(), m_state->convention());
        ghost.value->data()->set(toGraphData(c.z, c.value), true);
        ghost.derivative->data()->set(toGraphData(c.derivativeZ, c.derivative), true);
        ghost.value->setName(legendName(pin));
        ghost.value->setPen(ghostPen(pin.function, m_scale));
        ghost.derivative->setPen(ghostPen(pin.function, m_scale));
        bool anyValue = false, anyDerivative = false;
        widen(c.value, ghost.valueLo, ghost.valueHi, anyValue);
        widen(c.derivative, ghost.derivLo, ghost.derivHi, anyDerivative);
        ghost.hasValues = anyValue && anyDerivative;
    }
}

void PinnedGhosts::applyStyles(double scale)
{
    m_scale = scale;
    const auto &pins = m_state->pinned();
    for (int i = 0; i < m_count; ++i) {
        const QPen pen = ghostPen(pins[static_cast<size_t>(i)].function, scale);
        m_ghosts[static_cast<size_t>(i)].value->setPen(pen);
        m_ghosts[static_cast<size_t>(i)].derivative->setPen(pen);
    }
}

void PinnedGhosts::addToLegend(QCPLegend *legend, const QFont &font) const
{
    QFont italic = font;
    italic.setItalic(true);
    for (int i = 0; i < m_count; ++i) {
        QCPGraph *graph = m_ghosts[static_cast<size_t>(i)].value;
        graph->addToLegend(legend);
        if (QCPPlottableLegendItem *item = legend->itemWithPlottable(graph)) {
            item->setFont(italic);
            item->setTextColor(kAxisColor);
        }
    }
}

void PinnedGhosts::extendRanges(double &valueLo, double &valueHi, double &derivLo,
                                double &derivHi) const
{
    for (int i = 0; i < m_count; ++i) {
        const Ghost &g = m_ghosts[static_cast<size_t>(i)];
        if (!g.hasValues) continue;
        valueLo = std::min(valueLo, g.valueLo);
        valueHi = std::max(valueHi, g.valueHi);
        derivLo = std::min(derivLo, g.derivLo);
        derivHi = std::max(derivHi, g.derivHi);
    }
}

QCPGraph *PinnedGhosts::valueGraph(int pin) const
{
    return pin >= 0 && pin < m_count ? m_ghosts[static_cast<size_t>(pin)].value : nullptr;
}

QCPGraph *PinnedGhosts::derivativeGraph(int pin) const
{
    return pin >= 0 && pin < m_count ? m_ghosts[static_cast<size_t>(pin)].derivative : nullptr;
}

int PinnedGhosts::pinAtLegend(const QCPLegend *legend, const QPointF &pixel) const
{
    if (!legend->visible()) return -1;
    for (int i = 0; i < m_count; ++i) {
        const QCPPlottableLegendItem *item =
            legend->itemWithPlottable(m_ghosts[static_cast<size_t>(i)].value);
        if (item && item->outerRect().contains(pixel.toPoint())) return i;
    }
    return -1;
}

}  // namespace relulab::gui
