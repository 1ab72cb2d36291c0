// The training log: one CSV row per recorded step, the same for `relulab train --log` and the
// GUI's export of its run.
#pragma once

#include <QByteArray>
#include <optional>
#include <vector>

#include "core/DeadUnits.h"
#include "core/Trainer.h"

namespace relulab::session {

struct TrainingLogRow
{
    long step = 0;
    double loss = 0.0;
    double testLoss = 0.0;
    std::optional<double> accuracy;  // empty for regression
    int deadUnits = 0;
    double deadFraction = 0.0;
};

inline constexpr char kTrainingLogHeader[] =
    "step,loss,test_loss,accuracy,dead_units,dead_fraction\n";

TrainingLogRow trainingLogRow(long step, const core::Evaluation &evaluation,
                              const core::DeadUnitReport &dead);
// One line with its newline; numbers exact (%.17g), an empty accuracy for regression.
QByteArray trainingLogLine(const TrainingLogRow &row);
// The header and every row.
QByteArray trainingLogCsv(const std::vector<TrainingLogRow> &rows);

}  // namespace relulab::session
