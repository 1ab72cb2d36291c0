// Painting the status text from a QTextDocument; only a change in line count touches the geometry.
#include "gui/common/StatusLine.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

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
    if (fitLines(false)) updateGeometry();
    update();
}

bool StatusLine::fitLines(bool allowShrink)
{
    if (width() <= 0) return false;
    m_document.setTextWidth(width());
    const double textHeight = m_document.size().height() - 2 * m_document.documentMargin();
    const double lineSpacing = std::max(1.0, QFontMetricsF(font()).lineSpacing());
    const int lines = std::max(2, static_cast<int>(std::lround(textHeight / lineSpacing)));
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
    m_document.setTextWidth(width());
    painter.setClipRect(rect());
    m_document.drawContents(&painter, rect());
}

}  // namespace relulab::gui
