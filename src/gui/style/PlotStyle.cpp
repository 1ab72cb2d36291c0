// The per-function colours, line styles and kink markers.
#include "gui/style/PlotStyle.h"

#include <qcustomplot.h>

#include <algorithm>

#include "gui/style/Theme.h"

namespace relulab::gui {

FunctionStyle functionStyle(session::FunctionId id)
{
    using session::FunctionId;
    using Shape = QCPScatterStyle::ScatterShape;
    switch (id) {
        case FunctionId::Relu:
            return {okabeIto::kBlue, Qt::SolidLine, Shape::ssCircle, QObject::tr("solid line")};
        case FunctionId::Leaky:
            return {okabeIto::kVermillion, Qt::DashLine, Shape::ssSquare,
                    QObject::tr("dashed line")};
        case FunctionId::Maxout:
            return {okabeIto::kBluishGreen, Qt::DashDotLine, Shape::ssDiamond,
                    QObject::tr("dash-dot line")};
        case FunctionId::Softplus:
            return {okabeIto::kReddishPurple, Qt::DotLine, Shape::ssCircle,
                    QObject::tr("dotted line")};
        case FunctionId::Elu:
            return {okabeIto::kOrange, Qt::DashDotDotLine, Shape::ssCircle,
                    QObject::tr("dash-dot-dot line")};
        case FunctionId::Gelu:
            return {okabeIto::kSkyBlue, Qt::DashLine, Shape::ssCircle,
                    QObject::tr("long-dashed line")};
        case FunctionId::Silu:
            return {okabeIto::kBlack, Qt::DotLine, Shape::ssCircle,
                    QObject::tr("fine dotted line")};
        // The palette has no eighth colour that reads on white (its yellow does not): the
        // saturating pair reuse the hues of two other smooth cousins (never those of ReLU, Leaky
        // ReLU or Maxout), with dash patterns and markers of their own.
        case FunctionId::Sigmoid:
            return {okabeIto::kReddishPurple, Qt::DashDotLine, Shape::ssTriangle,
                    QObject::tr("long dash-dot line")};
        case FunctionId::Tanh:
            return {okabeIto::kBlack, Qt::DashLine, Shape::ssTriangleInverted,
                    QObject::tr("very long-dashed line")};
    }
    return {};
}

QColor functionColor(session::FunctionId id, bool highContrast)
{
    const QColor color = functionStyle(id).color;
    return highContrast ? readableOn(color, highContrastTheme().plotBackground) : color;
}

QColor functionTextColor(session::FunctionId id, const Theme &theme)
{
    return readableOn(functionColor(id, theme.highContrast),
                      composite(theme.legendFill, theme.plotBackground));
}

void paintOpaquely(QCustomPlot *plot, bool mergeOverlay)
{
    plot->setAttribute(Qt::WA_OpaquePaintEvent);
    plot->setPlottingHint(QCP::phImmediateRefresh, false);
    if (mergeOverlay) plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
}

void placeLegendBelow(QCustomPlot *plot, int row, int columns)
{
    QCPLegend *legend = plot->legend;
    plot->axisRect()->insetLayout()->take(legend);
    plot->plotLayout()->addElement(row, 0, legend);
    plot->plotLayout()->setRowStretchFactor(row, 0.001);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(columns);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 2));
}

int fittingColumns(const QList<int> &entryWidths, int spacing, int room, int maxColumns)
{
    // Entry i sits in column i % columns; each column is as wide as its own widest entry.
    const auto fits = [&](int columns) {
        QList<int> widths(columns, 0);
        for (qsizetype i = 0; i < entryWidths.size(); ++i)
            widths[i % columns] = std::max(widths[i % columns], entryWidths[i]);
        int total = spacing * (columns - 1);
        for (int w : std::as_const(widths))
            total += w;
        return total <= room;
    };
    const int most = std::clamp(static_cast<int>(entryWidths.size()), 1, std::max(1, maxColumns));
    for (int columns = most; columns > 1; --columns)
        if (fits(columns)) return columns;
    return 1;
}

int legendRoom(const QCPLegend *legend, int width)
{
    return width - legend->margins().left() - legend->margins().right();
}

int fittingLegendColumns(const QCPLegend *legend, int width, int maxColumns)
{
    QList<int> widths;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i))  // empty cells are null
            widths << item->minimumOuterSizeHint().width();
    }
    return fittingColumns(widths, legend->columnSpacing(), legendRoom(legend, width), maxColumns);
}

void styleAxes(QCPAxisRect *rect, const QFont &base, const DisplayStyle &style, double labelPoints,
               double tickPoints)
{
    const Theme &t = theme(style.highContrast);
    QFont labelFont = base;
    labelFont.setPointSizeF(labelPoints * style.text);
    QFont tickFont = base;
    tickFont.setPointSizeF(tickPoints * style.text);
    const double w = style.line * (style.highContrast ? 1.5 : 1.0);
    for (QCPAxis *axis : rect->axes()) {
        axis->setLabelFont(labelFont);
        axis->setTickLabelFont(tickFont);
        axis->setBasePen(QPen(t.axis, w));
        axis->setTickPen(QPen(t.axis, w));
        axis->setSubTickPen(QPen(t.axis, w));
        axis->setLabelColor(t.plotText);
        axis->setTickLabelColor(t.plotText);
        axis->grid()->setPen(QPen(t.grid, style.line, Qt::SolidLine));
    }
}

void styleAxes(QCPAxisRect *rect, const QFont &base, double scale, double labelPoints,
               double tickPoints)
{
    styleAxes(rect, base, DisplayStyle::uniform(scale), labelPoints, tickPoints);
}

QPen functionPen(session::FunctionId id, double width, bool highContrast)
{
    const FunctionStyle style = functionStyle(id);
    QPen pen(functionColor(id, highContrast), width, style.line, Qt::FlatCap, Qt::RoundJoin);
    // Qt's dash patterns are in units of the pen width; keep them readable for thick pens.
    if (id == session::FunctionId::Gelu) pen.setDashPattern({6.0, 2.0});
    if (id == session::FunctionId::Silu) pen.setDashPattern({1.0, 1.5});
    if (id == session::FunctionId::Sigmoid) pen.setDashPattern({10.0, 3.0, 2.0, 3.0});
    if (id == session::FunctionId::Tanh) pen.setDashPattern({12.0, 4.0});
    return pen;
}

}  // namespace relulab::gui
