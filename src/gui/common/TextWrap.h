// The one text wrap of the GUI: whole phrases per line, as many as the room holds.
#pragma once

#include <QFontMetricsF>
#include <QString>
#include <QStringList>

namespace relulab::gui {

// Greedy: each phrase joins the line before it (separated by gap) when the line still fits in
// room pixels, else it starts a new line. With splitLongPhrases, a phrase wider than the room
// breaks between its words first. Returns the lines joined by '\n'.
QString wrapPhrases(const QStringList &phrases, const QFontMetricsF &metrics, double room,
                    const QString &gap = QStringLiteral(" "), bool splitLongPhrases = false);

}  // namespace relulab::gui
