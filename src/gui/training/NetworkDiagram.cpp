// State, interaction and the two-stage cache of the Training tab's network diagram.
#include "gui/training/NetworkDiagram.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "gui/style/TrainingColours.h"
#include "gui/training/DiagramPainter.h"

namespace relulab::gui {

namespace {

constexpr double kLegendFont = 0.9;  // font sizes relative to the widget's font
constexpr double kPercentFont = 0.8;
constexpr double kNodeFont = 1.1;
constexpr double kPlaceholderFont = 1.4;

QString percentText(double fraction)
{
    if (!std::isfinite(fraction)) return {};
    if (fraction > 0.0 && fraction < 0.005) return QStringLiteral("<1%");
    if (fraction < 1.0 && fraction > 0.995) return QStringLiteral(">99%");
    return QStringLiteral("%1%").arg(std::lround(fraction * 100.0));
}

}  // namespace

NetworkDiagram::NetworkDiagram(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Network diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setSelection(new session::TrainingSelection(this));
}

QSize NetworkDiagram::sizeHint() const
{
    return QSize(640, 420);
}

QSize NetworkDiagram::minimumSizeHint() const
{
    return QSize(240, 160);
}

// ---------------------------------------------------------------------------------------------
// State

void NetworkDiagram::setAnalysis(std::shared_ptr<const session::SnapshotAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    if (selectedUnit().isValid() && !contains(selectedUnit())) setSelectedUnit({});
    // A new shape, or sigmoid / tanh switched with ReLU (the legend's words), is a new layout;
    // new weights alone only repaint.
    if (m_analysis &&
        (m_analysis->widths != m_laidOutWidths || m_analysis->inputs != m_laidOutInputs ||
         m_analysis->hasOffSide != m_laidOutOffSide))
        relayout();
    invalidate();
    updateAccessibleDescription();
}

void NetworkDiagram::setSelectedUnit(UnitRef unit)
{
    if (!contains(unit)) unit = {};
    if (m_selection) m_selection->setUnit(unit);
}

void NetworkDiagram::setSelection(session::TrainingSelection *selection)
{
    if (m_selection) {
        disconnect(m_selection.data(), nullptr, this, nullptr);
        if (m_selection->parent() == this) delete m_selection;
    }
    m_selection = selection;
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &NetworkDiagram::selectionChanged);
    selectionChanged();
}

void NetworkDiagram::selectionChanged()
{
    updateAccessibleDescription();
    update();
    Q_EMIT unitSelected(selectedUnit());
}

bool NetworkDiagram::contains(UnitRef unit) const
{
    return unit.isValid() && unit.layer < layers() && unit.unit < widthOf(unit.layer);
}

