// Assembly of the Training tab and the snapshot pipeline: the newest snapshot, analysed on the
// worker's thread, is drawn in every view on the next frame tick.
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
#include "gui/common/NiceRange.h"
#include "gui/common/PanelScrollArea.h"
#include "gui/common/StatusLine.h"
#include "gui/style/ColourMix.h"
#include "gui/style/Hatching.h"
#include "gui/style/PlotStyle.h"
#include "gui/style/Theme.h"
#include "gui/training/InputSpaceView.h"
#include "gui/training/LayerSizesPlot.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/ProbePanel.h"
#include "gui/training/TimelineBar.h"
#include "gui/training/TrainingCurves.h"
#include "gui/training/TrainingPanel.h"
#include "gui/training/ViewAnalysis.h"
#include "session/ExplorerText.h"

namespace relulab::gui {

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
    m_timeline = new TimelineBar;
    m_layerSizes = new LayerSizesPlot;
    m_inputView->setToolTip(
        tr("The examples (filled: training, hollow: test), the network's prediction and, "
           "hatched, where the selected unit is off (z \u2264 0).\nHover: probe the network "
           "at a point, and every view follows. Click: pin the probe; click again or Esc: "
           "release it; arrow keys move a pinned probe (Shift: finer).\nCtrl+click: add an "
           "example; Shift+click: remove the nearest."));
    m_curves->setToolTip(
        tr("Training and test loss, the share of dead hidden units and the number of linear "
           "regions in the input view's box, against the step (when comparing, the regions "
           "are the main run's). Hover a reference line to see what it means."));

    buildHistogram();
    buildProbe();

    buildLayout();

    connect(m_controller, &session::TrainingController::snapshot, this, &TrainingTab::onSnapshot);
    connect(m_controller, &session::TrainingController::dataChanged, this, &TrainingTab::onData);
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            &TrainingTab::refreshHistogram);
    connect(m_selection, &session::TrainingSelection::unitChanged, this,
            [this] { m_timeline->setUnit(m_selection->unit()); });
    connect(m_timeline, &TimelineBar::entryRequested, this, &TrainingTab::requestEntry);
    connect(m_timeline, &TimelineBar::newestRequested, this, [this] {
        m_entryWanted.reset();
        m_controller->showNewest();
    });
    connect(m_timeline, &TimelineBar::continueRequested, this, &TrainingTab::continueRequested);
    // The track lines up with the curves' steps.
    connect(m_curves, &QCustomPlot::afterLayout, this, [this] {
        m_timeline->setTrackMargins(m_curves->axisRect()->left(),
                                    m_curves->width() - m_curves->axisRect()->right());
        m_timeline->setStepRange(m_curves->xAxis->range().lower, m_curves->xAxis->range().upper);
    });
    m_diagram->setUnitNotes([this](UnitRef unit) { return unitHistoryNote(unit); });
    // A resized view (presentation mode, larger text) gets a field for its new area, new
    // thumbnails for its new unit size, also while the run is paused (the worker then analyses
    // its snapshot again).
    connect(m_inputView, &InputSpaceView::viewChanged, this, &TrainingTab::requestAnalysis);
    connect(m_inputView, &InputSpaceView::regionsShownChanged, this, &TrainingTab::requestAnalysis);
    connect(m_diagram, &NetworkDiagram::picturesWanted, this, &TrainingTab::requestAnalysis);
    connect(m_inputView, &InputSpaceView::clicked, this,
            [this](QPointF at, Qt::KeyboardModifiers modifiers) {
                // A plain click pins the probe (the view does that itself).
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
    requestAnalysis();
}

void TrainingTab::buildLayout()
{
    auto *right = new QSplitter(Qt::Vertical);
    m_outputSplit = right;
    right->addWidget(m_inputView);
    // The timeline right under the curves, its track spanning their steps.
    auto *curvesBox = new QWidget;
    auto *cl = new QVBoxLayout(curvesBox);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_curves, 1);
    cl->addWidget(m_timeline);
    right->addWidget(curvesBox);
    right->addWidget(m_histogram);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setStretchFactor(2, 1);

    // The per-layer sizes under the diagram: the sizes over depth at the current step, drawn
    // beside the layers they measure. They stay in presentation mode, where the lessons on
    // vanishing gradients and He's factor 2 point at them.
    // The calculation at the probed point sits between them, under the units it explains.
    auto *network = new QSplitter(Qt::Vertical);
    network->addWidget(m_diagram);
    network->addWidget(m_probePanel);
    network->addWidget(m_layerSizes);
    network->setStretchFactor(0, 4);
    network->setStretchFactor(1, 2);
    network->setStretchFactor(2, 1);
    network->setChildrenCollapsible(false);
    // Proportions until the user drags them: the calculation gets room for a unit of 8 inputs.
    network->setSizes({560, 190, 150});
    auto *middle = new QWidget;
    auto *ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->addWidget(m_status);
    ml->addWidget(network, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_panelScroll);
    split->addWidget(middle);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    // The controls keep their width; diagram and output views share the rest evenly.
    split->setSizes({m_panelScroll->minimumSizeHint().width(), 700, 700});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
}

