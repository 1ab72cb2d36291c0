// The network diagram's drawing: links, nodes, units with their state marks, and the legend, on a
// laid-out diagram. Pictures come ready-made from the snapshot's analysis.
#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <array>
#include <vector>

#include "core/DeadUnits.h"
#include "core/FieldAnalysis.h"
#include "gui/training/DiagramLayout.h"

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

class DiagramPainter
{
public:
    DiagramPainter(QPainter &painter, const DiagramLayout &layout, const DiagramLook &look);

    // Links grouped by sign and strength, weakest first; out of dead units dotted and grey.
    void drawLinks(const std::vector<std::vector<core::Link>> &links,
                   const std::vector<std::vector<core::UnitState>> &states);
    void drawNodes(int inputs);
    // A unit's picture (or, too small for one, its state alone), its state mark and share.
    void drawUnit(const QRectF &r, core::UnitState state, const QImage *thumbnail,
                  const QString &share);
    // The legend's swatches and texts (the count is drawn apart: it changes with every snapshot).
    void drawLegend();
    void drawCount(const QString &count, bool alarming);

private:
    static constexpr int kLinkLevels = 8;
    // Links grouped by sign and strength level, weakest first, so that one pen serves many lines
    // (a 12 x 32 network has some 11,000) and strong links lie on top; out of dead units apart.
    struct LinkLines
    {
        std::array<std::array<std::vector<QLineF>, kLinkLevels>, 2> buckets;
        std::vector<QLineF> silent;  // out of dead units: they carry nothing on the data
    };
    LinkLines linkLines(const std::vector<std::vector<core::Link>> &links,
                        const std::vector<std::vector<core::UnitState>> &states) const;
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
