// One pass over a snapshot: the network rebuilt once, then the field, the units and the pictures.
#include "SnapshotAnalysis.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "AnalysisImages.h"
#include "Contour.h"
#include "TrainingSnapshot.h"
#include "core/RegionColouring.h"

namespace relulab::session {

int SnapshotAnalysis::flatUnit(int layer, int unit) const
{
    if (layer < 0 || unit < 0 || layer >= static_cast<int>(widths.size())) return -1;
    if (unit >= widths[static_cast<size_t>(layer)]) return -1;
    int flat = unit;
    for (int l = 0; l < layer; ++l)
        flat += widths[static_cast<size_t>(l)];
    return flat;
}

namespace {

// The snapshot's report when it describes a network of this shape; otherwise every unit active
// with an unknown share (a snapshot taken while the shape changed).
core::DeadUnitReport fittingReport(const core::DeadUnitReport &report,
                                   const std::vector<int> &widths)
{
    bool fits =
        report.states.size() == widths.size() && report.activeFraction.size() == widths.size();
    for (size_t l = 0; fits && l < widths.size(); ++l) {
        const auto n = static_cast<size_t>(widths[l]);
        fits = report.states[l].size() == n && report.activeFraction[l].size() == n;
    }
    if (fits) return report;
    core::DeadUnitReport blank;
    blank.hiddenUnits = report.hiddenUnits;
    for (int w : widths) {
        blank.states.emplace_back(static_cast<size_t>(w), core::UnitState::Active);
        blank.activeFraction.emplace_back(static_cast<size_t>(w), std::nan(""));
    }
    return blank;
}

// The snapshot's network, or none when its parameters do not fit its shape.
std::optional<core::Mlp> networkOf(const TrainingSnapshot &snapshot)
{
    try {
        core::Mlp net = rebuildNetwork(snapshot);
        if (net.parameters().size() != snapshot.parameters.size()) return std::nullopt;
        return net;
    } catch (const std::exception &) {
        return std::nullopt;  // an invalid config: the units are drawn without a field
    }
}

std::vector<double> gridXs(const core::InputField &f)
{
    std::vector<double> xs(static_cast<size_t>(f.columns));
    for (int c = 0; c < f.columns; ++c)
        xs[static_cast<size_t>(c)] = f.x(c);
    return xs;
}

std::vector<double> gridYs(const core::InputField &f)
{
    std::vector<double> ys(static_cast<size_t>(f.rows));
    for (int r = 0; r < f.rows; ++r)
        ys[static_cast<size_t>(r)] = f.y(r);
    return ys;
}

void analyseField(SnapshotAnalysis &a, const core::Mlp &net, const core::Dataset &train)
{
    const AnalysisRequest &request = a.request;
    core::InputBounds bounds = core::boundsOf(train);
    if (a.inputs >= 2)
        bounds = core::equalAspectBounds(bounds, request.viewWidth, request.viewHeight);
    const int n = request.fieldResolution > 1 ? request.fieldResolution
                                              : core::fieldResolution(net.hiddenUnits());
    a.field = core::evaluateField(net, bounds, n, n);
    a.hasField = true;
    const core::InputField &f = a.field;
    if (f.rows == 1) {
        a.kinks = core::firstLayerKinks(net, f.bounds.x0, f.bounds.x1);
        for (double x : a.kinks)
            a.kinkOutputs.push_back(net.predict(std::span<const double>(&x, 1)));
        return;
    }
    const std::vector<double> xs = gridXs(f), ys = gridYs(f);
    a.decisionBoundary = ContourBuilder(f.prediction, xs, ys, 0.5).build(false).lines;
}

void analyseOffRegions(SnapshotAnalysis &a, const core::Mlp &net)
{
    a.offRegions.assign(static_cast<size_t>(a.hiddenUnits), {});
    if (!a.hasOffSide || a.activation == core::HiddenActivation::Maxout) return;
    const core::InputField &f = a.field;
    const std::vector<double> xs = gridXs(f), ys = gridYs(f);
    std::vector<double> z(static_cast<size_t>(f.columns) * static_cast<size_t>(f.rows));
    for (int unit = 0; unit < a.hiddenUnits; ++unit) {
        UnitOffRegion &region = a.offRegions[static_cast<size_t>(unit)];
        if (f.rows == 1) {
            region.intervals = core::offIntervals(net, f, unit);
            continue;
        }
        for (size_t point = 0; point < z.size(); ++point)
            z[point] = f.pre[point * static_cast<size_t>(f.units) + static_cast<size_t>(unit)];
        Contour off = ContourBuilder(z, xs, ys, 0.0).build(true);
        region.area = std::move(off.area);
        region.boundary = std::move(off.lines);
    }
}

void analyseRegions(SnapshotAnalysis &a, const core::Mlp &net)
{
    const core::RegionOptions options{std::max(1, a.request.regionLimit), !a.request.regions};
    core::computeLinearRegions(net, a.field.bounds, options, a.regions);
    if (a.regions.detailed && a.regions.status == core::RegionsStatus::Complete)
        a.regionColours = core::colourRegions(a.regions, kRegionColours);
}

void analyseUnits(SnapshotAnalysis &a, const core::Mlp &net, const core::Dataset &train)
{
    a.links = core::linkStrengths(net);
    if (train.inputDim != a.inputs) return;  // examples of another run: no histograms
    a.trainingPreActivations.assign(static_cast<size_t>(a.hiddenUnits), {});
    for (auto &values : a.trainingPreActivations)
        values.reserve(train.size());
    std::vector<double> z;
    for (size_t i = 0; i < train.size(); ++i) {
        net.preActivations(train.input(i), z);
        for (size_t unit = 0; unit < a.trainingPreActivations.size() && unit < z.size(); ++unit)
            a.trainingPreActivations[unit].push_back(z[unit]);
    }
    for (const auto &values : a.trainingPreActivations)
        a.histograms.push_back(core::binValues(values));
}

void renderImages(SnapshotAnalysis &a)
{
    const AnalysisRequest &request = a.request;
    if (a.field.rows > 1) {
        a.predictionImage = renderPredictionImage(a.field, request.palette);
        const double dpr = request.devicePixelRatio;
        a.predictionPixels = renderPredictionPixels(
            a.field, static_cast<int>(std::lround(request.viewWidth * dpr)),
            static_cast<int>(std::lround(request.viewHeight * dpr)), request.palette);
        a.predictionPixels.setDevicePixelRatio(dpr);
    }
    a.linkImage = renderLinks(request.links, a.links, a.dead.states);
    const int offUnit = request.off.unit;
    if (a.field.rows > 1 && offUnit >= 0 && static_cast<size_t>(offUnit) < a.offRegions.size())
        a.offImage = renderOffRegion(request.off, a.offRegions[static_cast<size_t>(offUnit)].area);
    const int pixels = request.thumbnailPixels;
    if (pixels < 2) return;
    for (int unit = 0; unit < a.hiddenUnits; ++unit) {
        QImage image =
            a.field.rows == 1
                ? renderCurveThumbnail(a.field, unit, pixels, request.palette, a.hasOffSide,
                                       request.curveLineWidth)
                : renderPlaneThumbnail(a.field, unit, pixels, request.palette, a.hasOffSide);
        image.setDevicePixelRatio(request.devicePixelRatio);
        a.thumbnails.push_back(std::move(image));
    }
}

}  // namespace

std::shared_ptr<const SnapshotAnalysis> analyseSnapshot(const TrainingSnapshot &snapshot,
                                                        const core::Dataset &train,
                                                        const AnalysisRequest &request)
{
    auto a = std::make_shared<SnapshotAnalysis>();
    a->request = request;
    a->inputs = std::max(1, snapshot.network.inputs);
    for (int w : snapshot.network.hidden)
        a->widths.push_back(std::max(0, w));
    for (int w : a->widths)
        a->hiddenUnits += w;
    a->activation = snapshot.network.activation;
    a->hasOffSide = !core::isSaturating(a->activation);
    a->dead = fittingReport(snapshot.dead, a->widths);
    a->layerSizes = snapshot.layerSizes;
    a->links.assign(a->widths.size() + 1, {});

    std::optional<core::Mlp> net = networkOf(snapshot);
    if (!net) return a;
    a->network = std::make_shared<const core::Mlp>(std::move(*net));
    net.reset();
    const core::Mlp &network = *a->network;
    analyseField(*a, network, train);
    analyseOffRegions(*a, network);
    analyseRegions(*a, network);
    analyseUnits(*a, network, train);
    renderImages(*a);
    return a;
}

}  // namespace relulab::session
