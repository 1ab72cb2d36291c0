// Mouse and keyboard handling of the explorer plots: hover probe, drags on curves and handles,
// pan and zoom; arrow keys for the cursor, alpha and the maxout pieces.
#include <QKeyEvent>
#include <QMenu>
#include <algorithm>
#include <cmath>

#include "gui/common/SegmentDistance.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/explorer/PinnedGhosts.h"
#include "gui/style/PlotStyle.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

using session::FunctionId;

namespace {

constexpr double kGrabPixels = 9.0;
constexpr double kZoomPerNotch = 0.85;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    return std::sqrt(squaredDistanceToSegment(p, a, b));
}

// Rounds to a step that is a power of ten about a thousandth of the span: tidy numbers in the
// spin boxes while still following the mouse smoothly.
double tidy(double v, double span)
{
    const double step = std::pow(10.0, std::floor(std::log10(std::max(span, 1e-12))) - 3);
    return std::round(v / step) * step;
}

}  // namespace

double ExplorerPlot::zAtPixel(double x) const
{
    return m_valueRect->axis(QCPAxis::atBottom)->pixelToCoord(x);
}

double ExplorerPlot::fAtPixel(double y) const
{
    return m_valueRect->axis(QCPAxis::atLeft)->pixelToCoord(y);
}

QPointF ExplorerPlot::valueToPixel(double z, double f) const
{
    return {m_valueRect->axis(QCPAxis::atBottom)->coordToPixel(z),
            m_valueRect->axis(QCPAxis::atLeft)->coordToPixel(f)};
}

bool ExplorerPlot::inPlotArea(const QPointF &pixel) const
{
    return m_valueRect->rect().contains(pixel.toPoint()) ||
           m_derivativeRect->rect().contains(pixel.toPoint());
}

double ExplorerPlot::snapToKink(double pixelX) const
{
    // Within a few pixels of a kink the probe sits exactly on it, so the readout can name the
    // subgradient: a mouse never lands on z = 0 exactly by itself.
    const QCPAxis *axis = m_valueRect->axis(QCPAxis::atBottom);
    double best = zAtPixel(pixelX);
    double bestDistance = 6.0;
    for (FunctionId id : session::kAllFunctions) {
        if (!m_state->isVisible(id)) continue;
        for (const core::KinkPoint &k : curve(id).kinks) {
            const double d = std::abs(axis->coordToPixel(k.z) - pixelX);
            if (d <= bestDistance) best = k.z, bestDistance = d;
        }
    }
    return best;
}

ExplorerPlot::Hit ExplorerPlot::hitTest(const QPointF &pixel) const
{
    if (!m_valueRect->rect().contains(pixel.toPoint())) return {};
    const double lo = m_state->lo();
    const double hi = m_state->hi();
    const bool maxoutShown = m_state->isVisible(FunctionId::Maxout);
    const int count = m_state->maxout().pieceCount();
    if (maxoutShown) {
        for (int i = 0; i < count; ++i) {
            const QPointF h = pieceHandle(i);
            const QPointF hp = valueToPixel(h.x(), h.y());
            if (std::hypot(hp.x() - pixel.x(), hp.y() - pixel.y()) <= kGrabPixels + 2)
                return {HitKind::PieceHandle, i};
        }
    }
    if (m_state->isVisible(FunctionId::Leaky) && lo < 0.0) {
        const double alpha = m_state->alpha();
        const double end = std::min(hi, 0.0);
        const double d =
            distanceToSegment(pixel, valueToPixel(lo, alpha * lo), valueToPixel(end, alpha * end));
        // Only the branch left of the kink carries alpha.
        if (d <= kGrabPixels && zAtPixel(pixel.x()) < 0.0) return {HitKind::LeakyBranch, -1};
    }
    if (maxoutShown) {
        int best = -1;
        double bestDistance = kGrabPixels;
        for (int i = 0; i < count; ++i) {
            const core::MaxoutPiece p = m_state->pieces()[static_cast<size_t>(i)];
            const double d =
                distanceToSegment(pixel, valueToPixel(lo, p.at(lo)), valueToPixel(hi, p.at(hi)));
            if (d <= bestDistance) best = i, bestDistance = d;
        }
        if (best >= 0) return {HitKind::PieceBody, best};
    }
    return {};
}

