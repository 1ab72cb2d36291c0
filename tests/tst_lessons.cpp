// Lesson files: every built-in lesson reads and sets the state its text promises; broken files
// are refused with their location; a teacher's own lessons add to and replace built-in ones.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

#include "core/DeadUnits.h"
#include "core/LayerSizes.h"
#include "core/Trainer.h"
#include "session/Lesson.h"
#include "support/TestRegistry.h"

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

// A lesson's run, or a variant of it (what the text asks the student to change), stepped on.
struct LessonRun
{
    core::TrainingConfig config;
    core::DataSplit split;
    std::unique_ptr<core::Trainer> trainer;

    explicit LessonRun(const Lesson &lesson,
                       const std::function<void(core::TrainingConfig &)> &change = {})
        : config(lesson.training.config)
    {
        if (change) change(config);
        split = lesson.training.makeSplit(&config);
        trainer = std::make_unique<core::Trainer>(config, split);
    }
    // Steps on to step `step` (counted from 0); false if the loss became NaN or infinite.
    bool stepTo(long step)
    {
        while (trainer->stepCount() < step) {
            if (!std::isfinite(trainer->step())) return false;
        }
        return trainer->parametersFinite();
    }
    core::DeadUnitReport report() const
    {
        return core::analyseDeadUnits(trainer->network(), split.train);
    }
    double trainLoss() const { return trainer->evaluate().trainLoss; }
};

