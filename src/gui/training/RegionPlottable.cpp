// Drawing of regions given in data coordinates under QCustomPlot's linear axes.
#include "gui/training/RegionPlottable.h"

#include "gui/common/ChunkedLineGraph.h"

namespace relulab::gui {

RegionPlottable::RegionPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
}

void RegionPlottable::setRegion(QPainterPath area, QPainterPath lines)
{
    m_area = std::move(area);
    m_lines = std::move(lines);
    m_bands.clear();
    m_bandEdges.clear();
    m_picture = QImage();
}

session::OffCanvas RegionPlottable::canvas(int unit) const
{
    session::OffCanvas c;
    if (unit < 0 || !keyAxis() || !valueAxis() || !parentPlot() || m_hatch.textureImage().isNull())
        return c;
    c.unit = unit;
    // The clip QCPLayer gives a plottable, and the map pixelPaths uses.
    c.area = clipRect().translated(0, -1);
    c.devicePixelRatio = parentPlot()->bufferDevicePixelRatio();
    c.dataToPixels = dataToPixels();
    c.hatch = m_hatch.textureImage();
    return c;
}

void RegionPlottable::setPicture(QImage picture, session::OffCanvas madeFor)
{
    m_picture = std::move(picture);
    m_pictureCanvas = std::move(madeFor);
}

QTransform RegionPlottable::dataToPixels() const
{
    // Linear axes: data -> pixels is an affine map.
    QCPAxis *key = keyAxis();
    QCPAxis *value = valueAxis();
    const double x0 = key->coordToPixel(0.0), y0 = value->coordToPixel(0.0);
    return QTransform(key->coordToPixel(1.0) - x0, 0.0, 0.0, value->coordToPixel(1.0) - y0, x0, y0);
}

void RegionPlottable::setBands(std::vector<std::pair<double, double>> bands,
                               std::vector<double> edges)
{
    m_area = QPainterPath();
    m_lines = QPainterPath();
    m_bands = std::move(bands);
    m_bandEdges = std::move(edges);
}

QPainterPath RegionPlottable::area() const
{
    if (m_bands.empty()) return m_area;
    QPainterPath path;
    for (auto [a, b] : m_bands)
        path.addRect(QRectF(QPointF(a, 0.0), QPointF(b, 1.0)));
    return path;
}

QCPRange RegionPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = false;
    return {};
}

QCPRange RegionPlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = false;
    return {};
}

std::pair<QPainterPath, QPainterPath> RegionPlottable::pixelPaths() const
{
    QCPAxis *key = keyAxis();
    QPainterPath area, lines;
    if (m_bands.empty()) {
        const QTransform t = dataToPixels();
        return {t.map(m_area), t.map(m_lines)};
    }
    const QRectF rect = clipRect();
    for (auto [a, b] : m_bands) {
        area.addRect(QRectF(QPointF(key->coordToPixel(a), rect.top()),
                            QPointF(key->coordToPixel(b), rect.bottom()))
                         .normalized());
    }
    for (double e : m_bandEdges) {
        lines.moveTo(key->coordToPixel(e), rect.top());
        lines.lineTo(key->coordToPixel(e), rect.bottom());
    }
    return {area, lines};
}

void RegionPlottable::draw(QCPPainter *painter)
{
    if (!keyAxis() || !valueAxis()) return;
    const auto [area, lines] = pixelPaths();
    // The worker's fill of this area, while the axes, plot area and hatching are as it was made
    // for: the same pixels as the fill below.
    const bool pictured = !m_picture.isNull() && m_bands.empty() &&
                          painter->paintEngine()->type() == QPaintEngine::Raster &&
                          m_pictureCanvas == canvas(m_pictureCanvas.unit);
    // The fill is never anti-aliased (whatever the plot's overrides): the edge is the boundary
    // line drawn over it, and an anti-aliased fill costs several times as much. The picture then
    // lands at whole pixels (QCPPainter shifts an anti-aliased painter by half a pixel).
    painter->setAntialiasing(false);
    if (pictured) {
        painter->drawImage(QPointF(m_pictureCanvas.area.topLeft()), m_picture);
        ++m_picturesDrawn;
    } else if (!area.isEmpty()) {
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
        // Contours are long polylines: in runs on screen and in pictures, one path in vector
        // exports (strokesInRuns tells them apart by the paint engine).
        strokeLinesInRuns(*painter, lines);
    }
}

void RegionPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
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

}  // namespace relulab::gui
