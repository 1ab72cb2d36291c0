// How big and in which theme the views draw: the one value Appearance hands to every view.
#pragma once

#include <QMetaType>

namespace relulab::gui {

struct DisplayStyle
{
    // Factor on the plots' own font sizes (axis labels, ticks, legends). Widgets that draw with
    // their QWidget font (the network diagram, labels) get it through the application font.
    double text = 1.0;
    // Factor on pen widths, marker and handle sizes.
    double line = 1.0;
    // Near-black on white, thicker curves, darker variants of the colours.
    bool highContrast = false;

    // Text and lines grown alike: figures rendered at a larger size.
    static DisplayStyle uniform(double scale) { return {scale, scale, false}; }
    friend bool operator==(const DisplayStyle &, const DisplayStyle &) = default;
};

}  // namespace relulab::gui

Q_DECLARE_METATYPE(relulab::gui::DisplayStyle)
