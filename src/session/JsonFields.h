// Strict reading of one JSON object's fields: known keys only, each value type- and range-checked,
// the first problem reported with its location ("explorer.pieces[2].slope: must be a finite
// number"). Absent keys leave the target as it was, so a reader can start from a base value.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace relulab::session {

// "explorer" + "alpha" -> "explorer.alpha"; "" + "alpha" -> "alpha".
QString jsonKeyPath(const QString &path, const QString &key);
// "explorer.pieces" + 2 -> "explorer.pieces[2]" (indices count from 0, as in jq).
QString jsonIndexPath(const QString &path, qsizetype index);

// A JSON syntax error located by line and column (from 1) of bytes:
// "line 3, column 17: unterminated string".
QString jsonSyntaxError(const QByteArray &bytes, const QJsonParseError &error);

// The largest count (steps, examples) a JSON number holds exactly: a double's 53-bit mantissa.
inline constexpr qint64 kMaxJsonCount = qint64(1) << 53;

// Each returns "" when the value fits, else "<location>: <problem>".
QString readJsonNumber(const QJsonValue &value, const QString &location, double *out);
QString readJsonWhole(const QJsonValue &value, const QString &location, qint64 min, qint64 max,
                      qint64 *out);

class JsonObjectReader
{
public:
    // json must be an object whose keys are all in known.
    JsonObjectReader(const QJsonValue &json, QString path, const QStringList &known);

    bool ok() const { return m_error.isEmpty(); }
    // The first problem, located; "" while there is none.
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }
    QString location(const QString &key) const { return jsonKeyPath(m_path, key); }

    // Records "is required" for the first of keys the object lacks.
    void require(const QStringList &keys);
    // True when the key is present and nothing has failed yet: the time to read it.
    bool has(const QString &key) const;
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    // Readers of present keys; each leaves *target alone when the key is absent or on failure.
    void number(const QString &key, double *target);
    template <class Int>
    void whole(const QString &key, qint64 min, qint64 max, Int *target)
    {
        if (!has(key)) return;
        qint64 v = 0;
        if (!note(readJsonWhole(value(key), location(key), min, max, &v))) return;
        *target = static_cast<Int>(v);
    }
    void boolean(const QString &key, bool *target);
    void string(const QString &key, QString *target);
    // A keyword among choices; lookup maps the text to the value (an optional).
    template <class T, class Lookup>
    void keyword(const QString &key, const QStringList &choices, T *target, Lookup lookup)
    {
        QString text;
        if (!has(key) || !readKeyword(key, choices, &text)) return;
        *target = *lookup(text);
    }
    // The array under key, or nullopt (and a failure) when it is not an array.
    std::optional<QJsonArray> array(const QString &key);

    // Records the problem at location(key) unless one was recorded before; "" is no problem.
    bool check(const QString &key, const QString &problem);
    // Records a message that is already located (from readJsonNumber and friends).
    bool note(const QString &locatedProblem);

private:
    bool readKeyword(const QString &key, const QStringList &choices, QString *text);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

}  // namespace relulab::session
