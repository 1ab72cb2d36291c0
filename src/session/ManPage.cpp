// relulab(1) in man(7) markup: the synopsis from the program's usage forms, one section per
// headless command with its description, its options and its help's closing text.
#include "ManPage.h"

#include <QRegularExpression>
#include <QStringList>
#include <string>

#include "CommandLine.h"
#include "ExportCommand.h"
#include "ProgramUsage.h"
#include "TrainCommand.h"

namespace relulab::session {

namespace {

// Text as roff prints it. Every hyphen becomes \- (a minus sign, which man renders as the ASCII
// hyphen-minus a user types in --options and in values such as he-uniform); a backslash \e; any
// other non-ASCII character a \[uXXXX] escape, so the page reads the same in any input encoding.
// Lists written without spaces (step,loss,...,dead_fraction; circle|xor|...) get a break point
// \: after each comma, bar and semicolon: the page is not hyphenated, and they are longer than a
// line.
QString escaped(const QString &text)
{
    QString out;
    const std::u32string chars = text.toStdU32String();
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        const bool inWord = i + 1 < chars.size() && chars[i + 1] != U' ';
        if (c == U'\\')
            out += QStringLiteral("\\e");
        else if (c == U'-')
            out += QStringLiteral("\\-");
        else if ((c == U',' || c == U'|' || c == U';') && inWord)
            out += QChar(char16_t(c)) + QStringLiteral("\\:");
        else if (c < 0x80)
            out += QChar(char16_t(c));
        else
            out += QStringLiteral("\\[u%1]").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

// A line of running text: one that starts with . or ' would be read as a request.
QString textLine(const QString &text)
{
    const QString e = escaped(text);
    if (e.startsWith(QLatin1Char('.')) || e.startsWith(QLatin1Char('\'')))
        return QStringLiteral("\\&") + e;
    return e;
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + escaped(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + escaped(text) + QStringLiteral("\\fR");
}

// A form's arguments: options in bold, placeholders in italics, brackets and bars upright.
QString synopsisArguments(const QString &arguments)
{
    static const QRegularExpression token(QStringLiteral("(--?[A-Za-z-]+)|([A-Za-z][\\w.]*)"));
    QString out;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : token.globalMatch(arguments)) {
        out += escaped(arguments.mid(at, m.capturedStart() - at));
        out += m.capturedLength(1) > 0 ? bold(m.captured(1)) : italic(m.captured(2));
        at = m.capturedEnd();
    }
    return out + escaped(arguments.mid(at));
}

// "write curves ..." as a sentence: "Write curves ....".
QString sentence(const QString &purpose)
{
    QString s = purpose;
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

QString synopsisSection()
{
    QString page = QStringLiteral(".SH SYNOPSIS\n");
    bool first = true;
    for (const UsageForm &form : programUsageForms()) {
        if (!first) page += QStringLiteral(".br\n");
        first = false;
        page += bold(form.command) + QLatin1Char(' ') + synopsisArguments(form.arguments) +
                QLatin1Char('\n');
    }
    return page;
}

QString descriptionSection()
{
    QString page = QStringLiteral(".SH DESCRIPTION\n");
    page += textLine(QStringLiteral(
                "ReLU Lab is a desktop app for teaching and exploring rectified activations: "
                "ReLU, Leaky ReLU and Maxout, their derivatives and what happens exactly at a "
                "kink, and small networks whose ReLU units die in training. Its lessons are built "
                "into the program. The headless commands below write the same curves, figures "
                "and training runs without opening a window.")) +
            QLatin1Char('\n');
    for (const UsageForm &form : programUsageForms()) {
        page += QStringLiteral(".TP\n") + bold(form.command) + QLatin1Char(' ') +
                synopsisArguments(form.arguments) + QLatin1Char('\n') +
                textLine(sentence(form.purpose)) + QLatin1Char('\n');
    }
    page += QStringLiteral(".PP\n") +
            textLine(QStringLiteral("The window also takes Qt's standard options, such as "
                                    "-platform and -style.")) +
            QLatin1Char('\n');
    return page;
}

QString optionTag(const QString &name, const QString &valueName)
{
    QString tag = bold(QStringLiteral("--") + name);
    if (!valueName.isEmpty()) tag += QLatin1Char(' ') + italic(valueName);
    return tag;
}

// The help's closing text: paragraphs; "Heading:" on a line of its own starts a subsection whose
// indented lines ("  2  bad input ...") are tagged paragraphs.
QString epilogueMarkup(const QString &epilogue)
{
    static const QRegularExpression tagged(QStringLiteral("^\\s+(\\S+)\\s{2,}(.*)$"));
    QString page;
    for (const QString &line : epilogue.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (const QRegularExpressionMatch m = tagged.match(line); m.hasMatch()) {
            page += QStringLiteral(".TP\n") + bold(m.captured(1)) + QLatin1Char('\n') +
                    textLine(m.captured(2)) + QLatin1Char('\n');
        } else if (line.endsWith(QLatin1Char(':')) && !line.startsWith(QLatin1Char(' ')) &&
                   line.count(QLatin1Char(' ')) <= 2) {
            page += QStringLiteral(".SS \"") + escaped(line.chopped(1)) + QStringLiteral("\"\n");
        } else {
            page += QStringLiteral(".PP\n") + textLine(line) + QLatin1Char('\n');
        }
    }
    return page;
}

// One headless command: ".SH "EXPORT COMMAND"", its description, options and closing text.
QString commandSection(const CommandLine &command)
{
    const QString word = command.command().section(QLatin1Char(' '), -1);
    QString page =
        QStringLiteral(".SH \"") + escaped(word.toUpper()) + QStringLiteral(" COMMAND\"\n");
    page += bold(command.command()) + QLatin1Char(' ') +
            synopsisArguments(QStringLiteral("[options]")) + QLatin1Char('\n');
    page += QStringLiteral(".PP\n") + textLine(command.description()) + QLatin1Char('\n');
    page += QStringLiteral(".SS Options\n");
    page += QStringLiteral(".TP\n") + bold(QStringLiteral("-h")) + QStringLiteral(", ") +
            bold(QStringLiteral("--help")) + QLatin1Char('\n') + textLine(helpOptionDescription()) +
            QLatin1Char('\n');
    for (const OptionSpec &option : command.options()) {
        page += QStringLiteral(".TP\n") + optionTag(option.name, option.valueName) +
                QLatin1Char('\n') + textLine(option.description) + QLatin1Char('\n');
    }
    return page + epilogueMarkup(command.epilogue());
}

}  // namespace

QString relulabManPage(const QString &version, const QString &date)
{
    QString page = QStringLiteral(
        ".\\\" relulab(1), generated at build time from the program's own option tables "
        "(src/session/ManPage.cpp); edit those, not this file.\n");
    page += QStringLiteral(".TH RELULAB 1 %1 \"ReLU Lab %2\" \"User Commands\"\n")
                .arg(date, escaped(version));
    // Left-aligned and unhyphenated: option names and JSON fields stay whole, as they are typed.
    page += QStringLiteral(".ad l\n.nh\n");
    page += QStringLiteral(".SH NAME\nrelulab \\- ") +
            escaped(QStringLiteral("explore ReLU, Leaky ReLU and Maxout activations and train "
                                   "small networks")) +
            QLatin1Char('\n');
    page += synopsisSection();
    page += descriptionSection();
    page += QStringLiteral(".SH OPTIONS\n");
    page += QStringLiteral(".TP\n") + bold(QStringLiteral("-h")) + QStringLiteral(", ") +
            bold(QStringLiteral("--help")) + QLatin1Char('\n') +
            textLine(QStringLiteral("Print the forms above and exit.")) + QLatin1Char('\n');
    page += QStringLiteral(".TP\n") + bold(QStringLiteral("--version")) + QLatin1Char('\n') +
            textLine(QStringLiteral("Print \"relulab %1\" and exit.").arg(version)) +
            QLatin1Char('\n');
    page += commandSection(exportCommandLine());
    page += commandSection(trainCommandLine());
    return page;
}

}  // namespace relulab::session