void TrainingTab::buildHistogram()
{
    m_histogram = new QCustomPlot;
    m_histogram->setAccessibleName(tr("Pre-activation histogram"));
    m_histogram->setToolTip(
        tr("How the selected unit's pre-activation z is spread over the "
           "training data; left of 0 (shaded) the ReLU is off"));
    m_histogram->setAccessibleDescription(
        tr("Bars: how many training examples give each value of the selected unit's "
           "pre-activation z. The hatched area left of z = 0 is where a ReLU is off; a dead unit "
           "has every bar there."));
    // Low enough that the training tab fits a 1280 x 800 screen with 40%-longer texts (the
    // curves' legend then takes more rows): a histogram reads at this height.
    m_histogram->setMinimumHeight(130);
    paintOpaquely(m_histogram, true);
    // The bars and the hatching over them in a buffer of their own (see m_histogramReplot).
    m_histogram->layer(QStringLiteral("main"))->setMode(QCPLayer::lmBuffered);
    m_bars = new QCPBars(m_histogram->xAxis, m_histogram->yAxis);
    // Opaque: Qt's raster engine fills opaque spans in the painting thread, while translucent
    // bars of more than ~100 pixel rows are handed to its thread pool and waited for, with every
    // snapshot. The light blue is what the translucent blue gave on the white plot.
    m_bars->setBrush(mixColours(Qt::white, okabeIto::kBlue, 150.0 / 255.0));
    // z <= 0 is where a ReLU is off: hatched, over the bars (created after them on their layer),
    // so the bars there are striped.
    auto *off = new QCPItemRect(m_histogram);
    m_histogramOff = off;
    off->setLayer(QStringLiteral("main"));
    for (QCPItemPosition *corner : {off->topLeft, off->bottomRight}) {
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    off->topLeft->setCoords(-1e12, 0.0);
    off->bottomRight->setCoords(0.0, 1.0);
    off->setBrush(hatchBrush(Qt::transparent, QColor(0x80, 0x80, 0x80, 110), 2.0));
    m_histogram->xAxis->setLabel(tr("z of the selected unit"));
    m_histogram->yAxis->setLabel(tr("examples"));
}

void TrainingTab::requestAnalysis()
{
    FrameClock::shared()->schedule(m_diagram, [this] {
        // Only a real change: the worker analyses its snapshot again for every request.
        session::AnalysisRequest request = analysisRequestFor(*m_inputView, *m_diagram);
        if (m_requested && request == *m_requested) return;
        m_requested = request;
        m_controller->setAnalysisRequest(request);
    });
}

void TrainingTab::setAdvancedVisible(bool visible)
{
    m_advancedVisible = visible;
    m_panel->setAdvancedVisible(visible);
    m_histogram->setVisible(visible);
    m_curves->setRegionCurveShown(visible);
    // The timeline folds away with the other advanced views: on a 720p projector the data plot
    // needs its height. Its history stays; leaving presentation mode shows it again.
    m_timeline->setVisible(visible);
    showProbePanel();
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
    m_timeline->setDisplayStyle(style);
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
    // The curves follow the history (cheap, and their replot is frame-paced); the rest of the
    // view shows only the newest snapshot, drawn at the next frame tick, so a burst of snapshots
    // costs one redraw and the drawing never starts halfway between two frames.
    m_curvesFromSnapshots = false;
    followHistory(snapshot);
    m_pending = snapshot;
    m_hasPending = true;
    FrameClock::shared()->schedule(this, [this] { presentFrame(); });
}

void TrainingTab::followHistory(const session::TrainingSnapshot &snapshot)
{
    const session::RunHistory &history = m_controller->history();
    if (snapshot.past) {
        m_curves->setCursorStep(snapshot.step);
    } else {
        m_curves->setHistory(history, snapshot);
        m_curves->setCursorStep(std::nullopt);
    }
    m_timeline->setHistory(history, snapshot.newestStep);
    // A request still on its way wins over the snapshot of an earlier one.
    if (!m_entryWanted) m_timeline->setShownEntry(snapshot.past);
}

void TrainingTab::requestEntry(size_t index)
{
    const bool scheduled = m_entryWanted.has_value();
    m_entryWanted = index;
    if (scheduled) return;
    // Dragging asks for many steps a frame: the worker analyses only the last of them.
    FrameClock::shared()->schedule(m_timeline, [this] {
        if (!m_entryWanted) return;
        m_controller->showEntry(*m_entryWanted);
        m_entryWanted.reset();
    });
}

QString TrainingTab::unitHistoryNote(UnitRef unit) const
{
    const QString told = m_controller->history().describeUnit(unit.layer, unit.unit, 6);
    return told.isEmpty() ? QString() : tr("\nIn the run's history: %1").arg(told);
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
    if (!m_hasPending) return;
    m_hasPending = false;
    present(m_pending);
}

void TrainingTab::present(const session::TrainingSnapshot &snapshot)
{
    const bool shapeChanged = !m_haveSnapshot ||
                              snapshot.network.hidden != m_snapshot.network.hidden ||
                              snapshot.network.inputs != m_snapshot.network.inputs;
    m_snapshot = snapshot;
    m_haveSnapshot = true;
    if (shapeChanged) m_selection->clear();
    // A snapshot sent before the worker had the views' request (the run's first) is analysed
    // here, once: every view of this frame must draw this snapshot.
    m_analysis = snapshot.analysis;
    if (!m_analysis && snapshotFitsData()) {
        m_analysis = analyseForViews(snapshot, m_data.train, *m_inputView, *m_diagram);
        // Its point on the curves was recorded without the analysis: again, with the regions'
        // count (a point at the last step replaces it).
        if (m_curvesFromSnapshots && snapshot.step == m_lastCurveStep) {
            session::TrainingSnapshot analysed = snapshot;
            analysed.analysis = m_analysis;
            m_curves->append(analysed);
        }
    }
    refreshStatus(snapshot);
    m_layerSizes->setSizes(snapshot.layerSizes);
    // Behind the Explorer tab nobody sees the field: catch up when the tab is shown again. The
    // selected unit's histogram is on the explorer's plot too: keep that one live.
    if (!isVisible()) {
        m_fieldStale = true;
        refreshHistogram();
        updateProbe();
        return;
    }
    drawAnalysis();
}

void TrainingTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fieldStale) drawAnalysis();
}

