// What one training snapshot means for the views, derived once, off the GUI thread: the field over
// the input space, off-regions, kinks, links, histograms, the unit states and the pictures that do
// not depend on a widget's size. Immutable once made; every view of a frame draws the same one.
#pragma once

#include <QImage>
#include <QPainterPath>
#include <memory>
#include <vector>

#include "AnalysisRequest.h"
#include "core/Dataset.h"
#include "core/DeadUnits.h"
#include "core/FieldAnalysis.h"
#include "core/InputField.h"
#include "core/LayerSizes.h"
#include "core/LinearRegions.h"
#include "core/Mlp.h"
#include "core/NetworkConfig.h"

namespace relulab::session {

struct TrainingSnapshot;

// Where one hidden unit is off (z <= 0) in the input space: 2-D, the area (linear interpolation
// between grid points, exact for a first-layer unit) and its z = 0 outline; 1-D, the intervals.
// Empty for maxout, sigmoid and tanh, which are never off.
struct UnitOffRegion
{
    QPainterPath area;
    QPainterPath boundary;
    std::vector<core::Interval> intervals;
};

// The colours the Regions display has for its fills (a qualitative palette).
inline constexpr int kRegionColours = 8;

struct SnapshotAnalysis
{
    AnalysisRequest request;  // what it was made for

    // The network's shape and the states of its units (the snapshot's DeadUnitReport; a report
    // of another shape is not trusted: every unit active, fractions unknown, counts 0).
    int inputs = 0;
    std::vector<int> widths;  // hidden layer widths
    int hiddenUnits = 0;
    core::HiddenActivation activation = core::HiddenActivation::Relu;
    bool hasOffSide = true;  // false for sigmoid and tanh
    core::DeadUnitReport dead;
    core::LayerSizes layerSizes;
    // The snapshot's network itself (null when its parameters do not fit its shape): what the
    // point probe runs at its point, on the GUI thread (one forward pass).
    std::shared_ptr<const core::Mlp> network;

    // The input space: the grid with every unit's pre-activation and the prediction.
    core::InputField field;
    bool hasField = false;
    QPainterPath decisionBoundary;          // p = 0.5 (2-D)
    std::vector<double> kinks;              // first-layer kinks inside the bounds (1-D), sorted
    std::vector<double> kinkOutputs;        // the prediction at each kink
    std::vector<UnitOffRegion> offRegions;  // per hidden unit, in flat order

    // Per hidden unit (flat order): links into the next column and z over the training data.
    std::vector<std::vector<core::Link>> links;  // one list per column gap, inputs -> ... -> ŷ
    std::vector<std::vector<double>> trainingPreActivations;  // [unit][example]
    std::vector<core::Histogram> histograms;                  // of trainingPreActivations

    // The exact linear regions of the network in the field's bounds (valid with hasField): with
    // request.regions every polygon, pattern and affine output, otherwise only the count and
    // status (regions.detailed false). Status NotPiecewiseLinear for sigmoid and tanh,
    // LimitReached past request.regionLimit regions.
    core::LinearRegions regions;
    // With the polygons (and all of them listed): a colour index per region, neighbours apart,
    // below kRegionColours.
    std::vector<std::uint8_t> regionColours;

    // Pictures: the prediction as a colour map (one pixel per grid point, the top row the
    // largest x2) and each unit's thumbnail at the requested size (empty without a request).
    QImage predictionImage;
    // The same at the input plot's size in device pixels (the request's view size), 2-D only.
    QImage predictionPixels;
    std::vector<QImage> thumbnails;
    // The diagram's links on request.links (renderLinks); null without a canvas.
    QImage linkImage;
    // The off-region of unit request.off.unit on request.off (renderOffRegion); null without one.
    QImage offImage;

    // The flat index of a hidden unit, -1 when the network has no such unit.
    int flatUnit(int layer, int unit) const;
};

// Everything above for the snapshot's network on the training examples. Safe on any thread.
std::shared_ptr<const SnapshotAnalysis> analyseSnapshot(const TrainingSnapshot &snapshot,
                                                        const core::Dataset &train,
                                                        const AnalysisRequest &request);

}  // namespace relulab::session
