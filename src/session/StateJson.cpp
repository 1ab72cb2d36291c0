// Writing and strict, located reading of the explorer settings and the training setup as JSON.
#include "StateJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include "JsonFields.h"
#include "core/Maxout.h"

namespace relulab::session {

namespace {

// This file's messages, filed under "StateJson" by lupdate and looked up there.
class StateJsonTr
{
    Q_DECLARE_TR_FUNCTIONS(StateJson)
};

QString toQ(const std::string &s)
{
    return QString::fromStdString(s);
}

QStringList functionKeys()
{
    QStringList keys;
    for (FunctionId id : kAllFunctions)
        keys << functionKey(id);
    return keys;
}

const QStringList kConventions = {QStringLiteral("left"), QStringLiteral("right"),
                                  QStringLiteral("mean"), QStringLiteral("first")};

std::optional<core::KinkConvention> conventionFromKey(const QString &key)
{
    return core::parseConvention(key.toStdString());
}

QString conventionKey(core::KinkConvention c)
{
    return toQ(std::string(core::conventionName(c)));
}

// "" for no problem, else the problem at path.
QString locatedProblem(const QString &path, const QString &problem)
{
    if (problem.isEmpty() || path.isEmpty()) return problem;
    return QStringLiteral("%1: %2").arg(path, problem);
}

QJsonObject pinnedToJson(const PinnedCurve &pin)
{
    return {
        {QStringLiteral("label"), pin.label},
        {QStringLiteral("function"), functionKey(pin.function)},
        {QStringLiteral("alpha"), pin.alpha},
        {QStringLiteral("pieces"), piecesToJson(pin.pieces)},
        {QStringLiteral("softplus_beta"), pin.softplusBeta},
    };
}

// A pinned curve needs its function; the parameters default to the live defaults and the label to
// the one pinning would give it.
JsonRead<PinnedCurve> pinnedFromJson(const QJsonValue &json, const QString &path)
{
    JsonObjectReader r(
        json, path,
        {QStringLiteral("label"), QStringLiteral("function"), QStringLiteral("alpha"),
         QStringLiteral("pieces"), QStringLiteral("softplus_beta")});
    r.require({QStringLiteral("function")});
    PinnedCurve pin;
    r.keyword(QStringLiteral("function"), functionKeys(), &pin.function, functionFromKey);
    r.number(QStringLiteral("alpha"), &pin.alpha);
    if (r.has(QStringLiteral("alpha"))) r.check(QStringLiteral("alpha"), validateAlpha(pin.alpha));
    if (r.has(QStringLiteral("pieces"))) {
        auto pieces =
            piecesFromJson(r.value(QStringLiteral("pieces")), r.location(QStringLiteral("pieces")));
        if (r.note(pieces.error)) pin.pieces = *pieces.value;
    }
    r.number(QStringLiteral("softplus_beta"), &pin.softplusBeta);
    if (r.has(QStringLiteral("softplus_beta")) && !(pin.softplusBeta > 0.0))
        r.check(QStringLiteral("softplus_beta"),
                StateJsonTr::tr("the softplus \u03b2 must be a number > 0"));
    if (r.has(QStringLiteral("label"))) {
        r.string(QStringLiteral("label"), &pin.label);
        if (r.ok() && pin.label.size() > 200)
            r.check(QStringLiteral("label"), StateJsonTr::tr("must be at most 200 characters"));
    } else if (r.ok()) {
        ExplorerSettings like;
        like.alpha = pin.alpha;
        like.pieces = pin.pieces;
        like.softplusBeta = pin.softplusBeta;
        pin.label = like.pin(pin.function).label;
    }
    if (r.ok()) r.note(locatedProblem(path, pin.validate()));
    if (!r.ok()) return {std::nullopt, r.error()};
    return {pin, {}};
}

QJsonArray examplesToJson(const core::Dataset &data)
{
    QJsonArray rows;
    for (size_t i = 0; i < data.size(); ++i) {
        QJsonArray row;
        for (double x : data.input(i))
            row.append(x);
        row.append(data.targets[i]);
        rows.append(row);
    }
    return rows;
}

// Rows [x1, x2, label] (classification) or [x, y] (regression), all of one width, as many as a
// generated set may have; an empty array means generated data.
JsonRead<core::Dataset> examplesFromJson(const QJsonArray &rows, const QString &path)
{
    if (rows.size() > TrainingSetup::kMaxSamples)
        return {std::nullopt, StateJsonTr::tr("%1: at most %2 examples, got %3")
                                  .arg(path)
                                  .arg(TrainingSetup::kMaxSamples)
                                  .arg(rows.size())};
    core::Dataset data;
    qsizetype columns = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString at = jsonIndexPath(path, i);
        const QJsonValue row = rows.at(i);
        const qsizetype n = row.isArray() ? row.toArray().size() : -1;
        if (columns == 0 && n != 2 && n != 3)
            return {std::nullopt, StateJsonTr::tr("%1: must be [x1, x2, label] or [x, y]").arg(at)};
        if (columns == 0) {
            columns = n;
            data.task = n == 3 ? core::TaskKind::Classification : core::TaskKind::Regression;
            data.inputDim = static_cast<int>(n - 1);
            data.inputs.reserve(static_cast<size_t>(rows.size() * (n - 1)));
            data.targets.reserve(static_cast<size_t>(rows.size()));
        } else if (n != columns) {
            return {std::nullopt, StateJsonTr::tr("%1: must hold %2 numbers like the first row")
                                      .arg(at)
                                      .arg(columns)};
        }
        const QJsonArray cells = row.toArray();
        for (qsizetype c = 0; c < columns; ++c) {
            double v = 0.0;
            if (QString e = readJsonNumber(cells.at(c), jsonIndexPath(at, c), &v); !e.isEmpty())
                return {std::nullopt, e};
            if (c + 1 < columns) {
                data.inputs.push_back(v);
            } else {
                if (columns == 3 && v != 0.0 && v != 1.0)
                    return {
                        std::nullopt,
                        StateJsonTr::tr("%1: a label must be 0 or 1").arg(jsonIndexPath(at, c))};
                data.targets.push_back(columns == 3 ? (v == 1.0 ? 1.0 : 0.0) : v);
            }
        }
    }
    if (data.size() > 0 && data.size() < 4)
        return {std::nullopt, StateJsonTr::tr("%1: a data set needs at least 4 examples, got %2")
                                  .arg(path)
                                  .arg(data.size())};
    return {std::move(data), {}};
}

// The keys of every value of an enumeration, from its key function.
template <class Enum, class Key>
QStringList keysOf(std::initializer_list<Enum> values, Key key)
{
    QStringList list;
    for (Enum v : values)
        list << toQ(key(v));
    return list;
}

}  // namespace

