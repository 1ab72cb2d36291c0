// The history's JSON: numbers as base64 of little-endian IEEE doubles (exact and about half the
// size of decimal text), a checkpoint's state beside its weights, the live settings where they
// change.
#include "HistoryJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtEndian>

#include "JsonFields.h"
#include "SessionFile.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "HistoryJson" by lupdate and looked up there.
class HistoryJsonTr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryJson)
};

// A session of the largest network after 10^7 steps has about 2,400 kept steps.
constexpr qsizetype kMaxEntries = 100000;
constexpr qint64 kMaxValues = 1000000;

const QString kEntries = QStringLiteral("entries");
const QString kStep = QStringLiteral("step");
const QString kExamples = QStringLiteral("examples");
const QString kParameters = QStringLiteral("parameters");
const QString kSetup = QStringLiteral("setup");
const QString kCheckpoint = QStringLiteral("checkpoint");
const QStringList kLiveKeys = {QStringLiteral("activation"), QStringLiteral("alpha"),
                               QStringLiteral("learning_rate")};

QString doublesToBase64(const std::vector<double> &values)
{
    QByteArray bytes(static_cast<qsizetype>(values.size() * sizeof(double)), Qt::Uninitialized);
    qToLittleEndian<double>(values.data(), static_cast<qsizetype>(values.size()), bytes.data());
    return QString::fromLatin1(bytes.toBase64());
}

QString indicesToBase64(const std::vector<size_t> &values)
{
    std::vector<quint32> narrow(values.begin(), values.end());
    QByteArray bytes(static_cast<qsizetype>(narrow.size() * sizeof(quint32)), Qt::Uninitialized);
    qToLittleEndian<quint32>(narrow.data(), static_cast<qsizetype>(narrow.size()), bytes.data());
    return QString::fromLatin1(bytes.toBase64());
}

// Base64 of `width`-byte little-endian values; nullopt on bad text or a length not a multiple.
std::optional<QByteArray> decodeBase64(const QJsonValue &value, int width)
{
    if (!value.isString()) return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() % width != 0 ||
        decoded.decoded.size() / width > kMaxValues)
        return std::nullopt;
    return decoded.decoded;
}

void readDoubles(JsonObjectReader &r, const QString &key, std::vector<double> *out)
{
    if (!r.has(key)) return;
    const auto bytes = decodeBase64(r.value(key), sizeof(double));
    if (!bytes) {
        r.check(key, HistoryJsonTr::tr("must be base64 of little-endian doubles"));
        return;
    }
    out->resize(static_cast<size_t>(bytes->size()) / sizeof(double));
    qFromLittleEndian<double>(bytes->constData(), static_cast<qsizetype>(out->size()), out->data());
}

QJsonObject liveSettings(const TrainingSetup &setup)
{
    const QJsonObject all = trainingToJson(setup);
    QJsonObject live;
    for (const QString &key : kLiveKeys)
        live.insert(key, all.value(key));
    return live;
}

QJsonObject checkpointToJson(const core::TrainerState &s)
{
    QJsonObject json{
        {QStringLiteral("moment1"), doublesToBase64(s.moment1)},
        {QStringLiteral("moment2"), doublesToBase64(s.moment2)},
        {QStringLiteral("order"), indicesToBase64(s.order)},
    };
    trainerScalarsToJson(s, &json);
    return json;
}

// The checkpoint's part of the state (weights, step and examples are the entry's).
bool readCheckpoint(const QJsonValue &json, const QString &path, core::TrainerState *s,
                    QString *error)
{
    const QStringList keys = {QStringLiteral("moment1"),      QStringLiteral("moment2"),
                              QStringLiteral("beta1_power"),  QStringLiteral("beta2_power"),
                              QStringLiteral("order"),        QStringLiteral("cursor"),
                              QStringLiteral("shuffle_state")};
    JsonObjectReader r(json, path, keys);
    r.require(keys);
    readDoubles(r, QStringLiteral("moment1"), &s->moment1);
    readDoubles(r, QStringLiteral("moment2"), &s->moment2);
    if (r.has(QStringLiteral("order"))) {
        const auto bytes = decodeBase64(r.value(QStringLiteral("order")), sizeof(quint32));
        if (!bytes) {
            r.check(QStringLiteral("order"),
                    HistoryJsonTr::tr("must be base64 of little-endian 32-bit indices"));
        } else {
            std::vector<quint32> narrow(static_cast<size_t>(bytes->size()) / sizeof(quint32));
            qFromLittleEndian<quint32>(bytes->constData(), static_cast<qsizetype>(narrow.size()),
                                       narrow.data());
            s->order.assign(narrow.begin(), narrow.end());
        }
    }
    readTrainerScalars(r, kMaxValues, s);
    *error = r.error();
    return r.ok();
}

}  // namespace

