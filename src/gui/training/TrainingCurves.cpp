// Appending snapshots to the loss and dead-unit curves of one or two runs, thinning long runs,
// choosing the scale.
#include "gui/training/TrainingCurves.h"

#include <algorithm>
#include <cmath>

#include "gui/common/FrameClock.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "session/CompareRun.h"

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
           "each run with its dead units."));
    setMinimumSize(260, kMinimumHeight);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);

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

    // The dead shares first, so the loss curves are drawn over them.
    for (Series *s : {&m_main, &m_second}) {
        s->dead = new QCPGraph(xAxis, yAxis2);
        s->dead->setLineStyle(QCPGraph::lsStepLeft);  // the share holds until the next snapshot
    }
    for (Series *s : {&m_main, &m_second}) {
        s->train = new QCPGraph(xAxis, yAxis);
        s->test = new QCPGraph(xAxis, yAxis);
    }
    for (QCPGraph *g : {m_second.train, m_second.test, m_second.dead})
        g->setVisible(false);
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
    QPen test(orange, 2.6 * s, Qt::DashLine, Qt::FlatCap);
    test.setDashPattern({3.0, 2.0});
    m_main.test->setPen(test);
    m_second.test->setPen(test);
    if (!m_comparing) {
        m_main.train->setPen(QPen(blue, 2.4 * s, Qt::SolidLine, Qt::RoundCap));
        m_main.dead->setPen(QPen(kDeadColor, 4.0 * s, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    } else {
        // Two runs: colour and line style both tell the runs apart (main solid blue, second
        // dashed vermillion); the thick step line is the dead share, the thin one the loss.
        m_main.train->setPen(QPen(blue, 2.0 * s, Qt::SolidLine, Qt::RoundCap));
        m_main.dead->setPen(
            QPen(blue.darker(140), 4.0 * s, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        QPen secondLoss(vermillion, 2.0 * s, Qt::DashLine, Qt::FlatCap);
        secondLoss.setDashPattern({4.0, 2.5});
        m_second.train->setPen(secondLoss);
        QPen secondDead(vermillion.darker(120), 4.0 * s, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
        secondDead.setDashPattern({2.5, 1.5});
        m_second.dead->setPen(secondDead);
    }
    // Legend text in each series' colour, made readable on the legend's background.
    const QColor legendBackground = composite(theme.legendFill, theme.plotBackground);
    for (QCPGraph *graph :
         {m_main.train, m_main.test, m_main.dead, m_second.train, m_second.test, m_second.dead}) {
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
    const int columns = fittingLegendColumns(legend, width(), m_comparing ? 2 : 3);
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
    // Loss ticks at least two text lines apart: a low plot (a small projector) gets fewer.
    const double line = QFontMetricsF(yAxis->tickLabelFont()).height();
    const int lossTicks = std::clamp(static_cast<int>(axisRect()->height() / (2.0 * line)), 2, 5);
    if (yAxis->ticker()->tickCount() != lossTicks) {
        yAxis->ticker()->setTickCount(lossTicks);
        relabelled = true;
    }
    if (relabelled) QCustomPlot::updateLayout();
    // Tall enough for the right axis's short label at this text size, and no taller: in
    // presentation mode the data plot above needs the height. What is not the plot's own height
    // (legend, step axis, margins) does not depend on the widget's height.
    const int needed = height() - axisRect()->height() +
                       static_cast<int>(std::ceil(
                           QFontMetricsF(yAxis2->labelFont()).horizontalAdvance(deadBrief)));
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
}

void TrainingCurves::clear()
{
    clearSeries(m_main);
    m_log = false;  // re-decided from what is left
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

void TrainingCurves::append(const session::TrainingSnapshot &snapshot)
{
    addTo(m_main, snapshot);
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
    legend->clearItems();
    // The wrap first: it only applies to items added after it.
    m_legendColumns = on ? 2 : 3;
    legend->setWrap(m_legendColumns);
    if (on) {
        // One row per run: its dead share, named with the run and its dead units, then its loss.
        for (QCPGraph *g : {m_main.dead, m_main.train, m_second.dead, m_second.train})
            g->addToLegend(legend);
    } else {
        for (QCPGraph *g : {m_main.train, m_main.test, m_main.dead})
            g->addToLegend(legend);
    }
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
        return;
    }
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
        m_sinceReplot.restart();
        replot(rpQueuedReplot);
    });
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
        if (m_log)
            yAxis->setRange(lossMin / 1.5, lossMax * 1.5);
        else
            yAxis->setRange(0.0, lossMax * 1.08);  // a loss is >= 0: the zero line anchors it
    } else {
        yAxis->setRange(0.0, 1.0);
    }
    if (lastStep > firstStep)
        xAxis->setRange(double(firstStep), double(lastStep));
    else
        xAxis->setRange(double(std::max(lastStep, 0L)), double(std::max(lastStep, 0L)) + 1.0);
}

}  // namespace relulab::gui