QJsonArray piecesToJson(const std::vector<core::MaxoutPiece> &pieces)
{
    QJsonArray list;
    for (const core::MaxoutPiece &p : pieces)
        list.append(QJsonObject{{QStringLiteral("slope"), p.slope},
                                {QStringLiteral("intercept"), p.intercept}});
    return list;
}

JsonRead<std::vector<core::MaxoutPiece>> piecesFromJson(const QJsonValue &json, const QString &path)
{
    if (!json.isArray()) return {std::nullopt, StateJsonTr::tr("%1: must be an array").arg(path)};
    const QJsonArray list = json.toArray();
    if (list.isEmpty() || list.size() > core::Maxout::kMaxPieces)
        return {std::nullopt, QStringLiteral("%1: %2").arg(path, validatePieces({}))};
    std::vector<core::MaxoutPiece> pieces;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = jsonIndexPath(path, i);
        JsonObjectReader r(list.at(i), at, {QStringLiteral("slope"), QStringLiteral("intercept")});
        r.require({QStringLiteral("slope"), QStringLiteral("intercept")});
        core::MaxoutPiece piece;
        r.number(QStringLiteral("slope"), &piece.slope);
        r.number(QStringLiteral("intercept"), &piece.intercept);
        if (!r.ok()) return {std::nullopt, r.error()};
        pieces.push_back(piece);
    }
    return {std::move(pieces), {}};
}

