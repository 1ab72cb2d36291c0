// The explanation panel of a guided lesson: title, text, sources and the buttons to step.
#pragma once

#include <QWidget>

#include "session/Lesson.h"

class QLabel;
class QPushButton;
class QTextBrowser;

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
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void closeRequested();

private:
    QLabel *m_position = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};

}  // namespace relulab::gui
