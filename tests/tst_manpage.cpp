// The man page the build generates (build/packaging/relulab.1) against the commands' own --help:
// every option listed with its description, the help's closing text, the program's forms, and
// the version and release date the package and `relulab --version` give.
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include "session/CommandLine.h"
#include "session/ExportCommand.h"
#include "session/ManPage.h"
#include "session/ProgramUsage.h"
#include "session/TrainCommand.h"
#include "support/Files.h"
#include "support/TestRegistry.h"

namespace {

QString generatedPage()
{
    return QString::fromUtf8(relulab::test::readAll(QStringLiteral(RELULAB_MAN_PAGE)));
}

// What the roff text prints, for comparing with plain text: escapes undone, fonts dropped.
QString printed(QString roff)
{
    static const QRegularExpression unicode(QStringLiteral("\\\\\\[u([0-9A-F]{4,5})\\]"));
    QString out;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : unicode.globalMatch(roff)) {
        out += roff.mid(at, m.capturedStart() - at);
        const char32_t c = char32_t(m.captured(1).toUInt(nullptr, 16));
        out += QString::fromUcs4(&c, 1);
        at = m.capturedEnd();
    }
    out += roff.mid(at);
    static const QRegularExpression font(QStringLiteral("\\\\f[BIR]"));
    out.remove(font);
    out.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    out.replace(QStringLiteral("\\&"), QString());
    out.replace(QStringLiteral("\\:"), QString());
    out.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
    return out;
}

// The lines of the page's section titled title (".SH "TITLE""), up to the next section.
QStringList section(const QString &page, const QString &title)
{
    const QStringList lines = page.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral(".SH \"%1\"").arg(title));
    if (start < 0) return {};
    QStringList body;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(QLatin1String(".SH "));
         ++i)
        body << lines[i];
    return body;
}

// The --help text's options: name -> description (its wrapped lines joined). QCommandLineParser
// starts an option's line with two spaces and indents the continuation lines further.
QMap<QString, QString> helpOptions(const QString &help)
{
    static const QRegularExpression optionLine(
        QStringLiteral("^  (?:-\\w, )?--([\\w-]+)(?: <[^>]+>)?\\s{2,}(.*)$"));
    static const QRegularExpression continuation(QStringLiteral("^\\s{3,}(\\S.*)$"));
    QMap<QString, QString> options;
    QString current;
    for (const QString &line : help.split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch m = optionLine.match(line); m.hasMatch()) {
            current = m.captured(1);
            options[current] = m.captured(2);
        } else if (const QRegularExpressionMatch c = continuation.match(line);
                   c.hasMatch() && !current.isEmpty()) {
            options[current] += QLatin1Char(' ') + c.captured(1);
        } else {
            current.clear();
        }
    }
    return options;
}

// The description the page gives the option, as printed; empty when the option has no entry.
QString pageDescription(const QStringList &body, const QString &option)
{
    static const QRegularExpression tag(
        QStringLiteral("^\\\\fB(?:\\\\-\\w\\\\fR, \\\\fB)?"
                       "\\\\-\\\\-([\\w\\\\-]+)\\\\fR"));
    for (qsizetype i = 0; i + 2 < body.size(); ++i) {
        if (body[i] != QLatin1String(".TP")) continue;
        const QRegularExpressionMatch m = tag.match(body[i + 1]);
        if (m.hasMatch() && printed(m.captured(1)) == option) return printed(body[i + 2]);
    }
    return {};
}

QString help(const QString &command)
{
    const QStringList arguments{QStringLiteral("--help")};
    return command == QLatin1String("export")
               ? relulab::session::parseExportArguments(arguments).helpText
               : relulab::session::parseTrainArguments(arguments).helpText;
}

}  // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedFileIsTheCurrentPage();
    void titleCarriesTheVersionAndReleaseDate();
    void everyHelpOptionHasItsDescriptionInItsCommandsSection_data();
    void everyHelpOptionHasItsDescriptionInItsCommandsSection();
    void helpClosingTextIsInItsCommandsSection_data();
    void helpClosingTextIsInItsCommandsSection();
    void synopsisListsEveryFormOfTheTopLevelHelp();
    void pageIsAsciiAndNoTextLineIsARequest();
};

void TestManPage::generatedFileIsTheCurrentPage()
{
    // The build wrote the file from these same tables; a stale one would differ.
    QCOMPARE(generatedPage(),
             relulab::session::relulabManPage(QStringLiteral(RELULAB_VERSION),
                                              QStringLiteral(RELULAB_RELEASE_DATE)));
}