core::UnitState NetworkDiagram::stateOf(int layer, int unit) const
{
    return m_analysis->dead.states[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
}

double NetworkDiagram::fractionOf(int layer, int unit) const
{
    return m_analysis->dead.activeFraction[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
}

void NetworkDiagram::setDisplayScale(double scale)
{
    m_scale = std::clamp(scale, 0.5, 4.0);
    m_textScale = m_scale;
    restyle();
}

void NetworkDiagram::setDisplayStyle(const DisplayStyle &style)
{
    m_scale = std::clamp(style.line, 0.5, 4.0);
    m_textScale = 1.0;
    m_highContrast = style.highContrast;
    restyle();
}

void NetworkDiagram::restyle()
{
    relayout();
    invalidate();
    // The hatching's pitch and the curves' width follow the scale, the colours the theme.
    Q_EMIT picturesWanted();
}

void NetworkDiagram::invalidate()
{
    m_cacheValid = false;
    m_paintedSinceInvalidate = false;
    update();
}

int NetworkDiagram::thumbnailPixels() const
{
    return m_thumbnailPixels;
}

session::AnalysisPalette NetworkDiagram::thumbnailPalette() const
{
    return trainingColours::analysisPalette(m_highContrast, m_scale, devicePixelRatioF());
}

double NetworkDiagram::thumbnailLineWidth() const
{
    return std::max(1.0, m_scale * devicePixelRatioF());
}

QString NetworkDiagram::legendCount() const
{
    if (!hasSnapshot()) return {};
    const core::DeadUnitReport &dead = m_analysis->dead;
    QString count = countText(dead.deadUnits, dead.starvedUnits, m_analysis->hiddenUnits);
    if (dead.collapsed) count += tr(" — collapsed");
    return count;
}

void NetworkDiagram::setProbe(std::optional<DiagramProbe> probe)
{
    if (!probe && !m_probe) return;
    m_probe = std::move(probe);
    update();
}

QString NetworkDiagram::unitDescription(UnitRef unit) const
{
    if (!contains(unit)) return {};
    const QString where = tr("Layer %1, unit %2").arg(unit.layer + 1).arg(unit.unit + 1);
    QString share = percentText(fractionOf(unit.layer, unit.unit));
    if (share.isEmpty()) share = tr("an unknown share");
    if (!m_analysis->hasOffSide)
        return tr("%1: never off — sigmoid and tanh pass gradient on every example (z > 0 on %2 "
                  "of the training examples)")
            .arg(where, share);
    switch (stateOf(unit.layer, unit.unit)) {
        case core::UnitState::Dead:
            return tr("%1: dead — z ≤ 0 on every training example (active on %2 of them)")
                .arg(where, share);
        case core::UnitState::Inactive:
            return tr("%1: inactive — z ≤ 0 on every training example, but it still passes "
                      "gradient and can recover (active on %2 of them)")
                .arg(where, share);
        case core::UnitState::Starved:
            return tr("%1: starved — its own kink would pass gradient (active on %2 of the "
                      "training examples), but none reaches its incoming weights: every path to "
                      "the output is blocked by a dead layer or zero weights, or its inputs are "
                      "all 0")
                .arg(where, share);
        case core::UnitState::Active:
            break;
    }
    return tr("%1: active — z > 0 on %2 of the training examples").arg(where, share);
}

QString NetworkDiagram::probeDescription(UnitRef unit) const
{
    if (!m_probe || !contains(unit)) return {};
    const int flat = m_analysis->flatUnit(unit.layer, unit.unit);
    if (flat < 0 || static_cast<size_t>(flat) >= m_probe->path.units.size()) return {};
    const core::ProbeUnit &u = m_probe->path.units[static_cast<size_t>(flat)];
    return u.on ? tr("\nAt the probed point: z = %1, on").arg(probeNumber(u.z))
                : tr("\nAt the probed point: z = %1, off").arg(probeNumber(u.z));
}

void NetworkDiagram::updateAccessibleDescription()
{
    QString text;
    if (!hasSnapshot()) {
        text = tr("No network yet. Press Play to train.");
    } else {
        text = tr("%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive "
                  "(counting the starved ones that are off on all data), %6 active on some data.")
                   .arg(layers())
                   .arg(m_analysis->hiddenUnits)
                   .arg(m_analysis->dead.deadUnits)
                   .arg(m_analysis->dead.starvedUnits)
                   .arg(m_analysis->dead.inactiveUnits - m_analysis->dead.deadUnits)
                   .arg(m_analysis->hiddenUnits - m_analysis->dead.inactiveUnits);
        if (m_analysis->dead.collapsed)
            text +=
                tr(" Collapsed: a hidden layer is the same on every training example, so the "
                   "output no longer depends on x.");
        if (!m_analysis->hasOffSide)
            text += tr(" Sigmoid and tanh have no off region: no unit can be dead or inactive.");
        if (selectedUnit().isValid())
            text += tr(" Selected: %1.").arg(unitDescription(selectedUnit()));
    }
    setAccessibleDescription(text);
}

// ---------------------------------------------------------------------------------------------
// Layout

QFont NetworkDiagram::scaledFont(double factor) const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * m_textScale * factor);
    else
        f.setPixelSize(
            std::max(6, static_cast<int>(std::lround(f.pixelSize() * m_textScale * factor))));
    return f;
}

