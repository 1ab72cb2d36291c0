// The pictures of a snapshot analysis that do not depend on a widget's size: the prediction as a
// colour map and the unit thumbnails, painted into QImages (safe off the GUI thread).
#pragma once

#include <QImage>

#include "AnalysisPalette.h"
#include "core/InputField.h"

namespace relulab::session {

// One pixel per grid point, the top row the largest x2; colours from palette.prediction.
QImage renderPredictionImage(const core::InputField &field, const AnalysisPalette &palette);

// The same at the size of the plot that shows it (width x height pixels covering the field's
// bounds, cell centres at the edges), bilinear between grid points: drawn unscaled, so that the
// GUI thread never scales the colour map.
QImage renderPredictionPixels(const core::InputField &field, int width, int height,
                              const AnalysisPalette &palette);

// A unit of a 2-input net: z bilinearly interpolated at each pixel (y up, as on the data plot),
// "on" in the ramp by sqrt(z / zmax), its line z = 0 marked, "off" in the hatch tile (offFill
// alone when the activation has no off side).
QImage renderPlaneThumbnail(const core::InputField &field, int unit, int pixels,
                            const AnalysisPalette &palette, bool hasOffSide);

// A unit of a 1-input net: z against x, its off intervals hatched, the z = 0 line dashed.
QImage renderCurveThumbnail(const core::InputField &field, int unit, int pixels,
                            const AnalysisPalette &palette, bool hasOffSide, double lineWidth);

}  // namespace relulab::session