QJsonObject explorerToJson(const ExplorerSettings &s)
{
    QJsonArray visible;
    // kAllFunctions fixes the order, so the same settings always give the same text.
    for (FunctionId id : kAllFunctions) {
        if (s.visible.contains(id)) visible.append(functionKey(id));
    }
    QJsonArray pinned;
    for (const PinnedCurve &p : s.pinned)
        pinned.append(pinnedToJson(p));
    return {
        {QStringLiteral("alpha"), s.alpha},
        {QStringLiteral("lo"), s.lo},
        {QStringLiteral("hi"), s.hi},
        {QStringLiteral("pieces"), piecesToJson(s.pieces)},
        {QStringLiteral("convention"), conventionKey(s.convention)},
        {QStringLiteral("visible"), visible},
        {QStringLiteral("show_subgradient"), s.showSubgradient},
        {QStringLiteral("samples"), s.samples},
        {QStringLiteral("softplus_beta"), s.softplusBeta},
        {QStringLiteral("pinned"), pinned},
    };
}

JsonRead<ExplorerSettings> explorerFromJson(const QJsonValue &json, const ExplorerSettings &base,
                                            const QString &path)
{
    JsonObjectReader r(
        json, path,
        {QStringLiteral("alpha"), QStringLiteral("lo"), QStringLiteral("hi"),
         QStringLiteral("pieces"), QStringLiteral("convention"), QStringLiteral("visible"),
         QStringLiteral("show_subgradient"), QStringLiteral("samples"),
         QStringLiteral("softplus_beta"), QStringLiteral("pinned")});
    ExplorerSettings s = base;

    r.number(QStringLiteral("alpha"), &s.alpha);
    if (r.has(QStringLiteral("alpha"))) r.check(QStringLiteral("alpha"), validateAlpha(s.alpha));
    for (const auto &[key, bound] :
         {std::pair{QStringLiteral("lo"), &s.lo}, std::pair{QStringLiteral("hi"), &s.hi}}) {
        r.number(key, bound);
        if (r.has(key) && std::abs(*bound) > ExplorerSettings::kRangeLimit)
            r.check(key, StateJsonTr::tr("must lie in [-1e6, 1e6]"));
    }
    // lo < hi and the minimum width concern both bounds: blame the one this object gave last.
    if (r.ok()) {
        const QString rangeKey = json.toObject().contains(QStringLiteral("hi"))
                                     ? QStringLiteral("hi")
                                     : QStringLiteral("lo");
        r.check(rangeKey, validateRange(s.lo, s.hi));
    }
    if (r.has(QStringLiteral("pieces"))) {
        auto pieces =
            piecesFromJson(r.value(QStringLiteral("pieces")), r.location(QStringLiteral("pieces")));
        if (r.note(pieces.error)) s.pieces = *pieces.value;
    }
    r.keyword(QStringLiteral("convention"), kConventions, &s.convention, conventionFromKey);
    if (auto list = r.array(QStringLiteral("visible"))) {
        QSet<FunctionId> visible;
        for (qsizetype i = 0; i < list->size() && r.ok(); ++i) {
            const QString at = jsonIndexPath(r.location(QStringLiteral("visible")), i);
            const auto id = functionFromKey(list->at(i).toString());
            if (!list->at(i).isString() || !id)
                r.note(StateJsonTr::tr("%1: must be one of %2")
                           .arg(at, functionKeys().join(QStringLiteral(", "))));
            else if (visible.contains(*id))
                r.note(StateJsonTr::tr("%1: '%2' is listed twice").arg(at, functionKey(*id)));
            else
                visible.insert(*id);
        }
        if (r.ok()) s.visible = visible;
    }
    r.boolean(QStringLiteral("show_subgradient"), &s.showSubgradient);
    r.whole(QStringLiteral("samples"), ExplorerSettings::kMinSamples, ExplorerSettings::kMaxSamples,
            &s.samples);
    r.number(QStringLiteral("softplus_beta"), &s.softplusBeta);
    if (r.has(QStringLiteral("softplus_beta")) && !(s.softplusBeta > 0.0))
        r.check(QStringLiteral("softplus_beta"),
                StateJsonTr::tr("the softplus \u03b2 must be a number > 0"));
    if (auto list = r.array(QStringLiteral("pinned"))) {
        if (list->size() > ExplorerSettings::kMaxPinned)
            r.check(QStringLiteral("pinned"),
                    StateJsonTr::tr("at most %1 curves can be pinned, got %2")
                        .arg(ExplorerSettings::kMaxPinned)
                        .arg(list->size()));
        std::vector<PinnedCurve> pinned;
        for (qsizetype i = 0; i < list->size() && r.ok(); ++i) {
            auto pin =
                pinnedFromJson(list->at(i), jsonIndexPath(r.location(QStringLiteral("pinned")), i));
            if (r.note(pin.error)) pinned.push_back(*pin.value);
        }
        if (r.ok()) s.pinned = std::move(pinned);
    }
    // A last net for rules that span fields; the base must have been valid to begin with.
    if (r.ok()) r.note(locatedProblem(path, s.validate()));
    if (!r.ok()) return {std::nullopt, r.error()};
    return {std::move(s), {}};
}

