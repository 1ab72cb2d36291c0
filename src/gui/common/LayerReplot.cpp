// The signature of a plot's surroundings, and the replot it allows.
#include "gui/common/LayerReplot.h"

#include <qcustomplot.h>

namespace relulab::gui {

LayerReplot::Signature LayerReplot::signatureOf(const QCustomPlot &plot)
{
    Signature s;
    const QChar separator(u'\n');
    for (QCPAxisRect *rect : plot.axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            s.numbers.push_back(axis->range().lower);
            s.numbers.push_back(axis->range().upper);
            s.numbers.push_back(static_cast<double>(axis->scaleType()));
            s.numbers.push_back(axis->ticker()->tickCount());
            s.numbers.push_back(axis->numberPrecision());
            s.shown.push_back(axis->visible());
            s.text += axis->label() + separator + axis->numberFormat() + separator;
            if (auto text = axis->ticker().dynamicCast<QCPAxisTickerText>()) {
                for (auto it = text->ticks().cbegin(); it != text->ticks().cend(); ++it) {
                    s.numbers.push_back(it.key());
                    s.text += it.value() + separator;
                }
            }
        }
    }
    if (const QCPLegend *legend = plot.legend) {
        s.shown.push_back(legend->visible());
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i))) {
                s.text += item->plottable()->name() + separator;
                s.shown.push_back(item->visible());
            }
        }
    }
    s.size = plot.size();
    return s;
}

bool LayerReplot::replot(QCustomPlot *plot, QCPLayer *layer)
{
    Signature now = signatureOf(*plot);
    if (m_valid && now == m_last) {
        layer->replot();
        return true;
    }
    m_last = std::move(now);
    m_valid = true;
    plot->replot(QCustomPlot::rpQueuedReplot);
    return false;
}

}  // namespace relulab::gui
