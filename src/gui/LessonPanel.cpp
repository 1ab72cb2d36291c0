// Layout of the lesson panel; the text is rich text with the sources listed under it.
#include "LessonPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relulab::gui {

LessonPanel::LessonPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Lesson"));
    setAccessibleDescription(
        tr("The current lesson's explanation, with buttons to step through "
           "the lessons (Page Up and Page Down)."));
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("lessonPosition"));
    m_position->setAccessibleName(tr("Lesson number"));
    m_position->setToolTip(tr("Which lesson this is, of how many"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setAccessibleName(tr("Lesson title"));
    m_title->setToolTip(tr("The lesson's title"));
    m_title->setWordWrap(true);

    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setAccessibleName(tr("Lesson text"));
    m_text->setToolTip(tr("What this lesson shows and what to try"));
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);

    m_previous = new QPushButton(tr("\u25c0 &Previous"));
    m_previous->setAccessibleName(tr("Previous lesson"));
    m_previous->setToolTip(tr("Go to the previous lesson (Page Up)"));
    m_next = new QPushButton(tr("&Next \u25b6"));
    m_next->setAccessibleName(tr("Next lesson"));
    m_next->setToolTip(tr("Go to the next lesson (Page Down)"));
    m_close = new QPushButton(tr("&Leave"));
    m_close->setAccessibleName(tr("Leave the lessons"));
    m_close->setToolTip(tr("Close the lesson panel; the current settings stay (Ctrl+Alt+L)"));
    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextRequested);
    connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_position);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setMinimumWidth(320);
}

void LessonPanel::showLesson(const session::Lesson &lesson, int index, int count)
{
    m_position->setText(tr("Lesson %1 of %2").arg(index + 1).arg(count));
    m_title->setText(lesson.title);
    QString html = lesson.text;
    if (!lesson.sources.isEmpty()) {
        html += QStringLiteral("<p><small><b>%1</b><br>").arg(tr("Sources"));
        QStringList items;
        for (const QString &source : lesson.sources)
            items << source.toHtmlEscaped();
        html += items.join(QStringLiteral("<br>")) + QStringLiteral("</small></p>");
    }
    m_text->setHtml(html);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    setAccessibleDescription(tr("Lesson %1 of %2: %3").arg(index + 1).arg(count).arg(lesson.title));
}

}  // namespace relulab::gui
