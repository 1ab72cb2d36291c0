// The point probe across the window: hovering the data plot lights the point's path in the
// diagram, marks the point on the plot, the selected unit's z on the histogram and the explorer's
// plot, and writes the calculation; clicks and keys pin, move and release it; 1-D data and
// Compare.
#include <QtTest>

#include <cmath>

#include "core/LinearRegions.h"
#include "core/ProbePath.h"
#include "gui/explorer/ExplorerPlot.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LinearRegionsPlottable.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/ProbeMarker.h"
#include "gui/training/ProbePanel.h"
#include "gui/training/TrainingTab.h"
#include "gui/window/MainWindow.h"
#include "session/CompareRun.h"
#include "session/ExplorerState.h"
#include "session/SnapshotAnalysis.h"
#include "session/TrainingSetupModel.h"
#include "support/MainWindowFixture.h"
#include "support/TestRegistry.h"

using namespace relulab;

class tst_Probe : public QObject, protected relulab::test::MainWindowFixture
{
    Q_OBJECT

private:
    session::TrainingController *controller() { return m_window->training(); }
    gui::TrainingTab *tab() { return m_window->trainingTab(); }
    gui::InputSpaceView *view() { return tab()->inputView(); }
    session::TrainingSelection *selection() { return tab()->selection(); }
    const core::Mlp &network()
    {
        const auto &analysis = controller()->latest().analysis;
        if (!analysis || !analysis->network) qFatal("no analysed network");
        return *analysis->network;
    }
    bool viewsSettled()
    {
        const auto &analysis = controller()->latest().analysis;
        return analysis && analysis->network && tab()->diagram()->hasSnapshot() &&
               tab()->diagram()->thumbnailPixels() > 0 &&
               analysis->request.thumbnailPixels == tab()->diagram()->thumbnailPixels() &&
               analysis->request.viewWidth == view()->plotAreaSize().width() &&
               analysis->request.viewHeight == view()->plotAreaSize().height();
    }
    // The pixel of a data point in the input view.
    QPoint pixelOf(QPointF at)
    {
        return QPoint(qRound(view()->xAxis->coordToPixel(at.x())),
                      qRound(view()->yAxis->coordToPixel(at.y())));
    }
    QPointF pointAt(QPoint pixel)
    {
        return {view()->xAxis->pixelToCoord(pixel.x()), view()->yAxis->pixelToCoord(pixel.y())};
    }
    // A point of the plot inside the analysed field and well away from every example, so that
    // the probe does not snap.
    QPoint emptyPixel()
    {
        const QRect r = view()->axisRect()->rect();
        const core::InputBounds &b = controller()->latest().analysis->field.bounds;
        for (int y = r.top() + 10; y < r.bottom() - 10; y += 7) {
            for (int x = r.left() + 10; x < r.right() - 10; x += 7) {
                const QPoint p(x, y);
                const QPointF at = pointAt(p);
                const bool inside =
                    at.x() > b.x0 && at.x() < b.x1 && at.y() > b.y0 && at.y() < b.y1;
                if (inside && view()->probeTarget(p) == at) return p;
            }
        }
        qFatal("no empty point in the plot");
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QVERIFY(openMainWindow({1400, 900}));
        m_window->tabs()->setCurrentIndex(1);
        // The views have told the worker what to analyse for, and it has answered: the field's
        // box stays as it is from here on.
        QTRY_VERIFY_WITH_TIMEOUT(viewsSettled(), 10000);
    }
    void cleanup() { closeMainWindow(); }

