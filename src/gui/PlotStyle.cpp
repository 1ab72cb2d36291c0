// The per-function colours, line styles and kink markers.
#include "PlotStyle.h"

#include <qcustomplot.h>

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
    }
    return {};
}

void styleAxes(QCPAxisRect *rect, const QFont &base, double scale, double labelPoints,
               double tickPoints)
{
    QFont labelFont = base;
    labelFont.setPointSizeF(labelPoints * scale);
    QFont tickFont = base;
    tickFont.setPointSizeF(tickPoints * scale);
    for (QCPAxis *axis : rect->axes()) {
        axis->setLabelFont(labelFont);
        axis->setTickLabelFont(tickFont);
        axis->setBasePen(QPen(kAxisColor, 1.0 * scale));
        axis->setTickPen(QPen(kAxisColor, 1.0 * scale));
        axis->setSubTickPen(QPen(kAxisColor, 1.0 * scale));
        axis->setLabelColor(kAxisColor);
        axis->setTickLabelColor(kAxisColor);
        axis->grid()->setPen(QPen(kGridColor, 1.0 * scale, Qt::SolidLine));
    }
}

QPen functionPen(session::FunctionId id, double width)
{
    const FunctionStyle style = functionStyle(id);
    QPen pen(style.color, width, style.line, Qt::FlatCap, Qt::RoundJoin);
    // Qt's dash patterns are in units of the pen width; keep them readable for thick pens.
    if (id == session::FunctionId::Gelu) pen.setDashPattern({6.0, 2.0});
    if (id == session::FunctionId::Silu) pen.setDashPattern({1.0, 1.5});
    return pen;
}

}  // namespace relulab::gui
