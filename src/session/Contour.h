// Level sets of a function sampled on a grid, as painter paths in data coordinates: the area
// where v <= level and the v = level lines (off-regions and the decision boundary).
#pragma once

#include <QPainterPath>
#include <array>
#include <unordered_map>
#include <utility>
#include <vector>

namespace relulab::session {

struct Contour
{
    QPainterPath area;
    QPainterPath lines;
};

// The part of a grid where v <= level, with linear interpolation along the grid lines (exact for
// a function linear in the input, like a first-layer pre-activation), and the v = level lines.
class ContourBuilder
{
public:
    ContourBuilder(const std::vector<double> &v, const std::vector<double> &xs,
                   const std::vector<double> &ys, double level);

    Contour build(bool withArea);

private:
    const std::vector<double> &m_v;
    const std::vector<double> &m_xs;
    const std::vector<double> &m_ys;
    int m_cols;
    double m_level;
    std::vector<std::pair<int, int>> m_segments;  // pairs of grid-line ids
    std::unordered_map<int, std::array<int, 2>> m_atEdge;

    int index(int c, int r) const { return r * m_cols + c; }
    bool isBelow(int i) const { return m_v[size_t(i)] <= m_level; }
    QPointF point(int i) const { return {m_xs[size_t(i % m_cols)], m_ys[size_t(i / m_cols)]}; }
    // Where v crosses the level on a grid line, always interpolated from its lower end so that
    // the two cells sharing the line agree to the last bit.
    QPointF crossing(int edgeId) const;
    void addSegment(int fromEdge, int toEdge);
    void addCell(Contour &out, int c, int r, bool withArea);
    // Segments joined into polylines, so a dashed pen runs on instead of restarting every cell.
    QPainterPath chainedLines() const;
};

}  // namespace relulab::session
