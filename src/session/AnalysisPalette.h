// The colours a snapshot analysis paints its images with, handed over by the GUI from its theme as
// plain values, so that a theme or contrast change reaches pictures made off the GUI thread.
#pragma once

#include <QImage>
#include <QRgb>
#include <array>

namespace relulab::session {

struct AnalysisPalette
{
    static constexpr int kRampLevels = 256;
    // The prediction p from 0 to 1 (the field colour map), level = floor(p * 255).
    std::array<QRgb, kRampLevels> prediction{};
    // A unit's "on" side from z just above 0 (level 0) to its largest z (level 255).
    std::array<QRgb, kRampLevels> on{};
    // The "off" side: fill and hatching in one tile, laid from the thumbnail's top-left corner.
    // For sigmoid and tanh, which are never off, offFill alone.
    QImage offTile;
    QRgb offFill = 0;
    QRgb kinkLine = 0;    // a unit's own line z = 0 on its plane thumbnail
    QRgb background = 0;  // behind a curve thumbnail
    QRgb zeroLine = 0;    // z = 0 on a curve thumbnail
    QRgb offCurve = 0;    // the curve where the unit is off
    QRgb onCurve = 0;     // and where it is on

    friend bool operator==(const AnalysisPalette &, const AnalysisPalette &) = default;
};

}  // namespace relulab::session
