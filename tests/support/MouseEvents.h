// Mouse events sent straight to a widget, with buttons QTest's mouse functions cannot express.
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace relulab::test {

// One mouse event at pos (widget coordinates): buttons are those held after it, button the one
// that changed (Qt::NoButton for a move).
inline void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons,
                      Qt::MouseButton button = Qt::LeftButton)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

}  // namespace relulab::test