void NetworkDiagram::relayout()
{
    m_backgroundValid = false;
    const int thumbnailsBefore = m_thumbnailPixels;
    if (!hasSnapshot()) {
        m_layout = {};
        m_thumbnailPixels = 0;
        m_linkCanvas = {};
        return;
    }
    m_laidOutWidths = m_analysis->widths;
    m_laidOutInputs = m_analysis->inputs;
    m_laidOutOffSide = m_analysis->hasOffSide;
    DiagramShape shape;
    shape.rect = QRectF(rect());
    shape.inputs = m_analysis->inputs;
    shape.widths = m_analysis->widths;
    shape.scale = m_scale;
    shape.legendFont = scaledFont(kLegendFont);
    shape.inputHeading = tr("input");
    shape.outputHeading = tr("output");
    shape.percentFont = scaledFont(kPercentFont);
    shape.countFont = shape.legendFont;
    shape.countFont.setBold(true);
    shape.widestCount = countText(999, 999, 999);
    shape.legendEntries = {
        {DiagramLegendItem::Dead, tr("dead (its kink blocks every example)")},
        {DiagramLegendItem::Starved, tr("dotted, ⊘: starved (no gradient reaches it)")},
        {DiagramLegendItem::Inactive, tr("dashed: inactive (z ≤ 0 on all data)")},
        {DiagramLegendItem::Off, m_analysis->hasOffSide
                                     ? tr("hatched: where the unit is off (z ≤ 0)")
                                     : tr("grey: z ≤ 0 (sigmoid and tanh are never off)")},
        {DiagramLegendItem::On, tr("on: z > 0, darker = larger")},
        {DiagramLegendItem::Links, tr("w > 0 / w < 0, width ∝ |w|")},
    };
    m_layout = layoutDiagram(shape);
    m_thumbnailPixels = m_layout.showThumbnails
                            ? static_cast<int>(std::lround(m_layout.unitSize * devicePixelRatioF()))
                            : 0;
    session::LinkCanvas canvas = diagramLinkCanvas(m_layout, look(), size(), devicePixelRatioF());
    const bool canvasChanged = canvas != m_linkCanvas;
    m_linkCanvas = std::move(canvas);
    if (m_thumbnailPixels != thumbnailsBefore || canvasChanged) Q_EMIT picturesWanted();
}

DiagramLook NetworkDiagram::look() const
{
    DiagramLook look;
    look.scale = m_scale;
    look.highContrast = m_highContrast;
    look.text = palette().color(QPalette::Text);
    look.base = palette().color(QPalette::Base);
    look.legendFont = scaledFont(kLegendFont);
    look.percentFont = scaledFont(kPercentFont);
    look.nodeFont = scaledFont(kNodeFont);
    look.badgeFont = scaledFont();
    look.badgeFont.setBold(true);
    look.hasOffSide = !m_analysis || m_analysis->hasOffSide;
    return look;
}

// ---------------------------------------------------------------------------------------------
// Painting

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    if (!m_backgroundValid ||
        m_background.size() != (QSizeF(size()) * devicePixelRatioF()).toSize())
        renderBackground();
    QPainter p(this);
    if (m_cacheValid) {
        p.drawPixmap(0, 0, m_cache);
    } else if (!m_paintedSinceInvalidate) {
        // A new snapshot's first paint (while training, its only one): straight onto the widget,
        // without the cache's copy of the background and the cache's own blit.
        p.drawPixmap(0, 0, m_background);
        drawSnapshot(p);
        m_paintedSinceInvalidate = true;
    } else {
        // Painted again (a selection, the probe, a tooltip): worth keeping.
        renderCache();
        p.drawPixmap(0, 0, m_cache);
    }
    p.setRenderHint(QPainter::Antialiasing);
    if (m_probe && hasSnapshot()) {
        const DiagramLook style = look();
        drawDiagramProbe(p, m_layout, style, *m_probe, m_analysis->thumbnails);
    }
    drawSelection(p);
}

