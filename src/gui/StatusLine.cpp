// Painting the status text from a QTextDocument; only a font change touches the geometry.
#include "StatusLine.h"

#include <QEvent>
#include <QPainter>

namespace relulab::gui {

StatusLine::StatusLine(QWidget *parent) : QWidget(parent)
{
    m_document.setDocumentMargin(3);
    m_document.setDefaultFont(font());
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatusLine::setText(const QString &html)
{
    if (html == m_html) return;
    m_html = html;
    m_document.setHtml(html);
    // For screen readers: the same words without markup.
    setAccessibleDescription(m_document.toPlainText());
    update();  // and no updateGeometry(): the size never depends on the text
}

QSize StatusLine::sizeHint() const
{
    return {400, fontMetrics().lineSpacing() * 2 + 8};
}

QSize StatusLine::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void StatusLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void StatusLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_document.setTextWidth(width());
    painter.setClipRect(rect());
    m_document.drawContents(&painter, rect());
}

}  // namespace relulab::gui
