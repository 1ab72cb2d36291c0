// The analysis request the training views need, and a snapshot analysed for them on the spot (for
// figures and tests, which draw one snapshot at once off-screen; the live tab has its snapshots
// analysed on the worker's thread instead).
#pragma once

#include <memory>

#include "core/Dataset.h"
#include "session/AnalysisRequest.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

class InputSpaceView;
class NetworkDiagram;

// The most linear regions the live views count and draw: a trained 2-16-16-16-1 net has about
// 2,000; counting stops past this (the display and the curve say "more than"), so that a huge
// net (12 layers of 32 has some 47,000 at init, half a second's work) never slows training.
inline constexpr int kViewRegionLimit = 5000;

// The input view's plot area, the diagram's thumbnail size and colours; fieldResolution 0 lets the
// analysis choose by the number of units.
session::AnalysisRequest analysisRequestFor(const InputSpaceView &view,
                                            const NetworkDiagram &diagram, int fieldResolution = 0);

// Analyses the snapshot for the two views as they are laid out now. The diagram is handed the
// result, since only its layout for this network says how large the thumbnails must be.
std::shared_ptr<const session::SnapshotAnalysis> analyseForViews(
    const session::TrainingSnapshot &snapshot, const core::Dataset &train,
    const InputSpaceView &view, NetworkDiagram &diagram, int fieldResolution = 0);

}  // namespace relulab::gui
