// The arithmetic of editing examples by hand, apart from any widget.
#include "ExampleEditing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cmath>

#include "CoreMessageText.h"

namespace relulab::session {

namespace {

constexpr size_t kMinExamples = 4;  // TrainingSetup::validate's minimum

// This file's messages, filed under "ExampleEditing" by lupdate and looked up there.
class ExampleEditingTr
{
    Q_DECLARE_TR_FUNCTIONS(ExampleEditing)
};

}  // namespace

core::Dataset allExamples(const core::DataSplit &split)
{
    core::Dataset data = split.train;
    const core::Dataset &test = split.test;
    data.inputs.insert(data.inputs.end(), test.inputs.begin(), test.inputs.end());
    data.targets.insert(data.targets.end(), test.targets.begin(), test.targets.end());
    return data;
}

void addExample(core::Dataset &data, double x, double y, int label)
{
    if (data.inputDim == 2) {
        data.inputs.insert(data.inputs.end(), {x, y});
        data.targets.push_back(label);
    } else {
        data.inputs.push_back(x);
        data.targets.push_back(y);
    }
}

bool removeNearestExample(core::Dataset &data, double x, double y, double radius)
{
    size_t best = data.size();
    double bestDistance = radius;
    for (size_t i = 0; i < data.size(); ++i) {
        const auto p = data.input(i);
        const double dy = (data.inputDim == 2 ? p[1] : data.targets[i]) - y;
        const double d = std::hypot(p[0] - x, dy);
        if (d <= bestDistance) best = i, bestDistance = d;
    }
    if (best == data.size() || data.size() <= kMinExamples) return false;
    const auto dim = static_cast<std::ptrdiff_t>(data.inputDim);
    const auto at = static_cast<std::ptrdiff_t>(best);
    data.inputs.erase(data.inputs.begin() + at * dim, data.inputs.begin() + (at + 1) * dim);
    data.targets.erase(data.targets.begin() + at);
    return true;
}

ExamplesRead readExamplesCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, ExampleEditingTr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    auto parsed = core::parseDatasetCsv(std::string_view(bytes.constData(), bytes.size()));
    if (!parsed)
        return {{},
                ExampleEditingTr::tr("%1: %2").arg(QFileInfo(path).fileName(),
                                                   translatedCoreMessage(parsed.error))};
    return {std::move(*parsed.value), {}};
}

}  // namespace relulab::session
