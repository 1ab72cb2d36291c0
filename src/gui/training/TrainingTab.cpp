// Assembly of the Training tab and the snapshot pipeline: the newest snapshot is drawn on the next
// frame tick; the grid evaluation behind thumbnails and the input view runs at most 10 times a
// second.
#include "gui/training/TrainingTab.h"

#include <qcustomplot.h>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "gui/common/FrameClock.h"
#include "gui/common/PanelScrollArea.h"
#include "gui/common/StatusLine.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LayerSizesPlot.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

namespace {

// Grid resolution for the field: finer for small nets, coarser when there are many units.
int fieldResolution(int hiddenUnits)
{
    return hiddenUnits > 96 ? 24 : hiddenUnits > 32 ? 32 : 40;
}

int unitIndex(const core::NetworkConfig &net, UnitRef unit)
{
    int index = 0;
    for (int l = 0; l < unit.layer; ++l)
        index += net.hidden[static_cast<size_t>(l)];
    return index + unit.unit;
}

}  // namespace

TrainingTab::TrainingTab(session::TrainingController *controller,
                         session::TrainingSetupModel *setup, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_selection(new session::TrainingSelection(this))
{
    setAccessibleName(tr("Training"));
    m_panel = new TrainingPanel(m_controller, setup);
    auto *panelScroll = new PanelScrollArea(m_panel);
    panelScroll->setAccessibleName(tr("Training controls"));
    m_panelScroll = panelScroll;

    m_status = new StatusLine;
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setAccessibleName(tr("Training status"));
    m_status->setToolTip(
        tr("Step, losses, test accuracy, dead and starved units, whether the "
           "network has collapsed, and training speed"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.15);
    m_status->setFont(statusFont);

    m_diagram = new NetworkDiagram;
    m_inputView = new InputSpaceView;
    m_diagram->setSelection(m_selection);
    m_inputView->setSelection(m_selection);
    m_curves = new TrainingCurves;
    m_layerSizes = new LayerSizesPlot;
    m_inputView->setToolTip(
        tr("The examples (filled: training, hollow: test), the network's "
           "prediction and, hatched, where the selected unit is off (z \u2264 0)"));
    m_curves->setToolTip(
        tr("Training and test loss, and the share of dead hidden units, against "
           "the step"));

    m_histogram = new QCustomPlot;
    m_histogram->setAccessibleName(tr("Pre-activation histogram"));
    m_histogram->setToolTip(
        tr("How the selected unit's pre-activation z is spread over the "
           "training data; left of 0 (shaded) the ReLU is off"));
    m_histogram->setAccessibleDescription(
        tr("Bars: how many training examples give each value of the selected unit's "
           "pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit "
           "has every bar there."));
    m_histogram->setMinimumHeight(150);
    m_bars = new QCPBars(m_histogram->xAxis, m_histogram->yAxis);
    m_bars->setBrush(QColor(0x00, 0x72, 0xB2, 150));
    // z <= 0 is where a ReLU is off: hatched, behind the bars.
    auto *off = new QCPItemRect(m_histogram);
    m_histogramOff = off;
    off->setLayer(QStringLiteral("grid"));
    for (QCPItemPosition *corner : {off->topLeft, off->bottomRight}) {
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    off->topLeft->setCoords(-1e12, 0.0);
    off->bottomRight->setCoords(0.0, 1.0);
    off->setBrush(QBrush(QColor(0x80, 0x80, 0x80, 110), Qt::BDiagPattern));
    m_histogram->xAxis->setLabel(tr("z of the selected unit"));
    m_histogram->yAxis->setLabel(tr("examples"));

    auto *right = new QSplitter(Qt::Vertical);
    m_outputSplit = right;
    right->addWidget(m_inputView);
    right->addWidget(m_curves);
    right->addWidget(m_histogram);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 1);

    // The per-layer sizes under the diagram: the sizes over depth at the current step, drawn
    // beside the layers they measure. They stay in presentation mode, where the lessons on
    // vanishing gradients and He's factor 2 point at them.
    auto *network = new QSplitter(Qt::Vertical);
    network->addWidget(m_diagram);
    network->addWidget(m_layerSizes);
    network->setStretchFactor(0, 4);
    network->setStretchFactor(1, 1);
    network->setChildrenCollapsible(false);
    auto *middle = new QWidget;
    auto *ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addWidget(m_status);
    ml->addWidget(network, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(panelScroll);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    // The controls keep their width; diagram and output views share the rest evenly.
    split->setSizes({panelScroll->minimumSizeHint().width(), 700, 700});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_sinceField.start();

    connect(m_controller, &session::TrainingController::snapshot, this, &TrainingTab::onSnapshot);
    connect(m_controller, &session::TrainingController::dataChanged, this, &TrainingTab::onData);
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &TrainingTab::refreshHistogram);
    // A resized view (presentation mode, larger text) gets a field for its new area, also while
    // the run is paused; on the next frame, once per burst of resizes.
    connect(m_inputView, &InputSpaceView::viewChanged, this, [this] {
        FrameClock::shared()->schedule(m_inputView, [this] {
            if (isVisible()) refreshField();
        });
    });
    connect(m_inputView, &InputSpaceView::clicked, this,
            [this](QPointF at, Qt::KeyboardModifiers modifiers) {
                if (modifiers & Qt::ShiftModifier) {
                    // "Nearest within a few pixels": 3% of the view's width in data units.
                    const double radius = 0.03 * m_inputView->xAxis->range().size();
                    m_panel->removeExample(at.x(), at.y(), radius);
                } else {
                    m_panel->addExample(at.x(), at.y());
                }
            });
    m_status->setText(tr("Press <b>Play</b> (Space) to train."));
    setDisplayStyle(DisplayStyle{});
}

void TrainingTab::setAdvancedVisible(bool visible)
{
    m_advancedVisible = visible;
    m_panel->setAdvancedVisible(visible);
    m_histogram->setVisible(visible);
}

void TrainingTab::setControlsVisible(bool visible)
{
    m_panelScroll->setVisible(visible);
}

bool TrainingTab::controlsVisible() const
{
    return !m_panelScroll->isHidden();
}

void TrainingTab::setInputViewShare(double share)
{
    QList<int> sizes = m_outputSplit->sizes();
    const int input = m_outputSplit->indexOf(m_inputView);
    int total = 0, others = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        if (m_outputSplit->widget(i)->isHidden()) continue;
        total += sizes[i];
        if (i != input) others += sizes[i];
    }
    if (total <= 0 || others <= 0) return;
    const int inputSize = qRound(share * total);
    for (int i = 0; i < sizes.size(); ++i) {
        if (i == input)
            sizes[i] = inputSize;
        else if (!m_outputSplit->widget(i)->isHidden())
            sizes[i] = qRound(double(sizes[i]) * (total - inputSize) / others);
    }
    m_outputSplit->setSizes(sizes);
}

void TrainingTab::setDisplayStyle(const DisplayStyle &style)
{
    m_errorColor = theme(style.highContrast).errorText.name();
    if (m_haveSnapshot) refreshStatus(m_snapshot);
    m_diagram->setDisplayStyle(style);
    m_inputView->setDisplayStyle(style);
    m_curves->setDisplayStyle(style);
    m_layerSizes->setDisplayStyle(style);
    styleAxes(m_histogram->axisRect(), font(), style, 11.0, 10.0);
    const double line = style.line * theme(style.highContrast).curveWidth;
    m_bars->setPen(QPen(okabeIto::kBlue.darker(130), line));
    m_histogramOff->setPen(QPen(theme(style.highContrast).axis, 1.5 * line, Qt::DashLine));
    m_histogram->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingTab::onData(const core::DataSplit &data)
{
    m_data = data;
    m_inputView->setData(m_data);
    m_curves->clear();
    m_lastCurveStep = -1;
}

void TrainingTab::onSnapshot(const session::TrainingSnapshot &snapshot)
{
    // Every snapshot is a point on the curves (cheap, and their replot is frame-paced); the rest
    // of the view shows only the newest one, drawn at the next frame tick, so a burst of
    // snapshots costs one redraw and the drawing never starts halfway between two frames.
    recordCurves(snapshot);
    m_pending = snapshot;
    m_hasPending = true;
    FrameClock::shared()->schedule(this, [this] { presentFrame(); });
}

void TrainingTab::recordCurves(const session::TrainingSnapshot &snapshot)
{
    if (snapshot.step < m_lastCurveStep) m_curves->clear();
    if (snapshot.step != m_lastCurveStep) {
        m_curves->append(snapshot);
        m_lastCurveStep = snapshot.step;
    }
}

void TrainingTab::presentFrame()
{
    if (m_hasPending) {
        m_hasPending = false;
        applySnapshot(m_pending);
        m_fieldDue = true;
    }
    if (!m_fieldDue) return;
    // Behind the Explorer tab nobody sees the field: catch up when the tab is shown again.
    if (!isVisible()) {
        m_fieldDue = false;
        m_fieldStale = true;
        // The selected unit's histogram is on the explorer's plot too: keep that one live.
        if (m_selection->unit().isValid() &&
            (m_sinceField.elapsed() >= kFieldIntervalMs || !m_snapshot.running)) {
            m_sinceField.restart();
            refreshHistogram();
        }
        return;
    }
    // The grid evaluation is the expensive part: at most every kFieldIntervalMs, always the
    // newest snapshot, and the last one of a run at once.
    if (m_sinceField.elapsed() >= kFieldIntervalMs || !m_snapshot.running)
        refreshField();
    else
        FrameClock::shared()->schedule(this, [this] { presentFrame(); });
}

void TrainingTab::applySnapshot(const session::TrainingSnapshot &snapshot)
{
    const bool shapeChanged = !m_haveSnapshot ||
                              snapshot.network.hidden != m_snapshot.network.hidden ||
                              snapshot.network.inputs != m_snapshot.network.inputs;
    m_snapshot = snapshot;
    m_haveSnapshot = true;
    if (shapeChanged) m_selection->clear();
    refreshStatus(snapshot);
    m_layerSizes->setSizes(snapshot.layerSizes);
}

void TrainingTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fieldStale) refreshField();
}

