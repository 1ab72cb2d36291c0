// The .relulab envelope (format, version), the network state's JSON form, strict loading with
// located errors, and atomic saving.
#include "SessionFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <exception>

#include "CommandLine.h"
#include "HistoryJson.h"
#include "JsonFields.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "SessionFile" by lupdate and looked up there.
class SessionFileTr
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
};

// Far above any real network or data set (about 60,000 parameters, 80,000 training examples),
// checked before the elements are read.
constexpr qsizetype kMaxArray = 1000000;

const QString kNetwork = QStringLiteral("network");
const QString kHistory = QStringLiteral("history");

QJsonArray numbersToJson(const std::vector<double> &values)
{
    QJsonArray list;
    for (double v : values)
        list.append(v);
    return list;
}

QJsonObject networkToJson(const core::TrainerState &s)
{
    QJsonArray order;
    for (size_t i : s.order)
        order.append(static_cast<qint64>(i));
    QJsonObject json{
        {QStringLiteral("step"), static_cast<qint64>(s.steps)},
        {QStringLiteral("examples"), static_cast<qint64>(s.examples)},
        {QStringLiteral("parameters"), numbersToJson(s.parameters)},
        {QStringLiteral("moment1"), numbersToJson(s.moment1)},
        {QStringLiteral("moment2"), numbersToJson(s.moment2)},
        {QStringLiteral("order"), order},
    };
    trainerScalarsToJson(s, &json);
    return json;
}

void readNumbers(JsonObjectReader &r, const QString &key, std::vector<double> *out)
{
    const auto list = r.array(key);
    if (!list) return;
    if (list->size() > kMaxArray) {
        r.check(key,
                SessionFileTr::tr("at most %1 numbers, got %2").arg(kMaxArray).arg(list->size()));
        return;
    }
    std::vector<double> values(static_cast<size_t>(list->size()));
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (!r.note(readJsonNumber(list->at(i), jsonIndexPath(r.location(key), i),
                                   &values[static_cast<size_t>(i)])))
            return;
    }
    *out = std::move(values);
}

JsonRead<core::TrainerState> networkFromJson(const QJsonValue &json, const QString &path)
{
    const QStringList keys = {QStringLiteral("step"),        QStringLiteral("examples"),
                              QStringLiteral("parameters"),  QStringLiteral("moment1"),
                              QStringLiteral("moment2"),     QStringLiteral("beta1_power"),
                              QStringLiteral("beta2_power"), QStringLiteral("order"),
                              QStringLiteral("cursor"),      QStringLiteral("shuffle_state")};
    JsonObjectReader r(json, path, keys);
    r.require(keys);
    core::TrainerState s;
    r.whole(QStringLiteral("step"), 0, kMaxJsonCount, &s.steps);
    r.whole(QStringLiteral("examples"), 0, kMaxJsonCount, &s.examples);
    readNumbers(r, QStringLiteral("parameters"), &s.parameters);
    readNumbers(r, QStringLiteral("moment1"), &s.moment1);
    readNumbers(r, QStringLiteral("moment2"), &s.moment2);
    if (const auto list = r.array(QStringLiteral("order"))) {
        if (list->size() > kMaxArray)
            r.check(
                QStringLiteral("order"),
                SessionFileTr::tr("at most %1 entries, got %2").arg(kMaxArray).arg(list->size()));
        for (qsizetype i = 0; i < list->size() && r.ok(); ++i) {
            qint64 index = 0;
            if (r.note(readJsonWhole(list->at(i),
                                     jsonIndexPath(r.location(QStringLiteral("order")), i), 0,
                                     kMaxArray, &index)))
                s.order.push_back(static_cast<size_t>(index));
        }
    }
    readTrainerScalars(r, kMaxArray, &s);
    if (!r.ok()) return {std::nullopt, r.error()};
    return {std::move(s), {}};
}

}  // namespace

