// Painting, layout and interaction of the Training tab's network diagram.
#include "gui/training/NetworkDiagram.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <limits>

#include "gui/style/PlotStyle.h"

namespace relulab::gui {

namespace {

// Thumbnail colours: the "on" side is a blue ramp, the "off" side light grey with hatching, so the
// two differ in texture as well as in hue.
const QColor kOnLight{0xD4, 0xE6, 0xF3};
const QColor kOffFill{0xE6, 0xE6, 0xE6};
const QColor kHatch{0x9A, 0x9A, 0x9A};
const QColor kKinkLine{0x30, 0x30, 0x30};
const QColor kActiveBorder{0x40, 0x40, 0x40};
const QColor kInactiveBorder{0x80, 0x80, 0x80};
const QColor kHighContrastInactiveBorder{0x40, 0x40, 0x40};
// Okabe-Ito's reddish purple, darkened until it reads against white as a border and badge.
const QColor kStarved = okabeIto::kReddishPurple.darker(150);

constexpr double kMaxUnit = 72.0;          // thumbnail side in pixels at display scale 1
constexpr double kMinThumbnail = 14.0;     // below this a unit is a plain square
constexpr double kMinLinkStrength = 0.04;  // fainter links are invisible and only cost time
constexpr int kLinkLevels = 8;
constexpr double kLegendFont = 0.9;  // font sizes relative to the widget's font
constexpr double kPercentFont = 0.8;
constexpr double kRingGap = 3.0;  // between a unit and its selection ring, at scale 1

QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()));
}

QString percentText(double fraction)
{
    if (!std::isfinite(fraction)) return {};
    if (fraction > 0.0 && fraction < 0.005) return QStringLiteral("<1%");
    if (fraction < 1.0 && fraction > 0.995) return QStringLiteral(">99%");
    return QStringLiteral("%1%").arg(std::lround(fraction * 100.0));
}

// Diagonal hatching in device pixels: the pattern stays crisp at any thumbnail size.
bool onHatch(int x, int y, int pitch, int width)
{
    return (x + y) % pitch < width;
}

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

