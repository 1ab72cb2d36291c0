// Painting the status text; only a change in line count touches the geometry.
#include "gui/common/StatusLine.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace relulab::gui {

namespace {

constexpr double kMargin = 3.0;  // around the text, as a QTextDocument's document margin

}  // namespace

std::optional<StatusLine::Marked> StatusLine::parseMarkup(const QString &html)
{
    Marked out;
    struct Style
    {
        bool bold = false;
        QColor colour;
        bool operator==(const Style &other) const = default;
    };
    std::vector<Style> stack{Style{}};
    Style rangeStyle;
    qsizetype rangeStart = 0;
    const auto closeRange = [&] {
        if (out.text.size() > rangeStart && (rangeStyle.bold || rangeStyle.colour.isValid())) {
            QTextCharFormat format;
            if (rangeStyle.bold) format.setFontWeight(QFont::Bold);
            if (rangeStyle.colour.isValid()) format.setForeground(rangeStyle.colour);
            out.formats.push_back({static_cast<int>(rangeStart),
                                   static_cast<int>(out.text.size() - rangeStart), format});
        }
        rangeStart = out.text.size();
        rangeStyle = stack.back();
    };
    bool lastWasSpace = true;  // leading white space is dropped, as HTML does
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0) return std::nullopt;
            const QString tag = html.mid(i + 1, end - i - 1).trimmed();
            Style next = stack.back();
            if (tag == u"b") {
                next.bold = true;
                stack.push_back(next);
            } else if (tag.startsWith(u"span style=")) {
                static const QString kColour = QStringLiteral("color:");
                const qsizetype at = tag.indexOf(kColour);
                if (at < 0) return std::nullopt;
                QString value = tag.mid(at + kColour.size());
                value.remove(u'\'').remove(u'"').remove(u';');
                next.colour = QColor::fromString(value.trimmed());
                if (!next.colour.isValid()) return std::nullopt;
                stack.push_back(next);
            } else if (tag == u"/b" || tag == u"/span") {
                if (stack.size() < 2) return std::nullopt;
                stack.pop_back();
            } else {
                return std::nullopt;  // markup of another kind: QTextDocument's
            }
            if (stack.back() != rangeStyle) closeRange();
            i = end + 1;
            continue;
        }
        QChar ch = c;
        qsizetype next = i + 1;
        if (c == u'&') {
            const qsizetype end = html.indexOf(u';', i);
            if (end < 0 || end - i > 8) return std::nullopt;
            const QString name = html.mid(i + 1, end - i - 1);
            if (name == u"nbsp")
                ch = QChar(0x00A0);
            else if (name == u"lt")
                ch = u'<';
            else if (name == u"gt")
                ch = u'>';
            else if (name == u"amp")
                ch = u'&';
            else if (name == u"quot")
                ch = u'"';
            else if (name == u"#39")
                ch = u'\'';
            else
                return std::nullopt;
            next = end + 1;
        }
        // White space collapses to one space, as in HTML; a non-breaking space stays.
        const bool space = c != u'&' && (ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r');
        if (space) {
            if (!lastWasSpace) out.text.append(u' ');
        } else {
            out.text.append(ch);
        }
        lastWasSpace = space;
        i = next;
    }
    closeRange();
    return out;
}

