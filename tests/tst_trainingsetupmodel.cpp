// Tests TrainingSetupModel (validated setters, live or restart, one signal per real change, exact
// values, editing the examples, the convention), TrainingSetupBinder (the run follows the model)
// and TrainingSelection.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <limits>

#include "core/Dataset.h"
#include "session/ExampleEditing.h"
#include "session/TrainingController.h"
#include "session/TrainingSelection.h"
#include "session/TrainingSetupBinder.h"
#include "session/TrainingSetupModel.h"
#include "support/ExactReal.h"
#include "support/Files.h"
#include "support/TestRegistry.h"
#include "support/TestValues.h"

using namespace relulab;
using session::SetupChange;
using session::TrainingSetup;
using session::TrainingSetupModel;
using session::UnitRef;
using test::Real;

Q_DECLARE_METATYPE(relulab::session::SetupChange)

namespace {

using relulab::test::kInf;
using relulab::test::kNaN;
constexpr int kTimeoutMs = 10000;

// An edit to try on a model; returns the setter's message ("" for setters that cannot fail).
using ModelEdit = std::function<QString(TrainingSetupModel &)>;

ModelEdit voidEdit(std::function<void(TrainingSetupModel &)> edit)
{
    return [edit](TrainingSetupModel &m) {
        edit(m);
        return QString();
    };
}

TrainingSetup withActivation(core::HiddenActivation activation)
{
    TrainingSetup s;
    s.config.network.activation = activation;
    return s;
}

// Eight examples of 2-D classification, all different, as a user's own.
core::Dataset ownExamples()
{
    core::Dataset data;
    data.inputDim = 2;
    data.task = core::TaskKind::Classification;
    for (int i = 0; i < 8; ++i) {
        data.inputs.insert(data.inputs.end(), {0.1 * i, -0.1 * i});
        data.targets.push_back(i % 2);
    }
    return data;
}

core::DataSplit generatedSplit(core::DatasetName name)
{
    return core::splitTrainTest(core::makeDataset(name, 40, 0.1, 3), TrainingSetup::kTestFraction,
                                3);
}

}  // namespace

