// Painting of the network diagram: the picture a snapshot's analysis describes.
#include "gui/training/DiagramPainter.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "gui/style/ColourMix.h"
#include "gui/style/Hatching.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/TrainingColours.h"

namespace relulab::gui {

namespace {

using namespace trainingColours;

// Okabe-Ito's reddish purple, darkened until it reads against white as a border and badge.
const QColor kStarved = okabeIto::kReddishPurple.darker(150);
const QColor kSilentLink{0x80, 0x80, 0x80};
constexpr double kSilentLinkAlpha = 50.0 / 255.0;
constexpr double kMinLinkStrength = 0.04;  // fainter links are invisible and only cost time
constexpr double kBadgeShare = 0.42;       // a state badge's side, of the unit's
constexpr double kBadgeMax = 16.0;         // and at most this at scale 1
constexpr double kMinBadgedUnit = 18.0;
constexpr double kSmallUnitShade = 0.6;  // a plain active square: this far along the "on" ramp

void drawCross(QPainter &p, const QRectF &r, double width)
{
    const double inset = r.width() * 0.18;
    const QRectF c = r.adjusted(inset, inset, -inset, -inset);
    // A white halo keeps the cross readable over the dark blue of a thumbnail.
    p.setPen(QPen(Qt::white, width * 2.0, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c.topLeft(), c.bottomRight());
    p.drawLine(c.topRight(), c.bottomLeft());
    p.setPen(QPen(okabeIto::kVermillion, width, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c.topLeft(), c.bottomRight());
    p.drawLine(c.topRight(), c.bottomLeft());
}

// "No gradient reaches it": a white disc with a ring and a slash (the no-entry sign), the badge of
// a starved unit, in the corner of its square.
void drawStarvedBadge(QPainter &p, const QRectF &badge, double width)
{
    p.save();
    p.setBrush(Qt::white);
    p.setPen(QPen(kStarved, width));
    p.drawEllipse(badge);
    const double inset = badge.width() * 0.22;
    const QRectF c = badge.adjusted(inset, inset, -inset, -inset);
    p.drawLine(c.bottomLeft(), c.topRight());
    p.restore();
}

}  // namespace

DiagramPainter::DiagramPainter(QPainter &painter, const DiagramLayout &layout,
                               const DiagramLook &look)
    : m_p(painter), m_layout(layout), m_look(look)
{
}

QColor DiagramPainter::activeBorder() const
{
    return trainingColours::activeBorder(m_look.highContrast);
}

QColor DiagramPainter::inactiveBorder() const
{
    return trainingColours::inactiveBorder(m_look.highContrast);
}

session::LinkCanvas diagramLinkCanvas(const DiagramLayout &layout, const DiagramLook &look,
                                      QSize size, double devicePixelRatio)
{
    session::LinkCanvas canvas;
    canvas.size = size;
    canvas.devicePixelRatio = devicePixelRatio;
    canvas.minStrength = kMinLinkStrength;
    // Links leave the inputs' nodes and the units' right sides, and enter the units' left sides
    // and the output's node.
    const auto &units = layout.unitRects;
    const double r = layout.nodeRadius;
    std::vector<QPointF> inputs;
    for (const QPointF &c : layout.inputCenters)
        inputs.push_back(c + QPointF(r, 0));
    canvas.starts.push_back(std::move(inputs));
    for (size_t l = 0; l < units.size(); ++l) {
        std::vector<QPointF> in, out;
        for (const QRectF &u : units[l]) {
            in.emplace_back(u.left(), u.center().y());
            out.emplace_back(u.right(), u.center().y());
        }
        canvas.ends.push_back(std::move(in));
        canvas.starts.push_back(std::move(out));
    }
    canvas.ends.push_back({layout.outputCenter - QPointF(r, 0)});

    // Opaque colours, mixed with the background here and painted with CompositionMode_Source:
    // the same picture as translucent links painted over the background (anti-aliased edges still
    // blend), but Qt's raster engine then fills the spans in the painting thread. Translucent
    // fills of more than ~100 spans (every link longer than ~50 pixels) are split across Qt's
    // GUI thread pool and waited for: thousands of hand-offs made a redraw of a 2-16-16-16-1 net
    // take ~60 ms. Where links cross, the later (stronger) one lies on top.
    const double s = look.scale;
    canvas.silent = {mixColours(look.base, kSilentLink, kSilentLinkAlpha), 0.8 * s, Qt::DotLine,
                     Qt::SquareCap};
    size_t mostLinks = 1;
    for (size_t g = 0; g < canvas.starts.size(); ++g)
        mostLinks = std::max(mostLinks, canvas.starts[g].size() * canvas.ends[g].size());
    const double thickness = std::clamp(layout.unitSize / (40.0 * s), 0.3, 1.0) * s;
    const double opacity = std::clamp(std::sqrt(64.0 / static_cast<double>(mostLinks)), 0.3, 1.0);
    for (int level = 0; level < session::kLinkLevels; ++level) {
        const double t = (level + 0.5) / session::kLinkLevels;
        for (size_t sign = 0; sign < 2; ++sign) {
            const QColor colour =
                mixColours(look.base, sign == 0 ? okabeIto::kBlue : okabeIto::kVermillion,
                           (45 + 190 * t) * opacity / 255.0);
            canvas.pens[sign][static_cast<size_t>(level)] = {
                colour, std::max(0.5, (0.5 + 3.5 * t) * thickness), Qt::SolidLine, Qt::FlatCap};
        }
    }
    return canvas;
}

void DiagramPainter::drawLinks(const QImage &picture)
{
    m_p.drawImage(QPointF(0.0, 0.0), picture);
}

void DiagramPainter::drawNodeLabels(int inputs)
{
    m_p.setFont(m_look.nodeFont);
    const double r = m_layout.nodeRadius;
    const double s = m_look.scale;
    m_p.setPen(m_look.text);
    for (int i = 0; i < inputs && i < static_cast<int>(m_layout.inputCenters.size()); ++i) {
        const QPointF c = m_layout.inputCenters[static_cast<size_t>(i)];
        const QString label = inputs == 1 ? QStringLiteral("x")
                              : i == 0    ? QStringLiteral("x₁")
                                          : QStringLiteral("x₂");
        m_p.drawText(QRectF(c.x() - r - 200, c.y() - 50, 200 - 4 * s, 100),
                     Qt::AlignRight | Qt::AlignVCenter, label);
    }
    const QPointF out = m_layout.outputCenter;
    m_p.drawText(QRectF(out.x() + r + 4 * s, out.y() - 50, 200, 100),
                 Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("ŷ"));
}

std::vector<NodeSprite> DiagramPainter::nodeSprites(int inputs, double devicePixelRatio) const
{
    std::vector<QPointF> centres;
    for (int i = 0; i < inputs && i < static_cast<int>(m_layout.inputCenters.size()); ++i)
        centres.push_back(m_layout.inputCenters[static_cast<size_t>(i)]);
    centres.push_back(m_layout.outputCenter);
    // The circle and its rim, with a pixel of room for the anti-aliased edge.
    const double r = m_layout.nodeRadius;
    const double half = r + 1.5 * m_look.scale + 1.0;
    const int side = static_cast<int>(std::ceil(2.0 * half * devicePixelRatio)) + 1;
    std::vector<NodeSprite> sprites;
    for (const QPointF &centre : centres) {
        // At whole device pixels (where the raster engine puts a pixmap), the circle inside it at
        // the centre's exact offset: the same pixels as the circle drawn in place.
        const QPointF corner(std::floor((centre.x() - half) * devicePixelRatio) / devicePixelRatio,
                             std::floor((centre.y() - half) * devicePixelRatio) / devicePixelRatio);
        NodeSprite sprite{corner, QPixmap(side, side)};
        sprite.pixmap.setDevicePixelRatio(devicePixelRatio);
        sprite.pixmap.fill(Qt::transparent);
        QPainter p(&sprite.pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(activeBorder(), 1.5 * m_look.scale));
        p.setBrush(Qt::white);
        p.drawEllipse(centre - corner, r, r);
        p.end();
        sprites.push_back(std::move(sprite));
    }
    return sprites;
}

void DiagramPainter::drawNodes(const std::vector<NodeSprite> &sprites)
{
    for (const NodeSprite &sprite : sprites)
        m_p.drawPixmap(sprite.corner, sprite.pixmap);
}

void DiagramPainter::drawUnit(const QRectF &r, core::UnitState state, const QImage *thumbnail,
                              const QString &share)
{
    const double s = m_look.scale;
    if (thumbnail && !thumbnail->isNull()) {
        m_p.drawImage(r, *thumbnail);
    } else if (state == core::UnitState::Active) {
        // Too small for a picture (or no field): the state alone, in the same visual language.
        m_p.fillRect(r, mixColours(kOnLight, okabeIto::kBlue, kSmallUnitShade));
    } else {
        m_p.fillRect(r, hatchBrush(kOffFill, kHatch, std::max(0.8, 0.8 * s)));
    }
    m_p.setBrush(Qt::NoBrush);
    switch (state) {
        case core::UnitState::Active:
            m_p.setPen(QPen(activeBorder(), 1.0 * s));
            m_p.drawRect(r);
            break;
        case core::UnitState::Inactive:
            drawInactiveMark(r);
            break;
        case core::UnitState::Starved:
            drawStarvedMark(r);
            break;
        case core::UnitState::Dead:
            drawDeadMark(r);
            break;
    }
    if (!m_layout.showPercent || share.isEmpty()) return;
    m_p.setFont(m_look.percentFont);
    m_p.setPen(m_look.text);
    m_p.drawText(QRectF(r.left() - r.width(), r.bottom() + diagramLayout::percentOffset(s),
                        3 * r.width(), 100),
                 Qt::AlignHCenter | Qt::AlignTop, share);
}

void DiagramPainter::drawInactiveMark(const QRectF &r)
{
    const double s = m_look.scale;
    m_p.setPen(QPen(inactiveBorder(), 1.6 * s, Qt::DashLine));
    m_p.drawRect(r);
    if (r.width() < kMinBadgedUnit) return;
    // "~": alive but quiet; a mark of its own besides the dashes.
    const double d = std::min(r.width() * kBadgeShare, kBadgeMax * s);
    const QRectF badge(r.right() - d - 2 * s, r.top() + 2 * s, d, d);
    m_p.setPen(QPen(inactiveBorder(), 1.0 * s));
    m_p.setBrush(Qt::white);
    m_p.drawEllipse(badge);
    QFont f = m_look.badgeFont;
    f.setPixelSize(std::max(6, static_cast<int>(d * 0.9)));
    m_p.setFont(f);
    m_p.setPen(activeBorder());
    m_p.drawText(badge, Qt::AlignCenter, QStringLiteral("~"));
    m_p.setBrush(Qt::NoBrush);
}

void DiagramPainter::drawStarvedMark(const QRectF &r)
{
    const double s = m_look.scale;
    // Dotted, not dashed (inactive) or solid (dead), and a badge of its own: the state reads
    // without its colour.
    const double border = std::max(2.0, std::min(3.0 * s, r.width() * 0.12));
    const QRectF inset = r.adjusted(border / 2, border / 2, -border / 2, -border / 2);
    // Dense purple dots on a white band: visible over the dark blue of a thumbnail.
    m_p.setPen(QPen(Qt::white, border, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    m_p.drawRect(inset);
    QPen dots(kStarved, border, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    dots.setDashPattern({1.0, 1.0});
    m_p.setPen(dots);
    m_p.drawRect(inset);
    if (r.width() < kMinBadgedUnit) return;
    const double d = std::min(r.width() * kBadgeShare, kBadgeMax * s);
    drawStarvedBadge(m_p, QRectF(r.right() - d - 2 * s, r.top() + 2 * s, d, d),
                     std::max(1.0, 1.4 * s));
}

void DiagramPainter::drawDeadMark(const QRectF &r)
{
    const double s = m_look.scale;
    const double border = std::max(2.0, std::min(3.0 * s, r.width() * 0.12));
    drawCross(m_p, r, std::max(1.5, std::min(3.0 * s, r.width() * 0.1)));
    // The border lies inside the square so that neighbours never touch it.
    m_p.setPen(QPen(okabeIto::kVermillion, border, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    m_p.drawRect(r.adjusted(border / 2, border / 2, -border / 2, -border / 2));
}

void DiagramPainter::drawLegend()
{
    m_p.setFont(m_look.legendFont);
    for (const DiagramLegendItem &item : m_layout.legend) {
        drawLegendSwatch(item);
        m_p.setPen(m_look.text);
        m_p.drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, item.text);
    }
}

void DiagramPainter::drawLegendSwatch(const DiagramLegendItem &item)
{
    const double sc = m_look.scale;
    const QRectF s = item.swatch;
    switch (item.kind) {
        case DiagramLegendItem::Dead:
            m_p.fillRect(s, Qt::white);
            drawCross(m_p, s.adjusted(-1, -1, 1, 1), 1.8 * sc);
            m_p.setPen(QPen(okabeIto::kVermillion, 2.0 * sc));
            m_p.drawRect(s.adjusted(1, 1, -1, -1));
            break;
        case DiagramLegendItem::Starved: {
            m_p.fillRect(s, Qt::white);
            QPen dots(kStarved, 2.0 * sc, Qt::CustomDashLine, Qt::FlatCap);
            dots.setDashPattern({1.0, 1.0});
            m_p.setPen(dots);
            m_p.drawRect(s.adjusted(1, 1, -1, -1));
            const double d = s.width() * 0.6;
            drawStarvedBadge(m_p, QRectF(s.center().x() - d / 2, s.center().y() - d / 2, d, d),
                             std::max(1.0, 1.2 * sc));
            break;
        }
        case DiagramLegendItem::Inactive:
            m_p.fillRect(s, Qt::white);
            m_p.setPen(QPen(inactiveBorder(), 1.6 * sc, Qt::DashLine));
            m_p.drawRect(s.adjusted(1, 1, -1, -1));
            m_p.setPen(activeBorder());
            m_p.drawText(s, Qt::AlignCenter, QStringLiteral("~"));
            break;
        case DiagramLegendItem::Off:
            m_p.fillRect(s, m_look.hasOffSide ? hatchBrush(kOffFill, kHatch, std::max(1.0, sc))
                                              : QBrush(kOffFill));
            m_p.setPen(QPen(activeBorder(), 1.0 * sc));
            m_p.drawRect(s);
            break;
        case DiagramLegendItem::On: {
            QLinearGradient g(s.topLeft(), s.topRight());
            g.setColorAt(0, kOnLight);
            g.setColorAt(1, okabeIto::kBlue);
            m_p.fillRect(s, g);
            m_p.setPen(QPen(activeBorder(), 1.0 * sc));
            m_p.drawRect(s);
            break;
        }
        case DiagramLegendItem::Links:
            m_p.setPen(QPen(okabeIto::kBlue, 3.0 * sc, Qt::SolidLine, Qt::FlatCap));
            m_p.drawLine(QPointF(s.left(), s.top() + s.height() * 0.3),
                         QPointF(s.right(), s.top() + s.height() * 0.3));
            m_p.setPen(QPen(okabeIto::kVermillion, 1.5 * sc, Qt::SolidLine, Qt::FlatCap));
            m_p.drawLine(QPointF(s.left(), s.top() + s.height() * 0.75),
                         QPointF(s.right(), s.top() + s.height() * 0.75));
            break;
    }
}

void DiagramPainter::drawCount(const QString &count, bool alarming)
{
    QFont bold = m_look.legendFont;
    bold.setBold(true);
    m_p.setFont(bold);
    m_p.setPen(alarming ? okabeIto::kVermillion : m_look.text);
    const QRectF &c = m_layout.countRect;
    m_p.drawText(QRectF(c.left(), c.top(), 10000, c.height()), Qt::AlignLeft | Qt::AlignVCenter,
                 count);
}

}  // namespace relulab::gui
