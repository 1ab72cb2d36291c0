// A colour map whose picture comes ready-made with the snapshot's analysis.
#include "gui/training/FieldColorMap.h"

#include <cmath>

namespace relulab::gui {

FieldColorMap::FieldColorMap(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPColorMap(keyAxis, valueAxis)
{
}

void FieldColorMap::setField(const QImage &image, const QImage &pixels)
{
    m_image = image;
    m_pixels = pixels;
    mMapImageInvalidated = true;
}

void FieldColorMap::draw(QCPPainter *painter)
{
    // The cell centres at the edges (tight boundary) span exactly the data's ranges.
    const QCPRange keys = data()->keyRange(), values = data()->valueRange();
    const QRectF target =
        QRectF(
            QPointF(keyAxis()->coordToPixel(keys.lower), valueAxis()->coordToPixel(values.upper)),
            QPointF(keyAxis()->coordToPixel(keys.upper), valueAxis()->coordToPixel(values.lower)))
            .normalized();
    const QSizeF size = QSizeF(m_pixels.size()) / m_pixels.devicePixelRatio();
    const bool fits = !m_pixels.isNull() && std::abs(target.width() - size.width()) < 1.0 &&
                      std::abs(target.height() - size.height()) < 1.0 &&
                      !painter->modes().testFlag(QCPPainter::pmVectorized);
    if (!fits) {
        QCPColorMap::draw(painter);
        return;
    }
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    painter->drawImage(target.topLeft().toPoint(), m_pixels);
    painter->restore();
}

void FieldColorMap::updateMapImage()
{
    // The analysis's picture fits the data it came with; anything else is coloured as usual.
    if (m_image.isNull() || m_image.width() != data()->keySize() ||
        m_image.height() != data()->valueSize()) {
        QCPColorMap::updateMapImage();
        return;
    }
    mMapImage = m_image;
    mMapImageInvalidated = false;
}

}  // namespace relulab::gui
