// Appending snapshots to the loss, dead-unit and linear-region curves of one or two runs, thinning
// long runs, choosing the scales, and the regions' reference lines.
#include "gui/training/TrainingCurves.h"

#include <algorithm>
#include <cmath>

#include "gui/common/ChunkedLineGraph.h"
#include "gui/common/FrameClock.h"
#include "gui/common/LayerReplot.h"
#include "gui/common/NiceRange.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "session/CompareRun.h"
#include "session/SnapshotAnalysis.h"

namespace relulab::gui {

namespace {

// A loss of exactly 0 (a perfect fit) cannot sit on a log axis; it is drawn this low instead.
constexpr double kSmallestLoss = 1e-12;
const QColor kDeadColor{0x1A, 0x1A, 0x1A};  // darker than the blue train loss in grey print

// Keeps every other element, and the last.
template <class Container>
void keepEveryOther(Container &items)
{
    Container kept;
    kept.reserve(items.size() / 2 + 1);
    for (size_t i = 0; i < size_t(items.size()); ++i) {
        if (i % 2 == 0 || i + 1 == size_t(items.size())) kept.push_back(items[i]);
    }
    items.swap(kept);
}

// Drops every other point, keeping the first and the last, once a graph holds too many. For a
// step line, points that repeat their neighbours' value go first: dropping them changes nothing.
void thin(QCPGraph *graph, bool stepLine)
{
    const auto data = graph->data();
    if (data->size() <= TrainingCurves::kMaxPoints) return;
    QVector<QCPGraphData> points(data->constBegin(), data->constEnd());
    if (stepLine) {
        QVector<QCPGraphData> changes;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const bool repeat = i > 0 && i + 1 < points.size() &&
                                points[i].value == points[i - 1].value &&
                                points[i].value == points[i + 1].value;
            if (!repeat) changes.push_back(points[i]);
        }
        points.swap(changes);
    }
    if (points.size() > TrainingCurves::kMaxPoints) keepEveryOther(points);
    data->set(points, true);
}

}  // namespace

TrainingCurves::TrainingCurves(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Training curves"));
    setAccessibleDescription(
        tr("Loss over training steps (train: solid line, test: dashed line) on the left axis "
           "and the share of dead hidden units (thick grey step line) on the right axis. When "
           "two runs are compared: each run's train loss (thin) and dead share (thick step "
           "line), the main run solid blue, the second run dashed vermillion; the legend names "
           "each run with its dead units. On the outer right axis, the number of linear "
           "regions of the main run's network in the input view's box (dash-dot line; "
           "triangles where the count stopped at its limit), with a thin line for the most "
           "a one-hidden-layer net can have or a dotted line for the scale of a deeper one."));
    setMinimumSize(260, kMinimumHeight);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);
    // The curves (and the items over them) in a buffer of their own: a new point that leaves the
    // axes as they were redraws that layer alone, not the axes, labels and legend.
    layer(QStringLiteral("main"))->setMode(QCPLayer::lmBuffered);
    paintOpaquely(this, true);

    // The legend sits under the plot, so it never hides the end of a curve.
    placeLegendBelow(this, 1, 3);

    xAxis->setLabel(tr("step"));
    yAxis->setLabel(tr("loss"));
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("dead units (%)"));
    yAxis2->setRange(-3.0, 103.0);
    auto percentTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    percentTicks->setTickStep(25.0);
    yAxis2->setTicker(percentTicks);
    yAxis2->grid()->setVisible(false);
    xAxis->ticker()->setTickCount(4);  // step numbers are wide; the column is narrow
    // Outside the dead share's axis; shown once a snapshot has a count.
    m_regionAxis = axisRect()->addAxis(QCPAxis::atRight);
    // With the other axes, not on the curves' layer (the layer current when it was made), which
    // redraws alone with every new point.
    m_regionAxis->setLayer(xAxis->layer());
    m_regionAxis->grid()->setLayer(xAxis->grid()->layer());
    m_regionAxis->setLabel(tr("linear regions"));
    m_regionAxis->setVisible(false);
    m_regionAxis->grid()->setVisible(false);
    auto countTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    countTicks->setTickStep(1.0);  // whole numbers
    countTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_regionAxis->setTicker(countTicks);
    m_regionAxis->setRange(0.0, 1.0);

    // The dead shares first, so the loss curves are drawn over them.
    for (Series *s : {&m_main, &m_second}) {
        s->dead = new ChunkedLineGraph(xAxis, yAxis2);
        s->dead->setLineStyle(QCPGraph::lsStepLeft);  // the share holds until the next snapshot
    }
    for (Series *s : {&m_main, &m_second}) {
        s->train = new ChunkedLineGraph(xAxis, yAxis);
        s->test = new ChunkedLineGraph(xAxis, yAxis);
    }
    for (QCPGraph *g : {m_second.train, m_second.test, m_second.dead})
        g->setVisible(false);
    m_regions = new ChunkedLineGraph(xAxis, m_regionAxis);
    m_regionLimit = new QCPGraph(xAxis, m_regionAxis);
    m_regionLimit->setLineStyle(QCPGraph::lsNone);
    for (QCPGraph *g : {m_main.train, m_main.test, m_main.dead})
        g->addToLegend(legend);

    updateNames();
    applyStyles();
    updateAxes();
}

