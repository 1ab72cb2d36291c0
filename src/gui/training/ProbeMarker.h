// The point probe drawn on a plot: in 2-D a ring with a cross at the probed point, in 1-D a
// vertical line at x with a ring where it meets the prediction; a short readout beside it. It
// lies on the plot's overlay layer, buffered while the probe shows, so that following the mouse
// redraws that layer alone.
#pragma once

#include <QPointF>
#include <QString>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QFont;

namespace relulab::gui {

class ProbeMarker
{
public:
    // Puts the (hidden) items on the plot's "overlay" layer.
    explicit ProbeMarker(QCustomPlot *plot);

    // 2-D: the ring at `at`. 1-D: the line at at.x() and the ring at (at.x(), at.y()) on the
    // curve. A pinned probe is drawn solid, one that follows the mouse dashed.
    void show(QPointF at, bool oneD, bool pinned, const QString &readout);
    void hide();
    bool isShown() const { return m_shown; }
    QPointF position() const { return m_at; }
    QString readout() const;
    QCPLayer *layer() const { return m_layer; }

    // Line widths (factor) and the readout's font.
    void setStyle(double line, const QFont &font);

private:
    void applyPens();
    void placeReadout();

    QCustomPlot *m_plot;
    QCPLayer *m_layer = nullptr;
    QCPItemTracer *m_halo = nullptr;  // white under black: visible on every tint
    QCPItemTracer *m_ring = nullptr;
    QCPItemTracer *m_cross = nullptr;       // 2-D: the exact point
    QCPItemStraightLine *m_line = nullptr;  // 1-D
    QCPItemText *m_text = nullptr;
    QPointF m_at;
    bool m_shown = false;
    bool m_oneD = false;
    bool m_pinned = false;
    double m_lineScale = 1.0;
};

}  // namespace relulab::gui
