// Strict reading of lesson files and the lesson library.
#include "Lesson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <map>

#include "JsonFields.h"

// The built-in lessons are compiled into this static library; a linker drops resources nobody
// refers to, so loading them refers to them explicitly (Q_INIT_RESOURCE, outside any namespace).
static void initLessonResources()
{
    Q_INIT_RESOURCE(lessons);
}

namespace relulab::session {

namespace {

// This file's messages, filed under "Lesson" by lupdate and looked up there.
class LessonTr
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)
};

}  // namespace

JsonRead<Lesson> parseLesson(const QByteArray &bytes, const QString &id)
{
    if (bytes.size() > Lesson::kMaxBytes)
        return {
            {},
            LessonTr::tr("a lesson file is at most 1 MB; this one is %1 bytes").arg(bytes.size())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, jsonSyntaxError(bytes, parseError)};
    if (!document.isObject()) return {{}, LessonTr::tr("a lesson is a JSON object")};

    JsonObjectReader reader(
        document.object(), QString(),
        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
         QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("sources"),
         QStringLiteral("tab"), QStringLiteral("explorer"), QStringLiteral("training"),
         QStringLiteral("translations")});
    reader.require({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                    QStringLiteral("text")});
    if (!reader.ok()) return {{}, reader.error()};
    if (reader.value(QStringLiteral("format")).toString() != Lesson::kFormat)
        return {{}, LessonTr::tr("format: must be \"%1\"").arg(Lesson::kFormat)};
    qint64 version = 0;
    reader.whole(QStringLiteral("version"), 0, 1000000, &version);
    if (!reader.ok()) return {{}, reader.error()};
    if (version != Lesson::kVersion)
        return {
            {},
            LessonTr::tr("version: this ReLU Lab reads lesson version %1, the file has version %2")
                .arg(Lesson::kVersion)
                .arg(version)};

    Lesson lesson;
    lesson.id = id;
    reader.string(QStringLiteral("title"), &lesson.title);
    reader.string(QStringLiteral("text"), &lesson.text);
    if (reader.ok() && lesson.title.trimmed().isEmpty())
        reader.check(QStringLiteral("title"), LessonTr::tr("must not be empty"));
    if (reader.ok() && lesson.text.trimmed().isEmpty())
        reader.check(QStringLiteral("text"), LessonTr::tr("must not be empty"));
    if (reader.has(QStringLiteral("note"))) {
        reader.string(QStringLiteral("note"), &lesson.note);
        if (reader.ok() && lesson.note.trimmed().isEmpty())
            reader.check(QStringLiteral("note"),
                         LessonTr::tr("must not be empty (leave it out instead)"));
    }
    if (reader.has(QStringLiteral("sources"))) {
        if (const auto sources = reader.array(QStringLiteral("sources"))) {
            for (qsizetype i = 0; i < sources->size(); ++i) {
                const QJsonValue source = sources->at(i);
                if (!source.isString() || source.toString().trimmed().isEmpty()) {
                    reader.note(jsonIndexPath(reader.location(QStringLiteral("sources")), i) +
                                LessonTr::tr(": must be a non-empty string"));
                    break;
                }
                lesson.sources << source.toString();
            }
        }
    }
    if (reader.has(QStringLiteral("translations"))) {
        const QString where = reader.location(QStringLiteral("translations"));
        const QJsonValue value = reader.value(QStringLiteral("translations"));
        if (!value.isObject()) return {{}, where + LessonTr::tr(": must be an object")};
        const QJsonObject translations = value.toObject();
        // "de", "fr", "pt_BR", "zh_CN": the codes of the interface's languages.
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        for (auto it = translations.begin(); it != translations.end(); ++it) {
            if (!code.match(it.key()).hasMatch())
                return {{},
                        jsonKeyPath(where, it.key()) +
                            LessonTr::tr(": not a language code such as \"de\" or \"pt_BR\"")};
            JsonObjectReader text(
                it.value(), jsonKeyPath(where, it.key()),
                {QStringLiteral("title"), QStringLiteral("text"), QStringLiteral("note")});
            text.require({QStringLiteral("title"), QStringLiteral("text")});
            LessonText words;
            text.string(QStringLiteral("title"), &words.title);
            text.string(QStringLiteral("text"), &words.text);
            if (text.has(QStringLiteral("note"))) text.string(QStringLiteral("note"), &words.note);
            for (const auto &[key, field] : {std::pair{QStringLiteral("title"), &words.title},
                                             std::pair{QStringLiteral("text"), &words.text}}) {
                if (text.ok() && field->trimmed().isEmpty())
                    text.check(key, LessonTr::tr("must not be empty"));
            }
            if (!text.ok()) return {{}, text.error()};
            lesson.translations.insert(it.key(), words);
        }
    }
    reader.keyword(QStringLiteral("tab"), {QStringLiteral("explorer"), QStringLiteral("training")},
                   &lesson.tab, [](const QString &text) {
                       return std::optional(text == QLatin1String("training")
                                                ? Lesson::Tab::Training
                                                : Lesson::Tab::Explorer);
                   });
    if (!reader.ok()) return {{}, reader.error()};

    if (reader.has(QStringLiteral("explorer"))) {
        auto explorer = explorerFromJson(reader.value(QStringLiteral("explorer")),
                                         ExplorerSettings{}, QStringLiteral("explorer"));
        if (!explorer) return {{}, explorer.error};
        lesson.explorer = *explorer.value;
    }
    if (reader.has(QStringLiteral("training"))) {
        auto training = trainingFromJson(reader.value(QStringLiteral("training")), TrainingSetup{},
                                         QStringLiteral("training"));
        if (!training) return {{}, training.error};
        lesson.training = *training.value;
    }
    return {std::move(lesson), {}};
}

Lesson localizedLesson(const Lesson &lesson, const QString &language)
{
    Lesson out = lesson;
    const auto it = lesson.translations.constFind(language);
    if (it == lesson.translations.constEnd()) return out;
    out.title = it->title;
    out.text = it->text;
    if (!it->note.isEmpty()) out.note = it->note;
    return out;
}

std::vector<Lesson> loadLessons(const QString &directory, QStringList *problems)
{
    std::vector<Lesson> lessons;
    const QDir dir(directory);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (problems) *problems << LessonTr::tr("%1: %2").arg(name, file.errorString());
            continue;
        }
        auto lesson =
            parseLesson(file.read(Lesson::kMaxBytes + 1), QFileInfo(name).completeBaseName());
        if (!lesson) {
            if (problems) *problems << LessonTr::tr("%1: %2").arg(name, lesson.error);
            continue;
        }
        lessons.push_back(std::move(*lesson.value));
    }
    return lessons;
}

QString userLessonDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/lessons");
}

std::vector<Lesson> loadAllLessons(QStringList *problems)
{
    initLessonResources();
    std::map<QString, Lesson> byId;  // ordered by file name
    for (const QString &directory : {QStringLiteral(":/lessons"), userLessonDirectory()}) {
        for (Lesson &lesson : loadLessons(directory, problems))
            byId.insert_or_assign(lesson.id, std::move(lesson));
    }
    std::vector<Lesson> lessons;
    lessons.reserve(byId.size());
    for (auto &[id, lesson] : byId)
        lessons.push_back(std::move(lesson));
    return lessons;
}

}  // namespace relulab::session
