// Marching squares over a grid, merged into long rectangles and polylines for cheap drawing.
#include "Contour.h"

#include <algorithm>
#include <cmath>

namespace relulab::session {

ContourBuilder::ContourBuilder(const std::vector<double> &v, const std::vector<double> &xs,
                               const std::vector<double> &ys, double level)
    : m_v(v), m_xs(xs), m_ys(ys), m_cols(int(xs.size())), m_level(level)
{
}

Contour ContourBuilder::build(bool withArea)
{
    Contour out;
    out.area.setFillRule(Qt::WindingFill);
    const int rows = int(m_ys.size());
    for (int r = 0; r + 1 < rows; ++r) {
        int runStart = -1;  // cells entirely below the level merge into one rectangle
        const auto flush = [&](int end) {
            if (runStart < 0) return;
            out.area.addPolygon(QPolygonF({{m_xs[runStart], m_ys[r]},
                                           {m_xs[end], m_ys[r]},
                                           {m_xs[end], m_ys[r + 1]},
                                           {m_xs[runStart], m_ys[r + 1]}}));
            out.area.closeSubpath();
            runStart = -1;
        };
        for (int c = 0; c + 1 < m_cols; ++c) {
            const bool allBelow = isBelow(index(c, r)) && isBelow(index(c + 1, r)) &&
                                  isBelow(index(c + 1, r + 1)) && isBelow(index(c, r + 1));
            if (allBelow && withArea) {
                if (runStart < 0) runStart = c;
                continue;
            }
            flush(c);
            addCell(out, c, r, withArea);
        }
        flush(m_cols - 1);
    }
    out.lines = chainedLines();
    return out;
}

void ContourBuilder::addCell(Contour &out, int c, int r, bool withArea)
{
    const std::array<int, 4> corner = {index(c, r), index(c + 1, r), index(c + 1, r + 1),
                                       index(c, r + 1)};
    std::array<bool, 4> below{};
    int count = 0;
    for (int k = 0; k < 4; ++k)
        count += below[k] = isBelow(corner[k]);
    if (count == 0 || count == 4) return;
    // The four edges as grid-line ids, walked counter-clockwise.
    const std::array<int, 4> edge = {2 * index(c, r), 2 * index(c + 1, r) + 1, 2 * index(c, r + 1),
                                     2 * index(c, r) + 1};
    QPolygonF polygon;
    int exitEdge = -1;
    for (int k = 0; k < 4; ++k) {
        if (below[k]) polygon << point(corner[k]);
        if (below[k] == below[(k + 1) % 4]) continue;
        polygon << crossing(edge[k]);
        if (below[k]) {
            exitEdge = edge[k];
        } else if (exitEdge >= 0) {
            addSegment(exitEdge, edge[k]);
            exitEdge = -1;
        }
    }
    // A walk that starts outside leaves the region last and re-enters at edge 0..3 first: close
    // that pair too.
    if (exitEdge >= 0) {
        for (int k = 0; k < 4; ++k) {
            if (!below[k] && below[(k + 1) % 4]) {
                addSegment(exitEdge, edge[k]);
                break;
            }
        }
    }
    if (withArea) {
        out.area.addPolygon(polygon);
        out.area.closeSubpath();
    }
}

QPointF ContourBuilder::crossing(int edgeId) const
{
    const int a = edgeId / 2;
    const int b = edgeId % 2 == 0 ? a + 1 : a + m_cols;
    const double va = m_v[size_t(a)], vb = m_v[size_t(b)];
    double t = (m_level - va) / (vb - va);
    if (!std::isfinite(t)) t = 0.5;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF pa = point(a), pb = point(b);
    return pa + t * (pb - pa);
}

void ContourBuilder::addSegment(int fromEdge, int toEdge)
{
    const int s = int(m_segments.size());
    m_segments.emplace_back(fromEdge, toEdge);
    for (int e : {fromEdge, toEdge}) {
        auto [it, inserted] = m_atEdge.try_emplace(e, std::array<int, 2>{-1, -1});
        (it->second[0] < 0 ? it->second[0] : it->second[1]) = s;
    }
}

QPainterPath ContourBuilder::chainedLines() const
{
    QPainterPath path;
    std::vector<bool> used(m_segments.size(), false);
    const auto next = [&](int edgeId) {
        for (int s : m_atEdge.at(edgeId)) {
            if (s >= 0 && !used[size_t(s)]) return s;
        }
        return -1;
    };
    for (size_t start = 0; start < m_segments.size(); ++start) {
        if (used[start]) continue;
        used[start] = true;
        std::vector<int> chain = {m_segments[start].first, m_segments[start].second};
        for (bool forward : {true, false}) {
            for (;;) {
                const int end = forward ? chain.back() : chain.front();
                const int s = next(end);
                if (s < 0) break;
                used[size_t(s)] = true;
                const auto [a, b] = m_segments[size_t(s)];
                const int other = a == end ? b : a;
                if (forward)
                    chain.push_back(other);
                else
                    chain.insert(chain.begin(), other);
            }
        }
        path.moveTo(crossing(chain.front()));
        for (size_t i = 1; i < chain.size(); ++i)
            path.lineTo(crossing(chain[i]));
    }
    return path;
}

}  // namespace relulab::session