class tst_TrainingSetupModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SetupChange>(); }

    void startsFromTheDefaultSetup()
    {
        TrainingSetupModel model;
        QVERIFY(model.setup() == TrainingSetup{});
        QCOMPARE(model.convention(), core::KinkConvention::Left);
    }

    void badValueIsRejectedWithAMessageAndChangesNothing_data()
    {
        QTest::addColumn<ModelEdit>("edit");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, ModelEdit edit, const char *message) {
            QTest::newRow(name) << edit << QString::fromUtf8(message);
        };
        row(
            "unknown data set", [](auto &m) { return m.setDataset(QStringLiteral("swirl")); },
            "unknown data set 'swirl'");
        row(
            "9 samples", [](auto &m) { return m.setSamples(9); }, "between 10 and 100000");
        row(
            "100001 samples", [](auto &m) { return m.setSamples(100001); },
            "between 10 and 100000");
        row(
            "negative noise", [](auto &m) { return m.setNoise(-0.1); }, "noise must be");
        row(
            "noise above 10", [](auto &m) { return m.setNoise(10.5); }, "noise must be");
        row(
            "NaN noise", [](auto &m) { return m.setNoise(kNaN); }, "noise must be");
        row(
            "no hidden layer", [](auto &m) { return m.setHiddenWidths({}); },
            "1 to 12 layers of 1 to 32 units");
        row(
            "a layer of 0",
            [](auto &m) {
                return m.setHiddenWidths({8, 0});
            },
            "1 to 12 layers of 1 to 32 units");
        row(
            "a layer of 33", [](auto &m) { return m.setHiddenWidths({33}); },
            "1 to 12 layers of 1 to 32 units");
        row(
            "13 layers", [](auto &m) { return m.setHiddenWidths(std::vector<int>(13, 2)); },
            "1 to 12 layers of 1 to 32 units");
        row(
            "alpha 1", [](auto &m) { return m.setAlpha(1.0); }, "alpha must be in [0, 1)");
        row(
            "negative alpha", [](auto &m) { return m.setAlpha(-0.01); }, "alpha must be in [0, 1)");
        row(
            "NaN alpha", [](auto &m) { return m.setAlpha(kNaN); }, "alpha must be in [0, 1)");
        row(
            "1 piece", [](auto &m) { return m.setPieces(1); }, "pieces must be 2 to 5");
        row(
            "6 pieces", [](auto &m) { return m.setPieces(6); }, "pieces must be 2 to 5");
        row(
            "infinite bias init", [](auto &m) { return m.setBiasInit(kInf); },
            "bias init must be a finite number");
        row(
            "learning rate 0", [](auto &m) { return m.setLearningRate(0.0); },
            "learning rate must be > 0");
        row(
            "NaN learning rate", [](auto &m) { return m.setLearningRate(kNaN); },
            "learning rate must be > 0");
        row(
            "batch 0", [](auto &m) { return m.setBatchSize(0); }, "batch size must be >= 1");
        row(
            "negative L2", [](auto &m) { return m.setL2(-1e-4); }, "l2 must be >= 0");
        row(
            "infinite L2", [](auto &m) { return m.setL2(kInf); }, "l2 must be >= 0");
        row(
            "3 examples",
            [](auto &m) {
                core::Dataset few = ownExamples();
                few.inputs.resize(6);
                few.targets.resize(3);
                return m.setExamples(few);
            },
            "at least 4 examples");
        row(
            "an example at NaN",
            [](auto &m) {
                core::Dataset data = ownExamples();
                data.inputs[5] = kNaN;
                return m.setExamples(data);
            },
            "example 3 of the data has a value that is not a finite number");
        row(
            "a whole setup with a bad rate",
            [](auto &m) {
                TrainingSetup s;
                s.config.learningRate = -1.0;
                return m.apply(s);
            },
            "learning rate must be > 0");
        row(
            "an adopted setup with a bad width",
            [](auto &m) {
                TrainingSetup s;
                s.config.network.hidden = {40};
                return m.adopt(s);
            },
            "1 to 12 layers of 1 to 32 units");
    }

    void badValueIsRejectedWithAMessageAndChangesNothing()
    {
        QFETCH(ModelEdit, edit);
        QFETCH(QString, message);
        TrainingSetupModel model;
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        const QString error = edit(model);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(model.setup() == TrainingSetup{});
        QCOMPARE(changes.count(), 0);
    }

    void eachChangeSaysWhetherTheRunTakesItLive_data()
    {
        QTest::addColumn<TrainingSetup>("start");
        QTest::addColumn<ModelEdit>("edit");
        QTest::addColumn<SetupChange>("change");
        const TrainingSetup relu;
        const auto row = [](const char *name, const TrainingSetup &start, ModelEdit edit,
                            SetupChange change) { QTest::newRow(name) << start << edit << change; };
        using A = core::HiddenActivation;
        const auto activation = [](A a) {
            return voidEdit([a](TrainingSetupModel &m) { m.setActivation(a); });
        };
        // What the run takes live: the learning rate, alpha and the activations of one shape.
        row(
            "learning rate", relu, [](auto &m) { return m.setLearningRate(0.05); },
            SetupChange::Live);
        row(
            "alpha", relu, [](auto &m) { return m.setAlpha(0.2); }, SetupChange::Live);
        row("ReLU to Leaky", relu, activation(A::Leaky), SetupChange::Live);
        row("Leaky to PReLU", withActivation(A::Leaky), activation(A::Prelu), SetupChange::Live);
        row("PReLU to ReLU", withActivation(A::Prelu), activation(A::Relu), SetupChange::Live);
        row("ReLU to sigmoid", relu, activation(A::Sigmoid), SetupChange::Live);
        row("tanh to Leaky", withActivation(A::Tanh), activation(A::Leaky), SetupChange::Live);
        row(
            "alpha of maxout", withActivation(A::Maxout), [](auto &m) { return m.setAlpha(0.3); },
            SetupChange::Live);
        // Everything else starts the run over.
        row("ReLU to Maxout", relu, activation(A::Maxout), SetupChange::Restart);
        row("Maxout to PReLU", withActivation(A::Maxout), activation(A::Prelu),
            SetupChange::Restart);
        row(
            "data set", relu, [](auto &m) { return m.setDataset(QStringLiteral("xor")); },
            SetupChange::Restart);
        row(
            "samples", relu, [](auto &m) { return m.setSamples(200); }, SetupChange::Restart);
        row(
            "noise", relu, [](auto &m) { return m.setNoise(0.3); }, SetupChange::Restart);
        row(
            "own examples", relu, [](auto &m) { return m.setExamples(ownExamples()); },
            SetupChange::Restart);
        row(
            "widths", relu,
            [](auto &m) {
                return m.setHiddenWidths({4, 4, 4});
            },
            SetupChange::Restart);
        row("add layer", relu, voidEdit([](auto &m) { m.addLayer(); }), SetupChange::Restart);
        row("remove layer", relu, voidEdit([](auto &m) { m.removeLayer(); }), SetupChange::Restart);
        row(
            "pieces", relu, [](auto &m) { return m.setPieces(3); }, SetupChange::Restart);
        row("init", relu, voidEdit([](auto &m) { m.setInit(core::InitScheme::Xavier); }),
            SetupChange::Restart);
        row(
            "bias init", relu, [](auto &m) { return m.setBiasInit(-1.5); }, SetupChange::Restart);
        row("optimiser", relu,
            voidEdit([](auto &m) { m.setOptimizer(core::OptimizerKind::Momentum); }),
            SetupChange::Restart);
        row(
            "batch", relu, [](auto &m) { return m.setBatchSize(32); }, SetupChange::Restart);
        row(
            "L2", relu, [](auto &m) { return m.setL2(1e-3); }, SetupChange::Restart);
        row("seed", relu, voidEdit([](auto &m) { m.setSeed(7); }), SetupChange::Restart);
        row("convention", relu,
            voidEdit([](auto &m) { m.setConvention(core::KinkConvention::Right); }),
            SetupChange::Restart);
        // Whole setups: live only when nothing but live fields differ.
        TrainingSetup liveOnly = relu;
        liveOnly.config.learningRate = 0.2;
        liveOnly.config.network.activation = A::Leaky;
        liveOnly.config.network.alpha = 0.1;
        row(
            "whole setup, live fields", relu, [liveOnly](auto &m) { return m.apply(liveOnly); },
            SetupChange::Live);
        TrainingSetup mixed = liveOnly;
        mixed.config.seed = 2;
        row(
            "whole setup, live and seed", relu, [mixed](auto &m) { return m.apply(mixed); },
            SetupChange::Restart);
        row(
            "adopted setup", relu, [mixed](auto &m) { return m.adopt(mixed); },
            SetupChange::Adopted);
    }

    void eachChangeSaysWhetherTheRunTakesItLive()
    {
        QFETCH(TrainingSetup, start);
        QFETCH(ModelEdit, edit);
        QFETCH(SetupChange, change);
        TrainingSetupModel model;
        QCOMPARE(model.apply(start), QString());
        const TrainingSetup before = model.setup();
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        QCOMPARE(edit(model), QString());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<SetupChange>(), change);
        QVERIFY(!(model.setup() == before));
        if (change != SetupChange::Adopted)
            QCOMPARE(TrainingSetupModel::classify(before, model.setup()), change);
    }

    void settingThePresentValueEmitsNothing_data()
    {
        QTest::addColumn<ModelEdit>("edit");
        const TrainingSetup d;
        const core::NetworkConfig &n = d.config.network;
        QTest::newRow("data set") << ModelEdit([d](auto &m) { return m.setDataset(d.dataset); });
        QTest::newRow("samples") << ModelEdit([d](auto &m) { return m.setSamples(d.samples); });
        QTest::newRow("noise") << ModelEdit([d](auto &m) { return m.setNoise(d.noise); });
        QTest::newRow("widths") << ModelEdit([n](auto &m) { return m.setHiddenWidths(n.hidden); });
        QTest::newRow("activation")
            << voidEdit([n](TrainingSetupModel &m) { m.setActivation(n.activation); });
        QTest::newRow("alpha") << ModelEdit([n](auto &m) { return m.setAlpha(n.alpha); });
        QTest::newRow("pieces") << ModelEdit([n](auto &m) { return m.setPieces(n.pieces); });
        QTest::newRow("init") << voidEdit([n](TrainingSetupModel &m) { m.setInit(n.init); });
        QTest::newRow("bias init") << ModelEdit([n](auto &m) { return m.setBiasInit(n.biasInit); });
        QTest::newRow("optimiser")
            << voidEdit([d](TrainingSetupModel &m) { m.setOptimizer(d.config.optimizer); });
        QTest::newRow("learning rate")
            << ModelEdit([d](auto &m) { return m.setLearningRate(d.config.learningRate); });
        QTest::newRow("batch") << ModelEdit(
            [d](auto &m) { return m.setBatchSize(d.config.batchSize); });
        QTest::newRow("L2") << ModelEdit([d](auto &m) { return m.setL2(d.config.l2); });
        QTest::newRow("seed") << voidEdit([d](TrainingSetupModel &m) { m.setSeed(d.config.seed); });
        QTest::newRow("convention")
            << voidEdit([n](TrainingSetupModel &m) { m.setConvention(n.convention); });
        QTest::newRow("no own examples")
            << ModelEdit([](auto &m) { return m.setExamples(core::Dataset{}); });
        QTest::newRow("whole setup") << ModelEdit([d](auto &m) { return m.apply(d); });
        QTest::newRow("adopted setup") << ModelEdit([d](auto &m) { return m.adopt(d); });
    }

    void settingThePresentValueEmitsNothing()
    {
        QFETCH(ModelEdit, edit);
        TrainingSetupModel model;
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        QCOMPARE(edit(model), QString());
        QCOMPARE(changes.count(), 0);
        QVERIFY(model.setup() == TrainingSetup{});
    }

    // The values a control rounds or clamps stay what they were set to.
    void exactValuesSurvive()
    {
        TrainingSetupModel model;
        QCOMPARE(model.setLearningRate(1e-7), QString());
        QCOMPARE(model.setBiasInit(-25.0), QString());
        QCOMPARE(model.setNoise(1.0 / 3.0), QString());
        QCOMPARE(model.setL2(1e-9), QString());
        QCOMPARE(model.setAlpha(0.12345678), QString());
        // Other edits leave them alone.
        QCOMPARE(model.setSamples(123), QString());
        model.setSeed(99);
        QCOMPARE(Real{model.setup().config.learningRate}, Real{1e-7});
        QCOMPARE(Real{model.network().biasInit}, Real{-25.0});
        QCOMPARE(Real{model.setup().noise}, Real{1.0 / 3.0});
        QCOMPARE(Real{model.setup().config.l2}, Real{1e-9});
        QCOMPARE(Real{model.network().alpha}, Real{0.12345678});

        TrainingSetup whole;
        whole.config.learningRate = 1e-7 / 3.0 + 0.01;
        QCOMPARE(model.apply(whole), QString());
        QVERIFY(model.setup() == whole);
        QCOMPARE(Real{model.setup().config.learningRate}, Real{1e-7 / 3.0 + 0.01});
    }

    void addingALayerCopiesTheLastWidthUpToTwelveLayers()
    {
        TrainingSetupModel model;
        QCOMPARE(model.setHiddenWidths({8, 5}), QString());
        model.addLayer();
        QCOMPARE(model.network().hidden, (std::vector<int>{8, 5, 5}));
        QCOMPARE(model.setHiddenWidths(std::vector<int>(12, 3)), QString());
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        model.addLayer();
        QCOMPARE(model.network().hidden.size(), size_t(12));
        QCOMPARE(changes.count(), 0);
    }

    void removingALayerKeepsAtLeastOne()
    {
        TrainingSetupModel model;
        model.removeLayer();
        QCOMPARE(model.network().hidden, (std::vector<int>{8}));
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        model.removeLayer();
        QCOMPARE(model.network().hidden, (std::vector<int>{8}));
        QCOMPARE(changes.count(), 0);
    }

    // The first click edits the examples the run has, train then test, in that order.
    void addingAnExampleStartsFromTheRunsExamples()
    {
        const core::DataSplit run = generatedSplit(core::DatasetName::Circle);
        TrainingSetupModel model;
        QCOMPARE(model.addExample(0.25, -0.5, 0, run), QString());
        const core::Dataset &data = model.setup().data;
        QCOMPARE(data.size(), run.train.size() + run.test.size() + 1);
        for (size_t i = 0; i < run.train.size(); ++i)
            QCOMPARE(data.targets[i], run.train.targets[i]);
        QCOMPARE(data.inputs[2 * run.train.size()], run.test.inputs[0]);
        const auto added = data.input(data.size() - 1);
        QCOMPARE(Real{added[0]}, Real{0.25});
        QCOMPARE(Real{added[1]}, Real{-0.5});
        QCOMPARE(data.targets.back(), 0.0);
        // The next click adds to the user's own examples.
        QCOMPARE(model.addExample(-0.25, 0.5, 1, run), QString());
        QCOMPARE(model.setup().data.size(), run.train.size() + run.test.size() + 2);
        QCOMPARE(model.setup().data.targets.back(), 1.0);
    }

    void addingToOneInputDataTakesTheClickAsTheTarget()
    {
        const core::DataSplit run = generatedSplit(core::DatasetName::Abs);
        TrainingSetupModel model;
        QCOMPARE(model.setDataset(QStringLiteral("abs")), QString());
        QCOMPARE(model.addExample(0.5, 0.75, 1, run), QString());
        const core::Dataset &data = model.setup().data;
        QCOMPARE(data.inputDim, 1);
        QCOMPARE(Real{data.inputs.back()}, Real{0.5});
        QCOMPARE(Real{data.targets.back()}, Real{0.75});
    }

    void removingTakesTheNearestExampleWithinTheRadius()
    {
        TrainingSetupModel model;
        QCOMPARE(model.setExamples(ownExamples()), QString());
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        // (0.3, -0.3) is example 3; (0.2, -0.2) is nearer to 0.24 than (0.3, -0.3) is.
        QVERIFY(model.removeExample(0.26, -0.26, 0.1, {}));
        QCOMPARE(changes.count(), 1);
        const core::Dataset &data = model.setup().data;
        QCOMPARE(data.size(), size_t(7));
        QCOMPARE(Real{data.input(3)[0]}, Real{0.4});
        QCOMPARE(Real{data.input(2)[0]}, Real{0.2});
        // None within the radius: nothing changes.
        QVERIFY(!model.removeExample(5.0, 5.0, 0.1, {}));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.setup().data.size(), size_t(7));
    }

    void removingStopsAtFourExamples()
    {
        core::Dataset four = ownExamples();
        four.inputs.resize(8);
        four.targets.resize(4);
        TrainingSetupModel model;
        QCOMPARE(model.setExamples(four), QString());
        QVERIFY(!model.removeExample(0.0, 0.0, 1.0, {}));
        QCOMPARE(model.setup().data.size(), size_t(4));
    }

    void importingACsvTrainsOnItsExamples()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.csv"));
        QVERIFY(test::writeFile(path, "x1,x2,label\n0,0,0\n1,0,1\n0,1,1\n1,1,0\n0.5,0.5,1\n"));
        TrainingSetupModel model;
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        QCOMPARE(model.importCsv(path), QString());
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<SetupChange>(), SetupChange::Restart);
        const core::Dataset &data = model.setup().data;
        QCOMPARE(data.size(), size_t(5));
        QCOMPARE(data.inputs, (std::vector<double>{0, 0, 1, 0, 0, 1, 1, 1, 0.5, 0.5}));
        QCOMPARE(data.targets, (std::vector<double>{0, 1, 1, 0, 1}));
        // Choosing a generated set drops them.
        QCOMPARE(model.setDataset(QStringLiteral("xor")), QString());
        QVERIFY(!model.setup().usesOwnData());
    }

    void importingABadCsvNamesTheProblemAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("Cannot read");
        QTest::newRow("short row")
            << QByteArray("x1,x2,label\n0,0,0\n1,0\n") << QStringLiteral("bad.csv: line 3");
        QTest::newRow("too few examples")
            << QByteArray("x,y\n0,1\n1,2\n") << QStringLiteral("at least 4 examples");
    }

    void importingABadCsvNamesTheProblemAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        if (!bytes.isEmpty()) QVERIFY(test::writeFile(path, bytes));
        TrainingSetupModel model;
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        const QString error = model.importCsv(path);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(changes.count(), 0);
        QVERIFY(model.setup() == TrainingSetup{});
    }

    void conventionIsPartOfTheSetup()
    {
        TrainingSetupModel model;
        model.setConvention(core::KinkConvention::Mean);
        QCOMPARE(model.convention(), core::KinkConvention::Mean);
        QCOMPARE(model.setup().config.network.convention, core::KinkConvention::Mean);
    }

    void selectionEmitsOncePerRealChange()
    {
        session::TrainingSelection selection;
        QVERIFY(!selection.unit().isValid());
        QSignalSpy changes(&selection, &session::TrainingSelection::unitChanged);
        selection.setUnit({1, 2});
        selection.setUnit({1, 2});
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<UnitRef>(), (UnitRef{1, 2}));
        QCOMPARE(selection.unit(), (UnitRef{1, 2}));
        // Any invalid ref is "none", and none twice is one change.
        selection.setUnit({-1, 4});
        selection.clear();
        QCOMPARE(changes.count(), 2);
        QCOMPARE(selection.unit(), UnitRef{});
    }

    void probeFollowsTheMouseUntilPinned()
    {
        session::TrainingSelection selection;
        QSignalSpy changes(&selection, &session::TrainingSelection::probeChanged);
        QVERIFY(!selection.probe());
        selection.hoverProbe(QPointF(0.5, -0.25));
        selection.hoverProbe(QPointF(0.5, -0.25));  // the same point: no change
        QCOMPARE(changes.count(), 1);
        QCOMPARE(*selection.probe(), QPointF(0.5, -0.25));
        QVERIFY(!selection.probePinned());

        selection.pinProbe(QPointF(1.0, 1.0));
        QCOMPARE(changes.count(), 2);
        QVERIFY(selection.probePinned());
        // A pinned probe ignores the mouse, moving over the view or leaving it.
        selection.hoverProbe(QPointF(-1.0, 0.0));
        selection.hoverProbe(std::nullopt);
        QCOMPARE(changes.count(), 2);
        QCOMPARE(*selection.probe(), QPointF(1.0, 1.0));
        // Keys move it.
        selection.pinProbe(QPointF(1.25, 1.0));
        QCOMPARE(changes.count(), 3);
        QCOMPARE(*selection.probe(), QPointF(1.25, 1.0));

        selection.releaseProbe();
        QCOMPARE(changes.count(), 4);
        QVERIFY(!selection.probe());
        QVERIFY(!selection.probePinned());
        selection.releaseProbe();  // nothing to release
        QCOMPARE(changes.count(), 4);
        // Hovering works again once released; leaving hides it.
        selection.hoverProbe(QPointF(0.0, 0.0));
        selection.hoverProbe(std::nullopt);
        QCOMPARE(changes.count(), 6);
        QVERIFY(!selection.probe());
    }

    // The binder: the run follows the model.
    void structuralChangeConfiguresTheRunAndLiveOneDoesNot()
    {
        TrainingSetupModel model;
        session::TrainingController controller;
        session::TrainingSetupBinder binder(&model, &controller);
        QSignalSpy configured(&controller, &session::TrainingController::configured);
        QSignalSpy rates(&controller, &session::TrainingController::learningRateChanged);
        QCOMPARE(binder.startOver(model.setup()), QString());
        QCOMPARE(configured.count(), 1);  // unchanged, still a new run

        QCOMPARE(model.setLearningRate(0.05), QString());
        model.setActivation(core::HiddenActivation::Leaky);
        QCOMPARE(model.setAlpha(0.2), QString());
        QCOMPARE(configured.count(), 1);
        QCOMPARE(rates.count(), 1);
        QCOMPARE(controller.setup().config.learningRate, 0.05);
        QCOMPARE(controller.setup().config.network.activation, core::HiddenActivation::Leaky);
        QCOMPARE(controller.setup().config.network.alpha, 0.2);

        model.setSeed(5);
        QCOMPARE(configured.count(), 2);
        QVERIFY(controller.setup() == model.setup());
        QTRY_COMPARE_WITH_TIMEOUT(
            controller.latest().setup ? controller.latest().setup->config.seed : 0u,
            std::uint64_t(5), kTimeoutMs);
    }

    // A restored run keeps the convention it was trained with; the model holds the explorer's for
    // the next restart, and the explorer coming back to the run's own is no restart.
    void restoredRunKeepsItsConventionUntilTheNextRestart()
    {
        TrainingSetupModel model;
        session::TrainingController controller;
        session::TrainingSetupBinder binder(&model, &controller);
        TrainingSetup saved;
        saved.config.seed = 12;
        saved.config.network.convention = core::KinkConvention::Right;
        QSignalSpy configured(&controller, &session::TrainingController::configured);
        QSignalSpy changes(&model, &TrainingSetupModel::setupChanged);
        binder.restoreRun(saved, std::nullopt, core::KinkConvention::Mean);
        QCOMPARE(configured.count(), 1);
        QCOMPARE(controller.setup().config.network.convention, core::KinkConvention::Right);
        QCOMPARE(model.convention(), core::KinkConvention::Mean);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<SetupChange>(), SetupChange::Adopted);

        model.setConvention(core::KinkConvention::Right);  // what the run has: it goes on
        QCOMPARE(configured.count(), 1);
        model.setConvention(core::KinkConvention::First);
        QCOMPARE(configured.count(), 2);
        QCOMPARE(controller.setup().config.network.convention, core::KinkConvention::First);
    }
};

RELULAB_TEST_GUILESS_MAIN(tst_TrainingSetupModel)
#include "tst_trainingsetupmodel.moc"
