// A run's history in a session file: every kept step's weights, the whole trainer state of the
// checkpoints, and the live-changed settings where they changed (docs/session-format.md).
#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include "RunHistory.h"
#include "StateJson.h"

namespace relulab::session {

// `base`: the session's training setup; an entry's setup is written as what differs from the
// previous entry's in the settings that change live (activation, alpha, learning_rate).
QJsonObject historyToJson(const RunHistory &history);

// Reads and checks a history whose setups are `base` with the entries' changes; the figures of
// every entry are derived again on its weights. `last`: the session's network step (the history
// must not go past it).
JsonRead<RunHistory> historyFromJson(const QJsonValue &json, const QString &path,
                                     const TrainingSetup &base, long last);

}  // namespace relulab::session
