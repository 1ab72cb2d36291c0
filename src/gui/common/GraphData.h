// Sampled curves as QCustomPlot graph data.
#pragma once

#include <qcustomplot.h>
#include <vector>

namespace relulab::gui {

// Only the points the drawing needs (core::drawnPoints): a straight run of samples becomes its
// two ends; NaN gaps are kept.
QVector<QCPGraphData> toGraphData(const std::vector<double> &x, const std::vector<double> &y);

}  // namespace relulab::gui
