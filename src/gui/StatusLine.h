// A two-line rich-text status that repaints without re-laying out its window: QLabel::setText
// asks every enclosing layout to recompute, many times a second while training runs.
#pragma once

#include <QTextDocument>
#include <QWidget>

namespace relulab::gui {

class StatusLine : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    // Rich text, wrapped to the width; at most two lines are shown.
    void setText(const QString &html);
    QString text() const { return m_html; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_html;
    QTextDocument m_document;
};

}  // namespace relulab::gui
