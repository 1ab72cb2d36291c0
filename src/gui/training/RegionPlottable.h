// A filled area (a brush, then hatching over it) and lines, both kept in data coordinates and
// mapped to pixels when drawn; or, for 1-D inputs, bands [a, b] over the plot's full height. The
// input-space view draws off-regions and the decision boundary with it.
#pragma once

#include <qcustomplot.h>
#include <QPainterPath>
#include <utility>
#include <vector>

#include "session/OffPicture.h"

namespace relulab::gui {

class RegionPlottable : public QCPAbstractPlottable
{
public:
    RegionPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setRegion(QPainterPath area, QPainterPath lines);
    // Bands over the full value range; edges are drawn as vertical lines.
    void setBands(std::vector<std::pair<double, double>> bands, std::vector<double> edges);
    void clearRegion() { setBands({}, {}); }
    void setHatch(const QBrush &hatch) { m_hatch = hatch; }
    // How the area of `unit` would be filled now (the axes, the plot area, the hatching): sent to
    // the worker, which fills the area of each snapshot into a picture (session::renderOffRegion).
    session::OffCanvas canvas(int unit) const;
    // The area's fill made on `madeFor`: drawn instead of filling the area while the canvas is
    // still what canvas(madeFor.unit) gives (a null image: the area is filled here).
    void setPicture(QImage picture, session::OffCanvas madeFor);
    long picturesDrawn() const { return m_picturesDrawn; }
    bool isEmpty() const { return m_area.isEmpty() && m_lines.isEmpty() && m_bands.empty(); }
    // In data coordinates; bands as rectangles [a, b] x [0, 1].
    QPainterPath area() const;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1.0; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    // The area and lines in pixels.
    std::pair<QPainterPath, QPainterPath> pixelPaths() const;
    // Input coordinates -> the plot's logical pixels (linear axes).
    QTransform dataToPixels() const;

    QPainterPath m_area, m_lines;
    std::vector<std::pair<double, double>> m_bands;
    std::vector<double> m_bandEdges;
    QBrush m_hatch;
    QImage m_picture;
    session::OffCanvas m_pictureCanvas;
    long m_picturesDrawn = 0;
};

}  // namespace relulab::gui
