// The diagram's geometry: the legend first (it takes the bottom), then the columns above it.
#include "gui/training/DiagramLayout.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace relulab::gui {

namespace {

using namespace diagramLayout;

// The legend's entries flowed left to right over lines at y = 0 and down; returns its height.
double flowLegend(const DiagramShape &shape, const QRectF &area, DiagramLayout &out)
{
    const double s = shape.scale;
    const QFontMetricsF fm(shape.legendFont);
    const double swatch = std::round(fm.height() * kSwatchShareOfLine);
    const double lineHeight = std::max(fm.height(), swatch) + kLegendLinePadding * s;
    double x = area.left();
    double y = 0.0;
    double rowHeight = lineHeight;
    const auto wrapIfFull = [&](double width) {
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += rowHeight;
            rowHeight = lineHeight;
        }
    };
    // An entry wider than the diagram (large text, a narrow column) wraps its words instead.
    const double widestLabel = std::max(kMinLegendLabel, area.width() - swatch - kSwatchGap * s);
    for (const auto &[kind, text] : shape.legendEntries) {
        const double textWidth = std::min(fm.horizontalAdvance(text) + 1, widestLabel);
        const double textHeight =
            fm.boundingRect(QRectF(0, 0, widestLabel, 1e6), Qt::TextWordWrap, text).height();
        const double height = std::max(lineHeight, textHeight + kLegendLinePadding * s);
        const double width = swatch + kSwatchGap * s + textWidth;
        wrapIfFull(width);
        rowHeight = std::max(rowHeight, height);
        DiagramLegendItem item{kind, text, {}, {}};
        item.swatch = QRectF(x, y + (lineHeight - swatch) / 2, swatch, swatch);
        item.label = QRectF(x + swatch + kSwatchGap * s, y, textWidth, height);
        out.legend.push_back(item);
        x += width + kLegendItemGap * s;
    }
    const double countWidth =
        QFontMetricsF(shape.countFont).horizontalAdvance(shape.widestCount) + 2;
    wrapIfFull(countWidth);
    out.countRect = QRectF(x, y, countWidth, lineHeight);
    return y + rowHeight;
}

// The side of every unit (one size, so that thumbnails compare) and the pitch between units.
std::pair<double, double> unitSizeAndPitch(const DiagramShape &shape, double unitColumn,
                                           double height, DiagramLayout &out)
{
    const double s = shape.scale;
    const QFontMetricsF small(shape.percentFont);
    int maxUnits = 1;
    for (int w : shape.widths)
        maxUnits = std::max(maxUnits, w);
    // The percentage sits below the selection ring's reach; the gap after it keeps the ring of
    // the unit below off the text too.
    const double labelHeight = small.height() + percentOffset(s);
    const double gapWithLabel = kGapWithPercent * s;
    const double bySpace = std::min(kMaxUnit * s, unitColumn * kUnitShareOfColumn);
    const double withLabels =
        (height - maxUnits * labelHeight - (maxUnits - 1) * gapWithLabel) / maxUnits;
    double size = std::min(bySpace, withLabels);
    out.showPercent =
        size >= std::max(kMinPercentUnit * s, small.horizontalAdvance(QStringLiteral("100%")));
    if (out.showPercent) {
        size = std::floor(size);
        return {size, size + std::ceil(labelHeight + gapWithLabel)};
    }
    // Plain squares with a gap of kPlainGapShare of their side: n sides and n - 1 gaps fill it.
    const double plainRows = maxUnits * (1.0 + kPlainGapShare) - kPlainGapShare;
    size = std::floor(std::max(kMinUnit, std::min(bySpace, height / plainRows)));
    return {size, size + std::max(1.0, std::round(size * kPlainGapShare))};
}

