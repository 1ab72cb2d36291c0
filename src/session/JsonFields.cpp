// Located type and range checks for JSON values, and the known-keys check of an object.
#include "JsonFields.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace relulab::session {

namespace {

// This file's messages, filed under "JsonFields" by lupdate and looked up there.
class JsonFieldsTr
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)
};

QString located(const QString &location, const QString &problem)
{
    return location.isEmpty() ? problem : location + QStringLiteral(": ") + problem;
}

}  // namespace

QString jsonKeyPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString jsonIndexPath(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString jsonSyntaxError(const QByteArray &bytes, const QJsonParseError &error)
{
    // Qt's offset is just past the character that went wrong, except for trailing garbage.
    const qsizetype at =
        error.error == QJsonParseError::GarbageAtEnd ? error.offset : error.offset - 1;
    const QByteArray before = bytes.left(std::clamp<qsizetype>(at, 0, bytes.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return JsonFieldsTr::tr("line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

QString readJsonNumber(const QJsonValue &value, const QString &location, double *out)
{
    // JSON has no NaN or infinity, and the parser refuses numbers that overflow a double, so a
    // number here is finite; null (what a writer makes of NaN) is not a number.
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return located(location, JsonFieldsTr::tr("must be a finite number"));
    *out = value.toDouble();
    return {};
}

QString readJsonWhole(const QJsonValue &value, const QString &location, qint64 min, qint64 max,
                      qint64 *out)
{
    const QString problem =
        JsonFieldsTr::tr("must be a whole number from %1 to %2").arg(min).arg(max);
    if (!value.isDouble()) return located(location, problem);
    const double d = value.toDouble();
    // Compared as doubles first, so that 1e300 or 2.5 never reach the integer conversion.
    if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) || d != std::trunc(d))
        return located(location, problem);
    const qint64 v = value.toInteger(min - 1);
    if (v < min || v > max) return located(location, problem);
    *out = v;
    return {};
}

JsonObjectReader::JsonObjectReader(const QJsonValue &json, QString path, const QStringList &known)
    : m_path(std::move(path))
{
    if (!json.isObject()) {
        m_error = located(m_path, JsonFieldsTr::tr("must be a JSON object"));
        return;
    }
    m_object = json.toObject();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            m_error = located(
                location(it.key()),
                JsonFieldsTr::tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
            return;
        }
    }
}

void JsonObjectReader::require(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (ok() && !m_object.contains(key)) check(key, JsonFieldsTr::tr("is required"));
    }
}

bool JsonObjectReader::has(const QString &key) const
{
    return ok() && m_object.contains(key);
}

bool JsonObjectReader::note(const QString &locatedProblem)
{
    if (locatedProblem.isEmpty()) return true;
    if (ok()) m_error = locatedProblem;
    return false;
}

bool JsonObjectReader::check(const QString &key, const QString &problem)
{
    if (problem.isEmpty()) return true;
    return note(located(location(key), problem));
}

void JsonObjectReader::number(const QString &key, double *target)
{
    if (!has(key)) return;
    double v = 0.0;
    if (note(readJsonNumber(value(key), location(key), &v))) *target = v;
}

void JsonObjectReader::boolean(const QString &key, bool *target)
{
    if (!has(key)) return;
    const QJsonValue v = value(key);
    if (!v.isBool()) {
        check(key, JsonFieldsTr::tr("must be true or false"));
        return;
    }
    *target = v.toBool();
}

void JsonObjectReader::string(const QString &key, QString *target)
{
    if (!has(key)) return;
    const QJsonValue v = value(key);
    if (!v.isString()) {
        check(key, JsonFieldsTr::tr("must be a string"));
        return;
    }
    *target = v.toString();
}

bool JsonObjectReader::readKeyword(const QString &key, const QStringList &choices, QString *text)
{
    const QJsonValue v = value(key);
    const QString accepted = choices.join(QStringLiteral(", "));
    if (!v.isString()) return check(key, JsonFieldsTr::tr("must be one of %1").arg(accepted));
    if (!choices.contains(v.toString()))
        return check(key,
                     JsonFieldsTr::tr("must be one of %1, got '%2'").arg(accepted, v.toString()));
    *text = v.toString();
    return true;
}

std::optional<QJsonArray> JsonObjectReader::array(const QString &key)
{
    if (!has(key)) return std::nullopt;
    const QJsonValue v = value(key);
    if (!v.isArray()) {
        check(key, JsonFieldsTr::tr("must be an array"));
        return std::nullopt;
    }
    return v.toArray();
}

}  // namespace relulab::session
