// The analysis palette: ramps mixed with the GUI's colour mix, the hatch tile from its hatching.
#include "gui/style/TrainingColours.h"

#include <algorithm>
#include <cmath>

#include "gui/style/ColourMix.h"
#include "gui/style/Hatching.h"
#include "gui/style/PlotStyle.h"

namespace relulab::gui::trainingColours {

QColor activeBorder(bool highContrast)
{
    return highContrast ? QColor(Qt::black) : kActiveBorder;
}

QColor inactiveBorder(bool highContrast)
{
    return highContrast ? kHighContrastInactiveBorder : kInactiveBorder;
}

session::AnalysisPalette analysisPalette(bool highContrast, double scale, double devicePixelRatio)
{
    session::AnalysisPalette palette;
    const int last = session::AnalysisPalette::kRampLevels - 1;
    for (int level = 0; level <= last; ++level) {
        const double t = static_cast<double>(level) / last;
        // The field: class-0 tint, white at p = 0.5, class-1 tint.
        const QColor p = t < 0.5 ? mixColours(kClass0Tint, Qt::white, 2.0 * t)
                                 : mixColours(Qt::white, kClass1Tint, 2.0 * t - 1.0);
        palette.prediction[static_cast<size_t>(level)] = p.rgb();
        palette.on[static_cast<size_t>(level)] = mixColours(kOnLight, okabeIto::kBlue, t).rgb();
    }
    const double pixels = scale * devicePixelRatio;
    const int pitch = std::max(4, static_cast<int>(std::lround(5.0 * pixels)));
    const int width = std::max(1, static_cast<int>(std::lround(pixels)));
    palette.offTile = hatchTile(kOffFill, kHatch, pitch, width);
    palette.offFill = kOffFill.rgb();
    palette.kinkLine = kKinkLine.rgb();
    palette.background = QColor(Qt::white).rgb();
    palette.zeroLine = inactiveBorder(highContrast).rgb();
    palette.offCurve = activeBorder(highContrast).rgb();
    palette.onCurve = okabeIto::kBlue.rgb();
    return palette;
}

}  // namespace relulab::gui::trainingColours
