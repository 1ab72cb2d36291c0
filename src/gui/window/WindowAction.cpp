// The one way the main window's menu actions are made.
#include "gui/window/WindowAction.h"

#include <QMenu>
#include <QWidget>

namespace relulab::gui {

QAction *addWindowAction(QWidget *window, QMenu *menu, const QString &text,
                         const QList<QKeySequence> &keys, const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setShortcuts(keys);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    window->addAction(action);  // shortcuts work even when the menu bar is hidden
    return action;
}

}  // namespace relulab::gui