void trainerScalarsToJson(const core::TrainerState &s, QJsonObject *json)
{
    json->insert(QStringLiteral("beta1_power"), s.beta1Power);
    json->insert(QStringLiteral("beta2_power"), s.beta2Power);
    json->insert(QStringLiteral("cursor"), static_cast<qint64>(s.cursor));
    json->insert(QStringLiteral("shuffle_state"),
                 QStringLiteral("%1").arg(s.shuffleState, 16, 16, QLatin1Char('0')));
}

void readTrainerScalars(JsonObjectReader &r, qint64 maxCursor, core::TrainerState *s)
{
    for (const auto &[key, power] : {std::pair{QStringLiteral("beta1_power"), &s->beta1Power},
                                     std::pair{QStringLiteral("beta2_power"), &s->beta2Power}}) {
        r.number(key, power);
        if (r.has(key) && !(*power > 0.0 && *power <= 1.0))
            r.check(key, SessionFileTr::tr("must be a number in (0, 1]"));
    }
    r.whole(QStringLiteral("cursor"), 0, maxCursor, &s->cursor);
    QString shuffle;
    r.string(QStringLiteral("shuffle_state"), &shuffle);
    if (r.has(QStringLiteral("shuffle_state"))) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16}$"));
        bool ok = hex.match(shuffle).hasMatch();
        if (ok) s->shuffleState = shuffle.toULongLong(&ok, 16);
        if (!ok)
            r.check(QStringLiteral("shuffle_state"),
                    SessionFileTr::tr("must be 16 hexadecimal digits"));
    }
}

std::unique_ptr<core::Trainer> makeTrainer(const TrainingSetup &setup,
                                           const core::TrainerState *state, QString *error)
{
    if (QString e = setup.validate(); !e.isEmpty()) {
        *error = e;
        return nullptr;
    }
    try {
        core::TrainingConfig config = setup.config;
        core::DataSplit split = setup.makeSplit(&config);
        auto trainer = std::make_unique<core::Trainer>(config, std::move(split));
        if (state) {
            if (const std::string problem = trainer->restore(*state); !problem.empty()) {
                *error = QString::fromStdString(problem);
                return nullptr;
            }
        }
        return trainer;
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return nullptr;
    }
}

QJsonObject sessionToJson(const Session &session)
{
    QJsonObject json{
        {QStringLiteral("format"), QString(Session::kFormat)},
        {QStringLiteral("version"), Session::kVersion},
        {QStringLiteral("explorer"), explorerToJson(session.explorer)},
        {QStringLiteral("training"), trainingToJson(session.training)},
    };
    if (session.network) json.insert(kNetwork, networkToJson(*session.network));
    if (!session.history.empty()) json.insert(kHistory, historyToJson(session.history));
    return json;
}

QByteArray sessionToBytes(const Session &session)
{
    // QJsonObject sorts its keys; assembled by hand so that the file opens with what it is.
    const QJsonObject json = sessionToJson(session);
    QByteArray text = "{\n";
    const char *keys[] = {"format", "version", "explorer", "training", "network", "history"};
    bool first = true;
    for (const char *key : keys) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined()) continue;
        QByteArray body;
        if (value.isObject()) {
            // JSON strings hold no raw newline, so every newline here starts a line to indent.
            body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented).trimmed();
            body.replace("\n", "\n    ");
        } else {
            // A scalar: the array's text without its brackets.
            body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            body = body.mid(1, body.size() - 2);
        }
        text += (first ? "    \"" : ",\n    \"") + QByteArray(key) + "\": " + body;
        first = false;
    }
    return text + "\n}\n";
}

