// Off-screen picture of the training view for `relulab train --snapshot` and `--animate`.
#pragma once

#include "session/TrainCommand.h"

namespace relulab::gui {

// What of the training view a picture shows, under the title line (step, loss, dead units).
enum class TrainingFigurePart { View, InputSpace, Diagram, Curves };

// Matches session::TrainingFigureRenderer (part View): a picture of size pixels of the network
// diagram, the data with the prediction, and the loss and dead-fraction curves of the history;
// or one of them.
QImage renderTrainingFigure(const std::vector<session::TrainingSnapshot> &history,
                            const core::DataSplit &data, QSize size, QString *error,
                            TrainingFigurePart part = TrainingFigurePart::View);

}  // namespace relulab::gui
