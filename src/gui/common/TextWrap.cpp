// Phrase-wise wrapping for plot captions and notes drawn by QCustomPlot text elements.
#include "gui/common/TextWrap.h"

namespace relulab::gui {

QString wrapPhrases(const QStringList &phrases, const QFontMetricsF &metrics, double room,
                    const QString &gap, bool splitLongPhrases)
{
    QStringList pieces;
    for (const QString &phrase : phrases) {
        if (splitLongPhrases && metrics.horizontalAdvance(phrase) > room)
            pieces << phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else
            pieces << phrase;
    }
    QStringList lines;
    for (const QString &piece : std::as_const(pieces)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.back() + gap + piece) <= room)
            lines.back() += gap + piece;
        else
            lines << piece;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace relulab::gui
