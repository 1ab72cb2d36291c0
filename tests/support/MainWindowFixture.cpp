#include "support/MainWindowFixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

#include "session/TrainingController.h"

namespace relulab::test {

bool MainWindowFixture::openMainWindow(QSize size)
{
    m_state = std::make_unique<session::ExplorerState>();
    m_window = std::make_unique<gui::MainWindow>(m_state.get());
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

QAction *MainWindowFixture::menuAction(const QString &text)
{
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')) == text) return a;
        }
    }
    qFatal("no menu action %s", qPrintable(text));
}

bool MainWindowFixture::trainTo(long steps)
{
    session::TrainingController *controller = m_window->training();
    controller->setStepsPerSecond(0.0);
    controller->play();
    const bool reached = QTest::qWaitFor([&] { return controller->latest().step >= steps; }, 30000);
    controller->pause();
    const bool paused = QTest::qWaitFor([&] { return !controller->isRunning(); }, 5000);
    return reached && paused;
}

void MainWindowFixture::closeMainWindow()
{
    m_window.reset();
    m_state.reset();
}

}  // namespace relulab::test
