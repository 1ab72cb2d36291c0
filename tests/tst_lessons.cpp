// Lesson files: every built-in lesson reads and sets the state its text promises; broken files
// are refused with their location; a teacher's own lessons add to and replace built-in ones.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/DeadUnits.h"
#include "core/Trainer.h"
#include "session/Lesson.h"

using namespace relulab;
using session::FunctionId;
using session::Lesson;

namespace {

const QString kSourceLessons = QStringLiteral(RELULAB_SOURCE_DIR "/resources/lessons");

Lesson builtIn(const QString &id)
{
    QStringList problems;
    for (const Lesson &lesson : session::loadAllLessons(&problems))
        if (lesson.id == id) return lesson;
    qFatal("no lesson %s", qPrintable(id));
}

// The dead-unit report of the lesson's network before its first step.
core::DeadUnitReport initialReport(const Lesson &lesson)
{
    core::TrainingConfig config = lesson.training.config;
    core::DataSplit split = lesson.training.makeSplit(&config);
    core::Trainer trainer(config, split);
    return core::analyseDeadUnits(trainer.network(), split.train);
}

QByteArray lessonJson(const QByteArray &body)
{
    return "{\"format\": \"relulab-lesson\", \"version\": 1, \"title\": \"T\", \"text\": \"x\"" +
           body + "}";
}

}  // namespace