void ExplorerPlot::updateHoverCursor(const QPointF &pixel)
{
    switch (hitTest(pixel).kind) {
        case HitKind::PieceHandle:
            setCursor(Qt::SizeAllCursor);
            return;
        case HitKind::LeakyBranch:
        case HitKind::PieceBody:
            setCursor(Qt::SizeVerCursor);
            return;
        case HitKind::None:
            break;
    }
    setCursor(inPlotArea(pixel) ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void ExplorerPlot::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (event->button() != Qt::LeftButton || !inPlotArea(pos)) {
        QCustomPlot::mousePressEvent(event);
        return;
    }
    m_drag = {};
    m_drag.pressPixel = pos;
    setFocus(Qt::MouseFocusReason);
    m_drag.lo = m_state->lo();
    m_drag.hi = m_state->hi();
    m_drag.pressF = fAtPixel(pos.y());
    const Hit hit = hitTest(pos);
    switch (hit.kind) {
        case HitKind::PieceHandle:
            m_keyTarget = hit.piece;  // the arrow keys then move what the mouse last took
            m_drag.kind = DragKind::PieceSlope;
            m_drag.piece = hit.piece;
            m_drag.pivot = piecePivot(hit.piece);
            m_drag.pieceAtPress = m_state->pieces()[static_cast<size_t>(hit.piece)];
            break;
        case HitKind::PieceBody:
            m_keyTarget = hit.piece;
            m_drag.kind = DragKind::PieceIntercept;
            m_drag.piece = hit.piece;
            m_drag.pieceAtPress = m_state->pieces()[static_cast<size_t>(hit.piece)];
            break;
        case HitKind::LeakyBranch:
            m_keyTarget = -1;
            m_drag.kind = DragKind::Alpha;
            break;
        case HitKind::None:
            m_drag.kind = DragKind::Pan;
            setCursor(Qt::ClosedHandCursor);
            break;
    }
    updateKeyHint();
    event->accept();
}

void ExplorerPlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (inPlotArea(pos)) {
        const double z = snapToKink(pos.x());
        setProbe(z);
        Q_EMIT probeMoved(z);
    }
    const double z = zAtPixel(pos.x());
    const double f = fAtPixel(pos.y());
    const double ySpan = m_valueRect->axis(QCPAxis::atLeft)->range().size();
    switch (m_drag.kind) {
        case DragKind::None:
            updateHoverCursor(pos);
            break;
        case DragKind::Pan: {
            const double width = std::max(1, m_valueRect->width());
            const double shift =
                (m_drag.pressPixel.x() - pos.x()) * (m_drag.hi - m_drag.lo) / width;
            m_state->setRange(m_drag.lo + shift, m_drag.hi + shift);
            break;
        }
        case DragKind::Alpha:
            // The branch through the origin and the mouse: f = alpha z, so alpha = f / z.
            if (z < 0.0 && std::abs(valueToPixel(z, 0).x() - valueToPixel(0, 0).x()) > 4) {
                const double alpha = std::clamp(std::round(f / z * 1e4) / 1e4, -1.0, 1.0);
                m_state->setAlpha(alpha);
            }
            break;
        case DragKind::PieceIntercept: {
            core::MaxoutPiece p = m_drag.pieceAtPress;
            p.intercept = tidy(p.intercept + (f - m_drag.pressF), ySpan);
            m_state->setPiece(m_drag.piece, p);
            break;
        }
        case DragKind::PieceSlope: {
            const double dz = z - m_drag.pivot.x();
            const double minDz = 0.01 * (m_drag.hi - m_drag.lo);
            if (std::abs(dz) > minDz) {
                const double slope = std::round((f - m_drag.pivot.y()) / dz * 1e3) / 1e3;
                const double intercept = tidy(m_drag.pivot.y() - slope * m_drag.pivot.x(), ySpan);
                m_state->setPiece(m_drag.piece, {slope, intercept});
            }
            break;
        }
    }
    QCustomPlot::mouseMoveEvent(event);
}