void NetworkDiagram::renderBackground()
{
    const double dpr = devicePixelRatioF();
    m_background = QPixmap((QSizeF(size()) * dpr).toSize());
    m_background.setDevicePixelRatio(dpr);
    m_background.fill(palette().color(QPalette::Base));
    m_backgroundValid = true;
    QPainter p(&m_background);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!hasSnapshot()) {
        p.setFont(scaledFont(kPlaceholderFont));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(rect()), Qt::AlignCenter | Qt::TextWordWrap, tr("Press Play to train"));
        return;
    }
    drawHeadings(p);
    const DiagramLook style = look();
    DiagramPainter painter(p, m_layout, style);
    painter.drawLegend();
    painter.drawNodeLabels(m_laidOutInputs);
    m_nodeSprites = painter.nodeSprites(m_laidOutInputs, dpr);
}

void NetworkDiagram::renderCache()
{
    m_cache = m_background;
    m_cacheValid = true;
    QPainter p(&m_cache);
    drawSnapshot(p);
}

void NetworkDiagram::drawSnapshot(QPainter &p) const
{
    if (!hasSnapshot()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::TextAntialiasing);
    const DiagramLook style = look();
    DiagramPainter painter(p, m_layout, style);
    // Drawn by the worker on the present canvas, or else (a snapshot analysed before the last
    // resize or restyle reached the worker) here.
    const QImage &made = m_analysis->linkImage;
    if (!made.isNull() && m_analysis->request.links == m_linkCanvas)
        painter.drawLinks(made);
    else
        painter.drawLinks(
            session::renderLinks(m_linkCanvas, m_analysis->links, m_analysis->dead.states));
    painter.drawNodes(m_nodeSprites);
    const auto &thumbnails = m_analysis->thumbnails;
    int flat = 0;
    for (int l = 0; l < layers(); ++l) {
        for (int u = 0; u < widthOf(l); ++u, ++flat) {
            const QImage *thumbnail =
                m_layout.showThumbnails && static_cast<size_t>(flat) < thumbnails.size()
                    ? &thumbnails[static_cast<size_t>(flat)]
                    : nullptr;
            painter.drawUnit(m_layout.unitRects[static_cast<size_t>(l)][static_cast<size_t>(u)],
                             stateOf(l, u), thumbnail, percentText(fractionOf(l, u)));
        }
    }
    painter.drawCount(legendCount(), m_analysis->dead.deadUnits > 0);
    p.restore();
}

void NetworkDiagram::drawHeadings(QPainter &p) const
{
    p.setFont(scaledFont(kLegendFont));
    p.setPen(palette().color(QPalette::Text));
    const QFontMetricsF fm(p.font());
    const auto &headings = m_layout.headingRects;
    for (size_t c = 0; c < headings.size(); ++c) {
        const bool end = c == 0 || c + 1 == headings.size();
        QString text = c == 0                     ? tr("input")
                       : c + 1 == headings.size() ? tr("output")
                                                  : tr("layer %1").arg(c);
        QRectF where = headings[c];
        Qt::Alignment align = Qt::AlignHCenter;
        if (fm.horizontalAdvance(text) > where.width()) {
            if (!end) {
                text = QString::number(c);
            } else if (c == 0) {  // "input" may use the room over the x labels
                where.setLeft(rect().left() + 2);
                align = Qt::AlignLeft;
            } else {
                where.setRight(rect().right() - 2);
                align = Qt::AlignRight;
            }
        }
        p.drawText(where, align | Qt::AlignTop, text);
    }
}

