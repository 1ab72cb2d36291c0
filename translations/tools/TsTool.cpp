// relulab_ts_tool: the build's and the i18n check's work on Qt Linguist .ts files and on the
// lessons' translations, in C++ so that neither needs anything but Qt Core.
//   relulab_ts_tool pseudo IN.ts OUT.ts
//       writes OUT.ts with every message of IN.ts pseudo-translated (about 40% longer, accented):
//       the layout tests load it to find text that does not fit.
//   relulab_ts_tool check COMMITTED_DIR UPDATED_DIR LESSON_DIR COMPLETE_LANGUAGES LANGUAGE...
//       compares each translations/relulab_<lang>.ts with the copy lupdate just updated from the
//       sources: fails when a message is missing from the committed file (or is left there after
//       its source text went away), and, for the languages listed as complete (comma-separated),
//       when a message or a lesson's text has no finished translation. Names every string.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <cmath>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool finished = false;
    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
    }
};

// Every <message> of a .ts file, with whether its translation is finished (present, not
// "unfinished"; obsolete and vanished messages are not counted at all).
bool readTs(const QString &path, QList<Message> *messages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": " << file.errorString() << Qt::endl;
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    bool skip = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                skip = false;
                message = Message{context, {}, {}, false};
            } else if (inMessage && name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                skip = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                message.finished = type.isEmpty() && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            if (!skip) messages->push_back(message);
        }
    }
    if (xml.hasError()) {
        err() << path << ": " << xml.errorString() << Qt::endl;
        return false;
    }
    return true;
}

// Pseudo-translation of one message: letters accented; markup, placeholders (%1, %n, %L1),
// entities and the letter after a mnemonic '&' kept; each word made 40% longer with '~' where it
// ends, the length German or French often needs (padding only at the end of a long sentence would
// make one unbreakable word that no real translation has).
QString pseudo(const QString &source)
{
    static const QMap<QChar, QChar> accents = [] {
        const QString plain = QStringLiteral("aceinorsuyzAEIOUNCRSZgl");
        const QString accented = QStringLiteral(
            "\u00e0\u00e7\u00e8\u00ef\u00f1\u00f6\u0155\u0161\u00fc\u00fd\u017e\u00c4\u00c9\u00ce"
            "\u00d6\u00dc\u00d1\u00c7\u0154\u0160\u017d\u011d\u013c");
        QMap<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], accented[i]);
        return map;
    }();
    QString out;
    qsizetype word = 0;  // letters of the word being copied
    const auto endWord = [&out, &word] {
        out += QString(static_cast<qsizetype>(std::ceil(0.4 * static_cast<double>(word))),
                       QLatin1Char('~'));
        word = 0;
    };
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('<')) {  // markup: copied as it is
            const qsizetype end = source.indexOf(QLatin1Char('>'), i);
            if (end > i) {
                endWord();
                out += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == QLatin1Char('&') && i + 1 < source.size()) {
            const qsizetype semicolon = source.indexOf(QLatin1Char(';'), i);
            if (semicolon > i && semicolon - i <= 8 &&
                !source.mid(i, semicolon - i).contains(QLatin1Char(' '))) {
                endWord();
                out += source.mid(i, semicolon - i + 1);  // an entity: &amp; &nbsp; &#8722;
                i = semicolon;
                continue;
            }
            out += c;  // a mnemonic: the next letter stays what the shortcut is
            out += source[++i];
            ++word;
            continue;
        }
        if (c == QLatin1Char('%') && i + 1 < source.size()) {
            qsizetype end = i + 1;
            if (source[end] == QLatin1Char('L')) ++end;
            if (end < source.size() && (source[end].isDigit() || source[end] == QLatin1Char('n'))) {
                while (end + 1 < source.size() && source[end + 1].isDigit())
                    ++end;
                endWord();
                out += source.mid(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (!c.isLetter()) endWord();
        out += accents.value(c, c);
        if (c.isLetter()) ++word;
    }
    endWord();
    return out;
}

int writePseudo(const QString &in, const QString &outPath)
{
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << in << ": " << file.errorString() << Qt::endl;
        return 1;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        err() << outPath << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    QXmlStreamReader xml(&file);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    writer.writeStartElement(QStringLiteral("TS"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
    QString source;
    bool numerus = false;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                writer.writeStartElement(QStringLiteral("context"));
            } else if (name == QLatin1String("name")) {
                writer.writeTextElement(QStringLiteral("name"), xml.readElementText());
            } else if (name == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                obsolete = false;
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                xml.skipCurrentElement();
            } else if (name == QLatin1String("comment")) {
                const QString comment = xml.readElementText();
                if (!obsolete) source += QLatin1Char('\x1f') + comment;
            }
        } else if (xml.isEndElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                writer.writeEndElement();
            } else if (name == QLatin1String("message") && !obsolete) {
                const QString comment = source.section(QLatin1Char('\x1f'), 1);
                const QString text = source.section(QLatin1Char('\x1f'), 0, 0);
                writer.writeStartElement(QStringLiteral("message"));
                if (numerus)
                    writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
                writer.writeTextElement(QStringLiteral("source"), text);
                if (!comment.isEmpty()) writer.writeTextElement(QStringLiteral("comment"), comment);
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    // English has two forms: one and many.
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(text));
                    writer.writeTextElement(QStringLiteral("numerusform"), pseudo(text));
                } else {
                    writer.writeCharacters(pseudo(text));
                }
                writer.writeEndElement();
                writer.writeEndElement();
            }
        }
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    if (xml.hasError()) {
        err() << in << ": " << xml.errorString() << Qt::endl;
        return 1;
    }
    return out.commit() ? 0 : 1;
}

