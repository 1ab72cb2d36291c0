// The network diagram's links as one picture, drawn where the snapshot is analysed.
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QSize>
#include <array>
#include <vector>

#include "core/DeadUnits.h"
#include "core/FieldAnalysis.h"

namespace relulab::session {

// Links are drawn in this many strength levels per sign, one pen each.
inline constexpr int kLinkLevels = 8;

struct LinkPen
{
    QColor colour;  // opaque: already mixed with the diagram's background
    double width = 0.0;
    Qt::PenStyle style = Qt::SolidLine;
    Qt::PenCapStyle cap = Qt::FlatCap;

    friend bool operator==(const LinkPen &, const LinkPen &) = default;
};

// Where and how the diagram draws its links, in its logical pixels: made by the diagram from its
// layout and look and sent with the analysis request, so that the worker draws the links of every
// snapshot at the diagram's size (they change with every snapshot and are most of the diagram's
// drawing: about 600 anti-aliased lines for a 2-16-16-16-1 net).
struct LinkCanvas
{
    QSize size;  // empty: no picture is made
    double devicePixelRatio = 1.0;
    // Per gap between columns (inputs -> first hidden layer -> ... -> output): where a link leaves
    // unit `from` of the column before and where it enters unit `to` of the column after.
    std::vector<std::vector<QPointF>> starts;
    std::vector<std::vector<QPointF>> ends;
    std::array<std::array<LinkPen, kLinkLevels>, 2> pens;  // [w > 0 ? 0 : 1][strength level]
    LinkPen silent;            // out of dead units: they carry nothing on the data
    double minStrength = 0.0;  // fainter links are not drawn

    friend bool operator==(const LinkCanvas &, const LinkCanvas &) = default;
};

// The links on a transparent image of the canvas's size (times its device pixel ratio): those out
// of dead units first, then by sign and strength, weakest first, so strong links lie on top. The
// pens' opaque colours are painted with CompositionMode_Source, which Qt's raster engine fills in
// the painting thread (translucent fills of long lines go to its thread pool and are waited for);
// drawn over the background, the picture is what translucent links painted there would give.
// A null image when the canvas is empty or was made for another network's shape.
QImage renderLinks(const LinkCanvas &canvas, const std::vector<std::vector<core::Link>> &links,
                   const std::vector<std::vector<core::UnitState>> &states);

}  // namespace relulab::session
