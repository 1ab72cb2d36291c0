// The forms of `relulab` and the top-level help text made from them.
#include "ProgramUsage.h"

#include <algorithm>

namespace relulab::session {

std::vector<UsageForm> programUsageForms()
{
    return {
        {QStringLiteral("relulab"), QStringLiteral("[Qt options]"),
         QStringLiteral("open the activation explorer")},
        {QStringLiteral("relulab"), QStringLiteral("FILE.relulab"),
         QStringLiteral("open a saved session in the window")},
        {QStringLiteral("relulab export"), QStringLiteral("[options]"),
         QStringLiteral("write curves (CSV) and figures (PNG, SVG, PDF) headless")},
        {QStringLiteral("relulab train"), QStringLiteral("[options]"),
         QStringLiteral("train a small network headless; JSON summary, CSV log")},
        {QStringLiteral("relulab"), QStringLiteral("--help | --version"),
         QStringLiteral("print this help, or the version")},
    };
}

QString programHelpText()
{
    const std::vector<UsageForm> forms = programUsageForms();
    qsizetype width = 0;
    for (const UsageForm &form : forms)
        width = std::max(width, form.command.size() + 1 + form.arguments.size());
    QString text;
    for (const UsageForm &form : forms) {
        text += text.isEmpty() ? QStringLiteral("Usage: ") : QStringLiteral("       ");
        text += (form.command + QLatin1Char(' ') + form.arguments).leftJustified(width + 3);
        text += form.purpose + QLatin1Char('\n');
    }
    return text +
           QStringLiteral("\nrelulab export --help and relulab train --help list their options.\n");
}

}  // namespace relulab::session