// The numbers a text states, as digit strings without decimal or grouping marks ("0.69" and
// "0,69" are both "069", "3,000", "3.000" and "3 000" with a no-break space are "3000"),
// sorted; HTML entities are no numbers.
QStringList numbersIn(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&#?\\w+;")));
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,\u00a0\u202f]\\d+)*"));
    QStringList out;
    for (const QRegularExpressionMatch &m : number.globalMatch(text))
        out << m.captured().remove(QRegularExpression(QStringLiteral("[.,\u00a0\u202f]")));
    out.sort();
    return out;
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
        const QStringList expected = {"ReLU and its derivative",
                                      "What is ReLU\u2032(0)?",
                                      "Leaky ReLU and the slope \u03b1",
                                      "Maxout builds convex functions",
                                      "Why ReLU: vanishing gradients",
                                      "Sparse is not dead",
                                      "Dying ReLU: a high learning rate",
                                      "Dying ReLU: negative bias init",
                                      "Why He has a factor 2",
                                      "Born dead: deep and narrow nets",
                                      "ReLU\u2032(0) behind a dead layer",
                                      "Leaky ReLU brings them back",
                                      "Remedies compared"};
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
        // "press F (First): with this table's order the filled dots move to the right-hand
        // slope. Left (L) takes the smaller slope": at every kink of this table.
        QCOMPARE(maxout.explorer.convention, core::KinkConvention::First);
        const auto kinks = core::kinks(h);
        QCOMPARE(kinks, (std::vector<double>{-6.0, -2.0, 2.0, 6.0}));
        for (double z : kinks) {
            const core::Subgradient s = core::subgradient(h, z);
            QVERIFY(s.left < s.right);
            QCOMPARE(core::derivative(h, z, core::KinkConvention::First), s.right);
            QCOMPARE(core::derivative(h, z, core::KinkConvention::Left), s.left);
        }
    }

    void settingsNotInTheFileAreTheDefaultsNotLeftovers()
    {
        const Lesson relu = builtIn("01-relu-derivative");
        QCOMPARE(relu.explorer.alpha, session::ExplorerSettings{}.alpha);
        QCOMPARE(relu.explorer.pieces, session::ExplorerSettings{}.pieces);
        QCOMPARE(relu.training, session::TrainingSetup{});
    }

    // Lesson 6: "most units are on for between a quarter and three quarters of the examples,
    // about half on average. On any one input, roughly half of the units are off. [...] none is
    // dead here. [...] dead stays at 0."
    void sparseLessonIsHalfOffAndNeverDead()
    {
        const Lesson lesson = builtIn("06-sparse-is-not-dead");
        LessonRun run(lesson);
        std::vector<long> steps;
        for (long step = 0; step <= 5000; step += 50)
            steps.push_back(step);
        steps.push_back(10000);
        for (long step : steps) {
            QVERIFY(run.stepTo(step));
            const auto report = run.report();
            QVERIFY2(report.deadUnits == 0,
                     qPrintable(QString("step %1 dead %2").arg(step).arg(report.deadUnits)));
            QCOMPARE(report.inactiveUnits, 0);
            if (step > 0) continue;
            double sum = 0.0;
            int middling = 0;
            for (const auto &layer : report.activeFraction) {
                for (double share : layer) {
                    sum += share;
                    middling += share >= 0.25 && share <= 0.75 ? 1 : 0;
                }
            }
            QVERIFY2(middling > report.hiddenUnits / 2, qPrintable(QString::number(middling)));
            const double mean = sum / report.hiddenUnits;
            QVERIFY2(mean > 0.4 && mean < 0.6, qPrintable(QString::number(mean)));
        }
        // On any one input: the share of units off, averaged over the examples.
        LessonRun fresh(lesson);
        std::vector<double> z;
        double offShare = 0.0;
        const auto &train = fresh.split.train;
        for (size_t i = 0; i < train.size(); ++i) {
            fresh.trainer->network().preActivations(train.input(i), z);
            offShare += static_cast<double>(
                            std::count_if(z.begin(), z.end(), [](double v) { return v <= 0.0; })) /
                        static_cast<double>(z.size());
        }
        offShare /= static_cast<double>(train.size());
        QVERIFY2(offShare > 0.4 && offShare < 0.6, qPrintable(QString::number(offShare)));
    }

    // Lesson 7: "within 100 steps 12 of the 16 units die, all 8 of layer 2, and the network has
    // collapsed"; the note: "With learning rate 0.1 this run loses at most one unit."
    void highLearningRateLessonKillsALayerWithinAHundredSteps()
    {
        const Lesson lesson = builtIn("07-dying-high-learning-rate");
        QCOMPARE(lesson.training.config.optimizer, core::OptimizerKind::Sgd);
        QCOMPARE(lesson.training.config.learningRate, 3.0);
        LessonRun run(lesson);
        QVERIFY(run.report().deadUnits <= 1);
        QVERIFY(run.stepTo(100));
        const auto after = run.report();
        QCOMPARE(after.deadUnits, 12);
        QCOMPARE(after.deadPerLayer, (std::vector<int>{4, 8}));
        QVERIFY(after.collapsed);

        LessonRun gentle(lesson, [](core::TrainingConfig &c) { c.learningRate = 0.1; });
        QVERIFY(gentle.stepTo(2000));
        QVERIFY(gentle.report().deadUnits <= 1);
    }

    // Lesson 8: "13 of the 16 units are dead at step 0 [...] The 6 dead units of layer 1 stay
    // dead [...] by step 100 three of its dead units are back (13 -> 10)".
    void negativeBiasLessonFirstLayerStaysDeadSecondLayerRevives()
    {
        const Lesson lesson = builtIn("08-dying-negative-bias");
        QCOMPARE(lesson.tab, Lesson::Tab::Training);
        QCOMPARE(lesson.training.config.network.biasInit, -1.5);
        LessonRun run(lesson);
        const auto start = run.report();
        QCOMPARE(start.hiddenUnits, 16);
        QCOMPARE(start.deadUnits, 13);
        QCOMPARE(start.deadPerLayer, (std::vector<int>{6, 7}));
        QVERIFY(run.stepTo(100));
        const auto later = run.report();
        QCOMPARE(later.deadUnits, 10);
        QCOMPARE(later.deadPerLayer, (std::vector<int>{6, 4}));
        // The same six first-layer units, however long it trains.
        QVERIFY(run.stepTo(3000));
        QCOMPARE(run.report().states[0], start.states[0]);
    }

    // Lesson 12: "dead is 0 by definition [...] inactive [...] 13 at step 0 [...] inactive falls
    // to 3 by step 2000".
    void leakyLessonHasTheSameStartAndItsInactiveUnitsRecover()
    {
        const Lesson relu = builtIn("08-dying-negative-bias");
        const Lesson leaky = builtIn("12-leaky-brings-them-back");
        QCOMPARE(leaky.training.config.network.activation, core::HiddenActivation::Leaky);
        QCOMPARE(leaky.training.config.network.alpha, 0.01);
        QCOMPARE(leaky.training.config.network.biasInit, relu.training.config.network.biasInit);
        QCOMPARE(leaky.training.config.seed, relu.training.config.seed);
        LessonRun run(leaky);
        QCOMPARE(run.report().deadUnits, 0);
        QCOMPARE(run.report().inactiveUnits, 13);
        QVERIFY(run.stepTo(2000));
        QCOMPARE(run.report().deadUnits, 0);
        QCOMPARE(run.report().inactiveUnits, 3);
    }

    // Lesson 12: "in lesson 8, train until units die, then switch to Leaky ReLU: the weights are
    // kept and the units come back."
    void switchingTheDeadRunToLeakyBringsUnitsBack()
    {
        LessonRun run(builtIn("08-dying-negative-bias"));
        QVERIFY(run.stepTo(2000));
        const auto before = run.report();
        QCOMPARE(before.deadUnits, 10);
        const std::vector<double> weights(run.trainer->network().parameters().begin(),
                                          run.trainer->network().parameters().end());
        run.trainer->setActivation(core::HiddenActivation::Leaky, 0.01);
        QVERIFY(std::equal(weights.begin(), weights.end(),
                           run.trainer->network().parameters().begin()));
        const auto switched = run.report();
        QCOMPARE(switched.deadUnits, 0);
        QCOMPARE(switched.inactiveUnits, 10);
        QVERIFY(run.stepTo(6000));
        const auto after = run.report();
        QVERIFY2(after.inactiveUnits < switched.inactiveUnits,
                 qPrintable(QString::number(after.inactiveUnits)));
    }

    // Lesson 13: "10 of 16 units stay dead [with ReLU]. [...] Leaky ReLU or PReLU: no dead
    // units, inactive ones recover; Maxout (k = 2): no unit inactive by step 2,000; each
    // reaches a lower loss than ReLU." The note: lesson 7's run with SGD at 0.1 or Adam at 0.01
    // loses at most 2 units; there PReLU and maxout diverge.
    void remediesLessonComparesWhatItSays()
    {
        const Lesson lesson = builtIn("13-remedies-compared");
        LessonRun relu(lesson);
        QVERIFY(relu.stepTo(2000));
        QCOMPARE(relu.report().deadUnits, 10);
        const double reluLoss = relu.trainLoss();

        using Change = std::function<void(core::TrainingConfig &)>;
        const std::vector<std::pair<const char *, Change>> remedies = {
            {"leaky",
             [](core::TrainingConfig &c) {
                 c.network.activation = core::HiddenActivation::Leaky;
                 c.network.alpha = 0.01;
             }},
            {"prelu",
             [](core::TrainingConfig &c) { c.network.activation = core::HiddenActivation::Prelu; }},
            {"maxout", [](core::TrainingConfig &c) {
                 c.network.activation = core::HiddenActivation::Maxout;
                 c.network.pieces = 2;
             }}};
        for (const auto &[name, change] : remedies) {
            LessonRun run(lesson, change);
            const int inactiveAtStart = run.report().inactiveUnits;
            QVERIFY2(run.stepTo(2000), name);
            if (std::string_view(name) == "maxout") QCOMPARE(run.report().inactiveUnits, 0);
            const auto report = run.report();
            QCOMPARE(report.deadUnits, 0);
            QVERIFY2(report.inactiveUnits < inactiveAtStart || inactiveAtStart == 0, name);
            QVERIFY2(run.trainLoss() < reluLoss, name);
        }

        const Lesson fast = builtIn("07-dying-high-learning-rate");
        LessonRun slower(fast, [](core::TrainingConfig &c) { c.learningRate = 0.1; });
        LessonRun adam(fast, [](core::TrainingConfig &c) {
            c.optimizer = core::OptimizerKind::Adam;
            c.learningRate = 0.01;
        });
        for (LessonRun *run : {&slower, &adam}) {
            QVERIFY(run->stepTo(2000));
            QVERIFY(run->report().deadUnits <= 2);
        }
        for (auto activation : {core::HiddenActivation::Prelu, core::HiddenActivation::Maxout}) {
            LessonRun run(
                fast, [activation](core::TrainingConfig &c) { c.network.activation = activation; });
            QVERIFY(!run.stepTo(2000));  // diverges
        }
    }

    // Lesson 10: "This net [...] is collapsed: its output is the same for every input. Press
    // Space: it cannot learn." Lesson 11 says it is collapsed under every convention.
    // Lesson 5: sigmoid (Xavier, plain SGD), 8 hidden layers of 8: "the first layer gets less
    // than a millionth of the output layer's. Press Space: after 3,000 steps the loss is still
    // 0.69, a coin toss. [...] switch to tanh [...] or to ReLU with He init [...]: the first layer
    // gets a tenth or more, and the net learns the circle."
    void vanishingGradientLessonShowsTheRatiosItNames()
    {
        const Lesson lesson = builtIn("05-why-relu-vanishing-gradients");
        QCOMPARE(lesson.training.config.network.activation, core::HiddenActivation::Sigmoid);
        QCOMPARE(lesson.training.config.network.init, core::InitScheme::Xavier);
        QCOMPARE(lesson.training.config.optimizer, core::OptimizerKind::Sgd);
        QCOMPARE(lesson.training.config.network.hidden, std::vector<int>(8, 8));
        const auto ratio = [](const LessonRun &run) {
            const auto sizes = core::measureLayerSizes(run.trainer->network(), run.split.train);
            return sizes.gradientRms.front() / sizes.gradientRms.back();
        };
        LessonRun sigmoid(lesson);
        const double vanishing = ratio(sigmoid);
        QVERIFY2(vanishing > 1e-7 && vanishing < 1e-6, qPrintable(QString::number(vanishing)));
        QVERIFY(sigmoid.stepTo(3000));
        QVERIFY2(std::abs(sigmoid.trainLoss() - 0.69) < 0.005,
                 qPrintable(QString::number(sigmoid.trainLoss())));

        using Change = std::function<void(core::TrainingConfig &)>;
        const std::vector<std::pair<const char *, Change>> others = {
            {"tanh",
             [](core::TrainingConfig &c) { c.network.activation = core::HiddenActivation::Tanh; }},
            {"relu", [](core::TrainingConfig &c) {
                 c.network.activation = core::HiddenActivation::Relu;
                 c.network.init = core::InitScheme::HeNormal;
             }}};
        for (const auto &[name, change] : others) {
            LessonRun run(lesson, change);
            QVERIFY2(ratio(run) >= 0.1, name);
            QVERIFY2(run.stepTo(3000), name);
            QVERIFY2(run.trainLoss() < 0.25, name);
            QVERIFY2(run.trainer->evaluate().accuracy.value_or(0.0) > 0.8, name);
        }
    }

    // Lesson 9: 10 ReLU layers of 16. "With Xavier [...] the activation size plot falls to a few
    // per cent by the last layer. [...] switch the init to He [...] the last layer keeps most of
    // the first's."
    void heFactorLessonShowsTheActivationSizes()
    {
        const Lesson lesson = builtIn("09-why-he-factor-2");
        QCOMPARE(lesson.training.config.network.hidden, std::vector<int>(10, 16));
        QCOMPARE(lesson.training.config.network.init, core::InitScheme::Xavier);
        const auto ratio = [](const LessonRun &run) {
            const auto sizes = core::measureLayerSizes(run.trainer->network(), run.split.train);
            return sizes.activationRms.back() / sizes.activationRms.front();
        };
        const double xavier = ratio(LessonRun(lesson));
        QVERIFY2(xavier > 0.01 && xavier < 0.1, qPrintable(QString::number(xavier)));
        const double he = ratio(LessonRun(
            lesson, [](core::TrainingConfig &c) { c.network.init = core::InitScheme::HeNormal; }));
        QVERIFY2(he > 0.5, qPrintable(QString::number(he)));
    }

    // Lesson 11: "Above its dead layer every unit [...] z is exactly its bias: 0. Under Left or
    // First those units pass no gradient and count as dead. Press R (the run starts over): [...]
    // they pass gradient to their biases, and are shown as starved instead: their weights still get
    // nothing [...] the net is collapsed under every convention."
    void deadLayerLessonShowsWhereTheConventionMatters()
    {
        const Lesson lesson = builtIn("11-relu-prime-zero-behind-a-dead-layer");
        QCOMPARE(lesson.training.config.network, builtIn("10-born-dead").training.config.network);
        const auto under = [&](core::KinkConvention c) {
            return LessonRun(lesson, [c](core::TrainingConfig &t) { t.network.convention = c; });
        };
        // The lowest layer that is off on every example, and the units above it.
        const LessonRun left = under(core::KinkConvention::Left);
        const auto leftReport = left.report();
        int deadLayer = -1;
        for (int l = 0; l < int(leftReport.states.size()) && deadLayer < 0; ++l) {
            if (leftReport.deadPerLayer[size_t(l)] == int(leftReport.states[size_t(l)].size()))
                deadLayer = l;
        }
        QVERIFY(deadLayer >= 0 && deadLayer + 1 < int(leftReport.states.size()));
        std::vector<double> z;
        const core::Mlp &net = left.trainer->network();
        for (size_t i = 0; i < left.split.train.size(); ++i) {
            net.preActivations(left.split.train.input(i), z);
            for (size_t u = size_t(2 * (deadLayer + 1)); u < z.size(); ++u)
                QCOMPARE(z[u], 0.0);
        }
        for (auto c : {core::KinkConvention::Left, core::KinkConvention::Right,
                       core::KinkConvention::Mean, core::KinkConvention::First}) {
            LessonRun run = under(c);
            const auto report = run.report();
            QVERIFY(report.collapsed);
            const bool zeroPasses =
                c == core::KinkConvention::Right || c == core::KinkConvention::Mean;
            for (size_t l = size_t(deadLayer + 1); l < report.states.size(); ++l) {
                for (core::UnitState state : report.states[l])
                    QCOMPARE(state, zeroPasses ? core::UnitState::Starved : core::UnitState::Dead);
            }
            // One step: under Right (and Mean) the biases above the dead layer move, their
            // weights do not; under Left and First neither does.
            const core::Mlp before = run.trainer->network();
            QVERIFY(run.stepTo(1));
            const core::Mlp &after = run.trainer->network();
            bool biasMoved = false;
            for (int l = deadLayer + 1; l < before.hiddenLayers(); ++l) {
                for (int u = 0; u < before.width(l); ++u) {
                    biasMoved = biasMoved || after.bias(l, u) != before.bias(l, u);
                    for (int from = 0; from < before.width(l - 1); ++from)
                        QCOMPARE(after.weight(l, u, from), before.weight(l, u, from));
                }
            }
            QCOMPARE(biasMoved, zeroPasses);
        }
    }

    void bornDeadLessonIsCollapsedBeforeAndAfterTraining()
    {
        const Lesson lesson = builtIn("10-born-dead");
        QCOMPARE(lesson.training.config.network.hidden, std::vector<int>(9, 2));
        QCOMPARE(lesson.training.dataset, QStringLiteral("abs"));
        LessonRun run(lesson);
        QVERIFY(run.report().collapsed);
        QVERIFY(run.stepTo(2000));
        QVERIFY(run.report().collapsed);
        // Its output is one number for every input.
        const auto &train = run.split.train;
        const double first = run.trainer->network().predict(train.input(0));
        for (size_t i = 1; i < train.size(); ++i)
            QCOMPARE(run.trainer->network().predict(train.input(i)), first);
    }

    void lessonConventionReadsEveryName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<core::KinkConvention>("convention");
        QTest::newRow("left") << QByteArray("left") << core::KinkConvention::Left;
        QTest::newRow("right") << QByteArray("right") << core::KinkConvention::Right;
        QTest::newRow("mean") << QByteArray("mean") << core::KinkConvention::Mean;
        QTest::newRow("first") << QByteArray("first") << core::KinkConvention::First;
    }

    void lessonConventionReadsEveryName()
    {
        QFETCH(QByteArray, name);
        QFETCH(core::KinkConvention, convention);
        const auto lesson = session::parseLesson(
            lessonJson(", \"explorer\": {\"convention\": \"" + name + "\"}"), QStringLiteral("x"));
        QVERIFY2(lesson, qPrintable(lesson.error));
        QCOMPARE(lesson.value->explorer.convention, convention);
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
        QTest::newRow("translations not an object")
            << lessonJson(", \"translations\": [1]") << "translations: must be an object";
        QTest::newRow("not a language code")
            << lessonJson(", \"translations\": {\"German\": {\"title\": \"T\", \"text\": \"x\"}}")
            << "translations.German: not a language code";
        QTest::newRow("translation without text")
            << lessonJson(", \"translations\": {\"de\": {\"title\": \"T\"}}")
            << "translations.de.text: is required";
        QTest::newRow("blank translated title")
            << lessonJson(", \"translations\": {\"fr\": {\"title\": \" \", \"text\": \"x\"}}")
            << "translations.fr.title: must not be empty";
        QTest::newRow("unknown key in a translation")
            << lessonJson(
                   ", \"translations\": {\"es\": {\"title\": \"T\", \"text\": \"x\", "
                   "\"tab\": \"training\"}}")
            << "translations.es";
    }

    // A lesson in another language: its translation's words where the file has them, the English
    // ones (and the same settings) otherwise.
    void aLessonIsShownInTheLanguageItHas()
    {
        const auto lesson = session::parseLesson(
            lessonJson(
                ", \"note\": \"n\", \"translations\": {\"de\": {\"title\": \"Titel\", "
                "\"text\": \"Text\"}, \"pt_BR\": {\"title\": \"Título\", \"text\": \"Texto\", "
                "\"note\": \"Nota\"}}"),
            QStringLiteral("x"));
        QVERIFY2(lesson, qPrintable(lesson.error));
        QCOMPARE(lesson.value->translations.keys(), (QStringList{"de", "pt_BR"}));
        const Lesson german = session::localizedLesson(*lesson.value, QStringLiteral("de"));
        QCOMPARE(german.title, QStringLiteral("Titel"));
        QCOMPARE(german.text, QStringLiteral("Text"));
        QCOMPARE(german.note, QStringLiteral("n"));
        const Lesson brazilian = session::localizedLesson(*lesson.value, QStringLiteral("pt_BR"));
        QCOMPARE(brazilian.note, QStringLiteral("Nota"));
        const Lesson french = session::localizedLesson(*lesson.value, QStringLiteral("fr"));
        QCOMPARE(french.title, QStringLiteral("T"));
        QCOMPARE(french.text, QStringLiteral("x"));
        QCOMPARE(german.training, lesson.value->training);
        QCOMPARE(german.explorer, lesson.value->explorer);
    }

    // The tests above check the English texts' numbers against the lessons' runs; a translation
    // states the very same numbers (decimal comma or point, any digit grouping), so the checks hold
    // in every language.
    void everyTranslationStatesTheNumbersTheTestsCheck_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("language");
        QStringList problems;
        int rows = 0;
        for (const Lesson &lesson : session::loadAllLessons(&problems)) {
            for (const QString &language : lesson.translations.keys()) {
                QTest::addRow("%s %s", qPrintable(lesson.id), qPrintable(language))
                    << lesson.id << language;
                ++rows;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(rows >= 13);  // German, at least, for every built-in lesson
    }
    void everyTranslationStatesTheNumbersTheTestsCheck()
    {
        QFETCH(QString, id);
        QFETCH(QString, language);
        const Lesson english = builtIn(id);
        const Lesson translated = session::localizedLesson(english, language);
        QCOMPARE(numbersIn(translated.title), numbersIn(english.title));
        QCOMPARE(numbersIn(translated.text), numbersIn(english.text));
        QCOMPARE(numbersIn(translated.note), numbersIn(english.note));
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

    void lessonCanTrainWithSigmoidOrTanhAndShowTheirCurves()
    {
        const auto lesson = session::parseLesson(
            lessonJson(", \"training\": {\"activation\": \"tanh\", \"init\": \"xavier\"}, "
                       "\"explorer\": {\"visible\": [\"relu\", \"sigmoid\", \"tanh\"]}"),
            QStringLiteral("x"));
        QVERIFY2(lesson, qPrintable(lesson.error));
        QCOMPARE(lesson.value->training.config.network.activation, core::HiddenActivation::Tanh);
        QCOMPARE(lesson.value->training.config.network.init, core::InitScheme::Xavier);
        QCOMPARE(lesson.value->explorer.visible,
                 (QSet<session::FunctionId>{session::FunctionId::Relu, session::FunctionId::Sigmoid,
                                            session::FunctionId::Tanh}));
    }

    void teachersLessonsAddToAndReplaceBuiltInOnes()
    {
        const size_t builtInCount = session::loadAllLessons(nullptr).size();
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
        QCOMPARE(lessons.size(), builtInCount + 1);
        QCOMPARE(lessons[2].title, QStringLiteral("Keras"));
        QCOMPARE(lessons[2].explorer.alpha, 0.3);
        QCOMPARE(lessons.back().id, QStringLiteral("99-mine"));
    }
};

RELULAB_TEST_GUILESS_MAIN(tst_Lessons)
#include "tst_lessons.moc"
