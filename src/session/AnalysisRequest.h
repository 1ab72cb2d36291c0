// What the views want a snapshot analysed for: the input plot's shape, the grid and thumbnail
// resolution and the colours. The GUI sends a new one when a view changes; the worker analyses
// every snapshot with the latest.
#pragma once

#include <QMetaType>

#include "AnalysisPalette.h"
#include "core/LinearRegions.h"
#include "session/LinkPicture.h"
#include "session/OffPicture.h"

namespace relulab::session {

struct AnalysisRequest
{
    // The input-space plot's area in pixels: the field covers the data's bounds grown to that
    // area's aspect (equal aspect in 2-D). 0: the data's bounds as they are.
    double viewWidth = 0.0;
    double viewHeight = 0.0;
    // Grid points per side; 0 chooses by the number of hidden units (core::fieldResolution).
    int fieldResolution = 0;
    // Side of a unit thumbnail in device pixels; 0 renders no images.
    int thumbnailPixels = 0;
    double devicePixelRatio = 1.0;
    double curveLineWidth = 1.0;  // device pixels, on curve thumbnails
    AnalysisPalette palette;
    // The diagram's links, drawn into SnapshotAnalysis::linkImage; an empty canvas draws none.
    LinkCanvas links;
    // The selected unit's off-region, filled into SnapshotAnalysis::offImage; no unit fills none.
    OffCanvas off;
    // The linear regions in the field's bounds: every polygon, pattern and affine output (the
    // Regions display) when true; only their number and status (the count curve) when false.
    // The count is always made: bench_regions measures it at about 1 ms for the 2-16-16-16-1 net
    // of about 1,900 regions (the whole analysis takes about 3 ms); the polygons add as much again
    // and about 100 bytes per region, so they are made only for the display that draws them.
    bool regions = false;
    // Past this many regions the analysis stops counting and says so (LimitReached), so that a
    // net with too many regions to show costs bounded time and memory.
    int regionLimit = core::kDefaultRegionLimit;

    friend bool operator==(const AnalysisRequest &, const AnalysisRequest &) = default;
};

}  // namespace relulab::session

Q_DECLARE_METATYPE(relulab::session::AnalysisRequest)
