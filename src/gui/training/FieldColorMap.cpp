// A colour map whose picture comes ready-made with the snapshot's analysis.
#include "gui/training/FieldColorMap.h"

namespace relulab::gui {

FieldColorMap::FieldColorMap(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPColorMap(keyAxis, valueAxis)
{
}

void FieldColorMap::setField(const QImage &image)
{
    m_image = image;
    mMapImageInvalidated = true;
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
