// Drawing the network diagram's links into one image.
#include "session/LinkPicture.h"

#include <QLineF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace relulab::session {

namespace {

bool fits(const LinkCanvas &canvas, const std::vector<std::vector<core::Link>> &links,
          const std::vector<std::vector<core::UnitState>> &states)
{
    if (canvas.starts.size() != links.size() || canvas.ends.size() != links.size()) return false;
    if (states.size() + 1 < links.size()) return false;
    for (size_t g = 0; g < links.size(); ++g) {
        for (const core::Link &link : links[g]) {
            if (link.from < 0 || link.to < 0 ||
                static_cast<size_t>(link.from) >= canvas.starts[g].size() ||
                static_cast<size_t>(link.to) >= canvas.ends[g].size())
                return false;
            if (g > 0 && static_cast<size_t>(link.from) >= states[g - 1].size()) return false;
        }
    }
    return true;
}

}  // namespace

QImage renderLinks(const LinkCanvas &canvas, const std::vector<std::vector<core::Link>> &links,
                   const std::vector<std::vector<core::UnitState>> &states)
{
    if (canvas.size.isEmpty() || !fits(canvas, links, states)) return {};
    std::array<std::array<std::vector<QLineF>, kLinkLevels>, 2> buckets;
    std::vector<QLineF> silent;
    for (size_t g = 0; g < links.size(); ++g) {
        for (const core::Link &link : links[g]) {
            if (link.strength < canvas.minStrength) continue;
            const QLineF line(canvas.starts[g][static_cast<size_t>(link.from)],
                              canvas.ends[g][static_cast<size_t>(link.to)]);
            if (g > 0 && states[g - 1][static_cast<size_t>(link.from)] == core::UnitState::Dead) {
                silent.push_back(line);
                continue;
            }
            const int level =
                std::clamp(static_cast<int>(link.strength * kLinkLevels), 0, kLinkLevels - 1);
            buckets[link.positive ? 0 : 1][static_cast<size_t>(level)].push_back(line);
        }
    }
    const double dpr = canvas.devicePixelRatio;
    QImage image((QSizeF(canvas.size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    const auto draw = [&p](const LinkPen &pen, const std::vector<QLineF> &lines) {
        if (lines.empty()) return;
        p.setPen(QPen(pen.colour, pen.width, pen.style, pen.cap));
        p.drawLines(lines.data(), static_cast<int>(lines.size()));
    };
    draw(canvas.silent, silent);
    for (int level = 0; level < kLinkLevels; ++level)
        for (size_t sign = 0; sign < 2; ++sign)
            draw(canvas.pens[sign][static_cast<size_t>(level)],
                 buckets[sign][static_cast<size_t>(level)]);
    return image;
}

}  // namespace relulab::session