JsonRead<Session> sessionFromJson(const QJsonValue &json)
{
    const auto fail = [](QString message) { return JsonRead<Session>{std::nullopt, message}; };
    if (!json.isObject()) return fail(SessionFileTr::tr("the file must hold a JSON object"));
    const QJsonObject object = json.toObject();
    // The envelope first: for another kind of file or a newer version, that is the news, not the
    // first key this version does not know.
    const QJsonValue format = object.value(QStringLiteral("format"));
    if (format.isUndefined())
        return fail(SessionFileTr::tr("format: is required; this is not a ReLU Lab session"));
    if (format.toString() != Session::kFormat)
        return fail(SessionFileTr::tr("format: must be \"%1\"; this is not a ReLU Lab session")
                        .arg(Session::kFormat));
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (version.isUndefined()) return fail(SessionFileTr::tr("version: is required"));
    qint64 v = 0;
    if (QString e = readJsonWhole(version, QStringLiteral("version"), 1, 1000000, &v); !e.isEmpty())
        return fail(e);
    if (v < 1 || v > Session::kVersion)
        return fail(SessionFileTr::tr("version: this ReLU Lab reads version 1 to %1 sessions, the "
                                      "file is version %2 (saved by a newer ReLU Lab?)")
                        .arg(Session::kVersion)
                        .arg(v));

    QStringList known = {QStringLiteral("format"), QStringLiteral("version"),
                         QStringLiteral("explorer"), QStringLiteral("training"), kNetwork};
    if (v >= 2) known << kHistory;  // a version 1 file with a history is not one
    JsonObjectReader r(json, QString(), known);
    r.require({QStringLiteral("explorer"), QStringLiteral("training")});
    Session session;
    if (r.ok()) {
        auto explorer = explorerFromJson(r.value(QStringLiteral("explorer")), ExplorerSettings{},
                                         QStringLiteral("explorer"));
        if (r.note(explorer.error)) session.explorer = std::move(*explorer.value);
    }
    if (r.ok()) {
        auto training = trainingFromJson(r.value(QStringLiteral("training")), TrainingSetup{},
                                         QStringLiteral("training"));
        if (r.note(training.error)) session.training = std::move(*training.value);
    }
    if (r.has(kNetwork)) {
        auto network = networkFromJson(r.value(kNetwork), kNetwork);
        if (r.note(network.error)) {
            // Only a trainer of this setup can say whether the state fits its network and data.
            QString problem;
            if (makeTrainer(session.training, &*network.value, &problem)) {
                session.network = std::move(*network.value);
            } else {
                // The trainer names the field ("parameters: expected 105 numbers, got 104").
                static const QRegularExpression field(QStringLiteral("^[a-z0-9_]+: "));
                r.note(field.match(problem).hasMatch() ? kNetwork + QLatin1Char('.') + problem
                                                       : kNetwork + QStringLiteral(": ") + problem);
            }
        }
    }
    if (r.has(kHistory)) {
        auto history = historyFromJson(r.value(kHistory), kHistory, session.training,
                                       session.network ? session.network->steps : 0);
        if (r.note(history.error)) session.history = std::move(*history.value);
    }
    if (!r.ok()) return fail(r.error());
    return {std::move(session), {}};
}

JsonRead<Session> parseSession(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty()) return {std::nullopt, SessionFileTr::tr("the file is empty")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return {std::nullopt, jsonSyntaxError(bytes, error)};
    }
    if (!document.isObject())
        return {std::nullopt, SessionFileTr::tr("the file must hold a JSON object")};
    return sessionFromJson(document.object());
}

JsonRead<Session> readSessionFile(const QString &path)
{
    const auto fail = [](QString message) { return JsonRead<Session>{std::nullopt, message}; };
    const QFileInfo info(path);
    if (!info.exists()) return fail(SessionFileTr::tr("the file does not exist"));
    if (info.isDir()) return fail(SessionFileTr::tr("it is a directory"));
    if (info.size() > Session::kMaxBytes)
        return fail(
            SessionFileTr::tr("the file has %1 bytes, more than a session can have (at most %2 MB)")
                .arg(info.size())
                .arg(Session::kMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
    const QByteArray bytes = file.read(Session::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) return fail(file.errorString());
    if (bytes.size() > Session::kMaxBytes)
        return fail(SessionFileTr::tr("the file is larger than any session"));
    return parseSession(bytes);
}

QString writeSessionFile(const QString &path, const Session &session)
{
    if (session.network && !session.network->isFinite())
        return SessionFileTr::tr("the network's weights are not finite numbers (the run diverged)");
    if (QString e = checkWritable(path); !e.isEmpty()) return e;
    return writeAtomically(path, sessionToBytes(session));
}

}  // namespace relulab::session
