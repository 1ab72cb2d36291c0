// The network diagram's drawing: links, nodes, units with their state marks, and the legend, on a
// laid-out diagram. Pictures come ready-made from the snapshot's analysis.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QPointF>
#include <vector>

#include "core/DeadUnits.h"
#include "gui/training/DiagramLayout.h"
#include "session/LinkPicture.h"

namespace relulab::gui {

// How the diagram looks at this moment: scale, theme and the widget's palette and fonts.
struct DiagramLook
{
    double scale = 1.0;
    bool highContrast = false;
    QColor text, base;
    QFont legendFont, percentFont, nodeFont, badgeFont;
    bool hasOffSide = true;  // false for sigmoid and tanh: no side of z = 0 is "off"
};

// Where the links of this layout run and their pens in this look: blue for w > 0, vermillion for
// w < 0, wider and darker with |w| in session::kLinkLevels steps; out of dead units dotted and
// grey. Dense networks get thinner, fainter links: otherwise a wall of colour hides the units.
session::LinkCanvas diagramLinkCanvas(const DiagramLayout &layout, const DiagramLook &look,
                                      QSize size, double devicePixelRatio);

// A node's circle and where its pixmap goes.
struct NodeSprite
{
    QPointF corner;  // at whole device pixels
    QPixmap pixmap;
};

class DiagramPainter
{
public:
    DiagramPainter(QPainter &painter, const DiagramLayout &layout, const DiagramLook &look);

    // The links' picture (session::renderLinks on linkCanvas()), over the background.
    void drawLinks(const QImage &picture);
    // The nodes' names (x, x₁, x₂, ŷ): with the layout, on the background.
    void drawNodeLabels(int inputs);
    // The input and output nodes' circles, each on a transparent pixmap, drawn over the links by
    // drawNodes: the same pixels as stroking the circles there for every snapshot, at a blit's
    // cost.
    std::vector<NodeSprite> nodeSprites(int inputs, double devicePixelRatio) const;
    void drawNodes(const std::vector<NodeSprite> &sprites);
    // A unit's picture (or, too small for one, its state alone), its state mark and share.
    void drawUnit(const QRectF &r, core::UnitState state, const QImage *thumbnail,
                  const QString &share);
    // The legend's swatches and texts (the count is drawn apart: it changes with every snapshot).
    void drawLegend();
    void drawCount(const QString &count, bool alarming);

private:
    void drawInactiveMark(const QRectF &r);
    void drawStarvedMark(const QRectF &r);
    void drawDeadMark(const QRectF &r);
    void drawLegendSwatch(const DiagramLegendItem &item);
    QColor activeBorder() const;
    QColor inactiveBorder() const;

    QPainter &m_p;
    const DiagramLayout &m_layout;
    const DiagramLook &m_look;
};

}  // namespace relulab::gui
