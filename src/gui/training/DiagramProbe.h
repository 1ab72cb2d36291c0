// The network diagram at the probed point: everything faded, then the path of the point drawn
// over it. Units on at the point are bright with a thick border, units off stay faded; each
// unit's z is written under it; the links whose signal reaches further are drawn strong (width
// by what they add to their target), the others stay faded; every thumbnail marks the point;
// the inputs and ŷ carry their values.
#pragma once

#include <QImage>
#include <QPainter>
#include <QPointF>
#include <optional>
#include <vector>

#include "core/ProbePath.h"
#include "gui/training/DiagramLayout.h"

namespace relulab::gui {

struct DiagramLook;

struct DiagramProbe
{
    core::ProbePath path;
    // Where the point lies on a thumbnail, as a share of its width (left to right) and height
    // (top to bottom); none when it is outside the field the thumbnails show. 1-D: x only.
    std::optional<QPointF> onThumbnail;
    bool oneD = false;
};

void drawDiagramProbe(QPainter &p, const DiagramLayout &layout, const DiagramLook &look,
                      const DiagramProbe &probe, const std::vector<QImage> &thumbnails);

// "z = 0.42" as the diagram writes it under a unit.
QString probeNumber(double value);

}  // namespace relulab::gui
