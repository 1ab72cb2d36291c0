// The main run's curves drawn from its history (kept steps plus the newest state), the dead share
// per hidden layer, and the cursor at the step the timeline shows.
#include <cmath>

#include "gui/common/ChunkedLineGraph.h"
#include "gui/style/Theme.h"
#include "gui/training/TrainingCurves.h"
#include "session/CompareRun.h"

namespace relulab::gui {

void TrainingCurves::setHistory(const session::RunHistory &history,
                                const session::TrainingSnapshot &newest)
{
    // A history cut (Continue from here), replaced at its last drawn step (a live change) or
    // begun again (a new run): drawn again from its start.
    const bool redraw =
        history.size() < m_entriesDrawn ||
        (m_entriesDrawn > 0 && history.entry(m_entriesDrawn - 1).get() != m_lastEntryDrawn);
    if (redraw) {
        clearSeries(m_main);
        m_log = false;
        m_entriesDrawn = 0;
        m_tipStep = -1;
    }
    setLayerCount(static_cast<int>(newest.network.hidden.size()));
    removeTip();
    for (size_t i = m_entriesDrawn; i < history.size(); ++i)
        addEntry(history[i], history[i].setup->config.network);
    m_entriesDrawn = history.size();
    m_lastEntryDrawn = history.empty() ? nullptr : history.entry(history.size() - 1).get();
    // The newest state, until a kept step takes its place (a diverged one is not drawn: its
    // losses are not finite, and its views show the last finite network).
    const long lastKept = history.empty() ? -1 : history.back().step;
    if (!newest.past && newest.step > lastKept && !newest.diverged) {
        addTo(m_main, newest);
        addLayerShares(double(newest.step), newest.dead);
        m_tipStep = newest.step;
    }
    setReferences(regionReferences(newest.network));
    updateLegend();
    updateNames();
    updateAxes();
    scheduleReplot();
}

void TrainingCurves::addEntry(const session::HistoryEntry &entry,
                              const core::NetworkConfig &network)
{
    session::TrainingSnapshot point;
    point.step = entry.step;
    point.evaluation = entry.evaluation;
    point.dead = entry.dead;
    point.network = network;
    addTo(m_main, point);
    const double x = double(entry.step);
    if (entry.regions) {
        m_regions->addData(x, double(*entry.regions));
        if (entry.regionsLimitReached) m_regionLimit->addData(x, double(*entry.regions));
    }
    addLayerShares(x, entry.dead);
}

void TrainingCurves::addLayerShares(double step, const core::DeadUnitReport &dead)
{
    for (int l = 0; l < m_layerDead.size(); ++l) {
        const size_t layer = static_cast<size_t>(l);
        if (layer >= dead.deadPerLayer.size() || layer >= dead.states.size() ||
            dead.states[layer].empty())
            continue;
        m_layerDead[l]->addData(step, 100.0 * dead.deadPerLayer[layer] /
                                          static_cast<double>(dead.states[layer].size()));
    }
}

void TrainingCurves::removeTip()
{
    if (m_tipStep < 0) return;
    const double x = double(m_tipStep);
    for (QCPGraph *g : {m_main.train, m_main.test, m_main.dead})
        g->data()->remove(x);
    for (QCPGraph *g : m_layerDead)
        g->data()->remove(x);
    if (!m_main.log.empty() && m_main.log.back().step == m_tipStep) m_main.log.pop_back();
    m_main.lastStep = m_main.log.empty() ? -1 : m_main.log.back().step;
    if (m_main.lastStep < 0) m_main.firstStep = -1;
    m_tipStep = -1;
}

void TrainingCurves::setLayerCount(int layers)
{
    // One line per hidden layer, for nets where layers can differ (two or more).
    const int wanted = layers >= 2 ? layers : 0;
    if (wanted == m_layerDead.size()) return;
    while (m_layerDead.size() > wanted)
        removeGraph(m_layerDead.takeLast());
    static const Qt::PenStyle kStyles[] = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                           Qt::DashDotDotLine};
    while (m_layerDead.size() < wanted) {
        auto *g = new ChunkedLineGraph(xAxis, yAxis2);
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setName(tr("dead, layer %1").arg(m_layerDead.size() + 1));
        g->setProperty("penStyle", static_cast<int>(kStyles[m_layerDead.size() % 4]));
        m_layerDead.push_back(g);
    }
    // Every drawn entry's share for the new lines is gone with the old ones: draw them again.
    m_entriesDrawn = 0;
    m_lastEntryDrawn = nullptr;
    clearSeries(m_main);
    m_tipStep = -1;
    updateLegend(true);
}

void TrainingCurves::setCursorStep(std::optional<long> step)
{
    if (step == m_cursorStep) return;
    m_cursorStep = step;
    if (!m_cursor) {
        m_cursor = new QCPItemStraightLine(this);
        m_cursor->setSelectable(false);
    }
    m_cursor->setVisible(step.has_value());
    if (step) {
        m_cursor->point1->setCoords(double(*step), 0.0);
        m_cursor->point2->setCoords(double(*step), 1.0);
    }
    applyStyles();
    replot(rpQueuedReplot);
}

}  // namespace relulab::gui
