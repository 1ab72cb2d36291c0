// How each function is drawn: Okabe-Ito colour plus a line style and marker of its own, so no
// information is carried by colour alone.
#pragma once

#include <QColor>
#include <QPen>

#include "session/FunctionId.h"

class QCPAxisRect;
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

struct FunctionStyle
{
    QColor color;
    Qt::PenStyle line = Qt::SolidLine;
    int marker = 0;           // QCPScatterStyle::ScatterShape for the kink dots
    QString lineDescription;  // for legends and accessible descriptions, e.g. "dashed"
};

FunctionStyle functionStyle(session::FunctionId id);
// The house look of every axis of a plot area: label and tick fonts (points at scale 1), axis,
// tick and grid pens, text colours; all grown by scale.
void styleAxes(QCPAxisRect *rect, const QFont &base, double scale, double labelPoints,
               double tickPoints);

// The curve's pen at the given line width in pixels.
QPen functionPen(session::FunctionId id, double width);

}  // namespace relulab::gui