void TestManPage::titleCarriesTheVersionAndReleaseDate()
{
    const QStringList lines = generatedPage().split(QLatin1Char('\n'));
    QVERIFY(lines.size() > 2);
    QCOMPARE(lines[1], QStringLiteral(".TH RELULAB 1 %1 \"ReLU Lab %2\" \"User Commands\"")
                           .arg(QStringLiteral(RELULAB_RELEASE_DATE),
                                QString(QStringLiteral(RELULAB_VERSION))
                                    .replace(QLatin1Char('-'), QStringLiteral("\\-"))));
    QVERIFY(generatedPage().contains(
        QStringLiteral("Print \"relulab %1\" and exit.").arg(QStringLiteral(RELULAB_VERSION))));
}

void TestManPage::everyHelpOptionHasItsDescriptionInItsCommandsSection_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("description");
    int rows = 0;
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("train")}) {
        const QMap<QString, QString> options = helpOptions(help(command));
        // The tables have many more; a handful would mean the help's layout changed under us.
        QVERIFY2(options.size() > 10, qPrintable(command));
        QVERIFY(options.contains(QStringLiteral("help")));
        for (auto it = options.cbegin(); it != options.cend(); ++it) {
            QTest::addRow("%s --%s", qPrintable(command), qPrintable(it.key()))
                << command << it.key() << it.value();
            ++rows;
        }
    }
    QCOMPARE(rows, int(relulab::session::exportCommandLine().options().size() +
                       relulab::session::trainCommandLine().options().size() + 2));
}

void TestManPage::everyHelpOptionHasItsDescriptionInItsCommandsSection()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QString, description);
    const QStringList body =
        section(generatedPage(), command.toUpper() + QStringLiteral(" COMMAND"));
    QVERIFY2(!body.isEmpty(), qPrintable(command));
    // The help wraps its lines, also inside long words such as "step,loss,...": compare the text
    // without its white space.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QCOMPARE(pageDescription(body, option).remove(space), QString(description).remove(space));
}

void TestManPage::helpClosingTextIsInItsCommandsSection_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("line");
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("train")}) {
        const QString text = help(command);
        const qsizetype closing =
            text.indexOf(QStringLiteral("\n\n"), text.lastIndexOf(QStringLiteral("\n  -")));
        QVERIFY2(closing > 0, qPrintable(command));
        int n = 0;
        for (const QString &line : text.mid(closing).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QTest::addRow("%s line %d", qPrintable(command), ++n) << command << line.simplified();
        QVERIFY(n >= 4);  // a paragraph, "Exit status:" and its three codes at least
    }
}

void TestManPage::helpClosingTextIsInItsCommandsSection()
{
    QFETCH(QString, command);
    QFETCH(QString, line);
    // As printed, a tagged paragraph's tag and text are two lines: compare words, not layout.
    const QString printedSection =
        printed(section(generatedPage(), command.toUpper() + QStringLiteral(" COMMAND"))
                    .join(QLatin1Char(' ')))
            .remove(QRegularExpression(QStringLiteral("\\.(TP|PP|SS)\\b")))
            .remove(QLatin1Char('"'))
            .simplified();
    // A heading line ("Exit status:") is a subsection's title, without its colon.
    QString wanted = QString(line).remove(QLatin1Char('"')).simplified();
    if (wanted.endsWith(QLatin1Char(':')) && wanted.count(QLatin1Char(' ')) <= 2) wanted.chop(1);
    QVERIFY2(printedSection.contains(wanted), qPrintable(wanted));
}

void TestManPage::synopsisListsEveryFormOfTheTopLevelHelp()
{
    const QStringList synopsis = generatedPage()
                                     .section(QStringLiteral(".SH SYNOPSIS\n"), 1)
                                     .section(QStringLiteral(".SH "), 0, 0)
                                     .split(QStringLiteral("\n.br\n"));
    const std::vector<relulab::session::UsageForm> forms = relulab::session::programUsageForms();
    QCOMPARE(synopsis.size(), qsizetype(forms.size()));
    const QString topHelp = relulab::session::programHelpText();
    for (std::size_t i = 0; i < forms.size(); ++i) {
        const QString form = forms[i].command + QLatin1Char(' ') + forms[i].arguments;
        QCOMPARE(printed(synopsis[qsizetype(i)]).trimmed(), form);
        QVERIFY2(topHelp.contains(form), qPrintable(form));
    }
}

void TestManPage::pageIsAsciiAndNoTextLineIsARequest()
{
    const QByteArray bytes = relulab::test::readAll(QStringLiteral(RELULAB_MAN_PAGE));
    QVERIFY(!bytes.isEmpty());
    for (const char c : bytes)
        QVERIFY2(static_cast<unsigned char>(c) < 0x80, "a non-ASCII byte: escape it as \\[uXXXX]");
    // Every line that starts with . or ' is one of the requests the generator writes.
    static const QRegularExpression request(QStringLiteral(
        "^(\\.\\\\\" .*|\\.TH .*|\\.SH .*|\\.SS .*|\\.TP|\\.PP|\\.br|\\.ad l|\\.nh)$"));
    for (const QString &line : QString::fromLatin1(bytes).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            QVERIFY2(request.match(line).hasMatch(), qPrintable(line));
    }
}

RELULAB_TEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
