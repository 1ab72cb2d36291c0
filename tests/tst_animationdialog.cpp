// Tests of File > Export animation…'s dialog: an export of a replayed training and of an explorer
// sweep decoded back, Cancel leaving no file (and an old one intact), an unwritable path shown in
// the dialog, and every control named and explained.
#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "gui/export/AnimationDialog.h"
#include "session/ExplorerState.h"
#include "session/TrainingSetupModel.h"
#include "support/AnimationProbe.h"
#include "support/Files.h"
#include "support/ProcessRun.h"
#include "support/TestRegistry.h"

using namespace relulab;
using gui::AnimationDialog;
using gui::AnimationTarget;

namespace {

QSpinBox *spinBox(AnimationDialog &dialog, const QString &name)
{
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>()) {
        if (box->accessibleName() == name) return box;
    }
    qFatal("no spin box %s", qPrintable(name));
}

// Small and quick: few frames, a small custom size.
void setSmall(AnimationDialog &dialog, int frames)
{
    auto *size = dialog.findChild<QComboBox *>();
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("Frame size")) size = box;
    }
    size->setCurrentIndex(size->count() - 1);  // Custom
    spinBox(dialog, QStringLiteral("Frame width"))->setValue(160);
    spinBox(dialog, QStringLiteral("Frame height"))->setValue(96);
    spinBox(dialog, QStringLiteral("Number of frames"))->setValue(frames);
    spinBox(dialog, QStringLiteral("Last step"))->setValue(30);
}

}  // namespace

class TestAnimationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsReplayedTrainingAsGif();
    void exportsExplorerRangeSweepAsMp4();
    void cancelLeavesNoFileAndKeepsOldOne();
    void unwritablePathIsShownInline();
    void everyControlHasTooltipAndAccessibleName();
    void suggestedNameFollowsSubjectAndFormatTypedNameStays();
    void replayGivesTheHeadlessCommandsGif();

private:
    session::ExplorerState m_explorer;
    session::TrainingSetupModel m_training;
};