void drawHatchedRect(QPainter &p, const QRectF &r, double pitch, double width)
{
    p.save();
    p.fillRect(r, kOffFill);
    p.setClipRect(r, Qt::IntersectClip);
    p.setPen(QPen(kHatch, width));
    for (double t = -r.height(); t < r.width(); t += pitch)
        p.drawLine(QPointF(r.left() + t, r.bottom()), QPointF(r.left() + t + r.height(), r.top()));
    p.restore();
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

void NetworkDiagram::setSnapshot(const session::TrainingSnapshot &snapshot,
                                 const core::InputField &field)
{
    m_hasSnapshot = true;
    m_hasOffSide = !core::isSaturating(snapshot.network.activation);
    m_inputs = std::max(1, snapshot.network.inputs);
    m_widths = snapshot.network.hidden;
    for (int &w : m_widths)
        w = std::max(0, w);
    m_hiddenUnits = 0;
    for (int w : m_widths)
        m_hiddenUnits += w;

    // A report of another shape (a snapshot taken while the shape changed) is not trusted: the
    // units are then drawn as active with no percentage rather than with someone else's state.
    const core::DeadUnitReport &report = snapshot.dead;
    bool reportFits =
        report.states.size() == m_widths.size() && report.activeFraction.size() == m_widths.size();
    for (int l = 0; reportFits && l < layers(); ++l) {
        const auto n = static_cast<size_t>(m_widths[static_cast<size_t>(l)]);
        reportFits = report.states[static_cast<size_t>(l)].size() == n &&
                     report.activeFraction[static_cast<size_t>(l)].size() == n;
    }
    m_states.assign(m_widths.size(), {});
    m_activeFraction.assign(m_widths.size(), {});
    for (size_t l = 0; l < m_widths.size(); ++l) {
        const auto n = static_cast<size_t>(m_widths[l]);
        m_states[l] = reportFits ? report.states[l]
                                 : std::vector<core::UnitState>(n, core::UnitState::Active);
        m_activeFraction[l] =
            reportFits ? report.activeFraction[l] : std::vector<double>(n, std::nan(""));
    }
    m_deadUnits = reportFits ? report.deadUnits : 0;
    m_inactiveUnits = reportFits ? report.inactiveUnits : 0;
    m_starvedUnits = reportFits ? report.starvedUnits : 0;
    m_collapsed = reportFits && report.collapsed;

    // Links. For maxout the piece with the largest |w| for that input stands for the connection,
    // sign kept: summing pieces could cancel a strong connection that one piece really uses.
    m_links.assign(m_widths.size() + 1, {});
    try {
        const core::Mlp net = session::rebuildNetwork(snapshot);
        if (net.parameters().size() == snapshot.parameters.size()) {
            const bool maxout = snapshot.network.activation == core::HiddenActivation::Maxout;
            for (int g = 0; g <= layers(); ++g) {
                const int fromCount = g == 0 ? m_inputs : m_widths[static_cast<size_t>(g - 1)];
                const int toCount = g == layers() ? 1 : m_widths[static_cast<size_t>(g)];
                const int pieces = maxout && g < layers() ? snapshot.network.pieces : 1;
                auto &links = m_links[static_cast<size_t>(g)];
                double maxAbs = 0.0;
                for (int to = 0; to < toCount; ++to) {
                    for (int from = 0; from < fromCount; ++from) {
                        double w = 0.0;
                        for (int k = 0; k < pieces; ++k) {
                            const double wk = net.weight(g, to, from, k);
                            if (std::abs(wk) > std::abs(w)) w = wk;
                        }
                        if (!std::isfinite(w)) continue;
                        maxAbs = std::max(maxAbs, std::abs(w));
                        links.push_back({from, to, w, w >= 0.0});
                    }
                }
                for (Link &link : links)
                    link.strength = maxAbs > 0.0 ? std::abs(link.strength) / maxAbs : 0.0;
            }
        }
    } catch (const std::exception &) {
        // An invalid config in a snapshot: draw the units without links rather than fail.
        m_links.assign(m_widths.size() + 1, {});
    }

    m_field = field;
    if (selectedUnit().isValid() && !contains(selectedUnit())) setSelectedUnit({});
    relayout();
    rebuildThumbnails();
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
    return unit.isValid() && unit.layer < layers() &&
           unit.unit < m_widths[static_cast<size_t>(unit.layer)];
}

core::UnitState NetworkDiagram::stateOf(int layer, int unit) const
{
    return m_states[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
}

double NetworkDiagram::fractionOf(int layer, int unit) const
{
    return m_activeFraction[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
}

void NetworkDiagram::setDisplayScale(double scale)
{
    m_scale = std::clamp(scale, 0.5, 4.0);
    m_textScale = m_scale;
    relayout();
    rebuildThumbnails();
    invalidate();
}

void NetworkDiagram::setDisplayStyle(const DisplayStyle &style)
{
    m_scale = std::clamp(style.line, 0.5, 4.0);
    m_textScale = 1.0;
    m_highContrast = style.highContrast;
    relayout();
    rebuildThumbnails();
    invalidate();
}

void NetworkDiagram::invalidate()
{
    m_cacheValid = false;
    update();
}

QColor NetworkDiagram::activeBorder() const
{
    return m_highContrast ? QColor(Qt::black) : kActiveBorder;
}

QColor NetworkDiagram::inactiveBorder() const
{
    return m_highContrast ? kHighContrastInactiveBorder : kInactiveBorder;
}

QString NetworkDiagram::unitDescription(UnitRef unit) const
{
    if (!contains(unit)) return {};
    const QString where = tr("Layer %1, unit %2").arg(unit.layer + 1).arg(unit.unit + 1);
    QString share = percentText(fractionOf(unit.layer, unit.unit));
    if (share.isEmpty()) share = tr("an unknown share");
    if (!m_hasOffSide)
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

void NetworkDiagram::updateAccessibleDescription()
{
    QString text;
    if (!m_hasSnapshot) {
        text = tr("No network yet. Press Play to train.");
    } else {
        text = tr("%1 hidden layers, %2 units: %3 dead, %4 starved, %5 inactive but alive "
                  "(counting the starved ones that are off on all data), %6 active on some data.")
                   .arg(layers())
                   .arg(m_hiddenUnits)
                   .arg(m_deadUnits)
                   .arg(m_starvedUnits)
                   .arg(m_inactiveUnits - m_deadUnits)
                   .arg(m_hiddenUnits - m_inactiveUnits);
        if (m_collapsed)
            text +=
                tr(" Collapsed: a hidden layer is the same on every training example, so the "
                   "output no longer depends on x.");
        if (!m_hasOffSide)
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
    m_unitRects.assign(m_widths.size(), {});
    m_inputCenters.clear();
    m_headingRects.clear();
    m_legend.clear();
    if (!m_hasSnapshot) return;

    const double s = m_scale;
    const QFontMetricsF fm(scaledFont(kLegendFont));
    const QFontMetricsF small(scaledFont(kPercentFont));
    const QRectF area = QRectF(rect()).adjusted(8 * s, 6 * s, -8 * s, -6 * s);

    // The legend flows over as many lines as the width needs, at the bottom.
    const double swatch = std::round(fm.height() * 0.9);
    const double lineHeight = std::max(fm.height(), swatch) + 4 * s;
    const std::array<std::pair<LegendItem::Kind, QString>, 6> items{{
        {LegendItem::Dead, tr("dead (its kink blocks every example)")},
        {LegendItem::Starved, tr("dotted, ⊘: starved (no gradient reaches it)")},
        {LegendItem::Inactive, tr("dashed: inactive (z ≤ 0 on all data)")},
        {LegendItem::Off, m_hasOffSide ? tr("hatched: where the unit is off (z ≤ 0)")
                                       : tr("grey: z ≤ 0 (sigmoid and tanh are never off)")},
        {LegendItem::On, tr("on: z > 0, darker = larger")},
        {LegendItem::Links, tr("w > 0 / w < 0, width ∝ |w|")},
    }};
    double x = area.left();
    double y = 0.0;
    double rowHeight = lineHeight;
    // An entry wider than the diagram (large text, a narrow column) wraps its words instead.
    const double widestLabel = std::max(40.0, area.width() - swatch - 4 * s);
    for (const auto &[kind, text] : items) {
        const double textWidth = std::min(fm.horizontalAdvance(text) + 1, widestLabel);
        const double textHeight =
            fm.boundingRect(QRectF(0, 0, widestLabel, 1e6), Qt::TextWordWrap, text).height();
        const double height = std::max(lineHeight, textHeight + 4 * s);
        const double width = swatch + 4 * s + textWidth;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += rowHeight;
            rowHeight = lineHeight;
        }
        rowHeight = std::max(rowHeight, height);
        LegendItem item{kind, text, {}, {}};
        item.swatch = QRectF(x, y + (lineHeight - swatch) / 2, swatch, swatch);
        item.label = QRectF(x + swatch + 4 * s, y, textWidth, height);
        m_legend.push_back(item);
        x += width + 14 * s;
    }
    QFont bold = scaledFont(kLegendFont);
    bold.setBold(true);
    const double countWidth = QFontMetricsF(bold).horizontalAdvance(countText(999, 999, 999)) + 2;
    if (x > area.left() && x + countWidth > area.right()) {
        x = area.left();
        y += rowHeight;
        rowHeight = lineHeight;
    }
    m_countRect = QRectF(x, y, countWidth, lineHeight);
    const double legendHeight = y + rowHeight;
    const double legendTop = area.bottom() - legendHeight;
    for (LegendItem &item : m_legend) {
        item.swatch.translate(0, legendTop);
        item.label.translate(0, legendTop);
    }
    m_countRect.translate(0, legendTop);
    m_legendArea = QRectF(area.left(), legendTop, area.width(), legendHeight);

    // Columns: the inputs and ŷ need less room than a hidden layer.
    const int columns = layers() + 2;
    constexpr double kEndWeight = 0.7;
    const double totalWeight = layers() + 2 * kEndWeight;
    const double unitColumn = area.width() / totalWeight;
    const double headingHeight = fm.height();
    const double top = area.top() + headingHeight + 6 * s;
    const double bottom = legendTop - 8 * s;
    const double height = std::max(1.0, bottom - top);
    const double centerY = (top + bottom) / 2;

    std::vector<double> columnX(static_cast<size_t>(columns));
    const double labelRoom = fm.horizontalAdvance(QStringLiteral("x₂")) + 6 * s;
    for (int c = 0; c < columns; ++c) {
        const double weightBefore = c == 0 ? 0.0 : kEndWeight + (c - 1);
        const double weight = c == 0 || c == columns - 1 ? kEndWeight : 1.0;
        columnX[static_cast<size_t>(c)] = area.left() + (weightBefore + weight / 2) * unitColumn;
    }

    // One size for every unit, so that thumbnails compare; percentages under the units only
    // when they fit.
    int maxUnits = 1;
    for (int w : m_widths)
        maxUnits = std::max(maxUnits, w);
    // The percentage sits below the selection ring's reach; the gap after it keeps the ring of
    // the unit below off the text too.
    const double labelHeight = small.height() + percentOffset();
    const double gapWithLabel = 5 * s;
    const double bySpace = std::min(kMaxUnit * s, unitColumn * 0.55);
    const double withLabels =
        (height - maxUnits * labelHeight - (maxUnits - 1) * gapWithLabel) / maxUnits;
    double size = std::min(bySpace, withLabels);
    m_showPercent = size >= std::max(20.0 * s, small.horizontalAdvance(QStringLiteral("100%")));
    double pitch = 0.0;
    if (m_showPercent) {
        size = std::floor(size);
        pitch = size + std::ceil(labelHeight + gapWithLabel);
    } else {
        size = std::floor(std::max(3.0, std::min(bySpace, height / (maxUnits * 1.2 - 0.2))));
        pitch = size + std::max(1.0, std::round(size * 0.2));
    }
    m_unitSize = size;
    m_showThumbnails = size >= kMinThumbnail;

    m_nodeRadius = std::clamp(size * 0.28, 5.0 * s, 12.0 * s);
    // Keep room for the x₁/ŷ labels beside the end nodes.
    columnX.front() = std::max(columnX.front(), area.left() + labelRoom + m_nodeRadius);
    columnX.back() = std::min(columnX.back(), area.right() - labelRoom - m_nodeRadius);

    for (int l = 0; l < layers(); ++l) {
        const int n = m_widths[static_cast<size_t>(l)];
        const double columnTop = std::round(centerY - (n * pitch - (pitch - size)) / 2);
        const double left = std::round(columnX[static_cast<size_t>(l + 1)] - size / 2);
        auto &rects = m_unitRects[static_cast<size_t>(l)];
        for (int u = 0; u < n; ++u)
            rects.emplace_back(left, columnTop + u * pitch, size, size);
    }
    const double inputPitch = std::max(pitch, 3.0 * m_nodeRadius);
    for (int i = 0; i < m_inputs; ++i) {
        const double cy = centerY + (i - (m_inputs - 1) / 2.0) * inputPitch;
        m_inputCenters.emplace_back(columnX.front(), cy);
    }
    m_outputCenter = QPointF(columnX.back(), centerY);

    for (int c = 0; c < columns; ++c) {
        const double cx = columnX[static_cast<size_t>(c)];
        const double w = c == 0 || c == columns - 1 ? kEndWeight * unitColumn : unitColumn;
        m_headingRects.emplace_back(cx - w / 2, area.top(), w, headingHeight);
    }
}

// ---------------------------------------------------------------------------------------------
// Thumbnails

void NetworkDiagram::rebuildThumbnails()
{
    m_thumbnails.assign(m_widths.size(), {});
    m_thumbnailPixels = static_cast<int>(std::lround(m_unitSize * devicePixelRatioF()));
    const bool fieldFits = m_field.units == m_hiddenUnits && m_field.columns >= 2 &&
                           m_field.rows >= 1 &&
                           m_field.pre.size() == static_cast<size_t>(m_field.columns) *
                                                     static_cast<size_t>(m_field.rows) *
                                                     static_cast<size_t>(m_field.units);
    if (!m_hasSnapshot || !m_showThumbnails || !fieldFits || m_thumbnailPixels < 2) return;
    int flat = 0;
    for (int l = 0; l < layers(); ++l) {
        auto &images = m_thumbnails[static_cast<size_t>(l)];
        for (int u = 0; u < m_widths[static_cast<size_t>(l)]; ++u, ++flat) {
            QImage image = m_field.rows == 1 ? curveThumbnail(flat, m_thumbnailPixels)
                                             : planeThumbnail(flat, m_thumbnailPixels);
            image.setDevicePixelRatio(devicePixelRatioF());
            images.push_back(std::move(image));
        }
    }
}

QImage NetworkDiagram::planeThumbnail(int flatUnit, int pixels) const
{
    const core::InputField &f = m_field;
    double zMax = 0.0;
    for (int r = 0; r < f.rows; ++r)
        for (int c = 0; c < f.columns; ++c)
            zMax = std::max(zMax, f.preActivation(c, r, flatUnit));

    // z bilinearly interpolated at each device pixel, so the kink line is as sharp as the screen
    // allows instead of a blurred 24-pixel grid; y grows upwards as on the data plot.
    std::vector<double> z(static_cast<size_t>(pixels) * static_cast<size_t>(pixels));
    const int lastColumn = f.columns - 1;
    const int lastRow = std::max(0, f.rows - 1);
    for (int j = 0; j < pixels; ++j) {
        const double gy = (1.0 - (j + 0.5) / pixels) * lastRow;
        const int r0 = std::clamp(static_cast<int>(std::floor(gy)), 0, std::max(0, lastRow - 1));
        const int r1 = std::min(r0 + 1, lastRow);
        const double ty = std::clamp(gy - r0, 0.0, 1.0);
        for (int i = 0; i < pixels; ++i) {
            const double gx = (i + 0.5) / pixels * lastColumn;
            const int c0 = std::clamp(static_cast<int>(std::floor(gx)), 0, lastColumn - 1);
            const double tx = std::clamp(gx - c0, 0.0, 1.0);
            const double top = f.preActivation(c0, r0, flatUnit) * (1 - tx) +
                               f.preActivation(c0 + 1, r0, flatUnit) * tx;
            const double bottom = f.preActivation(c0, r1, flatUnit) * (1 - tx) +
                                  f.preActivation(c0 + 1, r1, flatUnit) * tx;
            z[static_cast<size_t>(j) * pixels + i] = top * (1 - ty) + bottom * ty;
        }
    }

    const double dpr = devicePixelRatioF();
    const int pitch = std::max(4, static_cast<int>(std::lround(5.0 * m_scale * dpr)));
    const int hatchWidth = std::max(1, static_cast<int>(std::lround(m_scale * dpr)));
    QImage image(pixels, pixels, QImage::Format_RGB32);
    const auto on = [&](int i, int j) { return z[static_cast<size_t>(j) * pixels + i] > 0.0; };
    for (int j = 0; j < pixels; ++j) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(j));
        for (int i = 0; i < pixels; ++i) {
            const double value = z[static_cast<size_t>(j) * pixels + i];
            QColor colour;
            if (value > 0.0) {
                // The unit's own line z = 0, drawn where an "on" pixel touches an "off" one.
                const bool edge = (i > 0 && !on(i - 1, j)) || (i + 1 < pixels && !on(i + 1, j)) ||
                                  (j > 0 && !on(i, j - 1)) || (j + 1 < pixels && !on(i, j + 1));
                const double t = zMax > 0.0 ? std::sqrt(std::clamp(value / zMax, 0.0, 1.0)) : 0.0;
                colour = edge ? kKinkLine : mix(kOnLight, okabeIto::kBlue, t);
            } else {
                colour = m_hasOffSide && onHatch(i, j, pitch, hatchWidth) ? kHatch : kOffFill;
            }
            line[i] = colour.rgb();
        }
    }
    return image;
}

QImage NetworkDiagram::curveThumbnail(int flatUnit, int pixels) const
{
    const core::InputField &f = m_field;
    double zLow = 0.0, zHigh = 0.0;
    for (int c = 0; c < f.columns; ++c) {
        const double z = f.preActivation(c, 0, flatUnit);
        if (!std::isfinite(z)) continue;
        zLow = std::min(zLow, z);
        zHigh = std::max(zHigh, z);
    }
    if (zHigh - zLow < 1e-12) zHigh = zLow + 1.0;
    const double margin = 0.12 * (zHigh - zLow);
    zLow -= margin;
    zHigh += margin;

    const auto zAt = [&](double px) {
        const double g = std::clamp(px / pixels, 0.0, 1.0) * (f.columns - 1);
        const int c0 = std::clamp(static_cast<int>(std::floor(g)), 0, f.columns - 2);
        const double t = g - c0;
        return f.preActivation(c0, 0, flatUnit) * (1 - t) +
               f.preActivation(c0 + 1, 0, flatUnit) * t;
    };
    const auto yOf = [&](double z) { return (zHigh - z) / (zHigh - zLow) * pixels; };

    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double dpr = devicePixelRatioF();
    const double pitch = std::max(4.0, 5.0 * m_scale * dpr);
    const double lineWidth = std::max(1.0, m_scale * dpr);

    // The off intervals, found per device column: runs of z <= 0 become hatched bands.
    QPainterPath off;
    int runStart = -1;
    for (int i = 0; i <= pixels; ++i) {
        const bool isOff = i < pixels && zAt(i + 0.5) <= 0.0;
        if (isOff && runStart < 0) runStart = i;
        if (!isOff && runStart >= 0) {
            off.addRect(QRectF(runStart, 0, i - runStart, pixels));
            runStart = -1;
        }
    }
    if (m_hasOffSide) {
        p.save();
        p.setClipPath(off);
        drawHatchedRect(p, QRectF(0, 0, pixels, pixels), pitch, lineWidth);
        p.restore();
    }

    p.setPen(QPen(inactiveBorder(), lineWidth, Qt::DashLine));
    p.drawLine(QPointF(0, yOf(0.0)), QPointF(pixels, yOf(0.0)));

    QPolygonF curve;
    for (int i = 0; i <= pixels; ++i)
        curve << QPointF(i, yOf(zAt(i)));
    QPainterPath onRegion;
    onRegion.addRect(QRectF(0, 0, pixels, pixels));
    onRegion = onRegion.subtracted(off);
    p.setPen(QPen(activeBorder(), 1.5 * lineWidth));
    p.setClipPath(off);
    p.drawPolyline(curve);
    p.setPen(QPen(okabeIto::kBlue, 2.0 * lineWidth));
    p.setClipPath(onRegion);
    p.drawPolyline(curve);
    return image;
}

// ---------------------------------------------------------------------------------------------
// Painting

void NetworkDiagram::paintEvent(QPaintEvent *)
{
    if (!m_cacheValid) renderCache();
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    drawSelection(p);
}

void NetworkDiagram::renderCache()
{
    const double dpr = devicePixelRatioF();
    m_cache = QPixmap((QSizeF(size()) * dpr).toSize());
    m_cache.setDevicePixelRatio(dpr);
    m_cache.fill(palette().color(QPalette::Base));
    m_cacheValid = true;

    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!m_hasSnapshot) {
        QFont f = scaledFont(1.4);
        p.setFont(f);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(rect()), Qt::AlignCenter | Qt::TextWordWrap, tr("Press Play to train"));
        return;
    }

    // Column headings.
    p.setFont(scaledFont(0.9));
    p.setPen(palette().color(QPalette::Text));
    const QFontMetricsF fm(p.font());
    for (size_t c = 0; c < m_headingRects.size(); ++c) {
        QString text;
        if (c == 0)
            text = tr("input");
        else if (c + 1 == m_headingRects.size())
            text = tr("output");
        else
            text = tr("layer %1").arg(c);
        const bool end = c == 0 || c + 1 == m_headingRects.size();
        QRectF where = m_headingRects[c];
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

    drawLinks(p);
    drawNodes(p);
    for (int l = 0; l < layers(); ++l)
        for (int u = 0; u < m_widths[static_cast<size_t>(l)]; ++u)
            drawUnit(p, l, u);
    drawLegend(p);
}

void NetworkDiagram::drawLinks(QPainter &p) const
{
    // Links grouped by sign and strength level, weakest first, so that one pen serves many lines
    // (a 12 x 32 network has some 11,000) and strong links lie on top.
    std::array<std::array<std::vector<QLineF>, kLinkLevels>, 2> buckets;
    std::vector<QLineF> silent;  // out of dead units: they carry nothing on the data
    for (int g = 0; g <= layers(); ++g) {
        for (const Link &link : m_links[static_cast<size_t>(g)]) {
            if (link.strength < kMinLinkStrength) continue;
            QPointF from, to;
            if (g == 0) {
                from = m_inputCenters[static_cast<size_t>(link.from)] + QPointF(m_nodeRadius, 0);
            } else {
                const QRectF &r =
                    m_unitRects[static_cast<size_t>(g - 1)][static_cast<size_t>(link.from)];
                from = QPointF(r.right(), r.center().y());
            }
            if (g == layers()) {
                to = m_outputCenter - QPointF(m_nodeRadius, 0);
            } else {
                const QRectF &r = m_unitRects[static_cast<size_t>(g)][static_cast<size_t>(link.to)];
                to = QPointF(r.left(), r.center().y());
            }
            if (g > 0 && stateOf(g - 1, link.from) == core::UnitState::Dead) {
                silent.emplace_back(from, to);
                continue;
            }
            const int level =
                std::clamp(static_cast<int>(link.strength * kLinkLevels), 0, kLinkLevels - 1);
            buckets[link.positive ? 0 : 1][static_cast<size_t>(level)].emplace_back(from, to);
        }
    }
    // Opaque colours, mixed with the background here, drawn with CompositionMode_Source: the
    // same picture as translucent links painted over the background (anti-aliased edges still
    // blend), but Qt's raster engine then fills the spans in the painting thread. Translucent
    // fills of more than ~100 spans (every link longer than ~50 pixels) are split across Qt's
    // GUI thread pool and waited for: thousands of hand-offs made a redraw of a 2-16-16-16-1 net
    // take ~60 ms. Where links cross, the later (stronger) one lies on top.
    const QColor base = palette().color(QPalette::Base);
    const auto overBase = [&base](const QColor &colour, double alpha) {
        return mix(base, colour, alpha);
    };
    const QPainter::CompositionMode mode = p.compositionMode();
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.setPen(QPen(overBase(QColor(0x80, 0x80, 0x80), 50.0 / 255.0), 0.8 * m_scale, Qt::DotLine));
    p.drawLines(silent.data(), static_cast<int>(silent.size()));
    // Dense networks get thinner, fainter links: otherwise a wall of colour hides the units.
    size_t mostLinks = 1;
    for (const auto &links : m_links)
        mostLinks = std::max(mostLinks, links.size());
    const double thickness = std::clamp(m_unitSize / (40.0 * m_scale), 0.3, 1.0) * m_scale;
    const double opacity = std::clamp(std::sqrt(64.0 / static_cast<double>(mostLinks)), 0.3, 1.0);
    for (int level = 0; level < kLinkLevels; ++level) {
        const double t = (level + 0.5) / kLinkLevels;
        for (int sign = 0; sign < 2; ++sign) {
            const auto &lines = buckets[static_cast<size_t>(sign)][static_cast<size_t>(level)];
            if (lines.empty()) continue;
            const QColor colour = overBase(sign == 0 ? okabeIto::kBlue : okabeIto::kVermillion,
                                           (45 + 190 * t) * opacity / 255.0);
            p.setPen(QPen(colour, std::max(0.5, (0.5 + 3.5 * t) * thickness), Qt::SolidLine,
                          Qt::FlatCap));
            p.drawLines(lines.data(), static_cast<int>(lines.size()));
        }
    }
    p.setCompositionMode(mode);
}

void NetworkDiagram::drawNodes(QPainter &p) const
{
    const QColor text = palette().color(QPalette::Text);
    p.setFont(scaledFont(1.1));
    const double r = m_nodeRadius;
    const auto node = [&](QPointF centre) {
        p.setPen(QPen(activeBorder(), 1.5 * m_scale));
        p.setBrush(Qt::white);
        p.drawEllipse(centre, r, r);
    };
    for (int i = 0; i < m_inputs; ++i) {
        const QPointF c = m_inputCenters[static_cast<size_t>(i)];
        node(c);
        const QString label = m_inputs == 1 ? QStringLiteral("x")
                              : i == 0      ? QStringLiteral("x₁")
                                            : QStringLiteral("x₂");
        p.setPen(text);
        p.drawText(QRectF(c.x() - r - 200, c.y() - 50, 200 - 4 * m_scale, 100),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }
    node(m_outputCenter);
    p.setPen(text);
    p.drawText(QRectF(m_outputCenter.x() + r + 4 * m_scale, m_outputCenter.y() - 50, 200, 100),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("ŷ"));
    p.setBrush(Qt::NoBrush);
}

void NetworkDiagram::drawUnit(QPainter &p, int layer, int unit) const
{
    const QRectF r = m_unitRects[static_cast<size_t>(layer)][static_cast<size_t>(unit)];
    const core::UnitState state = stateOf(layer, unit);
    const auto &images = m_thumbnails[static_cast<size_t>(layer)];
    if (static_cast<size_t>(unit) < images.size() && !images[static_cast<size_t>(unit)].isNull()) {
        p.drawImage(r, images[static_cast<size_t>(unit)]);
    } else if (state == core::UnitState::Active) {
        // Too small for a picture (or no field): the state alone, in the same visual language.
        p.fillRect(r, mix(kOnLight, okabeIto::kBlue, 0.6));
    } else {
        drawHatchedRect(p, r, std::max(3.0, 4.0 * m_scale), 1.0);
    }

    p.setBrush(Qt::NoBrush);
    switch (state) {
        case core::UnitState::Active:
            p.setPen(QPen(activeBorder(), 1.0 * m_scale));
            p.drawRect(r);
            break;
        case core::UnitState::Inactive: {
            QPen pen(inactiveBorder(), 1.6 * m_scale, Qt::DashLine);
            p.setPen(pen);
            p.drawRect(r);
            if (r.width() >= 18) {
                // "~": alive but quiet; a mark of its own besides the dashes.
                const double d = std::min(r.width() * 0.42, 16.0 * m_scale);
                const QRectF badge(r.right() - d - 2 * m_scale, r.top() + 2 * m_scale, d, d);
                p.setPen(QPen(inactiveBorder(), 1.0 * m_scale));
                p.setBrush(Qt::white);
                p.drawEllipse(badge);
                QFont f = scaledFont();
                f.setBold(true);
                f.setPixelSize(std::max(6, static_cast<int>(d * 0.9)));
                p.setFont(f);
                p.setPen(activeBorder());
                p.drawText(badge, Qt::AlignCenter, QStringLiteral("~"));
                p.setBrush(Qt::NoBrush);
            }
            break;
        }
        case core::UnitState::Starved: {
            // Dotted, not dashed (inactive) or solid (dead), and a badge of its own: the state
            // reads without its colour.
            const double border = std::max(2.0, std::min(3.0 * m_scale, r.width() * 0.12));
            const QRectF inset = r.adjusted(border / 2, border / 2, -border / 2, -border / 2);
            // Dense purple dots on a white band: visible over the dark blue of a thumbnail.
            p.setPen(QPen(Qt::white, border, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            p.drawRect(inset);
            QPen dots(kStarved, border, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
            dots.setDashPattern({1.0, 1.0});
            p.setPen(dots);
            p.drawRect(inset);
            if (r.width() >= 18) {
                const double d = std::min(r.width() * 0.42, 16.0 * m_scale);
                drawStarvedBadge(p,
                                 QRectF(r.right() - d - 2 * m_scale, r.top() + 2 * m_scale, d, d),
                                 std::max(1.0, 1.4 * m_scale));
            }
            break;
        }
        case core::UnitState::Dead: {
            const double border = std::max(2.0, std::min(3.0 * m_scale, r.width() * 0.12));
            drawCross(p, r, std::max(1.5, std::min(3.0 * m_scale, r.width() * 0.1)));
            // The border lies inside the square so that neighbours never touch it.
            p.setPen(
                QPen(okabeIto::kVermillion, border, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
            p.drawRect(r.adjusted(border / 2, border / 2, -border / 2, -border / 2));
            break;
        }
    }

    if (m_showPercent) {
        const QString text = percentText(fractionOf(layer, unit));
        if (!text.isEmpty()) {
            p.setFont(scaledFont(kPercentFont));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(
                QRectF(r.left() - r.width(), r.bottom() + percentOffset(), 3 * r.width(), 100),
                Qt::AlignHCenter | Qt::AlignTop, text);
        }
    }
}

void NetworkDiagram::drawLegend(QPainter &p) const
{
    const QColor text = palette().color(QPalette::Text);
    p.setFont(scaledFont(kLegendFont));
    for (const LegendItem &item : m_legend) {
        const QRectF s = item.swatch;
        switch (item.kind) {
            case LegendItem::Dead:
                p.fillRect(s, Qt::white);
                drawCross(p, s.adjusted(-1, -1, 1, 1), 1.8 * m_scale);
                p.setPen(QPen(okabeIto::kVermillion, 2.0 * m_scale));
                p.drawRect(s.adjusted(1, 1, -1, -1));
                break;
            case LegendItem::Starved: {
                p.fillRect(s, Qt::white);
                QPen dots(kStarved, 2.0 * m_scale, Qt::CustomDashLine, Qt::FlatCap);
                dots.setDashPattern({1.0, 1.0});
                p.setPen(dots);
                p.drawRect(s.adjusted(1, 1, -1, -1));
                const double d = s.width() * 0.6;
                drawStarvedBadge(p, QRectF(s.center().x() - d / 2, s.center().y() - d / 2, d, d),
                                 std::max(1.0, 1.2 * m_scale));
                break;
            }
            case LegendItem::Inactive:
                p.fillRect(s, Qt::white);
                p.setPen(QPen(inactiveBorder(), 1.6 * m_scale, Qt::DashLine));
                p.drawRect(s.adjusted(1, 1, -1, -1));
                p.setPen(activeBorder());
                p.drawText(s, Qt::AlignCenter, QStringLiteral("~"));
                break;
            case LegendItem::Off:
                if (m_hasOffSide)
                    drawHatchedRect(p, s, std::max(4.0, 5.0 * m_scale), std::max(1.0, m_scale));
                else
                    p.fillRect(s, kOffFill);
                p.setPen(QPen(activeBorder(), 1.0 * m_scale));
                p.drawRect(s);
                break;
            case LegendItem::On: {
                QLinearGradient g(s.topLeft(), s.topRight());
                g.setColorAt(0, kOnLight);
                g.setColorAt(1, okabeIto::kBlue);
                p.fillRect(s, g);
                p.setPen(QPen(activeBorder(), 1.0 * m_scale));
                p.drawRect(s);
                break;
            }
            case LegendItem::Links:
                p.setPen(QPen(okabeIto::kBlue, 3.0 * m_scale, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(s.left(), s.top() + s.height() * 0.3),
                           QPointF(s.right(), s.top() + s.height() * 0.3));
                p.setPen(QPen(okabeIto::kVermillion, 1.5 * m_scale, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(s.left(), s.top() + s.height() * 0.75),
                           QPointF(s.right(), s.top() + s.height() * 0.75));
                break;
        }
        p.setPen(text);
        p.drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, item.text);
    }

    QFont bold = scaledFont(kLegendFont);
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(m_deadUnits > 0 ? okabeIto::kVermillion : text);
    QString count = countText(m_deadUnits, m_starvedUnits, m_hiddenUnits);
    if (m_collapsed) count += tr(" — collapsed");
    p.drawText(QRectF(m_countRect.left(), m_countRect.top(), 10000, m_countRect.height()),
               Qt::AlignLeft | Qt::AlignVCenter, count);
}

QString NetworkDiagram::countText(int dead, int starved, int units) const
{
    const double share = units > 0 ? 100.0 * dead / units : 0.0;
    QString count = tr("dead %1 / %2 (%3%)").arg(dead).arg(units).arg(std::lround(share));
    if (starved > 0) count += tr(", starved %1").arg(starved);
    return count;
}

double NetworkDiagram::percentOffset() const
{
    return kRingGap * m_scale + 3.0 * m_scale;
}

void NetworkDiagram::drawSelection(QPainter &p) const
{
    if (selectedUnit().isValid() && contains(selectedUnit())) {
        const double gap = kRingGap * m_scale;
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

// ---------------------------------------------------------------------------------------------
// Geometry and interaction

QRectF NetworkDiagram::unitRect(UnitRef unit) const
{
    if (!contains(unit) || static_cast<size_t>(unit.layer) >= m_unitRects.size()) return {};
    const auto &rects = m_unitRects[static_cast<size_t>(unit.layer)];
    if (static_cast<size_t>(unit.unit) >= rects.size()) return {};
    return rects[static_cast<size_t>(unit.unit)];
}

UnitRef NetworkDiagram::unitAt(QPointF pos) const
{
    // Tiny squares get a little slack so that they can still be hit.
    const double slack = m_unitSize < 16 ? 1.0 : 0.0;
    for (size_t l = 0; l < m_unitRects.size(); ++l) {
        const auto &rects = m_unitRects[l];
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
            QToolTip::showText(help->globalPos(), unitDescription(unit), this,
                               unitRect(unit).toAlignedRect());
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
    rebuildThumbnails();
    invalidate();
}

void NetworkDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange) {
        relayout();
        rebuildThumbnails();
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
    const auto widthOf = [this](int layer) { return m_widths[static_cast<size_t>(layer)]; };
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