void ExplorerPlot::mouseReleaseEvent(QMouseEvent *event)
{
    const bool wasDragging = m_drag.kind != DragKind::None;
    m_drag = {};
    if (wasDragging) {
        fitYRanges();
        scheduleReplot();
        updateHoverCursor(event->position());
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void ExplorerPlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (inPlotArea(event->position())) {
        m_state->setRange(session::ExplorerSettings::kDefaultLo,
                          session::ExplorerSettings::kDefaultHi);
        event->accept();
        return;
    }
    QCustomPlot::mouseDoubleClickEvent(event);
}

void ExplorerPlot::zoomAround(double z, double factor)
{
    const double lo = z - (z - m_state->lo()) * factor;
    const double hi = z + (m_state->hi() - z) * factor;
    const double limit = session::ExplorerSettings::kRangeLimit;
    if (hi - lo < session::ExplorerSettings::kMinSpan * 10) return;
    m_state->setRange(std::max(lo, -limit), std::min(hi, limit));
}

void ExplorerPlot::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    if (!inPlotArea(pos)) {
        QCustomPlot::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0) zoomAround(zAtPixel(pos.x()), std::pow(kZoomPerNotch, notches));
    event->accept();
}

void ExplorerPlot::leaveEvent(QEvent *event)
{
    if (m_drag.kind == DragKind::None) {
        setProbe(std::nullopt);
        Q_EMIT probeLeft();
    }
    QCustomPlot::leaveEvent(event);
}

void ExplorerPlot::contextMenuEvent(QContextMenuEvent *event)
{
    const double z = zAtPixel(event->pos().x());
    const auto &pinned = m_state->pinned();
    const int legendPin = m_pins->pinAtLegend(m_legend, event->pos());
    QMenu menu(this);
    QAction *unpinHere = nullptr;
    if (legendPin >= 0) {
        unpinHere = menu.addAction(
            tr("Unpin \u201c%1\u201d").arg(pinned[static_cast<size_t>(legendPin)].label));
        menu.addSeparator();
    }
    QAction *copy = menu.addAction(tr("Copy values at z = %1").arg(z, 0, 'g', 4));
    QAction *exportFigure = menu.addAction(tr("Export figure\u2026"));
    QAction *reset = menu.addAction(tr("Reset view"));
    menu.addSeparator();
    QAction *pin = menu.addAction(tr("Pin visible curves"));
    std::vector<QAction *> unpinActions;
    QAction *clearPins = nullptr;
    if (!pinned.empty()) {
        QMenu *unpin = menu.addMenu(tr("Unpin"));
        for (const session::PinnedCurve &p : pinned)
            unpinActions.push_back(unpin->addAction(p.label));
        unpin->addSeparator();
        clearPins = unpin->addAction(tr("Clear all pins"));
    }
    QAction *chosen = menu.exec(event->globalPos());
    if (!chosen) return;
    if (chosen == unpinHere) m_state->unpin(legendPin);
    if (chosen == copy) Q_EMIT copyValuesRequested(z);
    if (chosen == exportFigure) Q_EMIT exportRequested();
    if (chosen == reset)
        m_state->setRange(session::ExplorerSettings::kDefaultLo,
                          session::ExplorerSettings::kDefaultHi);
    if (chosen == pin) Q_EMIT pinVisibleRequested();
    if (chosen == clearPins) m_state->setPinned({});
    const auto it = std::find(unpinActions.begin(), unpinActions.end(), chosen);
    if (it != unpinActions.end()) m_state->unpin(static_cast<int>(it - unpinActions.begin()));
}

void ExplorerPlot::setKeyboardTarget(int piece)
{
    m_keyTarget = piece >= 0 && piece < m_state->maxout().pieceCount() ? piece : -1;
    rebuildPieces();
    updateKeyHint();
    updateDescription();
    scheduleReplot();
}

QString ExplorerPlot::keyboardTargetName() const
{
    return m_keyTarget < 0 ? tr("\u03b1") : tr("maxout piece %1").arg(m_keyTarget + 1);
}