class tst_Lessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QDir(session::userLessonDirectory()).removeRecursively(); }

    void everyLessonInTheSourceTreeIsBuiltInAndReads()
    {
        QStringList problems;
        const auto fromSource = session::loadLessons(kSourceLessons, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        const auto builtIn = session::loadAllLessons(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
        // resources/lessons.qrc lists every file of resources/lessons, and nothing else.
        QCOMPARE(builtIn.size(), QDir(kSourceLessons).entryList({"*.json"}, QDir::Files).size());
        QCOMPARE(builtIn, fromSource);
        QVERIFY(builtIn.size() >= 8);
    }

    void lessonsComeInTheOrderOfTheIssue()
    {
        QStringList titles;
        for (const Lesson &lesson : session::loadAllLessons(nullptr))
            titles << lesson.title;
        const QStringList expected = {
            "ReLU and its derivative",          "What is ReLU\u2032(0)?",
            "Leaky ReLU and the slope \u03b1",  "Maxout builds convex functions",
            "Dying ReLU: a high learning rate", "Dying ReLU: negative bias init",
            "Born dead: deep and narrow nets",  "Leaky ReLU brings them back"};
        QCOMPARE(titles.mid(0, expected.size()), expected);
    }

    void explorerLessonsShowWhatTheyTalkAbout()
    {
        const Lesson relu = builtIn("01-relu-derivative");
        QCOMPARE(relu.tab, Lesson::Tab::Explorer);
        QCOMPARE(relu.explorer.visible, QSet<FunctionId>{FunctionId::Relu});

        const Lesson zero = builtIn("02-relu-prime-zero");
        QVERIFY(zero.explorer.showSubgradient);
        QCOMPARE(zero.explorer.convention, core::KinkConvention::Left);  // PyTorch's ReLU'(0) = 0
        QVERIFY(zero.explorer.lo < 0 && zero.explorer.hi > 0);

        const Lesson leaky = builtIn("03-leaky-slope");
        QVERIFY(leaky.explorer.visible.contains(FunctionId::Leaky));
        QCOMPARE(leaky.explorer.alpha, 0.1);

        // Five tangents of z^2/8: the envelope touches the parabola at each tangent point.
        const Lesson maxout = builtIn("04-maxout-convex");
        QCOMPARE(maxout.explorer.visible, QSet<FunctionId>{FunctionId::Maxout});
        const auto h = maxout.explorer.activation(FunctionId::Maxout);
        for (double t : {-8.0, -4.0, 0.0, 4.0, 8.0})
            QCOMPARE(core::value(h, t), t * t / 8.0);
        // Between tangent points the envelope of tangents lies below the parabola.
        QCOMPARE(core::value(h, 2.0), 0.0);
        QVERIFY(core::value(h, 2.0) < 2.0 * 2.0 / 8.0);
    }

    void settingsNotInTheFileAreTheDefaultsNotLeftovers()
    {
        const Lesson relu = builtIn("01-relu-derivative");
        QCOMPARE(relu.explorer.alpha, session::ExplorerSettings{}.alpha);
        QCOMPARE(relu.explorer.pieces, session::ExplorerSettings{}.pieces);
        QCOMPARE(relu.training, session::TrainingSetup{});
    }

    void negativeBiasLessonStartsWithThirteenDeadUnits()
    {
        const Lesson lesson = builtIn("06-dying-negative-bias");
        QCOMPARE(lesson.tab, Lesson::Tab::Training);
        QCOMPARE(lesson.training.config.network.biasInit, -1.5);
        const auto report = initialReport(lesson);
        QCOMPARE(report.hiddenUnits, 16);
        QCOMPARE(report.deadUnits, 13);  // the text says "13 of the 16"
    }

    void leakyLessonHasTheSameStartButNoDeadUnits()
    {
        const Lesson relu = builtIn("06-dying-negative-bias");
        const Lesson leaky = builtIn("08-leaky-brings-them-back");
        QCOMPARE(leaky.training.config.network.activation, core::HiddenActivation::Leaky);
        QCOMPARE(leaky.training.config.network.biasInit, relu.training.config.network.biasInit);
        QCOMPARE(leaky.training.config.seed, relu.training.config.seed);
        const auto report = initialReport(leaky);
        QCOMPARE(report.deadUnits, 0);
        QCOMPARE(report.inactiveUnits, 13);
    }

    void bornDeadLessonIsCollapsedBeforeTraining()
    {
        const Lesson lesson = builtIn("07-born-dead");
        QCOMPARE(lesson.training.config.network.hidden, std::vector<int>(9, 2));
        QCOMPARE(lesson.training.dataset, QStringLiteral("abs"));
        QVERIFY(initialReport(lesson).collapsed);
    }

    void highLearningRateLessonKillsUnits()
    {
        const Lesson lesson = builtIn("05-dying-high-learning-rate");
        core::TrainingConfig config = lesson.training.config;
        core::DataSplit split = lesson.training.makeSplit(&config);
        core::Trainer trainer(config, split);
        const int before = core::analyseDeadUnits(trainer.network(), split.train).deadUnits;
        QVERIFY(before <= 1);
        for (int i = 0; i < 1500; ++i)
            trainer.step();
        const auto after = core::analyseDeadUnits(trainer.network(), split.train);
        QVERIFY2(after.deadUnits >= before + 8, qPrintable(QString::number(after.deadUnits)));
    }

    void brokenLessonsAreRefusedWithTheirLocation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray(
                                       "{\n  \"format\": \"relulab-lesson\",\n  \"title\" 3\n}")
                                << "line 3, column ";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "a lesson is a JSON object";
        QTest::newRow("wrong format")
            << QByteArray(
                   "{\"format\": \"relulab-session\", \"version\": 1, \"title\": \"T\", "
                   "\"text\": \"x\"}")
            << "format: must be \"relulab-lesson\"";
        QTest::newRow("future version")
            << QByteArray(
                   "{\"format\": \"relulab-lesson\", \"version\": 2, \"title\": \"T\", \"text\": "
                   "\"x\"}")
            << "version: this ReLU Lab reads lesson version 1, the file has version 2";
        QTest::newRow("missing text")
            << QByteArray("{\"format\": \"relulab-lesson\", \"version\": 1, \"title\": \"T\"}")
            << "text: is required";
        QTest::newRow("empty title")
            << QByteArray(
                   "{\"format\": \"relulab-lesson\", \"version\": 1, \"title\": \" \", "
                   "\"text\": \"x\"}")
            << "title: must not be empty";
        QTest::newRow("unknown key") << lessonJson(", \"autoplay\": true") << "autoplay";
        QTest::newRow("bad tab") << lessonJson(", \"tab\": \"maths\"") << "tab:";
        QTest::newRow("bad source") << lessonJson(", \"sources\": [\"a\", 3]") << "sources[1]";
        QTest::newRow("blank note")
            << lessonJson(", \"note\": \" \"") << "note: must not be empty (leave it out instead)";
        QTest::newRow("note not text")
            << lessonJson(", \"note\": [\"a\"]") << "note: must be a string";
        QTest::newRow("alpha out of range")
            << lessonJson(", \"explorer\": {\"alpha\": 5}") << "explorer.alpha";
        QTest::newRow("bad width")
            << lessonJson(", \"training\": {\"hidden\": [8, 40]}") << "training.hidden[1]";
    }

    void aTeachersNoteIsOptionalAndReadAsWritten()
    {
        const auto without = session::parseLesson(lessonJson(""), QStringLiteral("x"));
        QVERIFY2(without, qPrintable(without.error));
        QVERIFY(without.value->note.isEmpty());
        const auto with = session::parseLesson(
            lessonJson(", \"note\": \"<p>Why <i>this</i> works.</p>\""), QStringLiteral("x"));
        QVERIFY2(with, qPrintable(with.error));
        QCOMPARE(with.value->note, QStringLiteral("<p>Why <i>this</i> works.</p>"));
        QCOMPARE(with.value->text, QStringLiteral("x"));
    }

    void brokenLessonsAreRefusedWithTheirLocation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const auto lesson = session::parseLesson(bytes, QStringLiteral("x"));
        QVERIFY(!lesson);
        QVERIFY2(lesson.error.contains(error), qPrintable(lesson.error));
    }

    void teachersLessonsAddToAndReplaceBuiltInOnes()
    {
        QDir().mkpath(session::userLessonDirectory());
        const auto write = [](const QString &name, const QByteArray &bytes) {
            QFile file(session::userLessonDirectory() + '/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write("03-leaky-slope.json", lessonJson(", \"explorer\": {\"alpha\": 0.3}")
                                         .replace("\"title\": \"T\"", "\"title\": \"Keras\""));
        write("99-mine.json", lessonJson(""));
        write("50-broken.json", "{");
        QStringList problems;
        const auto lessons = session::loadAllLessons(&problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith("50-broken.json: line 1"),
                 qPrintable(problems.first()));
        QCOMPARE(lessons.size(), size_t(9));
        QCOMPARE(lessons[2].title, QStringLiteral("Keras"));
        QCOMPARE(lessons[2].explorer.alpha, 0.3);
        QCOMPARE(lessons.back().id, QStringLiteral("99-mine"));
    }
};

QTEST_GUILESS_MAIN(tst_Lessons)
#include "tst_lessons.moc"