void TrainingCurves::applyStyles()
{
    const double t = m_style.text;
    const bool hc = m_style.highContrast;
    const Theme &theme = gui::theme(hc);
    const double s = m_style.line * theme.curveWidth;
    styleAxes(axisRect(), font(), m_style, 12.0, 10.0);
    for (QCPAxis *axis : axisRect()->axes())
        axis->grid()->setSubGridPen(QPen(theme.subGrid, 1.0 * m_style.line, Qt::DotLine));
    QFont legendFont = font();
    legendFont.setPointSizeF(10.0 * t);
    legend->setFont(legendFont);
    legend->setBrush(theme.legendFill);
    legend->setIconSize(QSize(int(30 * std::max(t, s)), int(12 * t)));

    // Orange is too light for text and, in high contrast, for a line: its darker variant.
    const auto readable = [&](const QColor &c) {
        return hc ? readableOn(c, theme.plotBackground) : c;
    };
    const QColor blue = readable(okabeIto::kBlue), orange = readable(okabeIto::kOrange);
    const QColor vermillion = readable(okabeIto::kVermillion);
    QPen test(orange, 2.6 * s, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
    test.setDashPattern({3.0, 2.0});
    m_main.test->setPen(test);
    m_second.test->setPen(test);
    if (!m_comparing) {
        m_main.train->setPen(QPen(blue, 2.4 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_main.dead->setPen(QPen(kDeadColor, 4.0 * s, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    } else {
        // Two runs: colour and line style both tell the runs apart (main solid blue, second
        // dashed vermillion); the thick step line is the dead share, the thin one the loss.
        m_main.train->setPen(QPen(blue, 2.0 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_main.dead->setPen(
            QPen(blue.darker(140), 4.0 * s, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        QPen secondLoss(vermillion, 2.0 * s, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        secondLoss.setDashPattern({4.0, 2.5});
        m_second.train->setPen(secondLoss);
        QPen secondDead(vermillion.darker(120), 4.0 * s, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
        secondDead.setDashPattern({2.5, 1.5});
        m_second.dead->setPen(secondDead);
    }
    // Each hidden layer's dead share: thin, in the dead share's colour, one line style per layer.
    for (QCPGraph *g : m_layerDead) {
        QPen pen(kDeadColor, 1.8 * s, static_cast<Qt::PenStyle>(g->property("penStyle").toInt()),
                 Qt::FlatCap, Qt::MiterJoin);
        g->setPen(pen);
    }
    if (m_cursor) m_cursor->setPen(QPen(theme.axis, 1.6 * s, Qt::SolidLine));
    // The regions: dash-dot, unlike every other curve here; its limit marks are triangles.
    const QColor purple = readableOn(okabeIto::kReddishPurple, theme.plotBackground, 3.0);
    QPen regions(purple, 2.2 * s, Qt::DashDotLine, Qt::FlatCap, Qt::RoundJoin);
    regions.setDashPattern({5.0, 2.0, 1.0, 2.0});
    m_regions->setPen(regions);
    m_regionLimit->setPen(QPen(purple, 1.5 * s));
    m_regionLimit->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssTriangle, QPen(purple, 1.5 * s), purple, 8.0 * s));
    for (int i = 0; i < m_referenceLines.size(); ++i) {
        const bool bound = m_references[size_t(i)].bound;
        // A maximum is a thin solid line; a scale, dotted: it is no exact limit.
        m_referenceLines[i]->setPen(
            QPen(theme.axis, (bound ? 1.2 : 1.6) * s, bound ? Qt::SolidLine : Qt::DotLine));
        QFont labelFont = font();
        labelFont.setPointSizeF(9.0 * t);
        m_referenceLabels[i]->setFont(labelFont);
        m_referenceLabels[i]->setColor(theme.plotText);
        // Over the curves it crosses, still readable.
        m_referenceLabels[i]->setBrush(theme.legendFill);
    }
    // Legend text in each series' colour, made readable on the legend's background.
    const QColor legendBackground = composite(theme.legendFill, theme.plotBackground);
    QList<QCPGraph *> legendGraphs = {m_main.train,  m_main.test,   m_main.dead, m_second.train,
                                      m_second.test, m_second.dead, m_regions,   m_regionLimit};
    legendGraphs += m_layerDead;
    for (QCPGraph *graph : legendGraphs) {
        if (QCPPlottableLegendItem *item = legend->itemWithPlottable(graph))
            item->setTextColor(readableOn(graph->pen().color(), legendBackground));
    }
}

void TrainingCurves::setDisplayStyle(const DisplayStyle &style)
{
    m_style = {std::clamp(style.text, 0.5, 4.0), std::clamp(style.line, 0.5, 4.0),
               style.highContrast};
    applyStyles();
    replot(rpQueuedReplot);
}

void TrainingCurves::updateLayout()
{
    const int columns =
        fittingLegendColumns(legend, width(), m_comparing ? 2 : std::max(3, legend->itemCount()));
    if (columns != m_legendColumns) {
        m_legendColumns = columns;
        legend->setWrap(columns);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    // Step numbers are wide: as many ticks as fit side by side with room between them.
    const double label =
        QFontMetricsF(xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("00000"));
    const int ticks = std::clamp(static_cast<int>(width() / (2.0 * label)), 2, 4);
    if (xAxis->ticker()->tickCount() != ticks) xAxis->ticker()->setTickCount(ticks);
    // Axis labels along a plot too low for them (large text): their short forms, measured
    // against the plot's height at the widget's present size (laid out first: after a resize
    // the last layout's height is stale).
    QCustomPlot::updateLayout();
    const auto fitLabel = [this](QCPAxis *axis, const QString &full, const QString &brief) {
        const bool fits =
            QFontMetricsF(axis->labelFont()).horizontalAdvance(full) <= axisRect()->height();
        const QString label = fits ? full : brief;
        if (axis->label() == label) return false;
        axis->setLabel(label);
        return true;
    };
    const QString deadBrief = tr("dead (%)");
    bool relabelled = fitLabel(yAxis2, tr("dead units (%)"), deadBrief);
    if (m_log) relabelled = fitLabel(yAxis, tr("loss (log scale)"), tr("log loss")) || relabelled;
    const QString regionsBrief = tr("regions");
    relabelled = fitLabel(m_regionAxis, tr("linear regions"), regionsBrief) || relabelled;
    // Loss ticks at least two text lines apart: a low plot (a small projector) gets fewer.
    const double line = QFontMetricsF(yAxis->tickLabelFont()).height();
    const int lossTicks = std::clamp(static_cast<int>(axisRect()->height() / (2.0 * line)), 2, 5);
    if (yAxis->ticker()->tickCount() != lossTicks) {
        yAxis->ticker()->setTickCount(lossTicks);
        m_regionAxis->ticker()->setTickCount(lossTicks);
        relabelled = true;
    }
    if (relabelled) QCustomPlot::updateLayout();
    // Tall enough for the right axis's short label at this text size, and no taller: in
    // presentation mode the data plot above needs the height. What is not the plot's own height
    // (legend, step axis, margins) does not depend on the widget's height.
    const QFontMetricsF labelMetrics(yAxis2->labelFont());
    const double briefLabel =
        std::max(labelMetrics.horizontalAdvance(deadBrief),
                 m_regionAxis->visible() ? labelMetrics.horizontalAdvance(regionsBrief) : 0.0);
    const int needed = height() - axisRect()->height() + static_cast<int>(std::ceil(briefLabel));
    const int minimum = std::max(kMinimumHeight, needed);
    if (minimum != minimumHeight()) setMinimumHeight(minimum);
}

void TrainingCurves::clearSeries(Series &series)
{
    for (QCPGraph *g : {series.train, series.test, series.dead})
        g->data()->clear();
    series.firstStep = series.lastStep = -1;
    series.lossMin = series.lossMax = 0.0;
    series.log.clear();
    series.readout.clear();
    if (&series == &m_main) {
        m_regions->data()->clear();
        m_regionLimit->data()->clear();
        for (QCPGraph *g : m_layerDead)
            g->data()->clear();
    }
}

void TrainingCurves::clear()
{
    clearSeries(m_main);
    m_entriesDrawn = 0;
    m_lastEntryDrawn = nullptr;
    m_tipStep = -1;
    m_log = false;  // re-decided from what is left
    setReferences({});
    updateLegend();
    updateNames();
    updateAxes();
    replot(rpQueuedReplot);
}

void TrainingCurves::addLoss(Series &series, QCPGraph *graph, double step, double loss)
{
    if (!std::isfinite(loss)) return;  // a diverged run's NaN or inf would wreck the axis
    loss = std::max(loss, kSmallestLoss);
    graph->addData(step, loss);
    if (series.lossMax == 0.0) {
        series.lossMin = series.lossMax = loss;
    } else {
        series.lossMin = std::min(series.lossMin, loss);
        series.lossMax = std::max(series.lossMax, loss);
    }
}

void TrainingCurves::addTo(Series &series, const session::TrainingSnapshot &snapshot)
{
    // Steps only go back in a new run.
    if (series.lastStep >= 0 && snapshot.step < series.lastStep) {
        clearSeries(series);
        if (&series == &m_main) m_log = false;
    }
    const double x = double(snapshot.step);
    if (snapshot.step == series.lastStep) {
        // Paused and changed (say, the activation): the newer state of the same step wins.
        for (QCPGraph *g : {series.train, series.test, series.dead})
            g->data()->remove(x);
        if (&series == &m_main) {
            m_regions->data()->remove(x);
            m_regionLimit->data()->remove(x);
        }
        if (!series.log.empty()) series.log.pop_back();
    }
    addLoss(series, series.train, x, snapshot.evaluation.trainLoss);
    addLoss(series, series.test, x, snapshot.evaluation.testLoss);
    if (std::isfinite(snapshot.dead.deadFraction))
        series.dead->addData(x, 100.0 * snapshot.dead.deadFraction);
    series.log.push_back(
        session::trainingLogRow(snapshot.step, snapshot.evaluation, snapshot.dead));
    if (series.firstStep < 0) series.firstStep = snapshot.step;
    series.lastStep = snapshot.step;
    thin(series.train, false);
    thin(series.test, false);
    thin(series.dead, true);
    if (series.log.size() > size_t(kMaxPoints)) keepEveryOther(series.log);

    series.name = session::runName(snapshot.network);
    series.readout = tr("%1: %2 / %3 dead (%4%)")
                         .arg(series.name)
                         .arg(snapshot.dead.deadUnits)
                         .arg(snapshot.dead.hiddenUnits)
                         .arg(std::round(100.0 * snapshot.dead.deadFraction));
}

void TrainingCurves::addRegions(const session::TrainingSnapshot &snapshot)
{
    const session::SnapshotAnalysis *analysis = snapshot.analysis.get();
    if (!analysis || !analysis->hasField) return;
    const core::LinearRegions &regions = analysis->regions;
    const double x = double(snapshot.step);
    // Sigmoid, tanh and a diverged net have no count: no point.
    if (const auto shown = core::shownRegionCount(regions)) {
        m_regions->addData(x, double(shown->value));
        if (shown->atLeast) {
            // At least the limit: drawn there, and marked so it does not read as the count.
            m_regionLimit->addData(x, double(shown->value));
            thin(m_regionLimit, false);
        }
    }
    thin(m_regions, false);
}

void TrainingCurves::setRegionCurveShown(bool shown)
{
    if (shown == m_regionCurveShown) return;
    m_regionCurveShown = shown;
    m_regions->setVisible(shown);
    m_regionLimit->setVisible(shown);
    updateAxes();
    updateLegend(true);
    replot(rpQueuedReplot);
}

void TrainingCurves::updateLegend(bool rebuild)
{
    const bool regions = m_regionCurveShown && !m_regions->data()->isEmpty();
    const bool limit = m_regionCurveShown && !m_regionLimit->data()->isEmpty();
    // The layers' dead shares: advanced (folded away with the regions), and one run's only.
    const bool layers = m_regionCurveShown && !m_comparing && !m_layerDead.isEmpty();
    for (QCPGraph *g : m_layerDead)
        g->setVisible(layers);
    if (!rebuild && legend->hasItemWithPlottable(m_regions) == regions &&
        legend->hasItemWithPlottable(m_regionLimit) == limit &&
        (m_layerDead.isEmpty() || legend->hasItemWithPlottable(m_layerDead[0]) == layers))
        return;
    legend->clearItems();
    // The wrap first: it only applies to items added after it.
    m_legendColumns =
        m_comparing ? 2 : 3 + int(regions) + int(limit) + (layers ? int(m_layerDead.size()) : 0);
    legend->setWrap(m_legendColumns);
    if (m_comparing) {
        // One row per run: its dead share, named with the run and its dead units, then its loss.
        for (QCPGraph *g : {m_main.dead, m_main.train, m_second.dead, m_second.train})
            g->addToLegend(legend);
    } else {
        for (QCPGraph *g : {m_main.train, m_main.test, m_main.dead})
            g->addToLegend(legend);
        if (layers)
            for (QCPGraph *g : m_layerDead)
                g->addToLegend(legend);
    }
    if (regions) m_regions->addToLegend(legend);
    if (limit) m_regionLimit->addToLegend(legend);
    applyStyles();
}

void TrainingCurves::append(const session::TrainingSnapshot &snapshot)
{
    addTo(m_main, snapshot);
    addRegions(snapshot);
    setReferences(regionReferences(snapshot.network));
    updateLegend();
    updateNames();
    updateAxes();
    scheduleReplot();
}

void TrainingCurves::appendComparison(const session::TrainingSnapshot &snapshot)
{
    setComparing(true);
    addTo(m_second, snapshot);
    updateNames();
    updateAxes();
    scheduleReplot();
}

void TrainingCurves::clearComparison()
{
    if (!m_comparing) return;
    clearSeries(m_second);
    setComparing(false);
    updateNames();
    updateAxes();
    replot(rpQueuedReplot);
}

void TrainingCurves::setComparing(bool on)
{
    if (on == m_comparing) return;
    m_comparing = on;
    updateLegend(true);  // rebuilt for the new arrangement
    m_main.test->setVisible(!on);
    for (QCPGraph *g : {m_second.train, m_second.dead})
        g->setVisible(on);
    applyStyles();
}

void TrainingCurves::updateNames()
{
    if (!m_comparing) {
        m_main.train->setName(tr("train loss"));
        m_main.test->setName(tr("test loss"));
        m_main.dead->setName(tr("dead units"));
        m_regions->setName(tr("linear regions"));
        m_regionLimit->setName(tr("\u2265: more regions than the limit"));
        return;
    }
    m_regions->setName(tr("linear regions (%1)").arg(m_main.name));
    m_regionLimit->setName(tr("\u2265: more regions than the limit"));
    // The legend's columns follow the entries' widths at the next layout (updateLayout).
    for (Series *s : {&m_main, &m_second}) {
        s->train->setName(tr("train loss"));
        s->dead->setName(s->readout.isEmpty() ? s->name : s->readout);
    }
}

QString TrainingCurves::comparisonText() const
{
    if (!m_comparing) return {};
    return m_main.readout + QLatin1Char('\n') + m_second.readout;
}

void TrainingCurves::scheduleReplot()
{
    // Snapshots come at up to 30 Hz; the curves need not redraw that often: at most every
    // kReplotMs, always once more after the last point, and on a frame tick so the work never
    // holds up the next frame.
    FrameClock::shared()->schedule(this, [this] {
        if (m_sinceReplot.isValid() && m_sinceReplot.elapsed() < kReplotMs) {
            scheduleReplot();
            return;
        }
        redrawNow();
    });
}

void TrainingCurves::redrawNow()
{
    m_sinceReplot.restart();
    m_replot.replot(this, layer(QStringLiteral("main")));
}

void TrainingCurves::updateAxes()
{
    // The runs shown: the main one, and the second one when comparing.
    std::vector<const Series *> shown = {&m_main};
    if (m_comparing) shown.push_back(&m_second);
    double lossMin = 0.0, lossMax = 0.0;
    long firstStep = -1, lastStep = -1;
    for (const Series *s : shown) {
        if (s->lossMax > 0.0) {
            lossMin = lossMax > 0.0 ? std::min(lossMin, s->lossMin) : s->lossMin;
            lossMax = std::max(lossMax, s->lossMax);
        }
        if (s->firstStep >= 0) {
            firstStep = firstStep < 0 ? s->firstStep : std::min(firstStep, s->firstStep);
            lastStep = std::max(lastStep, s->lastStep);
        }
    }
    // Log once the loss has spanned a decade: training losses fall over orders of magnitude and
    // only a log axis shows the late progress, and a range of a decade always holds a labelled
    // power of ten. It stays log until the run starts over, so the axis never flips back and
    // forth.
    const bool log = m_log || (lossMin > 0.0 && lossMax >= 10.0 * lossMin);
    m_log = log;
    if (log != (yAxis->scaleType() == QCPAxis::stLogarithmic)) {
        if (log) {
            yAxis->setScaleType(QCPAxis::stLogarithmic);
            auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
            ticker->setSubTickCount(8);
            yAxis->setTicker(ticker);
            yAxis->setNumberFormat(QStringLiteral("gb"));
            yAxis->setLabel(tr("loss (log scale)"));
        } else {
            yAxis->setScaleType(QCPAxis::stLinear);
            yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
            yAxis->setNumberFormat(QStringLiteral("g"));
            yAxis->setLabel(tr("loss"));
        }
        yAxis->grid()->setSubGridVisible(log);
    }
    if (lossMax > 0.0) {
        // Ends on quarter decades (log) or nice numbers (linear), so they move now and then.
        if (m_log)
            yAxis->setRange(std::pow(10.0, std::floor(4.0 * std::log10(lossMin / 1.2)) / 4.0),
                            std::pow(10.0, std::ceil(4.0 * std::log10(lossMax * 1.2)) / 4.0));
        else
            yAxis->setRange(0.0, niceCeiling(lossMax * 1.05));  // the zero line anchors a loss
    } else {
        yAxis->setRange(0.0, 1.0);
    }
    // The regions from 0 (a count), up to the largest count and the reference lines near it.
    double most = 0.0;
    for (const QCPGraphData &d : *m_regions->data())
        most = std::max(most, d.value);
    m_regionAxis->setVisible(m_regionCurveShown && !m_regions->data()->isEmpty());
    double top = std::max(most, 1.0);
    for (const RegionReference &r : m_references) {
        if (r.value <= kReferenceReach * std::max(most, 1.0)) top = std::max(top, r.value);
    }
    m_regionAxis->setRange(0.0, niceCeiling(top * 1.1));
    placeReferences();
    if (lastStep > firstStep)
        xAxis->setRange(double(firstStep),
                        double(firstStep) + niceCeiling(double(lastStep - firstStep)));
    else
        xAxis->setRange(double(std::max(lastStep, 0L)), double(std::max(lastStep, 0L)) + 1.0);
}

}  // namespace relulab::gui
