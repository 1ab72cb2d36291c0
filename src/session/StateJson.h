// The explorer settings and the training setup as JSON objects (session files, lesson presets).
// Writers give every field. Readers start from a base value: keys the object lacks keep the
// base's values, unknown keys are an error, every value is type- and range-checked, and the
// first problem names its location, e.g. "explorer.pieces[2].slope: must be a finite number".
// Numbers go through QJsonDocument, which writes the shortest text that reads back to the same
// double, so every finite value round-trips exactly (-0 is written as 0). docs/session-format.md
// describes the schema.
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

#include "ExplorerSettings.h"
#include "TrainingSetup.h"

namespace relulab::session {

// A reader's outcome: the value, or the first problem with its location.
template <class T>
struct JsonRead
{
    std::optional<T> value;
    QString error;

    explicit operator bool() const { return value.has_value(); }
};

QJsonObject explorerToJson(const ExplorerSettings &settings);
// path locates the object in its document ("explorer"); "" for a top-level object.
JsonRead<ExplorerSettings> explorerFromJson(const QJsonValue &json, const ExplorerSettings &base,
                                            const QString &path);

// The examples of a user's own data set are written as rows [x1, x2, label] or [x, y]; the
// network's inputs and task are not written (they follow from the data).
QJsonObject trainingToJson(const TrainingSetup &setup);
JsonRead<TrainingSetup> trainingFromJson(const QJsonValue &json, const TrainingSetup &base,
                                         const QString &path);

// One maxout piece as {"slope": s, "intercept": b}, and a list of them (1 to 8 pieces).
QJsonArray piecesToJson(const std::vector<core::MaxoutPiece> &pieces);
JsonRead<std::vector<core::MaxoutPiece>> piecesFromJson(const QJsonValue &json,
                                                        const QString &path);

}  // namespace relulab::session
