#include "gui/training/ProbeMarker.h"

#include <qcustomplot.h>

namespace relulab::gui {

namespace {

constexpr double kRingPixels = 15.0;     // the ring's diameter at line scale 1
constexpr double kReadoutOffset = 12.0;  // from the point to the readout's corner, pixels

}  // namespace

ProbeMarker::ProbeMarker(QCustomPlot *plot) : m_plot(plot)
{
    // QCustomPlot's top layer, "overlay": buffered only while the probe shows (a hover then
    // redraws it alone), logical otherwise, so that a plot without a probe composes no extra
    // full-size buffer at every repaint.
    m_layer = plot->layer(QStringLiteral("overlay"));
    m_layer->setMode(QCPLayer::lmLogical);
    const auto tracer = [&] {
        auto *t = new QCPItemTracer(plot);
        t->setLayer(m_layer);
        t->position->setType(QCPItemPosition::ptPlotCoords);
        t->setClipToAxisRect(true);
        return t;
    };
    m_halo = tracer();
    m_ring = tracer();
    m_cross = tracer();
    m_line = new QCPItemStraightLine(plot);
    m_line->setLayer(m_layer);
    m_text = new QCPItemText(plot);
    m_text->setLayer(m_layer);
    m_text->position->setParentAnchor(m_ring->position);
    m_text->setPadding(QMargins(4, 2, 4, 2));
    m_text->setBrush(QColor(255, 255, 255, 225));
    m_text->setPen(QPen(QColor(0x30, 0x30, 0x30)));
    m_text->setColor(Qt::black);
    for (QCPAbstractItem *item :
         std::initializer_list<QCPAbstractItem *>{m_halo, m_ring, m_cross, m_line, m_text}) {
        item->setSelectable(false);
        item->setVisible(false);
    }
    applyPens();
}

void ProbeMarker::setStyle(double line, const QFont &font)
{
    m_lineScale = line;
    m_text->setFont(font);
    applyPens();
}

void ProbeMarker::applyPens()
{
    const double s = m_lineScale;
    // Solid when pinned, dashed while it follows the mouse.
    const Qt::PenStyle style = m_pinned ? Qt::SolidLine : Qt::DashLine;
    m_halo->setStyle(QCPItemTracer::tsCircle);
    m_halo->setSize(kRingPixels * s);
    m_halo->setPen(QPen(Qt::white, 5.0 * s));
    m_ring->setStyle(QCPItemTracer::tsCircle);
    m_ring->setSize(kRingPixels * s);
    m_ring->setPen(QPen(Qt::black, 2.2 * s, style, Qt::FlatCap));
    m_cross->setStyle(QCPItemTracer::tsPlus);
    m_cross->setSize(0.55 * kRingPixels * s);
    m_cross->setPen(QPen(Qt::black, 1.4 * s));
    m_line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.6 * s, style));
    m_text->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.0, style));
}

void ProbeMarker::show(QPointF at, bool oneD, bool pinned, const QString &readout)
{
    m_at = at;
    m_oneD = oneD;
    m_pinned = pinned;
    m_shown = true;
    applyPens();
    for (QCPItemTracer *t : {m_halo, m_ring, m_cross})
        t->position->setCoords(at);
    m_line->point1->setCoords(at.x(), 0.0);
    m_line->point2->setCoords(at.x(), 1.0);
    m_text->setText(readout);
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{m_halo, m_ring, m_text})
        item->setVisible(true);
    m_line->setVisible(oneD);
    if (m_layer->mode() != QCPLayer::lmBuffered) m_layer->setMode(QCPLayer::lmBuffered);
    m_cross->setVisible(!oneD);
    placeReadout();
}

void ProbeMarker::placeReadout()
{
    // Right of and above the point; on the other side where it would leave the plot.
    const QCPAxisRect *rect = m_plot->axisRect();
    const QPointF pixel = m_ring->position->pixelPosition();
    const QFontMetricsF fm(m_text->font());
    const QSizeF size = fm.size(0, m_text->text()) + QSizeF(10, 6);
    const double off = kReadoutOffset * m_lineScale;
    const bool left = pixel.x() + off + size.width() > rect->right();
    const bool below = pixel.y() - off - size.height() < rect->top();
    m_text->setPositionAlignment((left ? Qt::AlignRight : Qt::AlignLeft) |
                                 (below ? Qt::AlignTop : Qt::AlignBottom));
    m_text->position->setCoords(left ? -off : off, below ? off : -off);
}

void ProbeMarker::hide()
{
    if (!m_shown) return;
    m_shown = false;
    m_layer->setMode(QCPLayer::lmLogical);
    for (QCPAbstractItem *item :
         std::initializer_list<QCPAbstractItem *>{m_halo, m_ring, m_cross, m_line, m_text})
        item->setVisible(false);
}

QString ProbeMarker::readout() const
{
    return m_shown ? m_text->text() : QString();
}

}  // namespace relulab::gui
