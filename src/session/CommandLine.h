// Option parsing shared by the headless commands: one table of options drives the parser, the
// help text and error messages that name the option and its accepted form.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <vector>

namespace relulab::session {

// One option as the parser, the help text and the error messages see it.
struct OptionSpec
{
    QString name;
    QString valueName;  // empty for a flag
    QString description;
    QString accepted;  // the form an error message points the user to
};

class CommandLine
{
public:
    // command is e.g. "relulab export"; epilogue is appended to the help text.
    CommandLine(QString command, QString description, std::vector<OptionSpec> options,
                QString epilogue);

    // False when the arguments are wrong (see error()). Positional arguments are refused.
    bool parse(const QStringList &arguments);
    bool helpRequested() const { return m_help; }
    QString helpText() const;
    const QString &error() const { return m_error; }

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

    // "relulab export: --alpha: <problem> (accepted: --alpha A, a number in [-1, 1])".
    QString optionError(const QString &name, const QString &problem) const;
    // "relulab export: <problem> (accepted: <accepted>)".
    QString generalError(const QString &problem, const QString &accepted) const;
    const QString &command() const { return m_command; }
    // What the help text is made of, for other renderings of it (the man page).
    const QString &description() const { return m_description; }
    const std::vector<OptionSpec> &options() const { return m_options; }
    const QString &epilogue() const { return m_epilogue; }

private:
    const OptionSpec *find(const QString &name) const;
    QString parserError(const QStringList &arguments) const;

    QString m_command;
    QString m_description;
    std::vector<OptionSpec> m_options;
    QString m_epilogue;
    QCommandLineParser m_parser;
    bool m_help = false;
    QString m_error;
};

// What --help says about -h, --help, which every command takes.
QString helpOptionDescription();
// 'text' in single quotes, as error messages show user input.
QString quoted(const QString &text);
// Empty when path can be created or replaced by a QSaveFile, else the reason.
QString checkWritable(const QString &path);
// Writes through QSaveFile: the old file stays intact unless the whole write succeeded.
// Empty on success, else the reason.
QString writeAtomically(const QString &path, const QByteArray &bytes);

}  // namespace relulab::session
