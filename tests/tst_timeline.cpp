// Tests of the training timeline in the window: scrubbing shows a kept step in every view, keys
// step through the history, Continue from here asks first and trains on from the step shown, the
// curves are the history's, and a saved session brings the same timeline and curves back.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

#include "gui/common/StatusLine.h"
#include "gui/export/AnimationDialog.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TimelineBar.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/SessionDocument.h"
#include "session/TrainingController.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using namespace relulab;

namespace {

// Answers the next modal message box with the button whose text starts with `choice`.
void answerNextBox(const QString &choice, QString *text)
{
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, *poll);
            return;
        }
        *text = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text().startsWith(choice)) return b->click();
    };
    QTimer::singleShot(0, *poll);
}

}  // namespace

class tst_Timeline : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    session::TrainingController *controller() { return m_window->training(); }
    gui::TrainingTab *tab() { return m_window->trainingTab(); }
    gui::TimelineBar *timeline() { return tab()->timeline(); }
    // The snapshot every view draws is the one of `step`.
    bool viewsShow(long step)
    {
        const auto *diagram = tab()->diagram()->analysis();
        return diagram && diagram == tab()->inputView()->analysis() &&
               tab()->status()->text().contains(
                   QStringLiteral("showing kept step <b>%1</b>").arg(QLocale().toString(step)));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow({1400, 900}));
        m_window->tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(controller()->latest().dead.hiddenUnits == 16, 10000);
    }
    void cleanup() { closeMainWindow(); }

    void scrubbingShowsTheKeptStepInEveryView()
    {
        QVERIFY(trainTo(300));
        const long newest = controller()->latest().step;
        const session::RunHistory &history = controller()->history();
        QTRY_COMPARE(timeline()->newestStep(), newest);
        // A click on the track at a fifth of the run: the kept step nearest to it.
        auto *track = timeline()->track();
        const double x = timeline()->xOf(newest / 5);
        QTest::mouseClick(track, Qt::LeftButton, {}, QPoint(qRound(x), track->height() / 2));
        const size_t index = history.nearest(timeline()->stepAt(qRound(x)));
        QTRY_COMPARE(controller()->shownEntry(), std::optional<size_t>(index));
        const long step = history[index].step;
        QTRY_VERIFY2(viewsShow(step), qPrintable(tab()->status()->text()));
        QCOMPARE(tab()->curves()->cursorStep(), std::optional<long>(step));
        QCOMPARE(timeline()->shownEntry(), std::optional<size_t>(index));
        QVERIFY(timeline()->continueButton()->isEnabled());
        // The keys step through the kept steps; End is the newest state again.
        track->setFocus();
        QTest::keyClick(track, Qt::Key_Right);
        QTRY_VERIFY(viewsShow(history[index + 1].step));
        QTest::keyClick(track, Qt::Key_Home);
        QTRY_VERIFY2(viewsShow(0), qPrintable(tab()->status()->text()));
        QTest::keyClick(track, Qt::Key_End);
        QTRY_VERIFY(!controller()->shownEntry());
        QTRY_VERIFY(!tab()->curves()->cursorStep());
        QVERIFY(!timeline()->continueButton()->isEnabled());
        // Play goes on from the newest step.
        QTest::keyClick(track, Qt::Key_Home);
        QTRY_VERIFY(viewsShow(0));
        QVERIFY(trainTo(newest + 50));
        QVERIFY(!controller()->shownEntry());
        QVERIFY(controller()->latest().step >= newest + 50);
    }

    void curvesArePointsOfTheHistory()
    {
        QVERIFY(trainTo(400));
        const session::RunHistory &history = controller()->history();
        QTRY_VERIFY(!tab()->curves()->trainLoss()->data()->isEmpty());
        const auto *data = tab()->curves()->trainLoss()->data().data();
        const bool tip = history.back().step != controller()->latest().step;
        QTRY_COMPARE(static_cast<size_t>(data->size()), history.size() + (tip ? 1 : 0));
        for (size_t i = 0; i < history.size(); ++i) {
            QCOMPARE(data->at(static_cast<int>(i))->key, double(history[i].step));
            QCOMPARE(data->at(static_cast<int>(i))->value, history[i].evaluation.trainLoss);
        }
        // Two hidden layers: a dead share each, at every kept step.
        QCOMPARE(tab()->curves()->layerDeadShares().size(), 2);
        QCOMPARE(static_cast<size_t>(tab()->curves()->layerDeadShares()[0]->dataCount()),
                 history.size() + (tip ? 1 : 0));
    }

    void continueFromHereAsksAndTrainsOnFromTheStepShown()
    {
        QVERIFY(trainTo(300));
        const long newest = controller()->latest().step;
        const size_t index = *controller()->history().indexOf(100);
        timeline()->requestEntry(static_cast<long>(index));
        QTRY_VERIFY(viewsShow(100));
        // Cancel changes nothing.
        QString asked;
        answerNextBox(QStringLiteral("Cancel"), &asked);
        timeline()->continueButton()->click();
        QVERIFY2(asked.contains(QStringLiteral("discard the history after it")), qPrintable(asked));
        QCOMPARE(controller()->latest().step, newest);
        answerNextBox(QStringLiteral("Continue from step 100"), &asked);
        timeline()->continueButton()->click();
        QTRY_COMPARE(controller()->latest().step, 100L);
        QTRY_VERIFY(!controller()->shownEntry());
        QCOMPARE(controller()->history().size(), index + 1);
        QTRY_COMPARE(timeline()->newestStep(), 100L);
        QTRY_COMPARE(tab()
                         ->curves()
                         ->trainLoss()
                         ->data()
                         ->at(tab()->curves()->trainLoss()->dataCount() - 1)
                         ->key,
                     100.0);
    }

    void animationTakesItsStepsFromTheTimeline()
    {
        QVERIFY(trainTo(300));
        const long newest = controller()->latest().step;
        timeline()->requestEntry(static_cast<long>(*controller()->history().indexOf(120)));
        QTRY_VERIFY(viewsShow(120));
        m_window->exportAnimation();
        gui::AnimationDialog *dialog = m_window->animationDialog();
        QVERIFY(dialog->isVisible());
        gui::AnimationJobSpec spec = dialog->spec();
        QCOMPARE(spec.steps, 120L);  // up to the step the timeline shows
        QCOMPARE(spec.from, 0L);
        QVERIFY(spec.history == controller()->history());
        dialog->close();
        // Back at the newest step: the whole run.
        timeline()->requestEntry(static_cast<long>(controller()->history().size()));
        QTRY_VERIFY(!controller()->shownEntry());
        m_window->exportAnimation();
        QCOMPARE(m_window->animationDialog()->spec().steps, newest);
        m_window->animationDialog()->close();
    }

    void savedSessionBringsTheTimelineBack()
    {
        QVERIFY(trainTo(350));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("timeline.relulab"));
        const session::RunHistory before = controller()->history();
        const long step = controller()->latest().step;
        QTRY_VERIFY(tab()->curves()->trainLoss()->dataCount() > 0);
        QVector<QCPGraphData> curve(tab()->curves()->trainLoss()->data()->constBegin(),
                                    tab()->curves()->trainLoss()->data()->constEnd());
        QCOMPARE(m_window->document()->saveTo(file), QString());
        // Start over, then open the file again.
        m_window->trainingBinder()->startOver(m_window->trainingBinder()->model()->setup());
        QTRY_COMPARE(controller()->latest().step, 0L);
        QCOMPARE(m_window->document()->load(file), QString());
        QTRY_COMPARE(controller()->latest().step, step);
        QTRY_VERIFY(controller()->history() == before);
        QTRY_COMPARE(timeline()->history().size(), before.size());
        QTRY_COMPARE(tab()->curves()->trainLoss()->dataCount(), int(curve.size()));
        for (qsizetype i = 0; i < curve.size(); ++i) {
            QCOMPARE(tab()->curves()->trainLoss()->data()->at(int(i))->key, curve[i].key);
            QCOMPARE(tab()->curves()->trainLoss()->data()->at(int(i))->value, curve[i].value);
        }
    }
};

RELULAB_TEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