    void hoverShowsThePointInEveryView()
    {
        selection()->setUnit({0, 2});
        const QPoint pixel = emptyPixel();
        QTest::mouseMove(view(), pixel);
        QTRY_VERIFY(selection()->probe().has_value());
        const QPointF at = *selection()->probe();
        QCOMPARE(at, pointAt(pixel));
        QVERIFY(!selection()->probePinned());

        // The same forward pass everywhere.
        const core::ProbePath expected =
            core::probeNetwork(network(), std::vector<double>{at.x(), at.y()});
        const auto &probe = tab()->diagram()->probe();
        QVERIFY(probe.has_value());
        QCOMPARE(probe->path.units.size(), size_t(16));
        for (size_t u = 0; u < 16; ++u) {
            QCOMPARE(probe->path.units[u].z, expected.units[u].z);
            QCOMPARE(probe->path.units[u].on, expected.units[u].z > 0.0);
        }
        QCOMPARE(probe->path.prediction, network().predict(std::vector<double>{at.x(), at.y()}));
        // The point on the thumbnails: its share of the field's box, the top row the largest x2.
        const core::InputBounds &b = controller()->latest().analysis->field.bounds;
        QVERIFY(probe->onThumbnail.has_value());
        QCOMPARE(probe->onThumbnail->x(), (at.x() - b.x0) / (b.x1 - b.x0));
        QCOMPARE(probe->onThumbnail->y(), (b.y1 - at.y()) / (b.y1 - b.y0));

        // The marker on the data plot, dashed while it follows the mouse, with ŷ and the class.
        const gui::ProbeMarker &marker = view()->probeMarker();
        QVERIFY(marker.isShown());
        QCOMPARE(marker.position(), at);
        QCOMPARE(marker.readout(), QStringLiteral("\u0177 = %1 \u2192 class %2")
                                       .arg(gui::probeNumber(expected.prediction))
                                       .arg(expected.predictedClass));

        // The selected unit's z: the histogram's line and the explorer's plot.
        const double z = expected.units[2].z;
        QVERIFY(tab()->histogramProbe()->visible());
        QCOMPARE(tab()->histogramProbe()->point1->coords().x(), z);
        QCOMPARE(m_window->plot()->unitProbe(), std::optional<double>(z));
        QCOMPARE(m_window->plot()->unitProbeLabel(), QStringLiteral("unit 1\u00b73 at the probe"));
        // ReLU's dot on the explorer's plots sits at (z, max(0, z)) and (z, f'(z)).
        const QCPGraph *dots = m_window->plot()->unitProbeValueDots();
        QVERIFY(dots->data()->size() >= 1);
        QCOMPARE(dots->data()->at(0)->key, z);
        QCOMPARE(dots->data()->at(0)->value, std::max(0.0, z));
        QCOMPARE(m_window->plot()->unitProbeDerivativeDots()->data()->at(0)->value,
                 z > 0 ? 1.0 : 0.0);

        // The calculation: the sum written out with the unit's z.
        const QString text = tab()->probePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Unit 1\u00b73")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>%1</b>").arg(gui::probeNumber(z))),
                 qPrintable(text));

        // Leaving the plot hides the probe everywhere.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(view(), &leave);
        QVERIFY(!selection()->probe());
        QVERIFY(!tab()->diagram()->probe());
        QVERIFY(!view()->probeMarker().isShown());
        QVERIFY(!tab()->histogramProbe()->visible());
        QCOMPARE(m_window->plot()->unitProbe(), std::nullopt);
    }

    void clickPinsAndASecondClickOrEscReleases()
    {
        const QPoint pixel = emptyPixel();
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(selection()->probePinned());
        const QPointF pinned = *selection()->probe();
        // The mouse moving on does not move a pinned probe.
        QTest::mouseMove(view(), pixel + QPoint(30, 20));
        QCOMPARE(*selection()->probe(), pinned);
        QVERIFY(tab()->probePanel()->text().contains(QStringLiteral("pinned")));
        // A second click releases it (and the probe follows the mouse again).
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(!selection()->probePinned());
        // Esc releases a pinned one.
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(selection()->probePinned());
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!selection()->probePinned());
        QVERIFY(!selection()->probe());
        QVERIFY(!tab()->diagram()->probe());
        // A click does not add an example; Ctrl+click does.
        const size_t before = controller()->data().train.size() + controller()->data().test.size();
        QTest::mouseClick(view(), Qt::LeftButton, Qt::ControlModifier, pixel);
        QTRY_COMPARE(controller()->data().train.size() + controller()->data().test.size(),
                     before + 1);
    }

    void arrowsMoveAPinnedProbeAndShiftMovesItFiner()
    {
        view()->setFocus();
        selection()->pinProbe(QPointF(0.0, 0.0));
        const double dx = view()->xAxis->range().size(), dy = view()->yAxis->range().size();
        QTest::keyClick(view(), Qt::Key_Right);
        QCOMPARE(selection()->probe()->x(), 0.02 * dx);
        QTest::keyClick(view(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(selection()->probe()->y(), 0.002 * dy);
        QTest::keyClick(view(), Qt::Key_Left);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY(std::abs(selection()->probe()->x()) < 1e-12);
        QVERIFY(std::abs(selection()->probe()->y()) < 1e-12);
        // Without a probe, the first arrow pins one mid-plot.
        selection()->releaseProbe();
        QTest::keyClick(view(), Qt::Key_Left);
        QVERIFY(selection()->probePinned());
        QCOMPARE(*selection()->probe(),
                 QPointF(view()->xAxis->range().center(), view()->yAxis->range().center()));
    }

    void hoveringNearAnExampleProbesTheExampleItself()
    {
        const core::Dataset &train = controller()->data().train;
        const QPoint pixel = pixelOf(QPointF(train.input(0)[0], train.input(0)[1])) + QPoint(3, -2);
        // The nearest example in pixels, training or test, takes the probe.
        double best = 1e300;
        QPointF nearest;
        for (const core::Dataset *set : {&controller()->data().train, &controller()->data().test}) {
            for (size_t i = 0; i < set->size(); ++i) {
                const QPointF e(set->input(i)[0], set->input(i)[1]);
                const QPointF d = QPointF(view()->xAxis->coordToPixel(e.x()),
                                          view()->yAxis->coordToPixel(e.y())) -
                                  QPointF(pixel);
                if (QPointF::dotProduct(d, d) < best) {
                    best = QPointF::dotProduct(d, d);
                    nearest = e;
                }
            }
        }
        QVERIFY(best <= 13.0);  // the example the pixel was placed by, or a closer one
        QTest::mouseMove(view(), pixel);
        QCOMPARE(*selection()->probe(), nearest);
        // Far from every example, the probe is the point itself.
        const QPoint empty = emptyPixel();
        QTest::mouseMove(view(), empty);
        QCOMPARE(*selection()->probe(), pointAt(empty));
    }

    void oneDDataProbesAVerticalLineAtX()
    {
        QCOMPARE(m_window->trainingSetup()->setDataset(QStringLiteral("sine")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            controller()->latest().analysis && controller()->latest().analysis->network &&
                network().config().inputs == 1 && controller()->data().train.inputDim == 1,
            10000);
        QTRY_VERIFY(tab()->diagram()->hasSnapshot());
        selection()->setUnit({1, 0});
        selection()->pinProbe(QPointF(0.25, 123.0));  // y plays no part in 1-D
        // The tab draws the 1-D run's snapshot at its next frame.
        QTRY_VERIFY(view()->probeMarker().isShown() &&
                    tab()->diagram()->probe()->path.input.size() == 1);
        const double yHat = network().predict(std::vector<double>{0.25});
        QCOMPARE(view()->probeMarker().position(), QPointF(0.25, yHat));
        QCOMPARE(view()->probeMarker().readout(),
                 QStringLiteral("\u0177 = %1").arg(gui::probeNumber(yHat)));
        QCOMPARE(tab()->diagram()->probe()->path.input, (std::vector<double>{0.25}));
        QVERIFY(tab()->probePanel()->text().contains(QStringLiteral("x = 0.25")));
        // Up and down do not move a 1-D probe.
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Up);
        QCOMPARE(selection()->probe()->x(), 0.25);
    }

    void compareProbesBothRuns()
    {
        session::CompareSpec spec;
        spec.activation = core::HiddenActivation::Leaky;
        spec.alpha = 0.1;
        m_window->startComparison(spec);
        selection()->pinProbe(QPointF(0.1, -0.2));
        QTRY_VERIFY_WITH_TIMEOUT(tab()->probePanel()->state().compare.has_value(), 10000);
        const QString text = tab()->probePanel()->text();
        QVERIFY2(text.contains(QStringLiteral("This run: ReLU")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Compare: Leaky ReLU \u03b1 = 0.1")),
                 qPrintable(text));
        // Both paths, layer by layer: one mark per unit.
        QCOMPARE(text.count(QStringLiteral("layer 1 ")), 2);
        const core::ProbePath &second = tab()->probePanel()->state().compare->path;
        QCOMPARE(second.units.size(), size_t(16));
    }

    // The calculation of a maxout unit: every piece's value, the winner ticked; of a ReLU unit
    // exactly at its kink: the convention's f'(0).
    void calculationShowsEveryPieceAndTheKinksConvention()
    {
        core::NetworkConfig c;
        c.hidden = {1};
        c.activation = core::HiddenActivation::Maxout;
        c.pieces = 3;
        auto net = std::make_shared<core::Mlp>(c, 1);
        for (double &p : net->parameters())
            p = 0.0;
        net->weight(0, 0, 0, 0) = 1.0;
        net->weight(0, 0, 0, 1) = -1.0;
        net->bias(0, 0, 2) = 0.5;
        gui::ProbePanel panel;
        gui::ProbePanel::State state;
        state.at = QPointF(0.25, 0.0);
        state.unit = {0, 0};
        state.main = gui::ProbePanel::Run{
            net, core::probeNetwork(*net, std::vector<double>{0.25, 0.0}), QStringLiteral("run")};
        panel.setState(state);
        QString text = panel.text();
        QVERIFY2(text.contains(QStringLiteral("Maxout k = 3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>0.50 \u2713</b>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(piece 3 wins)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(">-0.25<")), qPrintable(text));

        c.activation = core::HiddenActivation::Relu;
        c.convention = core::KinkConvention::Mean;
        auto relu = std::make_shared<core::Mlp>(c, 1);
        for (double &p : relu->parameters())
            p = 0.0;
        relu->weight(0, 0, 0) = 2.0;
        relu->bias(0, 0) = -1.0;  // z = 2 x1 - 1: exactly 0 at x1 = 0.5
        state.main = gui::ProbePanel::Run{
            relu, core::probeNetwork(*relu, std::vector<double>{0.5, 0.0}), QStringLiteral("run")};
        panel.setState(state);
        text = panel.text();
        QVERIFY2(text.contains(QStringLiteral("z = 0 exactly: the kink. f\u2032(0) = 0.50 is the "
                                              "mean convention's value.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2.00\u00b70.50 + 0\u00b70 + (-1.00) = <b>0</b>")),
                 qPrintable(text));
    }

    // Training > Linear regions (G): the worker makes the polygons, the view draws them instead of
    // the prediction's tint, the selected unit's pieces bold, and the probe names the region.
    void regionsDisplayShowsTheExactRegionsAndTheProbeNamesOne()
    {
        QVERIFY(!view()->showsRegions());
        m_window->regionsAction()->trigger();
        QVERIFY(view()->showsRegions());
        QTRY_VERIFY_WITH_TIMEOUT(
            controller()->latest().analysis->request.regions && view()->regionsDrawn(), 10000);
        const auto analysis = controller()->latest().analysis;
        const core::LinearRegions &r = analysis->regions;
        QVERIFY(r.count > 1);
        QVERIFY(view()->caption().startsWith(
            QStringLiteral("Linear regions: %1,").arg(QLocale().toString(qulonglong(r.count)))));
        QVERIFY(!view()->predictionMap()->visible());
        QVERIFY(view()->linearRegions()->visible());

        // A first-layer unit's line crosses the box (He init, zero bias: through the origin).
        selection()->setUnit({0, 0});
        view()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(view()->linearRegions()->highlightedEdges() >= 2);
        QVERIFY(view()->caption().contains(QStringLiteral("unit 1\u00b71 bends")));

        const QPoint pixel = emptyPixel();
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, pixel);
        const QPointF at = *selection()->probe();
        // The probe is drawn with the tab's current analysis: one that arrived after the click
        // (the worker answering the request) is probed again at once.
        QTRY_VERIFY(tab()->probePanel()->state().region.has_value());
        const auto region = tab()->probePanel()->state().region;
        QCOMPARE(region->index, r.regionAt(at.x(), at.y()));
        QCOMPARE(region->count, int(r.count));
        // The region's affine output is the network's logit at the point.
        const core::ProbePath path =
            core::probeNetwork(*analysis->network, std::vector<double>{at.x(), at.y()});
        QVERIFY(std::abs(region->output.at(at.x(), at.y()) - path.output) <
                1e-9 * (1 + std::abs(path.output)));
        // Its pattern is the path's on/off pattern.
        for (size_t u = 0; u < path.units.size(); ++u)
            QCOMPARE(region->pattern[u] == core::kUnitOn, path.units[u].on);
        QVERIFY(tab()->probePanel()->text().contains(
            QStringLiteral("Linear region %1 of %2").arg(region->index + 1).arg(r.count)));
        QVERIFY(view()->probeMarker().readout().endsWith(
            QStringLiteral(" \u00b7 region %1").arg(region->index + 1)));

        // Off again: the tint is back and the worker makes counts only.
        m_window->regionsAction()->trigger();
        QVERIFY(!view()->regionsDrawn());
        QVERIFY(view()->predictionMap()->visible());
        QTRY_VERIFY_WITH_TIMEOUT(!controller()->latest().analysis->request.regions, 10000);
        QVERIFY(!tab()->probePanel()->state().region.has_value());
    }

    void probeWorksInPresentationMode()
    {
        m_window->setPresentation(true);
        QTRY_VERIFY(m_window->isPresenting());
        QTest::qWait(50);
        const QPoint pixel = emptyPixel();
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, pixel);
        QVERIFY(selection()->probePinned());
        QVERIFY(tab()->diagram()->probe().has_value());
        QVERIFY(view()->probeMarker().isShown());
        QVERIFY(!tab()->probePanel()->isVisible());  // the diagram keeps its room
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!selection()->probe());
        m_window->setPresentation(false);
    }
};

RELULAB_TEST_MAIN(tst_Probe)
#include "tst_probe.moc"
