// The explanation panel of a guided lesson: title, text, sources, the teacher's note on demand and
// the buttons to step.
#pragma once

#include <QWidget>

#include "session/Lesson.h"

class QAction;
class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace relulab::gui {

class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Shows lesson number index (from 0) of count.
    void showLesson(const session::Lesson &lesson, int index, int count);

    QLabel *title() const { return m_title; }
    QTextBrowser *text() const { return m_text; }
    // The teacher's note, under the text while noteAction() is checked; the action (Lesson ▸
    // Teacher's note, Ctrl+Alt+N) is enabled only for a lesson that has a note.
    QTextBrowser *note() const { return m_note; }
    QAction *noteAction() const { return m_noteAction; }
    QToolButton *noteButton() const { return m_noteButton; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void closeRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The least the open note keeps, in lines of its text, when the lesson text is long.
    static constexpr int kNoteLines = 4;
    void setNoteShown(bool shown);
    void fitTextToNote();

    QLabel *m_position = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QAction *m_noteAction = nullptr;
    QToolButton *m_noteButton = nullptr;
    QTextBrowser *m_note = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

}  // namespace relulab::gui
