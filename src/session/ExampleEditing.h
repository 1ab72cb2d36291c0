// Editing a training run's examples by hand: the examples a run has, one added at a click, the
// one nearest a click removed, a CSV file of the user's own read in.
#pragma once

#include <QString>

#include "core/Dataset.h"

namespace relulab::session {

// The examples of a run, train then test: what an edit by hand starts from when the setup still
// uses a generated set.
core::Dataset allExamples(const core::DataSplit &split);
// Appends the example at (x, y): of class label for 2-D data, the target y at x for 1-D data.
void addExample(core::Dataset &data, double x, double y, int label);
// Removes the example nearest to (x, y) within radius (data units; for 1-D data y is the
// target). False, and data untouched, when none is that near or only the minimum of 4 is left.
bool removeNearestExample(core::Dataset &data, double x, double y, double radius);

struct ExamplesRead
{
    core::Dataset data;
    QString error;  // "" when data was read
};
// A user's CSV file of examples (core::parseDatasetCsv's format); errors name the file.
ExamplesRead readExamplesCsv(const QString &path);

}  // namespace relulab::session
