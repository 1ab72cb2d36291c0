// The window's sessions: open and save restore the whole state (the trained network at its step
// included), a bad file changes nothing and says why, failed saves keep the old file, the title
// marks changes, recent files and the last session; and undo/redo with one step per drag.
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <unistd.h>

#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "gui/window/SessionDocument.h"
#include "gui/window/SettingsUndo.h"
#include "session/ExplorerText.h"
#include "support/Files.h"
#include "support/MainWindowFixture.h"
#include "support/MouseEvents.h"
#include "support/TestRegistry.h"

using namespace relulab;
using gui::ExplorerPlot;
using gui::MainWindow;
using gui::SessionDocument;
using session::ExplorerState;
using session::FunctionId;
using session::Session;

using relulab::test::readAll;
using relulab::test::setUnwritable;
using relulab::test::writeFile;

using relulab::test::sendMouse;

namespace {

constexpr int kTimeoutMs = 20000;

// A session unlike the defaults: explorer settings, a training setup with values the controls
// cannot show exactly, and a network trained for 23 steps.
Session savedSession()
{
    Session s;
    s.explorer.alpha = 1.0 / 3.0;
    s.explorer.lo = -4.0;
    s.explorer.hi = 2.5;
    s.explorer.pieces = {{1.0, 0.0}, {-1.0, 0.0}};
    s.explorer.convention = core::KinkConvention::Mean;
    s.explorer.visible = {FunctionId::Maxout, FunctionId::Gelu};
    s.explorer.pinned = {s.explorer.pin(FunctionId::Leaky)};
    s.training.dataset = QStringLiteral("xor");
    s.training.samples = 120;
    s.training.config.network.hidden = {5, 4};
    s.training.config.network.biasInit = -1.0 / 3.0;
    s.training.config.learningRate = 1e-7 / 3.0 + 0.01;  // beyond the spin box's 5 decimals
    s.training.config.seed = 12;
    QString error;
    auto trainer = session::makeTrainer(s.training, nullptr, &error);
    for (int i = 0; i < 23; ++i)
        trainer->step();
    s.network = trainer->state();
    return s;
}

// Runs call while a modal message box is expected; returns the box's texts and closes it.
QString textOfMessageBox(const std::function<void()> &call)
{
    QString text;
    std::function<void()> poll;
    poll = [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, poll);
            return;
        }
        text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->done(QMessageBox::Ok);
    };
    QTimer::singleShot(0, poll);
    call();
    return text;
}

}  // namespace