QJsonObject historyToJson(const RunHistory &history)
{
    QJsonArray entries;
    const TrainingSetup *previous = nullptr;
    for (size_t i = 0; i < history.size(); ++i) {
        const HistoryEntry &e = history[i];
        QJsonObject entry{{kStep, static_cast<qint64>(e.step)},
                          {kExamples, static_cast<qint64>(e.examples)},
                          {kParameters, doublesToBase64(e.state->parameters)}};
        if (!previous || liveSettings(*previous) != liveSettings(*e.setup))
            entry.insert(kSetup, liveSettings(*e.setup));
        previous = e.setup.get();
        if (e.checkpoint) entry.insert(kCheckpoint, checkpointToJson(*e.state));
        entries.append(entry);
    }
    return {{kEntries, entries}};
}

JsonRead<RunHistory> historyFromJson(const QJsonValue &json, const QString &path,
                                     const TrainingSetup &base, long last)
{
    const auto fail = [](QString message) { return JsonRead<RunHistory>{std::nullopt, message}; };
    JsonObjectReader top(json, path, {kEntries});
    top.require({kEntries});
    const auto list = top.array(kEntries);
    if (!list) return fail(top.error());
    if (list->size() > kMaxEntries)
        return fail(
            jsonKeyPath(path, kEntries) +
            HistoryJsonTr::tr(": at most %1 entries, got %2").arg(kMaxEntries).arg(list->size()));
    RunHistory history;
    std::shared_ptr<const TrainingSetup> setup;
    // One trainer per distinct setup: its network config (inputs and task set by the data) and
    // data, to check the states against and to derive the figures on.
    std::unique_ptr<core::Trainer> trainer;
    const QString entriesPath = jsonKeyPath(path, kEntries);
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = jsonIndexPath(entriesPath, i);
        JsonObjectReader r(list->at(i), at, {kStep, kExamples, kParameters, kSetup, kCheckpoint});
        r.require({kStep, kExamples, kParameters});
        auto state = std::make_shared<core::TrainerState>();
        r.whole(kStep, 0, kMaxJsonCount, &state->steps);
        r.whole(kExamples, 0, kMaxJsonCount, &state->examples);
        readDoubles(r, kParameters, &state->parameters);
        if (!r.ok()) return fail(r.error());
        if (!history.empty() && state->steps <= history.back().step)
            return fail(r.location(kStep) +
                        HistoryJsonTr::tr(": must be greater than the previous entry's (%1)")
                            .arg(history.back().step));
        if (state->steps > last)
            return fail(r.location(kStep) +
                        HistoryJsonTr::tr(": must not be past the network's step (%1)").arg(last));
        if (i == 0 && !r.has(kSetup))
            return fail(r.location(kSetup) + HistoryJsonTr::tr(": is required on the first entry"));
        if (i == 0 && !r.has(kCheckpoint))
            return fail(r.location(kCheckpoint) +
                        HistoryJsonTr::tr(": is required on the first entry"));
        if (r.has(kSetup)) {
            const QJsonObject live = r.value(kSetup).toObject();
            JsonObjectReader keys(r.value(kSetup), r.location(kSetup), kLiveKeys);
            if (!keys.ok()) return fail(keys.error());
            auto read = trainingFromJson(live, base, r.location(kSetup));
            if (!read.error.isEmpty()) return fail(read.error);
            setup = std::make_shared<const TrainingSetup>(std::move(*read.value));
            QString problem;
            trainer = makeTrainer(*setup, nullptr, &problem);
            if (!trainer) return fail(r.location(kSetup) + QStringLiteral(": ") + problem);
        }
        const bool checkpoint = r.has(kCheckpoint);
        if (checkpoint) {
            QString problem;
            if (!readCheckpoint(r.value(kCheckpoint), r.location(kCheckpoint), state.get(),
                                &problem))
                return fail(problem);
            // Only a trainer can say whether the whole state fits its network and data.
            if (const std::string misfit = trainer->restore(*state); !misfit.empty())
                return fail(r.location(kCheckpoint) + QStringLiteral(": ") +
                            QString::fromStdString(misfit));
        }
        RunHistory::Entry entry = deriveHistoryEntry(setup, checkpoint, std::move(state),
                                                     trainer->config().network, trainer->data());
        if (!entry)
            return fail(r.location(kParameters) + HistoryJsonTr::tr(": expected %1 finite numbers")
                                                      .arg(trainer->network().parameters().size()));
        history.append(std::move(entry));
    }
    return {std::move(history), {}};
}

}  // namespace relulab::session
