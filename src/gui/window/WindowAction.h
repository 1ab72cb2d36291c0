// Actions of the main window's menus: the tip is also the status tip, and the action is the
// window's too, so its shortcut works while the menu bar is hidden (presentation mode).
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>

class QMenu;
class QWidget;

namespace relulab::gui {

QAction *addWindowAction(QWidget *window, QMenu *menu, const QString &text,
                         const QList<QKeySequence> &keys, const QString &tip);

// The same with one shortcut (or none: an empty key), triggering slot (a member of window's class
// or a functor).
template <class Window, class Slot>
QAction *addWindowAction(Window *window, QMenu *menu, const QString &text, const QKeySequence &key,
                         const QString &tip, Slot slot)
{
    const QList<QKeySequence> keys = key.isEmpty() ? QList<QKeySequence>{} : QList{key};
    QAction *action = addWindowAction(window, menu, text, keys, tip);
    QObject::connect(action, &QAction::triggered, window, slot);
    return action;
}

}  // namespace relulab::gui