void ExplorerPlot::moveProbeBy(int direction, bool fine)
{
    const double lo = m_state->lo();
    const double hi = m_state->hi();
    double z = std::clamp(0.0, lo, hi);  // the first press lands on the classic kink
    if (m_probe) {
        const double step = (hi - lo) / (fine ? 10 * kProbeStepsPerRange : kProbeStepsPerRange);
        const double from = *m_probe;
        // The next multiple of the step that way: tidy numbers, whatever the start (a kink).
        const double steps = from / step;
        const double next =
            direction > 0 ? std::floor(steps + 1e-9) + 1 : std::ceil(steps - 1e-9) - 1;
        double to = std::clamp(next * step, lo, hi);
        // Never step over a kink: stop on it, where the readout names the subgradient.
        for (FunctionId id : session::kAllFunctions) {
            if (!m_state->isVisible(id)) continue;
            for (const core::KinkPoint &k : curve(id).kinks) {
                if (!k.slopes.isKink()) continue;
                if (direction > 0 ? (k.z > from && k.z < to) : (k.z < from && k.z > to)) to = k.z;
            }
        }
        z = to;
    }
    setProbe(z);
    Q_EMIT probeMoved(z);
}

void ExplorerPlot::nudgeTarget(int direction, bool fine)
{
    if (m_keyTarget < 0) {
        const double step = fine ? kAlphaFineStep : kAlphaStep;
        const double alpha =
            std::clamp(std::round((m_state->alpha() + direction * step) * 1e4) / 1e4, -1.0, 1.0);
        m_state->setAlpha(alpha);
        return;
    }
    core::MaxoutPiece p = m_state->pieces()[static_cast<size_t>(m_keyTarget)];
    const double step = fine ? kInterceptFineStep : kInterceptStep;
    p.intercept = std::round((p.intercept + direction * step) * 1e4) / 1e4;
    m_state->setPiece(m_keyTarget, p);
}

void ExplorerPlot::keyPressEvent(QKeyEvent *event)
{
    const bool fine = event->modifiers() & Qt::ShiftModifier;
    const Qt::KeyboardModifiers others =
        event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (others != Qt::NoModifier) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
            moveProbeBy(event->key() == Qt::Key_Left ? -1 : 1, fine);
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
            nudgeTarget(event->key() == Qt::Key_Up ? 1 : -1, fine);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            const int count =
                m_state->isVisible(FunctionId::Maxout) ? m_state->maxout().pieceCount() : 0;
            setKeyboardTarget(m_keyTarget + 1 < count ? m_keyTarget + 1 : -1);
            break;
        }
        default:
            QCustomPlot::keyPressEvent(event);
            return;
    }
    event->accept();
}

void ExplorerPlot::focusInEvent(QFocusEvent *event)
{
    QCustomPlot::focusInEvent(event);
    rebuildPieces();
    updateKeyHint();
}

void ExplorerPlot::focusOutEvent(QFocusEvent *event)
{
    QCustomPlot::focusOutEvent(event);
    rebuildPieces();
    updateKeyHint();
}

void ExplorerPlot::updateKeyHint()
{
    m_keyHint->setVisible(hasFocus());
    m_keyHint->setText(
        tr("\u2191 \u2193 %1 (Shift: finer) \u00b7 \u2190 \u2192 cursor \u00b7 Enter: next")
            .arg(keyboardTargetName()));
    scheduleReplot();
}

void ExplorerPlot::updateDescription()
{
    QStringList shown;
    for (FunctionId id : session::kAllFunctions) {
        if (!m_state->isVisible(id)) continue;
        QString name = session::functionName(id);
        if (id == FunctionId::Leaky)
            name = tr("%1 with \u03b1 = %2").arg(name, session::formatNumber(m_state->alpha()));
        if (id == FunctionId::Maxout)
            name = tr("%1 of %n piece(s)", nullptr, m_state->maxout().pieceCount()).arg(name);
        shown << tr("%1 (%2)").arg(name, functionStyle(id).lineDescription);
    }
    const QString range =
        tr("z from %1 to %2")
            .arg(session::formatNumber(m_state->lo()), session::formatNumber(m_state->hi()));
    if (shown.isEmpty()) {
        setAccessibleDescription(tr("No function is shown; %1.").arg(range));
        return;
    }
    setAccessibleDescription(
        tr("Upper plot: %1, %2. Lower plot: their derivatives f\u2032(z); at each kink a filled "
           "marker shows the value the %3 convention takes and an open marker the limit not "
           "taken. Arrow keys: Left and Right move the cursor, Up and Down change %4.")
            .arg(shown.join(QStringLiteral(", ")), range,
                 session::conventionWord(m_state->convention()), keyboardTargetName()));
}

}  // namespace relulab::gui