void TrainingTab::showNow(const session::TrainingSnapshot &snapshot, const core::DataSplit &data)
{
    onData(data);
    m_hasPending = false;
    m_fieldDue = false;
    recordCurves(snapshot);
    applySnapshot(snapshot);
    refreshField();
}

void TrainingTab::refreshStatus(const session::TrainingSnapshot &s)
{
    const QLocale locale;
    const auto percent = [](double f) { return QStringLiteral("%1%").arg(std::round(100.0 * f)); };
    QStringList parts;
    parts << tr("step <b>%1</b>").arg(locale.toString(static_cast<qlonglong>(s.step)));
    parts << tr("loss <b>%1</b> (test %2)")
                 .arg(session::formatNumber(s.evaluation.trainLoss),
                      session::formatNumber(s.evaluation.testLoss));
    if (s.evaluation.accuracy)
        parts << tr("test accuracy <b>%1</b>").arg(percent(*s.evaluation.accuracy));
    const QString dead = tr("dead <b>%1 / %2</b> (%3)")
                             .arg(s.dead.deadUnits)
                             .arg(s.dead.hiddenUnits)
                             .arg(percent(s.dead.deadFraction));
    parts << (s.dead.deadUnits > 0
                  ? QStringLiteral("<span style='color:%1'>%2</span>").arg(m_errorColor, dead)
                  : dead);
    // Starved units get no gradient either, though their own kink would pass it.
    if (s.dead.starvedUnits > 0) parts << tr("starved <b>%1</b>").arg(s.dead.starvedUnits);
    if (s.dead.collapsed)
        parts << QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                     .arg(m_errorColor, tr("collapsed: the output is the same for every "
                                           "training input"));
    if (s.running && s.examplesPerSecond > 0)
        parts << tr("%1 examples/s").arg(locale.toString(std::round(s.examplesPerSecond), 'f', 0));
    if (s.diverged)
        parts << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(m_errorColor, s.message.toHtmlEscaped());
    m_status->setText(parts.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
}

// New data can arrive before the snapshot of the run that trains on it (a 1-D data set after a
// 2-D run): until then the last snapshot's network does not fit the data, and nothing is drawn
// from the two together.
bool TrainingTab::snapshotFitsData() const
{
    return m_haveSnapshot && m_snapshot.network.inputs == m_data.train.inputDim;
}

void TrainingTab::refreshField()
{
    if (!snapshotFitsData()) return;
    m_fieldDue = false;
    ++m_fieldRefreshes;
    m_sinceField.restart();
    m_fieldStale = false;
    const core::Mlp net = session::rebuildNetwork(m_snapshot);
    const int n = fieldResolution(net.hiddenUnits());
    m_field = core::evaluateField(net, m_inputView->viewBounds(core::boundsOf(m_data.train)), n, n);
    m_diagram->setSnapshot(m_snapshot, m_field);
    m_inputView->setField(m_snapshot, m_field);
    refreshHistogram();
}

void TrainingTab::refreshHistogram()
{
    std::vector<double> values;
    const UnitRef selected = m_selection->unit();
    if (snapshotFitsData() && selected.isValid() &&
        selected.layer < static_cast<int>(m_snapshot.network.hidden.size())) {
        const core::Mlp net = session::rebuildNetwork(m_snapshot);
        const int index = unitIndex(m_snapshot.network, selected);
        std::vector<double> z;
        values.reserve(m_data.train.size());
        for (size_t i = 0; i < m_data.train.size(); ++i) {
            net.preActivations(m_data.train.input(i), z);
            if (index < static_cast<int>(z.size())) values.push_back(z[static_cast<size_t>(index)]);
        }
    }
    const QString label = selected.isValid()
                              ? tr("unit %1\u00b7%2").arg(selected.layer + 1).arg(selected.unit + 1)
                              : QString();
    // Bins over the data's own range, always with 0 as a bin edge so "off" bins are whole.
    QVector<double> keys, counts;
    if (!values.empty()) {
        const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
        const double lo = std::min(*mn, 0.0), hi = std::max(*mx, 0.0);
        const double width = std::max((hi - lo) / 30.0, 1e-9);
        const double start = std::floor(lo / width) * width;
        const int bins = static_cast<int>(std::ceil((hi - start) / width)) + 1;
        counts.fill(0.0, bins);
        for (int b = 0; b < bins; ++b)
            keys << start + (b + 0.5) * width;
        for (double v : values)
            counts[std::clamp(static_cast<int>((v - start) / width), 0, bins - 1)] += 1.0;
        m_bars->setWidth(width);
        m_histogram->xAxis->setRange(start - width, start + (bins + 1) * width);
        m_histogram->yAxis->setRange(0, *std::max_element(counts.begin(), counts.end()) * 1.1 + 1);
    }
    m_bars->setData(keys, counts, true);
    m_histogram->xAxis->setLabel(label.isEmpty() ? tr("select a unit in the diagram")
                                                 : tr("z of %1 on the training data").arg(label));
    m_histogram->replot(QCustomPlot::rpQueuedReplot);
    // Nothing selected before or now: the explorer's plot need not hear about it (and redraw).
    if (values.empty() && !m_histogramShown) return;
    m_histogramShown = !values.empty();
    Q_EMIT unitHistogramChanged(values, label);
}

}  // namespace relulab::gui
