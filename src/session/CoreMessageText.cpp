// Translating the core's messages at the session boundary.
#include "CoreMessageText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <vector>

#include "core/CoreMessages.h"

namespace relulab::session {

namespace {

struct Pattern
{
    const char *text;
    QRegularExpression expression;
};

// Each template as an anchored expression, its placeholders captured in order.
const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> list = [] {
        std::vector<Pattern> out;
        for (const char *text : core::message::templates()) {
            // The literal parts escaped, each placeholder a capture.
            static const QRegularExpression placeholder(QStringLiteral("%\\d"));
            const QStringList parts = QString::fromUtf8(text).split(placeholder);
            QStringList escaped;
            for (const QString &part : parts)
                escaped << QRegularExpression::escape(part);
            out.push_back(
                {text, QRegularExpression(QRegularExpression::anchoredPattern(
                                              escaped.join(QStringLiteral("(.*)"))),
                                          QRegularExpression::DotMatchesEverythingOption)});
        }
        return out;
    }();
    return list;
}

QString translated(const QString &message)
{
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.expression.match(message);
        if (!match.hasMatch()) continue;
        const QString text = QCoreApplication::translate("core", pattern.text);
        // All values at once, so that a value with a "%2" in it is not filled in again.
        switch (match.lastCapturedIndex()) {
            case 0:
                return text;
            case 1:
                return text.arg(translated(match.captured(1)));
            default:
                return text.arg(translated(match.captured(1)), translated(match.captured(2)));
        }
    }
    return message;
}

}  // namespace

QString translatedCoreMessage(const std::string &message)
{
    if (message.empty()) return {};
    return translated(QString::fromStdString(message));
}

}  // namespace relulab::session