void TestAnimationDialog::exportsReplayedTrainingAsGif()
{
    QTemporaryDir dir;
    AnimationDialog dialog(&m_explorer, &m_training);
    dialog.setTarget(AnimationTarget::TrainingView);
    setSmall(dialog, 3);
    const QString path = dir.filePath(QStringLiteral("t.gif"));
    dialog.setPath(path);
    QSignalSpy finished(&dialog, &AnimationDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QVERIFY(dialog.isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    const test::GifContents gif = test::readGif(path);
    QVERIFY(gif.ok);
    QCOMPARE(gif.size, QSize(160, 96));
    QCOMPARE(gif.frames.size(), size_t(3));
    QCOMPARE(gif.delays, (std::vector<int>{10, 10, 10}));
    QVERIFY(gif.loopsForever);
}

void TestAnimationDialog::exportsExplorerRangeSweepAsMp4()
{
    QTemporaryDir dir;
    AnimationDialog dialog(&m_explorer, &m_training);
    dialog.setTarget(AnimationTarget::ExplorerRange);
    setSmall(dialog, 4);
    const QString path = dir.filePath(QStringLiteral("range.mp4"));
    dialog.setPath(path);
    QCOMPARE(dialog.spec().animation.format, session::AnimationFormat::Mp4);
    QSignalSpy finished(&dialog, &AnimationDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    const test::Mp4Contents mp4 = test::readMp4(path);
    QVERIFY(mp4.ok);
    QCOMPARE(mp4.codec, QStringLiteral("h264"));
    QCOMPARE(mp4.size, QSize(160, 96));
    QCOMPARE(mp4.frames, 4L);
}

void TestAnimationDialog::cancelLeavesNoFileAndKeepsOldOne()
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.mp4"));
    const QString old = dir.filePath(QStringLiteral("old.gif"));
    QVERIFY(test::writeFile(old, "old"));
    for (const QString &path : {fresh, old}) {
        AnimationDialog dialog(&m_explorer, &m_training);
        dialog.setTarget(AnimationTarget::TrainingView);
        setSmall(dialog, 200);
        dialog.setPath(path);
        QSignalSpy finished(&dialog, &AnimationDialog::exportFinished);
        QVERIFY(dialog.startExport());
        // A few frames drawn, then Cancel (the dialog's reject, as the button and Escape do).
        QTest::qWait(50);
        dialog.reject();
        QVERIFY(!dialog.isExporting());
        QCOMPARE(finished.count(), 0);
        QVERIFY(dialog.errorText().contains(QStringLiteral("nothing was written")));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"old.gif"});
    QCOMPARE(test::readAll(old), QByteArray("old"));
}

void TestAnimationDialog::unwritablePathIsShownInline()
{
    QTemporaryDir dir;
    AnimationDialog dialog(&m_explorer, &m_training);
    dialog.setPath(dir.filePath(QStringLiteral("missing/t.gif")));
    QVERIFY(!dialog.startExport());
    QVERIFY(!dialog.isExporting());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("does not exist")),
             qPrintable(dialog.errorText()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestAnimationDialog::everyControlHasTooltipAndAccessibleName()
{
    AnimationDialog dialog(&m_explorer, &m_training);
    int controls = 0;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        const bool control = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w);
        // The spin boxes' and combo boxes' own inner line edits belong to them.
        if (!control || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        ++controls;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
    }
    QCOMPARE(controls, 15);  // the first step shows only with a timeline
}

void TestAnimationDialog::suggestedNameFollowsSubjectAndFormatTypedNameStays()
{
    AnimationDialog dialog(&m_explorer, &m_training);
    const auto fileName = [&dialog] { return QFileInfo(dialog.spec().animation.path).fileName(); };
    dialog.setTarget(AnimationTarget::Curves);
    QCOMPARE(fileName(), QStringLiteral("relulab-training.gif"));
    dialog.setTarget(AnimationTarget::ExplorerAlpha);
    QCOMPARE(fileName(), QStringLiteral("relulab-explorer.gif"));
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == QStringLiteral("File format")) box->setCurrentIndex(1);
    }
    QCOMPARE(fileName(), QStringLiteral("relulab-explorer.mp4"));
    QCOMPARE(dialog.spec().animation.format, session::AnimationFormat::Mp4);
    dialog.setPath(QStringLiteral("/slides/mine.mp4"));
    dialog.setTarget(AnimationTarget::TrainingView);
    QCOMPARE(dialog.spec().animation.path, QStringLiteral("/slides/mine.mp4"));
}

void TestAnimationDialog::replayGivesTheHeadlessCommandsGif()
{
    // The window's setup (the defaults here) replayed from step 0 is `relulab train`'s run with
    // the same settings: the same frames, byte for byte.
    QTemporaryDir dir;
    const QString window = dir.filePath(QStringLiteral("window.gif"));
    AnimationDialog dialog(&m_explorer, &m_training);
    dialog.setTarget(AnimationTarget::TrainingView);
    setSmall(dialog, 3);
    dialog.setPath(window);
    QSignalSpy finished(&dialog, &AnimationDialog::exportFinished);
    QVERIFY(dialog.startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    const QString shell = dir.filePath(QStringLiteral("shell.gif"));
    QProcess process;
    process.setProcessEnvironment(test::headlessEnvironment());
    const test::RunResult run = test::runToEnd(
        process, QStringLiteral(RELULAB_BINARY),
        {"train", "--steps", "30", "--animate", shell, "--frames", "3", "--size", "160x96"});
    QCOMPARE(run.code, 0);
    QVERIFY(!test::readAll(shell).isEmpty());
    QCOMPARE(test::readAll(window), test::readAll(shell));
}

RELULAB_TEST_MAIN(TestAnimationDialog)
#include "tst_animationdialog.moc"
