// The shared option table, help text, error wording and atomic file writing of the commands.
#include "CommandLine.h"

#include <QFileInfo>
#include <QSaveFile>

namespace relulab::session {

QString helpOptionDescription()
{
    return QStringLiteral("Shows this help.");
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

CommandLine::CommandLine(QString command, QString description, std::vector<OptionSpec> options,
                         QString epilogue)
    : m_command(std::move(command)),
      m_description(std::move(description)),
      m_options(std::move(options)),
      m_epilogue(std::move(epilogue))
{
    m_parser.setApplicationDescription(m_description);
    // `-alpha 0.1` then means --alpha rather than the short options -a -l -p -h -a.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all lists Qt's GUI options, which the commands do not take.
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, helpOptionDescription()));
    for (const OptionSpec &option : m_options) {
        m_parser.addOption(
            option.valueName.isEmpty()
                ? QCommandLineOption(option.name, option.description)
                : QCommandLineOption(option.name, option.description, option.valueName));
    }
}

const OptionSpec *CommandLine::find(const QString &name) const
{
    for (const OptionSpec &option : m_options) {
        if (option.name == name) return &option;
    }
    return nullptr;
}

QString CommandLine::optionError(const QString &name, const QString &problem) const
{
    const OptionSpec *option = find(name);
    return QStringLiteral("%1: --%2: %3 (accepted: %4)")
        .arg(m_command, name, problem, option ? option->accepted : QStringLiteral("see --help"));
}

QString CommandLine::generalError(const QString &problem, const QString &accepted) const
{
    return QStringLiteral("%1: %2 (accepted: %3)").arg(m_command, problem, accepted);
}

QString CommandLine::helpText() const
{
    // QCommandLineParser's usage line names the executable only, not the subcommand.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd, QStringLiteral("Usage: %1 [options]").arg(m_command));
    return text + m_epilogue;
}

QString CommandLine::parserError(const QStringList &arguments) const
{
    const QString listed = QStringLiteral("the options listed by %1 --help").arg(m_command);
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString &name = unknown.constFirst();
        const QString dashed =
            (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        return generalError(QStringLiteral("unknown option %1").arg(quoted(dashed)), listed);
    }
    // The only other failure for options that take a value is one given last, with no value.
    if (!arguments.isEmpty()) {
        QString last = arguments.constLast();
        while (last.startsWith(QLatin1Char('-')))
            last.remove(0, 1);
        if (find(last)) return optionError(last, QStringLiteral("missing value"));
    }
    return generalError(m_parser.errorText(), listed);
}

bool CommandLine::parse(const QStringList &arguments)
{
    m_help = false;
    m_error.clear();
    if (!m_parser.parse(QStringList{m_command} + arguments)) {
        m_error = parserError(arguments);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_help = true;
        return true;
    }
    if (const QStringList positional = m_parser.positionalArguments(); !positional.isEmpty()) {
        m_error = generalError(
            QStringLiteral("unexpected argument %1").arg(quoted(positional.constFirst())),
            QStringLiteral("options only, as listed by %1 --help").arg(m_command));
        return false;
    }
    return true;
}

namespace {

// A device, pipe or socket is no file to replace by renaming a new one over it (as root, that
// would swap /dev/null for a plain file).
QString notRegular(const QFileInfo &file)
{
    if (file.exists() && !file.isDir() && !file.isFile())
        return QStringLiteral("%1 is not a regular file").arg(quoted(file.filePath()));
    return {};
}

}  // namespace

QString checkWritable(const QString &path)
{
    const QFileInfo file(path);
    if (file.isDir()) return QStringLiteral("%1 is a directory").arg(quoted(path));
    if (const QString e = notRegular(file); !e.isEmpty()) return e;
    if (file.exists() && !file.isWritable())
        return QStringLiteral("%1 is not writable").arg(quoted(path));
    // QSaveFile writes a temporary file beside the target, so the directory must be writable too.
    const QFileInfo directory(file.absolutePath());
    if (!directory.exists())
        return QStringLiteral("cannot write %1: the directory %2 does not exist")
            .arg(quoted(path), quoted(directory.filePath()));
    if (!directory.isDir())
        return QStringLiteral("cannot write %1: %2 is not a directory")
            .arg(quoted(path), quoted(directory.filePath()));
    if (!directory.isWritable())
        return QStringLiteral("cannot write %1: the directory %2 is not writable")
            .arg(quoted(path), quoted(directory.filePath()));
    return {};
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (const QString e = notRegular(QFileInfo(path)); !e.isEmpty())
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), e);
    // Unbuffered, so that every byte reaches the file in write() and a short write (a full disk)
    // shows there. Buffered, QSaveFile (Qt 6.4) writes the last block in commit() and commits
    // even when that write came up short: a file under 16 KiB would be replaced by its start.
    QSaveFile saver(path);
    if (!saver.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), saver.errorString());
    // A short write sets no error; writing the rest again either goes on or fails with the
    // system's reason ("No space left on device", "File too large").
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = saver.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) break;
        written += n;
    }
    if (written != bytes.size()) {
        const QString reason =
            saver.error() != QFileDevice::NoError
                ? saver.errorString()
                : QStringLiteral("only %1 of %2 bytes were written").arg(written).arg(bytes.size());
        saver.cancelWriting();  // the old file stays as it was
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), reason);
    }
    if (!saver.commit())
        return QStringLiteral("cannot write %1: %2").arg(quoted(path), saver.errorString());
    return {};
}

}  // namespace relulab::session
