#include "gui/training/DiagramProbe.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

#include "gui/style/ColourMix.h"
#include "gui/style/PlotStyle.h"
#include "gui/training/DiagramPainter.h"

namespace relulab::gui {

namespace {

constexpr int kFadeAlpha = 170;            // of the background over the whole picture
constexpr double kMinLabelledUnit = 22.0;  // smaller units have no room for their z beside them
const QColor kOnBorder = okabeIto::kBluishGreen;
const QColor kOffBorder{0x90, 0x90, 0x90};

QPointF linkStart(const DiagramLayout &layout, int gap, int from)
{
    if (gap == 0)
        return layout.inputCenters[static_cast<size_t>(from)] + QPointF(layout.nodeRadius, 0);
    const QRectF &r = layout.unitRects[static_cast<size_t>(gap - 1)][static_cast<size_t>(from)];
    return {r.right(), r.center().y()};
}

QPointF linkEnd(const DiagramLayout &layout, int gap, int to)
{
    if (gap == static_cast<int>(layout.unitRects.size()))
        return layout.outputCenter - QPointF(layout.nodeRadius, 0);
    const QRectF &r = layout.unitRects[static_cast<size_t>(gap)][static_cast<size_t>(to)];
    return {r.left(), r.center().y()};
}

void drawLinks(QPainter &p, const DiagramLayout &layout, double scale, const core::ProbePath &path)
{
    const int gaps = std::min(static_cast<int>(path.contributions.size()),
                              static_cast<int>(layout.unitRects.size()) + 1);
    for (int g = 0; g < gaps; ++g) {
        const auto &c = path.contributions[static_cast<size_t>(g)];
        const auto &carries = path.carries[static_cast<size_t>(g)];
        const int sources = g == 0 ? static_cast<int>(layout.inputCenters.size())
                                   : static_cast<int>(layout.unitRects[size_t(g - 1)].size());
        if (sources == 0 || c.size() % static_cast<size_t>(sources) != 0) continue;
        double largest = 0.0;
        for (size_t i = 0; i < c.size(); ++i)
            if (carries[i]) largest = std::max(largest, std::abs(c[i]));
        if (!(largest > 0.0)) continue;
        for (size_t i = 0; i < c.size(); ++i) {
            if (!carries[i]) continue;
            const int to = static_cast<int>(i) / sources, from = static_cast<int>(i) % sources;
            const double share = std::abs(c[i]) / largest;
            p.setPen(QPen(c[i] >= 0 ? okabeIto::kBlue : okabeIto::kVermillion,
                          (0.8 + 3.4 * share) * scale, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(linkStart(layout, g, from), linkEnd(layout, g, to));
        }
    }
}

void drawMark(QPainter &p, const QRectF &r, const DiagramProbe &probe, double scale)
{
    if (!probe.onThumbnail) return;
    const double x = r.left() + probe.onThumbnail->x() * r.width();
    if (probe.oneD) {
        p.setPen(QPen(Qt::white, 3.0 * scale));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        p.setPen(QPen(Qt::black, 1.4 * scale));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        return;
    }
    const QPointF at(x, r.top() + probe.onThumbnail->y() * r.height());
    const double radius = std::clamp(r.width() * 0.09, 2.5 * scale, 6.0 * scale);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 3.0 * scale));
    p.drawEllipse(at, radius, radius);
    p.setPen(QPen(Qt::black, 1.5 * scale));
    p.drawEllipse(at, radius, radius);
}

// Text on an opaque box, so that it reads over the faded links.
void drawLabel(QPainter &p, const QRectF &box, Qt::Alignment align, const QString &text,
               const DiagramLook &look)
{
    const QRectF used = p.boundingRect(box, static_cast<int>(align), text);
    p.fillRect(used.adjusted(-2, 0, 2, 0), look.base);
    p.setPen(look.text);
    p.drawText(box, static_cast<int>(align), text);
}

}  // namespace

QString probeNumber(double value)
{
    if (value == 0.0) return QStringLiteral("0");  // exactly 0: the kink
    const double a = std::abs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 0.01 ? 2 : 3;
    const QString text = QLocale().toString(value, 'f', decimals);
    // A tiny nonzero value must not read as the kink's exact 0.
    if (QLocale().toDouble(text) == 0.0) return QLocale().toString(value, 'g', 2);
    return text;
}

void drawDiagramProbe(QPainter &p, const DiagramLayout &layout, const DiagramLook &look,
                      const DiagramProbe &probe, const std::vector<QImage> &thumbnails)
{
    const double s = look.scale;
    QColor fade = look.base;
    fade.setAlpha(kFadeAlpha);
    p.fillRect(p.window(), fade);
    drawLinks(p, layout, s, probe.path);

    size_t flat = 0;
    p.setFont(look.percentFont);
    for (const auto &column : layout.unitRects) {
        for (const QRectF &r : column) {
            if (flat >= probe.path.units.size()) return;
            const core::ProbeUnit &unit = probe.path.units[flat];
            if (unit.on && layout.showThumbnails && flat < thumbnails.size() &&
                !thumbnails[flat].isNull())
                p.drawImage(r, thumbnails[flat]);
            else if (unit.on)
                p.fillRect(r, mixColours(look.base, kOnBorder, 0.35));
            p.setBrush(Qt::NoBrush);
            p.setPen(unit.on ? QPen(kOnBorder, 3.0 * s) : QPen(kOffBorder, 1.5 * s, Qt::DashLine));
            p.drawRect(r);
            if (layout.showThumbnails) drawMark(p, r, probe, s);
            const QString z = QStringLiteral("z = %1").arg(probeNumber(unit.z));
            if (layout.showPercent) {
                // Where the share of examples is written otherwise.
                const QRectF below(r.left() - r.width(),
                                   r.bottom() + diagramLayout::percentOffset(s), 3 * r.width(),
                                   100);
                drawLabel(p, below, Qt::AlignHCenter | Qt::AlignTop, z, look);
            } else if (r.width() >= kMinLabelledUnit * s) {
                // No room under it: beside its top right corner, clear of the links that leave
                // from the middle of its right edge.
                const QRectF beside(r.right() + diagramLayout::kRingGap * s + 2 * s, r.top(), 200,
                                    r.height() / 2);
                drawLabel(p, beside, Qt::AlignLeft | Qt::AlignTop, z, look);
            }
            ++flat;
        }
    }

    // The inputs' values by their nodes: x1's above, x2's (or x's) below, clear of the node
    // labels left of the nodes; ŷ's under its node.
    p.setFont(look.nodeFont);
    const double r = layout.nodeRadius;
    const size_t inputs = std::min(layout.inputCenters.size(), probe.path.input.size());
    for (size_t i = 0; i < inputs; ++i) {
        const QPointF c = layout.inputCenters[i];
        const bool above = i == 0 && inputs == 2;
        const double left = std::max(0.0, c.x() - 100);
        const QRectF box(left, above ? c.y() - r - 2 * s - 100 : c.y() + r + 2 * s,
                         2 * (c.x() - left), 100);
        drawLabel(p, box, Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop),
                  probeNumber(probe.path.input[i]), look);
    }
    const QPointF out = layout.outputCenter;
    const QString output = probe.path.predictedClass < 0
                               ? probeNumber(probe.path.prediction)
                               : QStringLiteral("%1 \u2192 %2")
                                     .arg(probeNumber(probe.path.prediction))
                                     .arg(probe.path.predictedClass);
    drawLabel(p, QRectF(out.x() - r - 200, out.y() + r + 2 * s, 200 + 2 * r, 100),
              Qt::AlignRight | Qt::AlignTop, output, look);
}

}  // namespace relulab::gui
