// A rich-text status that repaints without re-laying out its window: QLabel::setText asks every
// enclosing layout to recompute, many times a second while training runs. It is two lines high,
// or more when large text needs them; it grows at once but shrinks only on a resize or a font
// change, so changing numbers never make the layout jump back and forth.
#pragma once

#include <QTextDocument>
#include <QWidget>

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

    QTextDocument m_document;
    int m_lines = 2;
};

}  // namespace relulab::gui
