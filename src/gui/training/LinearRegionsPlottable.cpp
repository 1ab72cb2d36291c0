#include "gui/training/LinearRegionsPlottable.h"

#include <vector>

namespace relulab::gui {

namespace {

// Light tints of a qualitative palette (Paul Tol's "light" scheme: told apart by colour-blind
// readers, and light enough for the examples' markers on top).
const std::array<QColor, session::kRegionColours> kFills = {
    QColor(0x77, 0xAA, 0xDD), QColor(0xEE, 0x88, 0x66), QColor(0xEE, 0xDD, 0x88),
    QColor(0xFF, 0xAA, 0xBB), QColor(0x99, 0xDD, 0xFF), QColor(0x44, 0xBB, 0x99),
    QColor(0xBB, 0xCC, 0x33), QColor(0xDD, 0xDD, 0xDD)};
constexpr int kFillAlpha = 150;
const QColor kBoundary{0x30, 0x30, 0x30, 150};
const QColor kBentLine{0x00, 0x00, 0x00};

}  // namespace

LinearRegionsPlottable::LinearRegionsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setAntialiasedFill(false);  // neighbours meet without a pale seam
}

QColor LinearRegionsPlottable::fill(int colour)
{
    QColor c = kFills[static_cast<size_t>(colour) % kFills.size()];
    c.setAlpha(kFillAlpha);
    return c;
}

void LinearRegionsPlottable::setRegions(std::shared_ptr<const session::SnapshotAnalysis> analysis)
{
    m_analysis = std::move(analysis);
}

void LinearRegionsPlottable::setHighlightedUnit(int layer, int unit)
{
    m_layer = layer;
    m_unit = unit;
}

bool LinearRegionsPlottable::hasRegions() const
{
    return m_analysis && m_analysis->regions.detailed &&
           m_analysis->regionColours.size() == m_analysis->regions.count &&
           m_analysis->regions.count > 0;
}

QCPRange LinearRegionsPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = hasRegions();
    return foundRange ? QCPRange(m_analysis->regions.box.x0, m_analysis->regions.box.x1)
                      : QCPRange();
}

QCPRange LinearRegionsPlottable::getValueRange(bool &foundRange, QCP::SignDomain,
                                               const QCPRange &) const
{
    foundRange = false;
    return {};
}

void LinearRegionsPlottable::draw(QCPPainter *painter)
{
    m_highlightedEdges = 0;
    if (!hasRegions()) return;
    const core::LinearRegions &r = m_analysis->regions;
    const auto &colours = m_analysis->regionColours;
    const auto pixel = [this](const core::Point2 &p) {
        return QPointF(mKeyAxis->coordToPixel(p.x), mValueAxis->coordToPixel(p.y));
    };
    painter->setPen(Qt::NoPen);
    std::vector<QLineF> boundaries, bent;
    if (r.inputs == 1) {
        // Intervals: bands over the whole height, their inner ends as lines.
        const QCPRange y = mValueAxis->range();
        for (size_t k = 0; k < r.count; ++k) {
            const auto p = r.polygon(k);
            const QPointF a(mKeyAxis->coordToPixel(p[0].x), mValueAxis->coordToPixel(y.upper));
            const QPointF b(mKeyAxis->coordToPixel(p[1].x), mValueAxis->coordToPixel(y.lower));
            painter->setBrush(fill(colours[k]));
            painter->drawRect(QRectF(a, b).normalized());
            const auto ends = r.edges(k);
            for (size_t e = 0; e < 2; ++e) {
                if (ends[e].isBoxEdge()) continue;
                const QLineF line(a.x() + (e ? b.x() - a.x() : 0.0), a.y(),
                                  a.x() + (e ? b.x() - a.x() : 0.0), b.y());
                (ends[e].layer == m_layer && ends[e].unit == m_unit ? bent : boundaries)
                    .push_back(line);
            }
        }
    } else {
        QPolygonF polygon;
        for (size_t k = 0; k < r.count; ++k) {
            const auto p = r.polygon(k);
            const auto edges = r.edges(k);
            polygon.clear();
            for (const core::Point2 &v : p)
                polygon << pixel(v);
            painter->setBrush(fill(colours[k]));
            painter->drawPolygon(polygon);
            for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
                const auto &edge = edges[static_cast<size_t>(i)];
                if (edge.isBoxEdge()) continue;
                const QLineF line(polygon[i], polygon[i + 1 == n ? 0 : i + 1]);
                (edge.layer == m_layer && edge.unit == m_unit ? bent : boundaries).push_back(line);
            }
        }
    }
    const double s = pen().widthF() > 0 ? pen().widthF() : 1.0;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(kBoundary, 0.8 * s));
    painter->drawLines(boundaries.data(), static_cast<int>(boundaries.size()));
    m_highlightedEdges = static_cast<int>(bent.size());
    painter->setPen(QPen(Qt::white, 5.0 * s, Qt::SolidLine, Qt::RoundCap));
    painter->drawLines(bent.data(), static_cast<int>(bent.size()));
    painter->setPen(QPen(kBentLine, 2.6 * s, Qt::SolidLine, Qt::RoundCap));
    painter->drawLines(bent.data(), static_cast<int>(bent.size()));
}

void LinearRegionsPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    // Three tints side by side, a boundary between them.
    const double w = rect.width() / 3.0;
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i) {
        painter->setBrush(fill(i));
        painter->drawRect(QRectF(rect.left() + i * w, rect.top(), w, rect.height()));
    }
    painter->setPen(QPen(kBoundary, 1.0));
    painter->drawLine(QLineF(rect.left() + w, rect.top(), rect.left() + w, rect.bottom()));
    painter->drawLine(QLineF(rect.left() + 2 * w, rect.top(), rect.left() + 2 * w, rect.bottom()));
}

}  // namespace relulab::gui
