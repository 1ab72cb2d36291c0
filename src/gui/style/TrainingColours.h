// The colours of the training views' pictures (field, thumbnails, off-regions) and the palette the
// snapshot analysis paints with, built from them and the theme.
#pragma once

#include <QColor>

#include "session/AnalysisPalette.h"

namespace relulab::gui::trainingColours {

// Light tints of the Okabe-Ito class colours, white at p = 0.5. The blue side is a little darker
// than the orange one so that the two sides still differ when printed in grey.
inline const QColor kClass0Tint{0xF6, 0xDD, 0xA6};
inline const QColor kClass1Tint{0xA6, 0xCE, 0xE4};
// Thumbnails: the "on" side is a blue ramp from kOnLight, the "off" side light grey with hatching,
// so the two differ in texture as well as in hue.
inline const QColor kOnLight{0xD4, 0xE6, 0xF3};
inline const QColor kOffFill{0xE6, 0xE6, 0xE6};
inline const QColor kHatch{0x9A, 0x9A, 0x9A};
inline const QColor kKinkLine{0x30, 0x30, 0x30};
inline const QColor kActiveBorder{0x40, 0x40, 0x40};
inline const QColor kInactiveBorder{0x80, 0x80, 0x80};
inline const QColor kHighContrastInactiveBorder{0x40, 0x40, 0x40};

QColor activeBorder(bool highContrast);
QColor inactiveBorder(bool highContrast);

// The analysis palette for a diagram drawn at line scale `scale` on a screen of this device pixel
// ratio (the hatching's pitch and width grow with both).
session::AnalysisPalette analysisPalette(bool highContrast, double scale, double devicePixelRatio);

}  // namespace relulab::gui::trainingColours
