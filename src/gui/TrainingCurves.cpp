// Appending snapshots to the loss and dead-unit curves, thinning long runs, choosing the scale.
#include "TrainingCurves.h"

#include <algorithm>
#include <cmath>

#include "FrameClock.h"
#include "PlotStyle.h"
#include "Theme.h"

namespace relulab::gui {

namespace {

// A loss of exactly 0 (a perfect fit) cannot sit on a log axis; it is drawn this low instead.
constexpr double kSmallestLoss = 1e-12;
const QColor kDeadColor{0x1A, 0x1A, 0x1A};  // darker than the blue train loss in grey print

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
    if (points.size() > TrainingCurves::kMaxPoints) {
        QVector<QCPGraphData> kept;
        kept.reserve(points.size() / 2 + 1);
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (i % 2 == 0 || i + 1 == points.size()) kept.push_back(points[i]);
        }
        points.swap(kept);
    }
    data->set(points, true);
}

}  // namespace

TrainingCurves::TrainingCurves(QWidget *parent) : QCustomPlot(parent)
{
    setAccessibleName(tr("Training curves"));
    setAccessibleDescription(
        tr("Loss over training steps (train: solid line, test: dashed line) on the left axis "
           "and the share of dead hidden units (thick grey step line) on the right axis."));
    setMinimumSize(260, 180);
    setAutoAddPlottableToLegend(false);
    setAntialiasedElements(QCP::aeAll);

    // The legend sits under the plot, so it never hides the end of a curve.
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setVisible(true);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(3);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 2));

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

    // The dead share first, so the loss curves are drawn over it.
    m_dead = new QCPGraph(xAxis, yAxis2);
    m_dead->setName(tr("dead units"));
    m_dead->setLineStyle(QCPGraph::lsStepLeft);  // the share holds until the next snapshot
    m_trainLoss = new QCPGraph(xAxis, yAxis);
    m_trainLoss->setName(tr("train loss"));
    m_testLoss = new QCPGraph(xAxis, yAxis);
    m_testLoss->setName(tr("test loss"));
    for (QCPGraph *g : {m_trainLoss, m_testLoss, m_dead})
        g->addToLegend(legend);

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
    const QColor train = hc ? readableOn(okabeIto::kBlue, theme.plotBackground) : okabeIto::kBlue;
    const QColor test =
        hc ? readableOn(okabeIto::kOrange, theme.plotBackground) : okabeIto::kOrange;
    m_trainLoss->setPen(QPen(train, 2.4 * s, Qt::SolidLine, Qt::RoundCap));
    QPen testPen(test, 2.6 * s, Qt::DashLine, Qt::FlatCap);
    testPen.setDashPattern({3.0, 2.0});
    m_testLoss->setPen(testPen);
    m_dead->setPen(QPen(kDeadColor, 4.0 * s, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    const QColor legendBackground = composite(theme.legendFill, theme.plotBackground);
    for (auto [graph, color] : {std::pair{m_trainLoss, train}, std::pair{m_testLoss, test},
                                std::pair{m_dead, kDeadColor}}) {
        if (QCPPlottableLegendItem *item = legend->itemWithPlottable(graph))
            item->setTextColor(readableOn(color, legendBackground));
    }
}

void TrainingCurves::setDisplayStyle(const DisplayStyle &style)
{
    m_style = {std::clamp(style.text, 0.5, 4.0), std::clamp(style.line, 0.5, 4.0),
               style.highContrast};
    // Tall enough for the right axis's label at this text size.
    setMinimumHeight(static_cast<int>(180 * std::max(1.0, m_style.text)));
    applyStyles();
    replot(rpQueuedReplot);
}

void TrainingCurves::updateLayout()
{
    int widest = 1;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i))  // empty cells are null
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int room = width() - legend->margins().left() - legend->margins().right();
    const int columns =
        std::clamp((room + legend->columnSpacing()) / (widest + legend->columnSpacing()), 1, 3);
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
    // Axis labels along a plot too low for them (large text): their short forms.
    const auto fitLabel = [this](QCPAxis *axis, const QString &full, const QString &brief) {
        const bool fits =
            QFontMetricsF(axis->labelFont()).horizontalAdvance(full) <= axisRect()->height();
        const QString label = fits ? full : brief;
        if (axis->label() != label) axis->setLabel(label);
    };
    fitLabel(yAxis2, tr("dead units (%)"), tr("dead (%)"));
    if (m_log) fitLabel(yAxis, tr("loss (log scale)"), tr("log loss"));
    QCustomPlot::updateLayout();
}

void TrainingCurves::clear()
{
    for (QCPGraph *g : {m_trainLoss, m_testLoss, m_dead})
        g->data()->clear();
    m_firstStep = m_lastStep = -1;
    m_lossMin = m_lossMax = 0.0;
    m_log = false;
    updateAxes();
    replot(rpQueuedReplot);
}

void TrainingCurves::addLoss(QCPGraph *graph, double step, double loss)
{
    if (!std::isfinite(loss)) return;  // a diverged run's NaN or inf would wreck the axis
    loss = std::max(loss, kSmallestLoss);
    graph->addData(step, loss);
    if (m_lossMax == 0.0) {
        m_lossMin = m_lossMax = loss;
    } else {
        m_lossMin = std::min(m_lossMin, loss);
        m_lossMax = std::max(m_lossMax, loss);
    }
}

void TrainingCurves::append(const session::TrainingSnapshot &snapshot)
{
    if (m_lastStep >= 0 && snapshot.step < m_lastStep) clear();  // steps only go back in a new run
    const double x = double(snapshot.step);
    if (snapshot.step == m_lastStep) {
        // Paused and changed (say, the activation): the newer state of the same step wins.
        for (QCPGraph *g : {m_trainLoss, m_testLoss, m_dead})
            g->data()->remove(x);
    }
    addLoss(m_trainLoss, x, snapshot.evaluation.trainLoss);
    addLoss(m_testLoss, x, snapshot.evaluation.testLoss);
    if (std::isfinite(snapshot.dead.deadFraction))
        m_dead->addData(x, 100.0 * snapshot.dead.deadFraction);
    if (m_firstStep < 0) m_firstStep = snapshot.step;
    m_lastStep = snapshot.step;
    thin(m_trainLoss, false);
    thin(m_testLoss, false);
    thin(m_dead, true);
    updateAxes();
    scheduleReplot();
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
    // Log once the loss has spanned a decade: training losses fall over orders of magnitude and
    // only a log axis shows the late progress, and a range of a decade always holds a labelled
    // power of ten. It stays log until clear(), so the axis never flips back and forth.
    const bool log = m_log || (m_lossMin > 0.0 && m_lossMax >= 10.0 * m_lossMin);
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
    if (m_lossMax > 0.0) {
        if (m_log)
            yAxis->setRange(m_lossMin / 1.5, m_lossMax * 1.5);
        else
            yAxis->setRange(0.0, m_lossMax * 1.08);  // a loss is >= 0: the zero line anchors it
    } else {
        yAxis->setRange(0.0, 1.0);
    }
    if (m_lastStep > m_firstStep)
        xAxis->setRange(double(m_firstStep), double(m_lastStep));
    else
        xAxis->setRange(double(std::max(m_lastStep, 0L)), double(std::max(m_lastStep, 0L)) + 1.0);
}

}  // namespace relulab::gui
