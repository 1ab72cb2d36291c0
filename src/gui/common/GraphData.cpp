// Thinning sampled curves to the points a drawing needs.
#include "gui/common/GraphData.h"

#include "core/CurveSampling.h"

namespace relulab::gui {

QVector<QCPGraphData> toGraphData(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::vector<size_t> kept = core::drawnPoints(x, y);
    QVector<QCPGraphData> data;
    data.reserve(static_cast<qsizetype>(kept.size()));
    for (size_t i : kept)
        data.push_back({x[i], y[i]});
    return data;
}

}  // namespace relulab::gui
