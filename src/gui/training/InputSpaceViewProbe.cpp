// The input-space view's side of the point probe: the mouse, clicks and keys write the shared
// selection's probe; the marker shows what the tab hands back.
#include <QKeyEvent>
#include <QMouseEvent>
#include <cmath>

#include "gui/training/InputSpaceView.h"
#include "gui/training/ProbeMarker.h"

namespace relulab::gui {

namespace {

constexpr double kSnapPixels = 8.0;       // an example this close takes the probe
constexpr double kStepShare = 0.02;       // of the visible range per arrow key
constexpr double kFineStepShare = 0.002;  // with Shift

}  // namespace

QPointF InputSpaceView::probeTarget(QPointF pixel) const
{
    const QPointF at(xAxis->pixelToCoord(pixel.x()), yAxis->pixelToCoord(pixel.y()));
    double best = kSnapPixels * kSnapPixels;
    QPointF snapped = at;
    const auto consider = [&](const QCPGraph *g) {
        if (!g->visible()) return;
        for (const QCPGraphData &d : *g->data()) {
            const double dx = xAxis->coordToPixel(d.key) - pixel.x();
            if (std::abs(dx) > kSnapPixels) continue;
            // 1-D: the probe is a vertical line, so only x counts.
            const double dy = m_oneD ? 0.0 : yAxis->coordToPixel(d.value) - pixel.y();
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                snapped = QPointF(d.key, m_oneD ? at.y() : d.value);
            }
        }
    };
    for (const QCPGraph *g : {m_trainClass[0], m_trainClass[1], m_testClass[0], m_testClass[1],
                              m_trainTargets, m_testTargets})
        consider(g);
    return snapped;
}

void InputSpaceView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || !axisRect()->rect().contains(pos.toPoint())) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    event->accept();
    setFocus(Qt::MouseFocusReason);
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        Q_EMIT clicked({xAxis->pixelToCoord(pos.x()), yAxis->pixelToCoord(pos.y())},
                       event->modifiers());
        return;
    }
    if (!m_selection) return;
    if (m_selection->probePinned()) {
        m_selection->releaseProbe();
        m_selection->hoverProbe(probeTarget(pos));  // the mouse is still here
    } else {
        m_selection->pinProbe(probeTarget(pos));
    }
}

void InputSpaceView::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (!m_selection) return;
    const QPointF pos = event->position();
    if (axisRect()->rect().contains(pos.toPoint()))
        m_selection->hoverProbe(probeTarget(pos));
    else
        m_selection->hoverProbe(std::nullopt);
}

void InputSpaceView::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    if (m_selection) m_selection->hoverProbe(std::nullopt);
}

bool InputSpaceView::event(QEvent *event)
{
    // Esc with a probe shown releases the probe before any window shortcut takes it (in
    // presentation mode Esc also leaves the mode: a second Esc does that).
    if (event->type() == QEvent::ShortcutOverride && m_selection && m_selection->probe() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QCustomPlot::event(event);
}

void InputSpaceView::keyPressEvent(QKeyEvent *event)
{
    if (!m_selection) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_selection->probe()) {
        m_selection->releaseProbe();
        event->accept();
        return;
    }
    double dx = 0.0, dy = 0.0;
    switch (event->key()) {
        case Qt::Key_Left:
            dx = -1.0;
            break;
        case Qt::Key_Right:
            dx = 1.0;
            break;
        case Qt::Key_Up:
            dy = m_oneD ? 0.0 : 1.0;
            break;
        case Qt::Key_Down:
            dy = m_oneD ? 0.0 : -1.0;
            break;
        default:
            break;
    }
    if (dx == 0.0 && dy == 0.0) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    // The first arrow pins the probe where it is (or mid-plot), the next ones move it.
    const QPointF centre(xAxis->range().center(), yAxis->range().center());
    QPointF at = m_selection->probe().value_or(centre);
    if (m_selection->probePinned()) {
        const double share = (event->modifiers() & Qt::ShiftModifier) ? kFineStepShare : kStepShare;
        at += QPointF(dx * share * xAxis->range().size(), dy * share * yAxis->range().size());
        at.setX(std::clamp(at.x(), xAxis->range().lower, xAxis->range().upper));
        if (!m_oneD) at.setY(std::clamp(at.y(), yAxis->range().lower, yAxis->range().upper));
    }
    m_selection->pinProbe(at);
    event->accept();
}

void InputSpaceView::showProbe(QPointF at, bool pinned, const QString &readout)
{
    const bool appearing = !m_probe->isShown();
    m_probe->show(at, m_oneD, pinned, readout);
    // The overlay just became buffered: its buffer is set up by a whole replot, once.
    if (appearing)
        replot(rpQueuedReplot);
    else
        m_probe->layer()->replot();
}

void InputSpaceView::hideProbe()
{
    if (!m_probe->isShown()) return;
    m_probe->hide();
    replot(rpQueuedReplot);
}

}  // namespace relulab::gui
