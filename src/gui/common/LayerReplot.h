// Redrawing one buffered layer of a plot when nothing around it changed.
#pragma once

#include <QSize>
#include <QString>
#include <vector>

class QCustomPlot;
class QCPLayer;

namespace relulab::gui {

// Plots that redraw with every training snapshot keep what changes (curves, markers) on a
// buffered layer of its own. A new snapshot that leaves the axes (ranges, scale, labels, ticks),
// the legend's entries and the plot's size as they were at the last whole replot redraws only
// that layer; anything else redraws the whole plot (queued, as QCustomPlot does).
class LayerReplot
{
public:
    // Returns true when only `layer` was redrawn.
    bool replot(QCustomPlot *plot, QCPLayer *layer);
    // The next replot redraws the whole plot (e.g. after a change the signature does not see).
    void invalidate() { m_valid = false; }

private:
    // What a whole replot depends on beyond the buffered layer's own items.
    struct Signature
    {
        std::vector<double> numbers;  // ranges, scale types, tick counts
        std::vector<bool> shown;      // axes and legend entries
        QString text;                 // labels, number formats, text ticks, legend names
        QSize size;
        friend bool operator==(const Signature &, const Signature &) = default;
    };
    static Signature signatureOf(const QCustomPlot &plot);

    Signature m_last;
    bool m_valid = false;
};

}  // namespace relulab::gui
