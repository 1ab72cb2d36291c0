// Building analysis requests from the views' layout and style.
#include "gui/training/ViewAnalysis.h"

#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"

namespace relulab::gui {

session::AnalysisRequest analysisRequestFor(const InputSpaceView &view,
                                            const NetworkDiagram &diagram, int fieldResolution)
{
    session::AnalysisRequest request;
    const QSize area = view.plotAreaSize();
    request.viewWidth = area.width();
    request.viewHeight = area.height();
    request.fieldResolution = fieldResolution;
    request.thumbnailPixels = diagram.thumbnailPixels();
    request.devicePixelRatio = diagram.devicePixelRatioF();
    request.curveLineWidth = diagram.thumbnailLineWidth();
    request.palette = diagram.thumbnailPalette();
    request.links = diagram.linkCanvas();
    request.off = view.offCanvas();
    request.regions = view.showsRegions();
    request.regionLimit = kViewRegionLimit;
    return request;
}

std::shared_ptr<const session::SnapshotAnalysis> analyseForViews(
    const session::TrainingSnapshot &snapshot, const core::Dataset &train,
    const InputSpaceView &view, NetworkDiagram &diagram, int fieldResolution)
{
    session::AnalysisRequest request = analysisRequestFor(view, diagram, fieldResolution);
    auto analysis = session::analyseSnapshot(snapshot, train, request);
    diagram.setAnalysis(analysis);
    if (diagram.thumbnailPixels() == request.thumbnailPixels &&
        diagram.linkCanvas() == request.links)
        return analysis;
    request.thumbnailPixels = diagram.thumbnailPixels();
    request.links = diagram.linkCanvas();
    return session::analyseSnapshot(snapshot, train, request);
}

}  // namespace relulab::gui
