// Pinned curves drawn as ghosts behind the explorer's live curves: each pin's f and f′ at its own
// frozen parameters, resampled over the current range, thinner and lighter, named in the legend.
#pragma once

#include <qcustomplot.h>
#include <array>

#include "session/ExplorerState.h"

namespace relulab::gui {

class PinnedGhosts
{
public:
    // Creates the ghost graphs on a layer of their own below the live curves of plot.
    PinnedGhosts(QCustomPlot *plot, QCPAxisRect *valueRect, QCPAxisRect *derivativeRect,
                 const session::ExplorerState *state);

    // Resamples every pin over the state's range (after a pin, range, samples or convention
    // change); unused ghosts are hidden.
    void rebuild();
    // Line widths at the display scale (1 = normal).
    void applyStyles(double scale);
    // Adds one italic "pinned: …" entry per pin after the live entries.
    void addToLegend(QCPLegend *legend, const QFont &font) const;
    // Widens [lo, hi] of f and of f′ to hold every ghost's finite values.
    void extendRanges(double &valueLo, double &valueHi, double &derivLo, double &derivHi) const;

    int count() const { return m_count; }
    QCPGraph *valueGraph(int pin) const;
    QCPGraph *derivativeGraph(int pin) const;
    // The pin whose legend entry lies under pixel, or -1.
    int pinAtLegend(const QCPLegend *legend, const QPointF &pixel) const;

    // "pinned: Leaky ReLU, α = 0.1": the text, not the colour, tells a pin from a live curve.
    static QString legendName(const session::PinnedCurve &pin);
    // The function's own line style, lighter and thinner.
    static QPen ghostPen(session::FunctionId id, double scale);

private:
    struct Ghost
    {
        QCPGraph *value = nullptr;
        QCPGraph *derivative = nullptr;
        double valueLo = 0.0, valueHi = 0.0, derivLo = 0.0, derivHi = 0.0;
        bool hasValues = false;
    };

    const session::ExplorerState *m_state;
    std::array<Ghost, session::ExplorerSettings::kMaxPinned> m_ghosts;
    int m_count = 0;
    double m_scale = 1.0;
};

}  // namespace relulab::gui