QJsonObject trainingToJson(const TrainingSetup &setup)
{
    const core::TrainingConfig &c = setup.config;
    const core::NetworkConfig &n = c.network;
    QJsonArray hidden;
    for (int w : n.hidden)
        hidden.append(w);
    return {
        {QStringLiteral("dataset"), setup.dataset},
        {QStringLiteral("samples"), setup.samples},
        {QStringLiteral("noise"), setup.noise},
        {QStringLiteral("examples"), examplesToJson(setup.data)},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("activation"), toQ(core::activationKey(n.activation))},
        {QStringLiteral("alpha"), n.alpha},
        {QStringLiteral("pieces"), n.pieces},
        {QStringLiteral("init"), toQ(core::initKey(n.init))},
        {QStringLiteral("bias_init"), n.biasInit},
        {QStringLiteral("convention"), conventionKey(n.convention)},
        {QStringLiteral("optimizer"), toQ(core::optimizerKey(c.optimizer))},
        {QStringLiteral("learning_rate"), c.learningRate},
        {QStringLiteral("batch"), c.batchSize},
        {QStringLiteral("l2"), c.l2},
        {QStringLiteral("seed"), static_cast<qint64>(c.seed)},
    };
}

JsonRead<TrainingSetup> trainingFromJson(const QJsonValue &json, const TrainingSetup &base,
                                         const QString &path)
{
    JsonObjectReader r(
        json, path,
        {QStringLiteral("dataset"), QStringLiteral("samples"), QStringLiteral("noise"),
         QStringLiteral("examples"), QStringLiteral("hidden"), QStringLiteral("activation"),
         QStringLiteral("alpha"), QStringLiteral("pieces"), QStringLiteral("init"),
         QStringLiteral("bias_init"), QStringLiteral("convention"), QStringLiteral("optimizer"),
         QStringLiteral("learning_rate"), QStringLiteral("batch"), QStringLiteral("l2"),
         QStringLiteral("seed")});
    TrainingSetup s = base;
    core::TrainingConfig &c = s.config;
    core::NetworkConfig &n = c.network;

    QStringList datasets;
    for (core::DatasetName name : core::allDatasets())
        datasets << toQ(core::datasetKey(name));
    r.keyword(QStringLiteral("dataset"), datasets, &s.dataset,
              [](const QString &key) { return std::optional<QString>(key); });
    r.whole(QStringLiteral("samples"), TrainingSetup::kMinSamples, TrainingSetup::kMaxSamples,
            &s.samples);
    r.number(QStringLiteral("noise"), &s.noise);
    if (r.has(QStringLiteral("noise")) && !(s.noise >= 0.0 && s.noise <= 10.0))
        r.check(QStringLiteral("noise"), StateJsonTr::tr("must be a number in [0, 10]"));
    if (auto rows = r.array(QStringLiteral("examples"))) {
        auto data = examplesFromJson(*rows, r.location(QStringLiteral("examples")));
        if (r.note(data.error)) s.data = std::move(*data.value);
    }
    if (auto list = r.array(QStringLiteral("hidden"))) {
        const QString at = r.location(QStringLiteral("hidden"));
        if (list->isEmpty() || list->size() > core::NetworkConfig::kMaxLayers)
            r.note(StateJsonTr::tr("%1: 1 to %2 hidden layers, got %3")
                       .arg(at)
                       .arg(core::NetworkConfig::kMaxLayers)
                       .arg(list->size()));
        std::vector<int> widths;
        for (qsizetype i = 0; i < list->size() && r.ok(); ++i) {
            qint64 w = 0;
            if (r.note(readJsonWhole(list->at(i), jsonIndexPath(at, i), 1,
                                     core::NetworkConfig::kMaxWidth, &w)))
                widths.push_back(static_cast<int>(w));
        }
        if (r.ok()) n.hidden = std::move(widths);
    }
    const auto parse = [](auto parser) {
        return [parser](const QString &key) { return parser(key.toStdString()); };
    };
    r.keyword(QStringLiteral("activation"),
              keysOf({core::HiddenActivation::Relu, core::HiddenActivation::Leaky,
                      core::HiddenActivation::Prelu, core::HiddenActivation::Maxout,
                      core::HiddenActivation::Sigmoid, core::HiddenActivation::Tanh},
                     core::activationKey),
              &n.activation, parse(core::parseActivation));
    r.number(QStringLiteral("alpha"), &n.alpha);
    if (r.has(QStringLiteral("alpha")) && !(n.alpha >= 0.0 && n.alpha < 1.0))
        r.check(QStringLiteral("alpha"), StateJsonTr::tr("must be a number in [0, 1)"));
    r.whole(QStringLiteral("pieces"), core::NetworkConfig::kMinPieces,
            core::NetworkConfig::kMaxPieces, &n.pieces);
    r.keyword(
        QStringLiteral("init"),
        keysOf({core::InitScheme::HeNormal, core::InitScheme::HeUniform, core::InitScheme::Xavier},
               core::initKey),
        &n.init, parse(core::parseInit));
    r.number(QStringLiteral("bias_init"), &n.biasInit);
    r.keyword(QStringLiteral("convention"), kConventions, &n.convention, conventionFromKey);
    r.keyword(
        QStringLiteral("optimizer"),
        keysOf({core::OptimizerKind::Sgd, core::OptimizerKind::Momentum, core::OptimizerKind::Adam},
               core::optimizerKey),
        &c.optimizer, parse(core::parseOptimizer));
    r.number(QStringLiteral("learning_rate"), &c.learningRate);
    if (r.has(QStringLiteral("learning_rate")) && !(c.learningRate > 0.0))
        r.check(QStringLiteral("learning_rate"), StateJsonTr::tr("must be a number > 0"));
    r.whole(QStringLiteral("batch"), 1, 100000, &c.batchSize);
    r.number(QStringLiteral("l2"), &c.l2);
    if (r.has(QStringLiteral("l2")) && !(c.l2 >= 0.0))
        r.check(QStringLiteral("l2"), StateJsonTr::tr("must be a number >= 0"));
    r.whole(QStringLiteral("seed"), 0, 2147483647, &c.seed);
    if (r.ok()) r.note(locatedProblem(path, s.validate()));
    if (!r.ok()) return {std::nullopt, r.error()};
    return {std::move(s), {}};
}

}  // namespace relulab::session
