// Filling the selected unit's off-region into one image.
#include "session/OffPicture.h"

#include <QPainter>
#include <cmath>

namespace relulab::session {

QImage renderOffRegion(const OffCanvas &canvas, const QPainterPath &area)
{
    if (canvas.unit < 0 || canvas.area.isEmpty() || canvas.hatch.isNull()) return {};
    const double dpr = canvas.devicePixelRatio;
    QImage image(static_cast<int>(std::lround(canvas.area.width() * dpr)),
                 static_cast<int>(std::lround(canvas.area.height() * dpr)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    if (area.isEmpty()) return image;
    QPainter p(&image);
    // As the view fills: not anti-aliased (its edge is the dashed boundary line drawn over it), in
    // its logical pixels, the tile anchored at its origin; here moved so that the plot area's
    // corner is the image's.
    p.translate(-QPointF(canvas.area.topLeft()));
    p.setPen(Qt::NoPen);
    p.setBrush(QBrush(canvas.hatch));
    p.drawPath(canvas.dataToPixels.map(area));
    return image;
}

}  // namespace relulab::session