void TrainingTab::showNow(const session::TrainingSnapshot &snapshot, const core::DataSplit &data)
{
    onData(data);
    m_hasPending = false;
    m_curvesFromSnapshots = true;
    recordCurves(snapshot);
    session::TrainingSnapshot analysed = snapshot;
    analysed.analysis = analyseForViews(snapshot, data.train, *m_inputView, *m_diagram);
    present(analysed);
    drawAnalysis();  // also when the tab is not shown: figures are grabbed off-screen
}

void TrainingTab::refreshStatus(const session::TrainingSnapshot &s)
{
    const QLocale locale;
    const auto percent = [](double f) { return QStringLiteral("%1%").arg(std::round(100.0 * f)); };
    QStringList parts;
    if (s.past)
        parts << tr("showing kept step <b>%1</b> of %2")
                     .arg(locale.toString(static_cast<qlonglong>(s.step)),
                          locale.toString(static_cast<qlonglong>(s.newestStep)));
    else
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

void TrainingTab::drawAnalysis()
{
    m_fieldStale = false;
    if (!m_analysis || !snapshotFitsData()) return;
    ++m_fieldRefreshes;
    m_diagram->setAnalysis(m_analysis);
    m_inputView->setAnalysis(m_analysis);
    refreshHistogram();
    updateProbe();
}

void TrainingTab::refreshHistogram()
{
    const UnitRef selected = m_selection->unit();
    const int unit =
        m_analysis && selected.isValid() ? m_analysis->flatUnit(selected.layer, selected.unit) : -1;
    const bool known =
        unit >= 0 && static_cast<size_t>(unit) < m_analysis->trainingPreActivations.size();
    const std::vector<double> values =
        known ? m_analysis->trainingPreActivations[static_cast<size_t>(unit)]
              : std::vector<double>{};
    const QString label = selected.isValid()
                              ? tr("unit %1\u00b7%2").arg(selected.layer + 1).arg(selected.unit + 1)
                              : QString();
    // The analysis's bins: over the data's own range, 0 always a bin edge.
    QVector<double> keys, counts;
    if (known && !values.empty()) {
        const core::Histogram &h = m_analysis->histograms[static_cast<size_t>(unit)];
        const int bins = static_cast<int>(h.counts.size());
        for (int b = 0; b < bins; ++b)
            keys << h.centre(b);
        counts = QVector<double>(h.counts.begin(), h.counts.end());
        m_bars->setWidth(h.width);
        // Ends that hold the data with a bar's room either side and move only now and then.
        const QCPRange now = m_histogram->xAxis->range();
        const Span x =
            stableSpan({now.lower, now.upper}, h.start - h.width, h.start + (bins + 1) * h.width);
        m_histogram->xAxis->setRange(x.lower, x.upper);
        m_histogram->yAxis->setRange(
            0, niceCeiling(*std::max_element(counts.begin(), counts.end()) * 1.1 + 1));
    }
    // Nothing selected before or now: an empty histogram need not be drawn again with every
    // frame, and the explorer's plot need not hear about it (and redraw).
    const QString axisLabel = label.isEmpty() ? tr("select a unit in the diagram")
                                              : tr("z of %1 on the training data").arg(label);
    if (values.empty() && !m_histogramShown && m_bars->data()->isEmpty() &&
        m_histogram->xAxis->label() == axisLabel)
        return;
    m_bars->setData(keys, counts, true);
    m_histogram->xAxis->setLabel(axisLabel);
    m_histogramReplot.replot(m_histogram, m_histogram->layer(QStringLiteral("main")));
    if (values.empty() && !m_histogramShown) return;
    m_histogramShown = !values.empty();
    Q_EMIT unitHistogramChanged(values, label);
}

}  // namespace relulab::gui
