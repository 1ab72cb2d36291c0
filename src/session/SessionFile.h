// A whole ReLU Lab session as a .relulab JSON file: the explorer, the training setup and the
// trained network, complete enough to continue the run bit for bit. Loading is all-or-nothing
// and reports the first problem with its location; saving is atomic. docs/session-format.md
// describes the format.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

#include "ExplorerSettings.h"
#include "JsonFields.h"
#include "RunHistory.h"
#include "StateJson.h"
#include "TrainingSetup.h"
#include "core/Trainer.h"

namespace relulab::session {

struct Session
{
    static constexpr QLatin1StringView kFormat{"relulab-session"};
    // 2: the run's history (version 1 files, which have none, still open).
    static constexpr int kVersion = 2;
    static constexpr QLatin1StringView kSuffix{"relulab"};
    // A session of the largest network and data set is about 15 MB; anything far beyond is not one.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    ExplorerSettings explorer;
    TrainingSetup training;
    // The run's weights, optimizer moments and batch order at its step; empty: the run starts at
    // step 0 from the setup. Only finite states can be saved (JSON has no NaN).
    std::optional<core::TrainerState> network;
    // The run's kept snapshots up to the network's step (empty in a version 1 file).
    RunHistory history;

    friend bool operator==(const Session &, const Session &) = default;
};

QJsonObject sessionToJson(const Session &session);
// The file's bytes: indented JSON.
QByteArray sessionToBytes(const Session &session);

// Checks everything, including that the network fits the training setup's architecture and data.
JsonRead<Session> sessionFromJson(const QJsonValue &json);
// JSON syntax errors are located by line and column ("line 3, column 17: unterminated string").
JsonRead<Session> parseSession(const QByteArray &bytes);
// As parseSession, for a file; errors do not repeat the path (the caller names it).
JsonRead<Session> readSessionFile(const QString &path);
// Writes through QSaveFile: on any failure the old file is left as it was. "" on success, else the
// reason ("cannot write 'x.relulab': the directory '/x' is not writable").
QString writeSessionFile(const QString &path, const Session &session);

// The trainer state's scalars as a session writes them, shared by `network` and the history's
// checkpoints: beta1_power and beta2_power, cursor, and shuffle_state as 16 hexadecimal digits
// (64 bits do not fit a JSON number exactly). Reading checks each (powers in (0, 1], the cursor
// up to maxCursor) and records the first problem in r.
void trainerScalarsToJson(const core::TrainerState &s, QJsonObject *json);
void readTrainerScalars(JsonObjectReader &r, qint64 maxCursor, core::TrainerState *s);

// The trainer of a run: its setup, continued from state when given. nullptr and *error set when
// the setup is invalid or the state does not fit it.
std::unique_ptr<core::Trainer> makeTrainer(const TrainingSetup &setup,
                                           const core::TrainerState *state, QString *error);

}  // namespace relulab::session
