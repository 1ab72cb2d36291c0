// A plot that redraws with every snapshot redraws its buffered layer alone while nothing around
// the layer changes, and draws the same picture as a whole replot would.
#include <QSignalSpy>
#include <QtTest>

#include "core/LayerSizes.h"
#include "gui/training/LayerSizesPlot.h"
#include "support/TestRegistry.h"

using namespace relulab;

namespace {

core::LayerSizes layerSizesOf(double scale)
{
    core::LayerSizes s;
    s.gradientRms = {0.02 * scale, 0.05 * scale, 0.3 * scale};
    s.activationRms = {0.4 * scale, 0.7 * scale};
    return s;
}

void showAt(QWidget &w)
{
    w.resize(420, 260);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
}

}  // namespace

class tst_LayerReplot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesInTheSameDecadesRedrawOnlyTheirLayer()
    {
        gui::LayerSizesPlot plot;
        showAt(plot);
        plot.setSizes(layerSizesOf(1.0));
        QSignalSpy whole(&plot, &QCustomPlot::afterReplot);
        QTRY_COMPARE(whole.count(), 1);
        const QCPRange decades = plot.yAxis->range();

        // New values, the same whole decades: the axes stay, only the curves' layer is drawn.
        plot.setSizes(layerSizesOf(1.3));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(plot.yAxis->range(), decades);
        QCOMPARE(whole.count(), 1);

        // It is the picture a plot given only these sizes draws as a whole.
        gui::LayerSizesPlot fresh;
        showAt(fresh);
        fresh.setSizes(layerSizesOf(1.3));
        QSignalSpy freshWhole(&fresh, &QCustomPlot::afterReplot);
        QTRY_COMPARE(freshWhole.count(), 1);
        QCOMPARE(plot.grab().toImage(), fresh.grab().toImage());

        // Values two decades down move the axis: the whole plot again.
        plot.setSizes(layerSizesOf(0.01));
        QTRY_COMPARE(whole.count(), 2);
        QVERIFY(plot.yAxis->range() != decades);
    }
};

RELULAB_TEST_MAIN(tst_LayerReplot)
#include "tst_layerreplot.moc"
