// The point probe across the Training tab: one forward pass of the snapshot's network at the
// probed point, handed to every view of the frame (input view, diagram, histogram, calculation
// panel, and the explorer's plot through unitProbeChanged). Compare probes the second run too.
#include <qcustomplot.h>

#include "gui/training/InputSpaceView.h"
#include "gui/training/NetworkDiagram.h"
#include "gui/training/ProbePanel.h"
#include "gui/training/TrainingTab.h"
#include "session/CompareRun.h"
#include "session/TrainingSnapshot.h"

namespace relulab::gui {

namespace {

// The run's network at the point, or none when there is no network or it does not take the
// point's dimension.
std::optional<core::ProbePath> probeOf(const core::Mlp *net, QPointF at)
{
    if (!net) return std::nullopt;
    std::vector<double> x = {at.x(), at.y()};
    x.resize(static_cast<size_t>(net->config().inputs));
    return core::probeNetwork(*net, x);
}

}  // namespace

void TrainingTab::buildProbe()
{
    m_probePanel = new ProbePanel;
    auto *line = new QCPItemStraightLine(m_histogram);
    m_histogramProbe = line;
    line->setPen(QPen(Qt::black, 2.0, Qt::DashLine));
    line->setVisible(false);
    line->setSelectable(false);
    connect(m_selection, &session::TrainingSelection::probeChanged, this,
            &TrainingTab::updateProbe);
    connect(m_selection, &session::TrainingSelection::unitChanged, this, &TrainingTab::updateProbe);
}

void TrainingTab::showProbePanel()
{
    // Presentation mode (advanced views hidden) keeps the room for the diagram, which lights the
    // probed point's path there too; the calculation is for the normal window.
    m_probePanel->setVisible(m_advancedVisible);
}

void TrainingTab::setCompareSnapshot(const session::TrainingSnapshot &snapshot)
{
    try {
        core::Mlp net = session::rebuildNetwork(snapshot);
        if (net.parameters().size() != snapshot.parameters.size()) return;
        m_compareNetwork = std::make_shared<const core::Mlp>(std::move(net));
        m_compareName = tr("Compare: %1").arg(session::runName(snapshot.network));
    } catch (const std::exception &) {
        return;  // a snapshot of an invalid setup: keep the last one
    }
    if (m_selection->probe()) updateProbe();
}

void TrainingTab::clearCompare()
{
    if (!m_compareNetwork) return;
    m_compareNetwork.reset();
    updateProbe();
}

void TrainingTab::updateProbe()
{
    const std::optional<QPointF> at = m_selection->probe();
    const core::Mlp *net = m_analysis && snapshotFitsData() ? m_analysis->network.get() : nullptr;
    const std::optional<core::ProbePath> path = at ? probeOf(net, *at) : std::nullopt;

    ProbePanel::State state;
    state.at = at;
    state.pinned = m_selection->probePinned();
    state.unit = m_selection->unit();
    if (path) {
        state.main = ProbePanel::Run{m_analysis->network, *path,
                                     tr("This run: %1").arg(session::runName(net->config()))};
        if (m_compareNetwork && m_compareNetwork->config().inputs == net->config().inputs) {
            if (auto second = probeOf(m_compareNetwork.get(), *at))
                state.compare = ProbePanel::Run{m_compareNetwork, *second, m_compareName};
        }
    }
    if (path && m_inputView->regionsDrawn()) {
        const core::LinearRegions &regions = m_analysis->regions;
        const int index = regions.regionAt(at->x(), at->y());
        if (index >= 0) {
            const auto pattern = regions.pattern(static_cast<size_t>(index));
            state.region =
                ProbePanel::State::Region{index, static_cast<int>(regions.count),
                                          std::vector<std::uint8_t>(pattern.begin(), pattern.end()),
                                          regions.output(static_cast<size_t>(index))};
        }
    }
    const std::optional<ProbePanel::State::Region> region = state.region;
    m_probePanel->setState(state);
    showProbePanel();

    if (!path) {
        m_inputView->hideProbe();
        m_diagram->setProbe(std::nullopt);
        showUnitProbe(std::nullopt);
        return;
    }
    const bool oneD = net->config().inputs == 1;
    QString readout = path->predictedClass < 0
                          ? QStringLiteral("\u0177 = %1").arg(probeNumber(path->prediction))
                          : tr("\u0177 = %1 \u2192 class %2")
                                .arg(probeNumber(path->prediction))
                                .arg(path->predictedClass);
    if (region) readout += tr(" \u00b7 region %1").arg(region->index + 1);
    m_inputView->showProbe(oneD ? QPointF(at->x(), path->prediction) : *at,
                           m_selection->probePinned(), readout);

    DiagramProbe probe;
    probe.path = *path;
    probe.oneD = oneD;
    const core::InputBounds &b = m_analysis->field.bounds;
    if (m_analysis->hasField && b.x1 > b.x0 && at->x() >= b.x0 && at->x() <= b.x1) {
        const double fx = (at->x() - b.x0) / (b.x1 - b.x0);
        if (oneD)
            probe.onThumbnail = QPointF(fx, 0.0);
        else if (b.y1 > b.y0 && at->y() >= b.y0 && at->y() <= b.y1)
            probe.onThumbnail = QPointF(fx, (b.y1 - at->y()) / (b.y1 - b.y0));  // top: largest x2
    }
    m_diagram->setProbe(std::move(probe));

    const UnitRef unit = m_selection->unit();
    const int flat = unit.isValid() ? m_analysis->flatUnit(unit.layer, unit.unit) : -1;
    if (flat < 0 || static_cast<size_t>(flat) >= path->units.size())
        showUnitProbe(std::nullopt);
    else
        showUnitProbe(path->units[static_cast<size_t>(flat)].z);
}

void TrainingTab::showUnitProbe(std::optional<double> z)
{
    const UnitRef unit = m_selection->unit();
    const QString label =
        z ? tr("unit %1\u00b7%2 at the probe").arg(unit.layer + 1).arg(unit.unit + 1) : QString();
    if (z != m_unitProbe) {
        m_unitProbe = z;
        m_histogramProbe->setVisible(z.has_value());
        if (z) {
            m_histogramProbe->point1->setCoords(*z, 0.0);
            m_histogramProbe->point2->setCoords(*z, 1.0);
            // The bars' range covers the data; a probe outside it widens the axis.
            QCPRange range = m_histogram->xAxis->range();
            if (!range.contains(*z)) {
                range.expand(*z);
                m_histogram->xAxis->setRange(range);
            }
        }
        m_histogram->replot(QCustomPlot::rpQueuedReplot);
    }
    Q_EMIT unitProbeChanged(z, label);
}

}  // namespace relulab::gui
