// Where the network diagram puts things: columns for the inputs, the hidden layers and ŷ, one
// square per hidden unit, the headings, and the legend flowing over as many lines as it needs at
// the bottom. Pure geometry from the shape, the widget's rectangle, the scale and the fonts.
#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

namespace relulab::gui {

struct DiagramLegendItem
{
    enum Kind { Dead, Starved, Inactive, Off, On, Links } kind;
    QString text;
    QRectF swatch;
    QRectF label;
};

// What the layout depends on.
struct DiagramShape
{
    QRectF rect;  // the widget's
    int inputs = 2;
    std::vector<int> widths;  // hidden layer widths
    double scale = 1.0;       // units, spacing and lines
    QFont legendFont;         // also the headings'
    // The end columns' headings: those columns are at least as wide as their text, so that a
    // long word ("Eingabe", "entrada") never runs into the first hidden layer's number.
    QString inputHeading;
    QString outputHeading;
    QFont percentFont;    // the share under each unit
    QFont countFont;      // the bold dead count
    QString widestCount;  // the longest the count text can be
    std::vector<std::pair<DiagramLegendItem::Kind, QString>> legendEntries;
};

struct DiagramLayout
{
    std::vector<std::vector<QRectF>> unitRects;  // [layer][unit]
    std::vector<QPointF> inputCenters;
    QPointF outputCenter;
    double nodeRadius = 8.0;
    double unitSize = 0.0;
    bool showPercent = false;          // the share of examples under each unit fits
    bool showThumbnails = false;       // units are big enough for a picture
    std::vector<QRectF> headingRects;  // one per column
    std::vector<DiagramLegendItem> legend;
    QRectF countRect;
    QRectF legendArea;
};

namespace diagramLayout {
// Sizes in pixels at scale 1.
inline constexpr double kMaxUnit = 72.0;       // the largest thumbnail side
inline constexpr double kMinThumbnail = 14.0;  // below this a unit is a plain square
inline constexpr double kRingGap = 3.0;        // between a unit and its selection ring
inline constexpr double kPercentGap = 3.0;     // from the ring's reach to the percentage
inline constexpr double kMarginX = 8.0;        // round the whole diagram
inline constexpr double kMarginY = 6.0;
inline constexpr double kEndColumnWeight = 0.7;     // the inputs' and ŷ's columns, hidden = 1
inline constexpr double kUnitShareOfColumn = 0.55;  // a unit's side at most this of its column
inline constexpr double kHeadingGap = 6.0;          // under the column headings
inline constexpr double kLegendGap = 8.0;           // above the legend
inline constexpr double kGapWithPercent = 5.0;      // between a percentage and the unit below
inline constexpr double kMinPercentUnit = 20.0;     // the smallest unit that shows its share
inline constexpr double kMinUnit = 3.0;             // the smallest square
inline constexpr double kPlainGapShare = 0.2;       // the gap between plain squares, of their side
inline constexpr double kNodeShareOfUnit = 0.28;  // input and output node radius, of a unit's side
inline constexpr double kMinNodeRadius = 5.0;
inline constexpr double kMaxNodeRadius = 12.0;
inline constexpr double kNodeSpacing = 3.0;        // input pitch, in node radii, at least
inline constexpr double kLabelGap = 6.0;           // beside the x₂ and ŷ labels
inline constexpr double kSwatchShareOfLine = 0.9;  // legend swatch side, of the text height
inline constexpr double kSwatchGap = 4.0;          // between a swatch and its text
inline constexpr double kLegendLinePadding = 4.0;
inline constexpr double kLegendItemGap = 14.0;   // between legend entries on a line
inline constexpr double kMinLegendLabel = 40.0;  // the narrowest a wrapped legend text gets

// From a unit's bottom edge to its percentage: clear of the selection ring.
inline double percentOffset(double scale)
{
    return (kRingGap + kPercentGap) * scale;
}
}  // namespace diagramLayout

DiagramLayout layoutDiagram(const DiagramShape &shape);

}  // namespace relulab::gui