class tst_SessionWindow : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SessionDocument *document() { return m_window->document(); }
    QUndoStack *undoStack() { return document()->undo()->stack(); }
    session::TrainingController *training() { return m_window->training(); }
    gui::TrainingPanel *panel() { return m_window->trainingTab()->panel(); }
    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

    template <class T>
    T *control(const QString &accessibleName)
    {
        for (T *w : m_window->findChildren<T *>()) {
            if (w->accessibleName() == accessibleName) return w;
        }
        qFatal("no control %s", qPrintable(accessibleName));
    }

    // Waits until the worker has reported on the run the window now has.
    bool settled()
    {
        return QTest::qWaitFor(
            [this] {
                const session::RunState run = training()->currentRun();
                return training()->latest().state && run.network &&
                       *training()->latest().state == *run.network;
            },
            kTimeoutMs);
    }

    // Changes the state the way a user would: explorer settings, training controls, two steps.
    void makeChanges()
    {
        m_state->setAlpha(0.2);
        m_state->pin(FunctionId::Leaky);
        control<QDoubleSpinBox>(QStringLiteral("Learning rate"))->setValue(0.05);
        training()->stepOnce();
        training()->stepOnce();
        QTRY_VERIFY_WITH_TIMEOUT(training()->latest().step == 2, kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReLU Lab tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionwindow"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().remove(QStringLiteral("session"));
        QFile::remove(SessionDocument::autosavePath());
        QVERIFY(openMainWindow());
        m_window->plot()->replot();
        QVERIFY(settled());
    }

    void cleanup() { closeMainWindow(); }

    void startsUntitledAndUnmodified()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] \u2014 ReLU Lab"));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(undoStack()->count(), 0);
        QCOMPARE(document()->filePath(), QString());
    }

    void openRestoresTheWholeStateAndTheNetworkAtItsStep()
    {
        const Session saved = savedSession();
        QCOMPARE(session::writeSessionFile(path("saved.relulab"), saved), QString());
        makeChanges();

        QCOMPARE(document()->load(path("saved.relulab")), QString());
        QVERIFY(m_state->settings() == saved.explorer);
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 23L, kTimeoutMs);
        QVERIFY(*training()->latest().state == *saved.network);
        QVERIFY(*training()->latest().setup == saved.training);
        // The controls show the setup; the values they round stay exact underneath.
        QCOMPARE(control<QDoubleSpinBox>(QStringLiteral("Learning rate"))->value(), 0.01);
        // The next restart takes the explorer's convention, as always; the rest is exact.
        session::TrainingSetup next = saved.training;
        next.config.network.convention = core::KinkConvention::Mean;
        QVERIFY(m_window->trainingSetup()->setup() == next);
        // What the window would save is what was opened.
        QVERIFY(document()->current() == saved);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("saved.relulab[*] \u2014 ReLU Lab"));
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(undoStack()->count(), 0);
        QCOMPARE(document()->recentFiles().value(0), path("saved.relulab"));
        // Step continues the saved run.
        training()->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 24L, kTimeoutMs);
        QString error;
        auto reference = session::makeTrainer(saved.training, &*saved.network, &error);
        reference->step();
        QVERIFY(*training()->latest().state == reference->state());
    }

    void saveThenOpenGivesTheSameSession()
    {
        makeChanges();
        QVERIFY(m_window->isWindowModified());
        QVERIFY(settled());
        const Session before = document()->current();
        QCOMPARE(before.network->steps, 2L);
        QCOMPARE(before.training.config.learningRate, 0.05);
        QCOMPARE(document()->saveTo(path("mine.relulab")), QString());
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("mine.relulab[*] \u2014 ReLU Lab"));

        document()->clear();
        QVERIFY(settled());
        QVERIFY(m_state->settings() == session::ExplorerSettings{});
        QCOMPARE(training()->latest().step, 0L);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] \u2014 ReLU Lab"));

        QCOMPARE(document()->load(path("mine.relulab")), QString());
        QVERIFY(settled());
        QVERIFY(document()->current() == before);
        QCOMPARE(training()->latest().step, 2L);
    }

    void openingABadFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        const QByteArray good = session::sessionToBytes(savedSession());
        QTest::newRow("truncated") << good.left(good.size() / 3) << "line ";
        QTest::newRow("wrong version")
            << QByteArray(R"({"format": "relulab-session", "version": 7})")
            << "version: this ReLU Lab reads version 1 to 2 sessions, the file is version 7";
        QByteArray badPiece = good;
        badPiece.replace("\"slope\": -1", "\"slope\": \"steep\"");
        QTest::newRow("bad piece")
            << badPiece << "explorer.pieces[1].slope: must be a finite number";
        QByteArray shape = good;
        shape.replace("\"hidden\": [\n            5,", "\"hidden\": [\n            6,");
        QTest::newRow("network of another shape")
            << shape << "network.parameters: expected 51 numbers, got 44";
        QTest::newRow("not there") << QByteArray() << "the file does not exist";
    }

    void openingABadFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        makeChanges();
        QCOMPARE(document()->saveTo(path("current.relulab")), QString());
        m_state->setRange(-3.0, 3.0);  // an unsaved change on top
        QVERIFY(settled());
        const Session before = document()->current();
        const QString title = m_window->windowTitle();
        const int undoCount = undoStack()->count();
        const QStringList recent = document()->recentFiles();

        const QString bad = path("bad.relulab");
        QFile::remove(bad);
        if (!content.isEmpty()) QVERIFY(writeFile(bad, content));
        const QString shown = textOfMessageBox([&] { document()->openFile(bad); });
        QVERIFY2(shown.startsWith(QStringLiteral("bad.relulab was not opened:\n") + problem),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Nothing in the open session was changed.")));

        QVERIFY(document()->current() == before);
        QCOMPARE(training()->latest().step, 2L);
        QCOMPARE(m_window->windowTitle(), title);
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(undoStack()->count(), undoCount);
        QCOMPARE(document()->recentFiles(), recent);
        QCOMPARE(document()->filePath(), path("current.relulab"));
        // Nor was anything sent to the worker: it handles commands in order, so a single step
        // asked for now lands on step 3 only if no restore went before it.
        training()->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 3L, kTimeoutMs);
    }

    void failedSaveKeepsTheOldFileAndTheModifiedMarker()
    {
        makeChanges();
        QCOMPARE(document()->saveTo(path("keep.relulab")), QString());
        const QByteArray old = readAll(path("keep.relulab"));
        m_state->setAlpha(0.7);
        QVERIFY(m_window->isWindowModified());

        const QString error = document()->saveTo(path("missing-dir/x.relulab"));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(m_window->isWindowModified());
        QCOMPARE(document()->filePath(), path("keep.relulab"));

        if (!setUnwritable(path("keep.relulab"), true)) QSKIP("cannot make a file read-only here");
        const QString readOnly = document()->saveTo(path("keep.relulab"));
        QVERIFY(setUnwritable(path("keep.relulab"), false));
        QVERIFY2(readOnly.contains(QStringLiteral("is not writable")), qPrintable(readOnly));
        QCOMPARE(readAll(path("keep.relulab")), old);
        QVERIFY(m_window->isWindowModified());
    }

    void dragIsOneUndoStepAndUndoRedoApplyIt()
    {
        ExplorerPlot *plot = m_window->plot();
        const QPointF press = plot->valueToPixel(-5.0, -0.05);
        QCOMPARE(plot->hitTest(press).kind, ExplorerPlot::HitKind::LeakyBranch);
        sendMouse(plot, QEvent::MouseButtonPress, press, Qt::LeftButton);
        // Slow moves: longer apart than the quick-merge window, still one drag.
        for (double f : {-0.5, -1.0, -1.5, -2.0}) {
            sendMouse(plot, QEvent::MouseMove, plot->valueToPixel(-5.0, f), Qt::LeftButton,
                      Qt::NoButton);
            QTest::qWait(gui::SettingsUndo::kMergeMs + 100);
        }
        sendMouse(plot, QEvent::MouseButtonRelease, plot->valueToPixel(-5.0, -2.0), Qt::NoButton);
        const double dragged = m_state->alpha();
        QVERIFY2(std::abs(dragged - 0.4) < 0.01, qPrintable(QString::number(dragged)));
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(),
                 QStringLiteral("change \u03b1 to %1").arg(session::formatNumber(dragged)));
        QVERIFY(m_window->isWindowModified());

        QAction *undo = nullptr;
        for (QAction *a : m_window->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z)) undo = a;
        }
        QVERIFY(undo);
        QCOMPARE(undo->text(),
                 QStringLiteral("&Undo change \u03b1 to %1").arg(session::formatNumber(dragged)));
        undo->trigger();
        QCOMPARE(m_state->alpha(), 0.01);
        QVERIFY(!m_window->isWindowModified());
        QCOMPARE(m_window->findChild<QDoubleSpinBox *>(QStringLiteral("alphaSpin"))->value(), 0.01);
        undoStack()->redo();
        QCOMPARE(m_state->alpha(), dragged);
        QVERIFY(m_window->isWindowModified());

        // A second drag is a second step.
        sendMouse(plot, QEvent::MouseButtonPress, plot->valueToPixel(-5.0, -5.0 * dragged),
                  Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, plot->valueToPixel(-5.0, -1.0), Qt::LeftButton,
                  Qt::NoButton);
        sendMouse(plot, QEvent::MouseButtonRelease, plot->valueToPixel(-5.0, -1.0), Qt::NoButton);
        QCOMPARE(undoStack()->count(), 2);
        undoStack()->undo();
        QCOMPARE(m_state->alpha(), dragged);
    }

    void quickChangesMergeAndSlowOnesDoNot()
    {
        // The wheel, a held key: changes of one kind in quick succession are one step.
        for (int i = 0; i < 5; ++i)
            m_state->setAlpha(0.1 + 0.01 * i);
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("change \u03b1 to 0.14"));
        QTest::qWait(gui::SettingsUndo::kMergeMs + 100);
        m_state->setAlpha(0.5);
        QCOMPARE(undoStack()->count(), 2);
        // Another kind is another step, however quick.
        m_state->setRange(-2.0, 2.0);
        QCOMPARE(undoStack()->count(), 3);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("change range to \u22122 \u2026 2"));
        m_state->setConvention(core::KinkConvention::Right);
        m_state->setConvention(core::KinkConvention::Mean);
        QCOMPARE(undoStack()->count(), 5);  // choices never merge
        QCOMPARE(undoStack()->undoText(), QStringLiteral("use the mean convention"));
        undoStack()->undo();
        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(m_state->convention(), core::KinkConvention::Left);
        QCOMPARE(m_state->lo(), -10.0);
        QCOMPARE(m_state->alpha(), 0.5);
        undoStack()->undo();
        QCOMPARE(m_state->alpha(), 0.14);
        undoStack()->undo();
        QCOMPARE(m_state->alpha(), 0.01);
        QVERIFY(!m_window->isWindowModified());
    }

    void pinsAndVisibilityAreUndoable()
    {
        m_state->pin(FunctionId::Maxout);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("pin Maxout, k = 3"));
        m_state->setVisible(FunctionId::Relu, false);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("hide ReLU"));
        undoStack()->undo();
        QVERIFY(m_state->isVisible(FunctionId::Relu));
        undoStack()->undo();
        QVERIFY(m_state->pinned().empty());
        undoStack()->redo();
        QCOMPARE(m_state->pinned().size(), size_t(1));
    }

    void trainingSetupChangesAreUndoable()
    {
        auto *lr = control<QDoubleSpinBox>(QStringLiteral("Learning rate"));
        lr->setValue(0.05);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("change learning rate to 0.05"));
        QCOMPARE(training()->setup().config.learningRate, 0.05);
        auto *bias = control<QDoubleSpinBox>(QStringLiteral("Bias init"));
        QTest::qWait(gui::SettingsUndo::kMergeMs + 100);
        bias->setValue(-2.0);
        QCOMPARE(undoStack()->undoText(), QStringLiteral("change bias init to \u22122"));
        QCOMPARE(undoStack()->count(), 2);
        training()->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 1L, kTimeoutMs);

        undoStack()->undo();  // a structural change: the run starts over
        QCOMPARE(bias->value(), 0.0);
        QCOMPARE(training()->setup().config.network.biasInit, 0.0);
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 0L, kTimeoutMs);
        training()->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 1L, kTimeoutMs);
        undoStack()->undo();  // the learning rate changes live: the run goes on
        QCOMPARE(lr->value(), 0.01);
        QCOMPARE(training()->setup().config.learningRate, 0.01);
        QVERIFY(!m_window->isWindowModified());
        // Not started over: the worker handles commands in order, so a single step asked for
        // now lands on step 2 only if no restart went before it.
        training()->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(training()->latest().step, 2L, kTimeoutMs);
        undoStack()->redo();
        QCOMPARE(lr->value(), 0.05);
    }

    void editingTheExamplesIsUndoable()
    {
        QVERIFY(panel()->addExample(0.25, -0.5));
        QCOMPARE(undoStack()->undoText(), QStringLiteral("add an example"));
        QCOMPARE(training()->setup().data.size(), size_t(401));
        QVERIFY(panel()->addExample(-0.25, 0.5));
        QCOMPARE(undoStack()->count(), 2);  // one click, one step
        undoStack()->undo();
        QCOMPARE(training()->setup().data.size(), size_t(401));
        undoStack()->undo();
        QVERIFY(!training()->setup().usesOwnData());  // the generated set again
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(settled());
        QCOMPARE(training()->data().train.size() + training()->data().test.size(), size_t(400));
    }

    void openingClearsTheUndoHistory()
    {
        QCOMPARE(session::writeSessionFile(path("clean.relulab"), savedSession()), QString());
        m_state->setAlpha(0.3);
        QCOMPARE(undoStack()->count(), 1);
        QCOMPARE(document()->load(path("clean.relulab")), QString());
        QCOMPARE(undoStack()->count(), 0);
        QVERIFY(!m_window->isWindowModified());
        m_state->setAlpha(0.3);
        QVERIFY(m_window->isWindowModified());
        undoStack()->undo();
        QCOMPARE(m_state->alpha(), 1.0 / 3.0);
        QVERIFY(!m_window->isWindowModified());
    }

    void recentFilesKeepTheLastEightAndDropMissingOnes()
    {
        for (int i = 0; i < 10; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("r%1.relulab").arg(i));
            QCOMPARE(document()->saveTo(file), QString());
        }
        QStringList recent = document()->recentFiles();
        QCOMPARE(recent.size(), SessionDocument::kMaxRecent);
        QCOMPARE(recent.first(), path("r9.relulab"));
        QCOMPARE(recent.last(), path("r2.relulab"));
        QMenu *menu = document()->recentMenu();
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 r9.relulab"));
        // Reopening one moves it to the front.
        QCOMPARE(document()->load(path("r5.relulab")), QString());
        QCOMPARE(document()->recentFiles().first(), path("r5.relulab"));
        // Gone files leave the list when the menu opens, and the status bar says so.
        QVERIFY(QFile::remove(path("r7.relulab")));
        Q_EMIT menu->aboutToShow();
        QVERIFY(!document()->recentFiles().contains(path("r7.relulab")));
        QCOMPARE(document()->recentFiles().size(), SessionDocument::kMaxRecent - 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(path("r7.relulab")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void lastSessionIsRestoredOnStart()
    {
        makeChanges();
        QCOMPARE(document()->saveTo(path("last.relulab")), QString());
        m_state->setAlpha(0.6);  // unsaved at close
        QVERIFY(settled());
        const Session atClose = document()->current();
        m_window->restoreLastSession();  // enables the autosave on close
        m_window->close();
        QVERIFY(QFile::exists(SessionDocument::autosavePath()));

        cleanup();
        m_state = std::make_unique<ExplorerState>();
        m_window = std::make_unique<MainWindow>(m_state.get());
        m_window->restoreLastSession();
        m_window->show();
        QVERIFY(settled());
        QVERIFY(document()->current() == atClose);
        QCOMPARE(training()->latest().step, 2L);
        QCOMPARE(document()->filePath(), path("last.relulab"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("last.relulab[*] \u2014 ReLU Lab"));
        QVERIFY(m_window->isWindowModified());
    }

    void brokenLastSessionStartsFreshAndSaysSo()
    {
        const QByteArray broken = R"({"format": "relulab-session", "version": 1, "explorer": {)";
        QVERIFY(QDir().mkpath(QFileInfo(SessionDocument::autosavePath()).absolutePath()));
        QVERIFY(writeFile(SessionDocument::autosavePath(), broken));
        cleanup();
        m_state = std::make_unique<ExplorerState>();
        m_window = std::make_unique<MainWindow>(m_state.get());
        m_window->restoreLastSession();
        m_window->show();
        QVERIFY(settled());
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("The last session could not be restored")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 1, column ")), qPrintable(message));
        QVERIFY(m_state->settings() == session::ExplorerSettings{});
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] \u2014 ReLU Lab"));
    }

    void sessionActionsHaveShortcutsAndTips()
    {
        QMap<QString, QKeySequence> expected = {
            {QStringLiteral("&New session"), QKeySequence(Qt::CTRL | Qt::Key_N)},
            {QStringLiteral("&Open session\u2026"), QKeySequence(Qt::CTRL | Qt::Key_O)},
            {QStringLiteral("&Save session"), QKeySequence(Qt::CTRL | Qt::Key_S)},
            {QStringLiteral("Save session &as\u2026"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
            {QStringLiteral("&Undo"), QKeySequence(Qt::CTRL | Qt::Key_Z)},
            {QStringLiteral("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
        };
        for (QAction *a : m_window->actions()) {
            if (!expected.contains(a->text())) continue;
            QCOMPARE(a->shortcut(), expected.take(a->text()));
            QVERIFY2(!a->toolTip().isEmpty() && !a->statusTip().isEmpty(), qPrintable(a->text()));
        }
        QCOMPARE(expected.keys(), QStringList());
        for (QAction *a : m_window->actions()) {
            if (a->text() == QLatin1String("&Redo"))
                QVERIFY(a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        }
    }
};

RELULAB_TEST_MAIN(tst_SessionWindow)
#include "tst_sessionwindow.moc"
