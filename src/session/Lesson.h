// Guided lesson presets: a title, a short explanation and the whole state it sets, read from
// JSON files (resources/lessons/*.json, built into the executable and installed alongside).
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

#include "ExplorerSettings.h"
#include "StateJson.h"
#include "TrainingSetup.h"

namespace relulab::session {

// A lesson's words in one language other than English (docs/translations.md).
struct LessonText
{
    QString title;
    QString text;
    QString note;  // empty: the English note, if there is one

    friend bool operator==(const LessonText &, const LessonText &) = default;
};

struct Lesson
{
    static constexpr QLatin1StringView kFormat{"relulab-lesson"};
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    enum class Tab { Explorer, Training };

    QString id;     // the file's base name, e.g. "03-leaky-slope"
    QString title;  // "Leaky ReLU and the slope α"
    // A few short paragraphs in a small HTML subset (<p>, <b>, <i>, <code>, <ul>, <li>, <sub>,
    // <sup>).
    QString text;
    // Optional: the longer explanation for the teacher, in the same subset, shown only on demand,
    // so that the text itself stays short enough to read from the back of the room.
    QString note;
    QStringList sources;  // full references for results the text cites
    // The same words in other languages, by language code ("de", "pt_BR", "zh_CN"): the file's
    // optional "translations" object. Settings and sources are the same in every language.
    QMap<QString, LessonText> translations;
    Tab tab = Tab::Explorer;
    // The whole state the lesson sets: the file's explorer and training objects read over the
    // defaults, so nothing left over from before leaks into a lesson.
    ExplorerSettings explorer;
    TrainingSetup training;

    friend bool operator==(const Lesson &, const Lesson &) = default;
};

// Reads one lesson file's bytes; id is the lesson's name (its file's base name). Errors are
// located: "line 3, column 5: …" for JSON syntax, "explorer.alpha: …" for values.
JsonRead<Lesson> parseLesson(const QByteArray &bytes, const QString &id);

// The lesson in a language: its translation's title, text and note where the file has them,
// else the English ones.
Lesson localizedLesson(const Lesson &lesson, const QString &language);

// Every *.json in directory, in file-name order ("01-…", "02-…"). A file that does not read is
// skipped and its problem added to *problems as "<file>: <problem>".
std::vector<Lesson> loadLessons(const QString &directory, QStringList *problems);

// Where lessons come from: the ones built into the program (":/lessons"), then a teacher's own
// from the user's data directory (".../relulab/lessons"), whose files replace built-in ones of
// the same name and add to them.
std::vector<Lesson> loadAllLessons(QStringList *problems);
QString userLessonDirectory();

}  // namespace relulab::session