StatusLine::StatusLine(QWidget *parent) : QWidget(parent)
{
    m_document.setDocumentMargin(kMargin);
    m_document.setDefaultFont(font());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusLine::setText(const QString &html)
{
    if (html == m_html) return;
    m_html = html;
    m_marked = parseMarkup(html);
    QString plain;
    if (m_marked) {
        // Our own few tags (bold, a colour) and entities, laid out here from shapes kept word by
        // word: parsing and shaping the whole text in a QTextDocument, many times a second while
        // training runs, costs several times as much.
        plain = m_marked->text;
        plain.replace(QChar(0x00A0), u' ');
    } else {
        m_document.setHtml(html);
        plain = m_document.toPlainText();
    }
    m_laidOutWidth = -1;
    // For screen readers: the same words without markup.
    setAccessibleDescription(plain);
    if (fitLines(false)) updateGeometry();
    update();
}

const StatusLine::Piece &StatusLine::shaped(const QString &text, bool bold)
{
    const QString key = (bold ? QStringLiteral("b") : QStringLiteral("r")) + text;
    auto it = m_shapes.find(key);
    if (it != m_shapes.end()) return it->second;
    QFont f = font();
    f.setBold(bold);
    QTextLayout layout(text, f);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    Piece piece{layout.glyphRuns(), line.naturalTextWidth()};
    return m_shapes.emplace(key, std::move(piece)).first->second;
}

double StatusLine::textHeight()
{
    const double room = std::max(1.0, width() - 2 * kMargin);
    if (m_marked && m_laidOutWidth != room) layOutWords(room);
    if (!m_marked || m_wordTooWide) {
        m_document.setTextWidth(width());
        return m_document.size().height() - 2 * m_document.documentMargin();
    }
    return m_laidOutHeight;
}

void StatusLine::layOutWords(double room)
{
    // Words (runs between plain spaces) placed one after another and wrapped between them, each
    // word's pieces (runs of one style) shaped once and kept: most words and numbers of a status
    // repeat from one snapshot to the next, and shaping is what laying out text costs. The
    // shapes of the last few hundred pieces are kept (dropped here, before any is placed).
    m_placed.clear();
    m_wordTooWide = false;
    if (m_shapes.size() > 512) m_shapes.clear();
    const QString &text = m_marked->text;
    const auto styleAt = [&](qsizetype i) -> const QTextCharFormat * {
        for (const QTextLayout::FormatRange &r : m_marked->formats)
            if (i >= r.start && i < r.start + r.length) return &r.format;
        return nullptr;
    };
    const QFontMetricsF metrics(font());
    const double space = metrics.horizontalAdvance(QLatin1Char(' '));
    const double lineHeight = metrics.height();
    double x = 0.0, y = 0.0;
    int lines = 1;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u' ', start);
        if (end < 0) end = text.size();
        // The word's pieces and width.
        std::vector<Placed> word;
        double width = 0.0;
        for (qsizetype i = start; i < end;) {
            const QTextCharFormat *format = styleAt(i);
            qsizetype j = i + 1;
            while (j < end && styleAt(j) == format)
                ++j;
            const bool bold = format && format->fontWeight() >= QFont::Bold;
            const QColor colour = format && format->hasProperty(QTextFormat::ForegroundBrush)
                                      ? format->foreground().color()
                                      : QColor();
            const Piece &piece = shaped(text.mid(i, j - i), bold);
            word.push_back({&piece, QPointF(width, 0.0), colour});
            width += piece.width;
            i = j;
        }
        if (width > room && !m_wordTooWide) {
            // A word wider than the line (a long run of Chinese, say): QTextDocument breaks it
            // where the language allows.
            m_wordTooWide = true;
            m_document.setHtml(m_html);
        }
        if (x > 0.0 && x + width > room) {
            x = 0.0;
            y += lineHeight;
            ++lines;
        }
        for (Placed &p : word) {
            p.at += QPointF(x, y);
            m_placed.push_back(p);
        }
        x += width + space;
        start = end + 1;
    }
    m_laidOutWidth = room;
    m_laidOutHeight = lines * lineHeight;
}

bool StatusLine::fitLines(bool allowShrink)
{
    if (width() <= 0) return false;
    const double lineSpacing = std::max(1.0, QFontMetricsF(font()).lineSpacing());
    const int lines = std::max(2, static_cast<int>(std::lround(textHeight() / lineSpacing)));
    if (lines == m_lines || (lines < m_lines && !allowShrink)) return false;
    m_lines = lines;
    return true;
}

QSize StatusLine::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * m_lines + 8};
}

QSize StatusLine::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void StatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        m_shapes.clear();
        m_laidOutWidth = -1;
        fitLines(true);
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void StatusLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (fitLines(true)) updateGeometry();
}

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setClipRect(rect());
    textHeight();  // laid out for the present width
    if (!m_marked || m_wordTooWide) {
        m_document.setTextWidth(width());
        m_document.drawContents(&painter, rect());
        return;
    }
    const QColor text = palette().color(QPalette::Text);
    for (const Placed &p : m_placed) {
        painter.setPen(p.colour.isValid() ? p.colour : text);
        for (const QGlyphRun &run : p.piece->runs)
            painter.drawGlyphRun(QPointF(kMargin, kMargin) + p.at, run);
    }
}

}  // namespace relulab::gui