QString describe(const Message &m)
{
    QString text = m.source;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("  [%1] \"%2\"%3")
        .arg(m.context, text,
             m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

// The lessons' translations of a complete language: title and text always, the note when the
// English lesson has one (see docs/translations.md for the format).
int checkLessons(const QString &directory, const QString &language)
{
    int problems = 0;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) continue;  // the lesson tests report unreadable files
        const QJsonObject lesson = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject translation =
            lesson.value(QLatin1String("translations")).toObject().value(language).toObject();
        QStringList fields{QStringLiteral("title"), QStringLiteral("text")};
        if (lesson.contains(QLatin1String("note"))) fields << QStringLiteral("note");
        for (const QString &field : fields) {
            if (translation.value(field).toString().trimmed().isEmpty()) {
                err() << "  lesson " << name << ": no " << field << " in " << language << Qt::endl;
                ++problems;
            }
        }
    }
    return problems;
}

int check(const QStringList &args)
{
    if (args.size() < 5) {
        err() << "usage: relulab_ts_tool check COMMITTED_DIR UPDATED_DIR LESSON_DIR "
                 "COMPLETE_LANGUAGES LANGUAGE..."
              << Qt::endl;
        return 2;
    }
    const QDir committedDir(args[0]);
    const QDir updatedDir(args[1]);
    const QStringList complete = args[3].split(QLatin1Char(','), Qt::SkipEmptyParts);
    int failures = 0;
    for (const QString &language : args.mid(4)) {
        const QString file = QStringLiteral("relulab_%1.ts").arg(language);
        QList<Message> committed, updated;
        if (!readTs(committedDir.filePath(file), &committed) ||
            !readTs(updatedDir.filePath(file), &updated))
            return 2;
        QMap<QString, Message> before;
        for (const Message &m : committed)
            before.insert(m.key(), m);
        QMap<QString, Message> after;
        for (const Message &m : updated)
            after.insert(m.key(), m);
        QStringList missing, stale, unfinished;
        for (const Message &m : updated) {
            if (!before.contains(m.key())) missing << describe(m);
            if (complete.contains(language) && !m.finished) unfinished << describe(m);
        }
        for (const Message &m : committed)
            if (!after.contains(m.key())) stale << describe(m);
        if (!missing.isEmpty() || !stale.isEmpty()) {
            err() << "translations/" << file << " is out of date (run "
                  << "cmake --build build --target update_translations):" << Qt::endl;
            for (const QString &line : missing)
                err() << line << "  (missing)" << Qt::endl;
            for (const QString &line : stale)
                err() << line << "  (no longer in the sources)" << Qt::endl;
            failures += static_cast<int>(missing.size() + stale.size());
        }
        if (!unfinished.isEmpty()) {
            err() << file << ": " << unfinished.size() << " unfinished message(s) in a language "
                  << "listed as complete (RELULAB_COMPLETE_LANGUAGES):" << Qt::endl;
            for (const QString &line : unfinished)
                err() << line << Qt::endl;
            failures += static_cast<int>(unfinished.size());
        }
        if (complete.contains(language)) failures += checkLessons(args[2], language);
        QTextStream(stdout) << file << ": " << updated.size() << " messages, "
                            << std::count_if(updated.begin(), updated.end(),
                                             [](const Message &m) { return m.finished; })
                            << " finished" << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 3 && args[0] == QLatin1String("pseudo"))
        return writePseudo(args[1], args[2]);
    if (!args.isEmpty() && args[0] == QLatin1String("check")) return check(args.mid(1));
    err() << "usage: relulab_ts_tool pseudo IN.ts OUT.ts | check ..." << Qt::endl;
    return 2;
}