void placeColumns(const DiagramShape &shape, const QRectF &area, double legendTop,
                  DiagramLayout &out)
{
    const double s = shape.scale;
    const int layers = static_cast<int>(shape.widths.size());
    const QFontMetricsF fm(shape.legendFont);
    // Columns: the inputs and ŷ need less room than a hidden layer, but their headings' width.
    const int columns = layers + 2;
    double unitColumn = area.width() / (layers + 2 * kEndColumnWeight);
    const double first = std::max(kEndColumnWeight * unitColumn,
                                  fm.horizontalAdvance(shape.inputHeading) + kLabelGap * s);
    const double last = std::max(kEndColumnWeight * unitColumn,
                                 fm.horizontalAdvance(shape.outputHeading) + kLabelGap * s);
    if (layers > 0) unitColumn = std::max(1.0, (area.width() - first - last) / layers);
    const double headingHeight = fm.height();
    const double top = area.top() + headingHeight + kHeadingGap * s;
    const double bottom = legendTop - kLegendGap * s;
    const double height = std::max(1.0, bottom - top);
    const double centerY = (top + bottom) / 2;
    std::vector<double> columnX(static_cast<size_t>(columns));
    const auto columnWidth = [&](int c) {
        return c == 0 ? first : c == columns - 1 ? last : unitColumn;
    };
    std::vector<double> columnLeft(static_cast<size_t>(columns));
    double left = area.left();
    for (int c = 0; c < columns; ++c) {
        columnLeft[static_cast<size_t>(c)] = left;
        columnX[static_cast<size_t>(c)] = left + columnWidth(c) / 2;
        left += columnWidth(c);
    }
    const auto [size, pitch] = unitSizeAndPitch(shape, unitColumn, height, out);
    out.unitSize = size;
    out.showThumbnails = size >= kMinThumbnail;
    out.nodeRadius = std::clamp(size * kNodeShareOfUnit, kMinNodeRadius * s, kMaxNodeRadius * s);
    // Keep room for the x₁/ŷ labels beside the end nodes.
    const double labelRoom = fm.horizontalAdvance(QStringLiteral("x₂")) + kLabelGap * s;
    columnX.front() = std::max(columnX.front(), area.left() + labelRoom + out.nodeRadius);
    columnX.back() = std::min(columnX.back(), area.right() - labelRoom - out.nodeRadius);

    out.unitRects.assign(shape.widths.size(), {});
    for (int l = 0; l < layers; ++l) {
        const int n = shape.widths[static_cast<size_t>(l)];
        const double columnTop = std::round(centerY - (n * pitch - (pitch - size)) / 2);
        const double left = std::round(columnX[static_cast<size_t>(l + 1)] - size / 2);
        for (int u = 0; u < n; ++u)
            out.unitRects[static_cast<size_t>(l)].emplace_back(left, columnTop + u * pitch, size,
                                                               size);
    }
    const double inputPitch = std::max(pitch, kNodeSpacing * out.nodeRadius);
    for (int i = 0; i < shape.inputs; ++i)
        out.inputCenters.emplace_back(columnX.front(),
                                      centerY + (i - (shape.inputs - 1) / 2.0) * inputPitch);
    out.outputCenter = QPointF(columnX.back(), centerY);
    for (int c = 0; c < columns; ++c) {
        // Over the column itself: the end nodes may sit off their column's centre (room for
        // the x labels), and a heading must not reach into its neighbour's.
        out.headingRects.emplace_back(columnLeft[static_cast<size_t>(c)], area.top(),
                                      columnWidth(c), headingHeight);
    }
}

}  // namespace

DiagramLayout layoutDiagram(const DiagramShape &shape)
{
    DiagramLayout out;
    const double s = shape.scale;
    const QRectF area =
        shape.rect.adjusted(kMarginX * s, kMarginY * s, -kMarginX * s, -kMarginY * s);
    const double legendHeight = flowLegend(shape, area, out);
    const double legendTop = area.bottom() - legendHeight;
    for (DiagramLegendItem &item : out.legend) {
        item.swatch.translate(0, legendTop);
        item.label.translate(0, legendTop);
    }
    out.countRect.translate(0, legendTop);
    out.legendArea = QRectF(area.left(), legendTop, area.width(), legendHeight);
    placeColumns(shape, area, legendTop, out);
    return out;
}

}  // namespace relulab::gui
