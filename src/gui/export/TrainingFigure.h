// Off-screen picture of the training view for `relulab train --snapshot`.
#pragma once

#include "session/TrainCommand.h"

namespace relulab::gui {

// Matches session::TrainingFigureRenderer: 1600x900 PNG bytes of the network diagram, the data
// with the prediction, and the loss and dead-fraction curves of the history.
QByteArray renderTrainingFigure(const std::vector<session::TrainingSnapshot> &history,
                                const core::DataSplit &data, QString *error);

}  // namespace relulab::gui
