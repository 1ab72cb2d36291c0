// A rich-text status that repaints without re-laying out its window: QLabel::setText asks every
// enclosing layout to recompute, many times a second while training runs. It is two lines high,
// or more when large text needs them; it grows at once but shrinks only on a resize or a font
// change, so changing numbers never make the layout jump back and forth.
#pragma once

#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QTextDocument>
#include <QTextLayout>
#include <QWidget>
#include <optional>
#include <unordered_map>
#include <vector>

namespace relulab::gui {

class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // Rich text, wrapped to the width.
    void setText(const QString &html);
    // Lines the height is made for (at least two).
    int lines() const { return m_lines; }
    QString text() const { return m_html; }

    // The plain text and its bold and coloured ranges of `html` when it uses only <b>,
    // <span style='color:…'> and the entities &nbsp; &lt; &gt; &amp; &quot; &#39; (white space
    // collapsed as HTML does); nothing for any other markup.
    struct Marked
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
    };
    static std::optional<Marked> parseMarkup(const QString &html);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_html;
    // Grows m_lines to what the text needs at the current width; true when it changed.
    bool fitLines(bool allowShrink);
    // The text's height at the present width (laid out again when the width changed).
    double textHeight();
    // m_placed for a line `room` wide; sets m_wordTooWide when a word does not fit on a line.
    void layOutWords(double room);

    // A run of text in one style, shaped.
    struct Piece
    {
        QList<QGlyphRun> runs;
        double width = 0.0;
    };
    // A piece where the layout put it (relative to the text's top left).
    struct Placed
    {
        const Piece *piece = nullptr;
        QPointF at;
        QColor colour;  // invalid: the palette's text colour
    };
    const Piece &shaped(const QString &text, bool bold);

    std::optional<Marked> m_marked;  // set: drawn from m_placed, else from m_document
    std::unordered_map<QString, Piece> m_shapes;
    std::vector<Placed> m_placed;
    double m_laidOutWidth = -1.0;
    bool m_wordTooWide = false;  // then m_document lays out and draws the text
    double m_laidOutHeight = 0.0;
    QTextDocument m_document;
    int m_lines = 2;
};

}  // namespace relulab::gui
