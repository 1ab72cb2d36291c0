// The input-space view's Regions display: every exact linear region of the network filled with a
// colour of its own (neighbours apart), all region boundaries drawn thin and the boundary pieces
// of one unit (its "bent line") drawn bold; 1-D: the intervals as bands over the plot's height.
#pragma once

#include <qcustomplot.h>
#include <array>
#include <memory>

#include "session/SnapshotAnalysis.h"

namespace relulab::gui {

class LinearRegionsPlottable : public QCPAbstractPlottable
{
public:
    LinearRegionsPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // The analysis's regions and colours (none: draws nothing); the unit whose boundary pieces
    // are drawn bold (layer -1: none).
    void setRegions(std::shared_ptr<const session::SnapshotAnalysis> analysis);
    void setHighlightedUnit(int layer, int unit);
    bool hasRegions() const;
    // The fill of colour index i.
    static QColor fill(int colour);
    // How many region edges on the highlighted unit's lines were drawn last time (a piece of its
    // bent line is an edge of the regions on both sides of it), for tests.
    int highlightedEdges() const { return m_highlightedEdges; }

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1.0; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    std::shared_ptr<const session::SnapshotAnalysis> m_analysis;
    int m_layer = -1;
    int m_unit = -1;
    int m_highlightedEdges = 0;
};

}  // namespace relulab::gui
