// How each function is drawn: Okabe-Ito colour plus a line style and marker of its own, so no
// information is carried by colour alone.
#pragma once

#include <QColor>
#include <QList>
#include <QPen>

#include "gui/style/DisplayStyle.h"
#include "session/FunctionId.h"

class QCPAxisRect;
class QCustomPlot;
class QCPLegend;
class QCPScatterStyle;

namespace relulab::gui {

namespace okabeIto {
inline const QColor kBlack{0x00, 0x00, 0x00};
inline const QColor kOrange{0xE6, 0x9F, 0x00};
inline const QColor kSkyBlue{0x56, 0xB4, 0xE9};
inline const QColor kBluishGreen{0x00, 0x9E, 0x73};
inline const QColor kBlue{0x00, 0x72, 0xB2};
inline const QColor kVermillion{0xD5, 0x5E, 0x00};
inline const QColor kReddishPurple{0xCC, 0x79, 0xA7};
}  // namespace okabeIto

inline const QColor kHiddenPieceColor{0x9A, 0x9A, 0x9A};
inline const QColor kGridColor{0xD8, 0xD8, 0xD8};
inline const QColor kAxisColor{0x40, 0x40, 0x40};

// The smallest font any plot uses at display scale 1 (tick labels and legends of the training
// plots), in points: presentation mode grows text until this reaches its target size.
inline constexpr double kSmallestPlotPoints = 10.0;

struct Theme;

struct FunctionStyle
{
    QColor color;
    Qt::PenStyle line = Qt::SolidLine;
    int marker = 0;           // QCPScatterStyle::ScatterShape for the kink dots
    QString lineDescription;  // for legends and accessible descriptions, e.g. "dashed"
};

FunctionStyle functionStyle(session::FunctionId id);
// The curve colour: Okabe-Ito, or in high contrast its darker variant that reads as text on white.
QColor functionColor(session::FunctionId id, bool highContrast);
// The function's colour for its name in a legend: dark enough for 4.5:1 on the theme's legend.
QColor functionTextColor(session::FunctionId id, const Theme &theme);
// The house look of every axis of a plot area: label and tick fonts (points at scale 1), axis,
// tick and grid pens, text colours from the theme; fonts grown by style.text, pens by style.line.
void styleAxes(QCPAxisRect *rect, const QFont &base, const DisplayStyle &style, double labelPoints,
               double tickPoints);
void styleAxes(QCPAxisRect *rect, const QFont &base, double scale, double labelPoints,
               double tickPoints);

// How many columns (1 to maxColumns) entries of these widths take in `room` pixels when entry i
// goes into column i % columns and each column is as wide as its own widest entry: a legend with
// one long entry (a translation) still puts its short ones side by side.
int fittingColumns(const QList<int> &entryWidths, int spacing, int room, int maxColumns);
// The width a legend under a plot of `width` pixels has for its entries (less its margins).
int legendRoom(const QCPLegend *legend, int width);
// How many columns (1 to maxColumns) the legend's entries, in their order, fit into in a plot of
// `width` pixels, so that large text or a long translation wraps the legend instead of cutting
// entries off.
int fittingLegendColumns(const QCPLegend *legend, int width, int maxColumns);

// Moves the plot's legend out of its axis rect into row `row` of its layout, under the plot,
// borderless and filled column by column in `columns` columns.
void placeLegendBelow(QCustomPlot *plot, int row, int columns);

// For plots redrawn with every training snapshot. The plot's opaque background covers its whole
// widget, so Qt need not paint the widgets behind it first (Qt::WA_OpaquePaintEvent); with
// mergeOverlay its overlay layer, empty in these plots, draws into the buffer below it instead of
// a buffer of its own, so each repaint composes one full-size image fewer. A replot asks for the
// window's next paint (QWidget::update) instead of painting and flushing the window at once, as
// QCustomPlot does by default: the plots a snapshot changes paint together, in one pass.
void paintOpaquely(QCustomPlot *plot, bool mergeOverlay);

// The curve's pen at the given line width in pixels.
QPen functionPen(session::FunctionId id, double width, bool highContrast = false);

}  // namespace relulab::gui
