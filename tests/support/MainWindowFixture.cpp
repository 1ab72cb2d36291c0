#include "support/MainWindowFixture.h"

#include <QTest>

namespace relulab::test {

bool MainWindowFixture::openMainWindow(QSize size)
{
    m_state = std::make_unique<session::ExplorerState>();
    m_window = std::make_unique<gui::MainWindow>(m_state.get());
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void MainWindowFixture::closeMainWindow()
{
    m_window.reset();
    m_state.reset();
}

}  // namespace relulab::test
