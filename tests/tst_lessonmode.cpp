// Running lessons in the window: each sets its state and tab, Page Down / Page Up and the arrow
// keys step through them (arrows only when the focused control does not use them).
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>
#include <memory>

#include "gui/window/LessonPanel.h"
#include "gui/window/MainWindow.h"
#include "session/ExplorerState.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using namespace relulab;
using session::FunctionId;

class tst_LessonMode : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

    QAction *action(const QKeySequence &key) const
    {
        for (QAction *a : m_window->actions())
            if (a->shortcut() == key) return a;
        return nullptr;
    }
    void press(Qt::Key key, QWidget *focus)
    {
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus());
        QTest::keyClick(focus, key);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow({1400, 900}));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        closeMainWindow();
        QDir(session::userLessonDirectory()).removeRecursively();
    }

    void lessonsAreInTheLessonMenuWithShortcuts()
    {
        QVERIFY(m_window->lessons().size() >= 8);
        QVERIFY(action(QKeySequence(Qt::Key_PageDown)));
        QVERIFY(action(QKeySequence(Qt::Key_PageUp)));
        QAction *second = action(QKeySequence(Qt::ALT | Qt::Key_2));
        QVERIFY(second);
        QVERIFY(second->text().contains(QStringLiteral("ReLU\u2032(0)")));
        QAction *tenth = action(QKeySequence(Qt::ALT | Qt::Key_0));
        QVERIFY(tenth);
        QVERIFY(tenth->text().contains(m_window->lessons()[9].title));
        QAction *thirteenth = action(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
        QVERIFY(thirteenth);
        QVERIFY(thirteenth->text().contains(m_window->lessons()[12].title));
        QVERIFY(!m_window->lessonDock()->isVisible());
    }

    void aLessonSetsTheWholeStateAndShowsItsText()
    {
        m_state->setAlpha(0.7);  // left over from before: the lesson must not keep it
        action(QKeySequence(Qt::ALT | Qt::Key_2))->trigger();
        QCOMPARE(m_window->currentLesson(), 1);
        QVERIFY(m_window->lessonDock()->isVisible());
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QCOMPARE(m_state->settings(), m_window->lessons()[1].explorer);
        QCOMPARE(m_state->alpha(), 0.01);
        QVERIFY(m_state->isVisible(FunctionId::Relu));
        QVERIFY(!m_state->isVisible(FunctionId::Leaky));
        QVERIFY(m_state->showSubgradient());
        QCOMPARE(m_window->lessonPanel()->title()->text(), m_window->lessons()[1].title);
        QVERIFY(m_window->lessonPanel()->text()->toPlainText().contains(QStringLiteral("Bertoin")));
        QVERIFY(m_window->lessonPanel()->previousButton()->isEnabled());
    }

    void pageDownAndPageUpStepLikeAClicker()
    {
        action(QKeySequence(Qt::CTRL | Qt::Key_L))->trigger();
        QCOMPARE(m_window->currentLesson(), 0);
        QVERIFY(!m_window->lessonPanel()->previousButton()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->currentLesson(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->currentLesson(), 2);
        QCOMPARE(m_state->alpha(), 0.1);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(m_window->currentLesson(), 1);
        // At the end, Page Down stays on the last lesson.
        const int last = static_cast<int>(m_window->lessons().size()) - 1;
        m_window->showLesson(last);
        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->currentLesson(), last);
        QVERIFY(!m_window->lessonPanel()->nextButton()->isEnabled());
    }

    void arrowKeysStepUnlessTheFocusedControlUsesThem()
    {
        m_window->showLesson(0);
        press(Qt::Key_Right, m_window->lessonPanel()->text());
        QCOMPARE(m_window->currentLesson(), 1);
        press(Qt::Key_Left, m_window->lessonPanel()->text());
        QCOMPARE(m_window->currentLesson(), 0);
        // In a spin box the arrows are the spin box's.
        m_window->showLesson(2);
        auto *spin = m_window->findChild<QDoubleSpinBox *>();
        QVERIFY(spin);
        press(Qt::Key_Right, spin);
        QCOMPARE(m_window->currentLesson(), 2);
    }

    void trainingLessonsSetUpTheRunTheyDescribe()
    {
        m_window->showLesson(7);  // Dying ReLU: negative bias init
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->training()->latest().network.biasInit, -1.5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->training()->latest().dead.deadUnits, 13, 10000);
        QCOMPARE(m_window->training()->latest().step, 0L);

        m_window->showLesson(9);  // Born dead
        QTRY_VERIFY_WITH_TIMEOUT(m_window->training()->latest().network.hidden.size() == 9, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->training()->latest().dead.collapsed, 10000);
    }

    // Lesson 11: "Press R (the run starts over): [...] they [...] show as starved", and the net
    // is collapsed either way.
    void deadLayerLessonRunsAgainUnderTheRightConvention()
    {
        m_window->showLesson(10);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->training()->latest().network.hidden.size(), size_t(9),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->training()->latest().dead.deadUnits, 11, 10000);
        QCOMPARE(m_window->training()->latest().dead.starvedUnits, 7);
        QVERIFY(m_window->training()->latest().dead.collapsed);
        QTest::keyClick(m_window.get(), Qt::Key_R);
        QCOMPARE(m_state->convention(), core::KinkConvention::Right);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->training()->latest().dead.starvedUnits, 18, 10000);
        QCOMPARE(m_window->training()->latest().dead.deadUnits, 0);
        QVERIFY(m_window->training()->latest().dead.collapsed);
    }

    void leavingHidesThePanelAndArrowsNoLongerStep()
    {
        m_window->showLesson(3);
        action(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L))->trigger();
        QCOMPARE(m_window->currentLesson(), -1);
        QVERIFY(!m_window->lessonDock()->isVisible());
        const auto settings = m_state->settings();
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_window->currentLesson(), -1);
        QCOMPARE(m_state->settings(), settings);  // the lesson's state stays
    }

    void teachersNoteOpensOnDemandForALessonThatHasOne()
    {
        // Two lessons of the teacher's own, after the built-in ones: with a note and without.
        QVERIFY(QDir().mkpath(session::userLessonDirectory()));
        const auto write = [](const QString &name, const QByteArray &note) {
            QFile file(session::userLessonDirectory() + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                "{\"format\": \"relulab-lesson\", \"version\": 1, \"title\": \"T\", "
                "\"text\": \"<p>Short.</p>\"" +
                note + "}");
        };
        write(QStringLiteral("98-with-note.json"), ", \"note\": \"<p>The longer <b>why</b>.</p>\"");
        write(QStringLiteral("99-without-note.json"), "");
        m_window.reset();  // a window that reads them
        m_state.reset();
        init();
        const int withNote = static_cast<int>(m_window->lessons().size()) - 2;
        QCOMPARE(m_window->lessons()[size_t(withNote)].id, QStringLiteral("98-with-note"));

        auto *panel = m_window->lessonPanel();
        QAction *toggle = panel->noteAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
        QVERIFY(toggle->toolTip().contains(QStringLiteral("teacher")));
        QVERIFY(m_window->actions().contains(toggle));  // works with the menu bar hidden
        bool inLessonMenu = false;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(toggle)) inLessonMenu = true;
        QVERIFY(inLessonMenu);
        QCOMPARE(panel->noteButton()->accessibleName(), QStringLiteral("Teacher's note"));
        QVERIFY(!panel->noteButton()->toolTip().isEmpty());
        QCOMPARE(panel->note()->accessibleName(), QStringLiteral("Teacher's note"));

        m_window->showLesson(withNote);
        QVERIFY(toggle->isEnabled());
        QVERIFY(!panel->note()->isVisible());
        QCOMPARE(panel->note()->toPlainText(), QStringLiteral("The longer why."));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(toggle->isChecked());
        QVERIFY(panel->note()->isVisible());
        // The text stays whole, above the note.
        QCoreApplication::processEvents();
        QCOMPARE(panel->text()->verticalScrollBar()->maximum(), 0);
        QVERIFY(panel->text()->geometry().bottom() < panel->note()->geometry().top());

        // A lesson without a note has nothing to open; the next one with a note opens it again.
        m_window->nextLesson();
        QVERIFY(!toggle->isEnabled());
        QVERIFY(!panel->note()->isVisible());
        m_window->previousLesson();
        QVERIFY(panel->note()->isVisible());
        panel->noteButton()->click();
        QVERIFY(!toggle->isChecked());
        QVERIFY(!panel->note()->isVisible());
    }
};

RELULAB_TEST_MAIN(tst_LessonMode)
#include "tst_lessonmode.moc"
