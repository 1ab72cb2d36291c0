// Formatting the training log's rows.
#include "TrainingLog.h"

#include "core/TextParsing.h"

namespace relulab::session {

TrainingLogRow trainingLogRow(long step, const core::Evaluation &evaluation,
                              const core::DeadUnitReport &dead)
{
    return {step,           evaluation.trainLoss, evaluation.testLoss, evaluation.accuracy,
            dead.deadUnits, dead.deadFraction};
}

QByteArray trainingLogLine(const TrainingLogRow &row)
{
    const auto num = [](double v) { return QByteArray::fromStdString(core::formatExact(v)); };
    return QByteArray::number(static_cast<qlonglong>(row.step)) + ',' + num(row.loss) + ',' +
           num(row.testLoss) + ',' + (row.accuracy ? num(*row.accuracy) : QByteArray()) + ',' +
           QByteArray::number(row.deadUnits) + ',' + num(row.deadFraction) + '\n';
}

QByteArray trainingLogCsv(const std::vector<TrainingLogRow> &rows)
{
    QByteArray csv(kTrainingLogHeader);
    for (const TrainingLogRow &row : rows)
        csv += trainingLogLine(row);
    return csv;
}

}  // namespace relulab::session
