// Layout of the lesson panel; the text is rich text with the sources listed under it, and the
// teacher's note folds out beneath it.
#include "gui/window/LessonPanel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

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

    m_noteAction = new QAction(tr("Teacher\u2019s &note"), this);
    m_noteAction->setObjectName(QStringLiteral("lessonNoteAction"));
    m_noteAction->setCheckable(true);
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    const QString noteTip =
        tr("Show or hide the longer explanation for the teacher under the lesson text (%1)")
            .arg(m_noteAction->shortcut().toString(QKeySequence::NativeText));
    m_noteAction->setToolTip(noteTip);
    m_noteAction->setStatusTip(noteTip);
    m_noteAction->setEnabled(false);
    m_noteButton = new QToolButton;
    m_noteButton->setObjectName(QStringLiteral("lessonNoteButton"));
    m_noteButton->setDefaultAction(m_noteAction);
    m_noteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_noteButton->setArrowType(Qt::RightArrow);
    m_noteButton->setAutoRaise(true);
    m_noteButton->setAccessibleName(tr("Teacher's note"));
    m_noteButton->setAccessibleDescription(noteTip);

    m_note = new QTextBrowser;
    m_note->setObjectName(QStringLiteral("lessonNote"));
    m_note->setAccessibleName(tr("Teacher's note"));
    m_note->setToolTip(tr("The longer explanation behind this lesson, for the teacher"));
    m_note->setOpenExternalLinks(true);
    m_note->setFrameShape(QFrame::NoFrame);
    m_note->hide();
    connect(m_noteAction, &QAction::toggled, this, &LessonPanel::setNoteShown);
    // While the note shows, the text keeps the height of its content and the note takes the rest;
    // that height changes with the panel's width and the text size.
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, &LessonPanel::fitTextToNote);

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
    layout->addWidget(m_noteButton, 0, Qt::AlignLeft);
    layout->addWidget(m_note, 1);
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
    m_note->setHtml(lesson.note);
    // The note stays open from lesson to lesson once the teacher has opened it.
    m_noteAction->setEnabled(!lesson.note.isEmpty());
    setNoteShown(m_noteAction->isChecked());
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    setAccessibleDescription(tr("Lesson %1 of %2: %3").arg(index + 1).arg(count).arg(lesson.title));
}

void LessonPanel::setNoteShown(bool shown)
{
    const bool visible = shown && m_noteAction->isEnabled();
    m_noteButton->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_note->setVisible(visible);
    fitTextToNote();
}

void LessonPanel::fitTextToNote()
{
    auto *box = static_cast<QBoxLayout *>(layout());
    if (m_note->isHidden()) {
        m_text->setMinimumHeight(0);
        m_text->setMaximumHeight(QWIDGETSIZE_MAX);
        box->setStretchFactor(m_text, 1);
        return;
    }
    // The text as tall as its content, the note the rest: the room reads the text, the teacher
    // can scroll the note. A text too long for that still leaves the note a few lines.
    const int content =
        static_cast<int>(std::ceil(m_text->document()->size().height())) + 2 * m_text->frameWidth();
    const int noteLines = kNoteLines * m_note->fontMetrics().lineSpacing() +
                          2 * m_note->frameWidth() +
                          static_cast<int>(std::ceil(2 * m_note->document()->documentMargin()));
    const QMargins margins = box->contentsMargins();
    int others = margins.top() + margins.bottom() + box->spacing() * (box->count() - 1);
    for (int i = 0; i < box->count(); ++i) {
        QLayoutItem *item = box->itemAt(i);
        if (item->widget() == m_text || item->widget() == m_note || item->isEmpty()) continue;
        others += item->hasHeightForWidth()
                      ? item->heightForWidth(width() - margins.left() - margins.right())
                      : item->sizeHint().height();
    }
    m_text->setMinimumHeight(std::max(0, std::min(content, height() - others - noteLines)));
    m_text->setMaximumHeight(content);
    box->setStretchFactor(m_text, 0);
}

void LessonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTextToNote();
}

}  // namespace relulab::gui
