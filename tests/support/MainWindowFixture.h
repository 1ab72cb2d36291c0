// The main window most GUI tests start from: a fresh ExplorerState and a MainWindow on it.
#pragma once

#include <QSize>
#include <QString>
#include <memory>

class QAction;

#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"

namespace relulab::test {

// A test class derives from it next to QObject (QObject first, for moc) and opens the window in
// init() and closes it in cleanup(), so every test function starts from the defaults.
class MainWindowFixture
{
protected:
    std::unique_ptr<session::ExplorerState> m_state;
    std::unique_ptr<gui::MainWindow> m_window;

    // A new state and a window of that size on it, shown; false if it was never exposed.
    [[nodiscard]] bool openMainWindow(QSize size = {1280, 800});
    // The window first (it refers to the state), then the state.
    void closeMainWindow();
    // Trains the window's run as fast as it can until its latest snapshot is at step `steps` or
    // later, then pauses; false if it did not get there or did not stop.
    [[nodiscard]] bool trainTo(long steps);

    // The window's child of that object name and type; the test stops if there is none.
    template <class T>
    T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w) qFatal("no child %s", name);
        return w;
    }

    // The action of the window's menus with that text (mnemonic ampersands left out); the test
    // stops if there is none.
    QAction *menuAction(const QString &text);
};

}  // namespace relulab::test
