// The two colour themes (standard and high contrast) and the WCAG 2.x contrast maths that checks
// every text colour against the background it is drawn on.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <vector>

namespace relulab::gui {

// WCAG 2.x relative luminance of an sRGB colour (alpha ignored), 0 for black to 1 for white.
double relativeLuminance(const QColor &color);
// WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21; text needs 4.5.
double contrastRatio(const QColor &a, const QColor &b);
// `over`, with its alpha, painted on the opaque `under`.
QColor composite(const QColor &over, const QColor &under);
// The colour's own hue at the lightness nearest to it that reaches minRatio on the background:
// the darker text variant of a plot colour (lighter on a dark background). Unchanged when it
// already reads.
QColor readableOn(const QColor &color, const QColor &background, double minRatio = 4.5);

struct TextPair
{
    QString what;  // for test messages, e.g. "muted text on the window"
    QColor text;
    QColor background;
};

struct Theme
{
    bool highContrast = false;

    // The application's palette.
    QColor window, windowText, base, text, button, buttonText, highlight, highlightedText,
        toolTipBase, toolTipText, placeholder, link;
    QColor mutedText;           // hints such as "move the mouse over the plots"
    QColor errorText;           // inline input errors, dead-unit counts
    QColor panel, panelBorder;  // the formula panel under the explorer's plots
    QColor focus;               // the ring round the focused control
    double focusWidth = 3.0;    // its width in pixels at text scale 1

    // The plots.
    QColor plotBackground, plotText, axis, grid, subGrid, zeroLine, legendFill, legendBorder, probe,
        hiddenPiece;
    double curveWidth = 1.0;  // factor on curve pens on top of the display's line scale

    QPalette palette() const;
    // Every text colour this theme draws with and the background under it (plot legends add the
    // function colours' text variants; see functionTextColor).
    std::vector<TextPair> textPairs() const;
};

const Theme &standardTheme();
const Theme &highContrastTheme();
const Theme &theme(bool highContrast);

}  // namespace relulab::gui