void NetworkDiagram::drawSelection(QPainter &p) const
{
    if (selectedUnit().isValid() && contains(selectedUnit())) {
        const double gap = diagramLayout::kRingGap * m_scale;
        const QRectF ring = unitRect(selectedUnit()).adjusted(-gap, -gap, gap, gap);
        p.setBrush(Qt::NoBrush);
        // White under black: the ring stays visible over dark links too.
        p.setPen(QPen(Qt::white, 5.0 * m_scale));
        p.drawRoundedRect(ring, 2 * m_scale, 2 * m_scale);
        p.setPen(QPen(Qt::black, 3.0 * m_scale));
        p.drawRoundedRect(ring, 2 * m_scale, 2 * m_scale);
    }
    // Keyboard focus: a frame round the whole diagram, so that it never hides a unit's text.
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.0 * m_scale, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

QString NetworkDiagram::countText(int dead, int starved, int units) const
{
    const double share = units > 0 ? 100.0 * dead / units : 0.0;
    QString count = tr("dead %1 / %2 (%3%)").arg(dead).arg(units).arg(std::lround(share));
    if (starved > 0) count += tr(", starved %1").arg(starved);
    return count;
}

// ---------------------------------------------------------------------------------------------
// Geometry and interaction

QRectF NetworkDiagram::unitRect(UnitRef unit) const
{
    if (!contains(unit) || static_cast<size_t>(unit.layer) >= m_layout.unitRects.size()) return {};
    const auto &rects = m_layout.unitRects[static_cast<size_t>(unit.layer)];
    if (static_cast<size_t>(unit.unit) >= rects.size()) return {};
    return rects[static_cast<size_t>(unit.unit)];
}

UnitRef NetworkDiagram::unitAt(QPointF pos) const
{
    // Tiny squares get a little slack so that they can still be hit.
    const double slack = m_layout.unitSize < 16 ? 1.0 : 0.0;
    for (size_t l = 0; l < m_layout.unitRects.size(); ++l) {
        const auto &rects = m_layout.unitRects[l];
        for (size_t u = 0; u < rects.size(); ++u)
            if (rects[u].adjusted(-slack, -slack, slack, slack).contains(pos))
                return UnitRef{static_cast<int>(l), static_cast<int>(u)};
    }
    return {};
}

bool NetworkDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const UnitRef unit = unitAt(help->pos());
        if (unit.isValid())
            QToolTip::showText(help->globalPos(),
                               unitDescription(unit) + probeDescription(unit) +
                                   (m_unitNotes ? m_unitNotes(unit) : QString()),
                               this, unitRect(unit).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void NetworkDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    invalidate();
}

void NetworkDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        relayout();
        invalidate();
    }
}

void NetworkDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const UnitRef unit = unitAt(event->position());
        if (unit.isValid()) {
            setSelectedUnit(unit);
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void NetworkDiagram::keyPressEvent(QKeyEvent *event)
{
    if (layers() == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    // The shared selection may name a unit this network lacks: none, here.
    const UnitRef selected = contains(selectedUnit()) ? selectedUnit() : UnitRef{};
    UnitRef next = selected;
    switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            if (!selected.isValid()) {
                next = {0, 0};
                break;
            }
            const int layer = std::clamp(selected.layer + (event->key() == Qt::Key_Left ? -1 : 1),
                                         0, layers() - 1);
            // The unit at about the same height: columns are centred, so map through the middle.
            const double relative = (selected.unit + 0.5) / widthOf(selected.layer);
            const int unit = std::clamp(static_cast<int>(std::floor(relative * widthOf(layer))), 0,
                                        widthOf(layer) - 1);
            next = {layer, unit};
            break;
        }
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (!selected.isValid()) {
                next = {0, 0};
                break;
            }
            next.unit = std::clamp(selected.unit + (event->key() == Qt::Key_Up ? -1 : 1), 0,
                                   widthOf(selected.layer) - 1);
            break;
        case Qt::Key_Home:
            next = {};
            break;
        default:
            QWidget::keyPressEvent(event);
            return;
    }
    setSelectedUnit(next);
    event->accept();
}

}  // namespace relulab::gui
