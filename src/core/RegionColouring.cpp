#include "RegionColouring.h"

#include <algorithm>
#include <cmath>

namespace relulab::core {

namespace {

// Regions by the cells of a grid over the box that their bounding boxes meet: a point's region
// is then looked for among a few candidates, not all of them.
class RegionGrid
{
public:
    explicit RegionGrid(const LinearRegions &r) : m_regions(r)
    {
        const auto n = static_cast<double>(r.count);
        m_side = std::clamp(static_cast<int>(std::ceil(std::sqrt(n))), 4, 128);
        m_cells.resize(static_cast<size_t>(m_side * m_side));
        for (size_t k = 0; k < r.count; ++k) {
            double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
            for (const Point2 &p : r.polygon(k)) {
                x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
                y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
            }
            for (int cy = cell(y0, false); cy <= cell(y1, false); ++cy)
                for (int cx = cell(x0, true); cx <= cell(x1, true); ++cx)
                    m_cells[static_cast<size_t>(cy * m_side + cx)].push_back(static_cast<int>(k));
        }
    }

    // The region holding (x, y) strictly inside or on an edge, or -1.
    int find(double x, double y, int except) const
    {
        if (x < m_regions.box.x0 || x > m_regions.box.x1 || y < m_regions.box.y0 ||
            y > m_regions.box.y1)
            return -1;
        for (int k : m_cells[static_cast<size_t>(cell(y, false) * m_side + cell(x, true))]) {
            if (k != except && m_regions.contains(static_cast<size_t>(k), x, y)) return k;
        }
        return -1;
    }

private:
    int cell(double v, bool isX) const
    {
        const double lo = isX ? m_regions.box.x0 : m_regions.box.y0;
        const double hi = isX ? m_regions.box.x1 : m_regions.box.y1;
        const int c = static_cast<int>(std::floor((v - lo) / (hi - lo) * m_side));
        return std::clamp(c, 0, m_side - 1);
    }
    const LinearRegions &m_regions;
    int m_side = 4;
    std::vector<std::vector<int>> m_cells;
};

}  // namespace

std::vector<std::pair<int, int>> adjacentRegions(const LinearRegions &regions)
{
    std::vector<std::pair<int, int>> pairs;
    if (!regions.detailed || regions.count == 0) return pairs;
    const int n = static_cast<int>(regions.count);
    if (regions.inputs == 1) {
        // Intervals run left to right, each touching the next.
        for (int k = 0; k + 1 < n; ++k)
            pairs.emplace_back(k, k + 1);
        return pairs;
    }
    const RegionGrid grid(regions);
    const double diagonal =
        std::hypot(regions.box.x1 - regions.box.x0, regions.box.y1 - regions.box.y0);
    // Far enough across an edge to leave its rounding behind, far less than any region is wide
    // (a region's area is at least 1e-12 of the box's).
    const double step = 1e-9 * diagonal;
    for (int k = 0; k < n; ++k) {
        const auto p = regions.polygon(static_cast<size_t>(k));
        const auto edges = regions.edges(static_cast<size_t>(k));
        for (size_t i = 0, m = p.size(); i < m; ++i) {
            if (edges[i].isBoxEdge()) continue;
            const Point2 &a = p[i];
            const Point2 &b = p[i + 1 == m ? 0 : i + 1];
            const double length = std::hypot(b.x - a.x, b.y - a.y);
            if (!(length > 0.0)) continue;
            // Counter-clockwise: the outside is to the right of the edge.
            const double nx = (b.y - a.y) / length, ny = -(b.x - a.x) / length;
            for (double t : {0.25, 0.5, 0.75}) {
                const double x = a.x + t * (b.x - a.x) + step * nx;
                const double y = a.y + t * (b.y - a.y) + step * ny;
                const int other = grid.find(x, y, k);
                if (other >= 0) pairs.emplace_back(std::min(k, other), std::max(k, other));
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

std::vector<std::uint8_t> colourRegions(const LinearRegions &regions, int colours)
{
    if (!regions.detailed) return {};
    const int n = static_cast<int>(regions.count);
    std::vector<std::vector<int>> neighbours(static_cast<size_t>(n));
    for (const auto &[a, b] : adjacentRegions(regions)) {
        neighbours[static_cast<size_t>(a)].push_back(b);
        neighbours[static_cast<size_t>(b)].push_back(a);
    }
    // Smallest-last order: repeatedly set aside a region of fewest remaining neighbours; colouring
    // in the reverse order, each region then has at most its degeneracy (<= 5 for a planar map)
    // coloured neighbours.
    std::vector<int> degree(static_cast<size_t>(n));
    std::vector<std::vector<int>> buckets(1);
    for (int k = 0; k < n; ++k) {
        const int d = static_cast<int>(neighbours[static_cast<size_t>(k)].size());
        degree[static_cast<size_t>(k)] = d;
        if (static_cast<int>(buckets.size()) <= d) buckets.resize(static_cast<size_t>(d) + 1);
        buckets[static_cast<size_t>(d)].push_back(k);
    }
    std::vector<char> removed(static_cast<size_t>(n), 0);
    std::vector<int> order;
    order.reserve(static_cast<size_t>(n));
    while (static_cast<int>(order.size()) < n) {
        size_t d = 0;
        // Buckets hold stale entries (a region whose degree dropped): skip them.
        for (;; ++d) {
            auto &bucket = buckets[d];
            while (!bucket.empty() &&
                   (removed[static_cast<size_t>(bucket.back())] ||
                    degree[static_cast<size_t>(bucket.back())] != static_cast<int>(d)))
                bucket.pop_back();
            if (!bucket.empty()) break;
        }
        const int k = buckets[d].back();
        buckets[d].pop_back();
        removed[static_cast<size_t>(k)] = 1;
        order.push_back(k);
        for (int m : neighbours[static_cast<size_t>(k)]) {
            if (removed[static_cast<size_t>(m)]) continue;
            const int nd = --degree[static_cast<size_t>(m)];
            buckets[static_cast<size_t>(nd)].push_back(m);
        }
    }
    std::vector<std::uint8_t> colour(static_cast<size_t>(n), 0);
    std::vector<int> used;
    const int limit = std::max(1, colours);
    std::vector<int> uses(static_cast<size_t>(limit), 0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        used.assign(static_cast<size_t>(limit) + 8, 0);
        for (int m : neighbours[static_cast<size_t>(*it)]) {
            if (!removed[static_cast<size_t>(m)]) used[colour[static_cast<size_t>(m)]] = 1;
        }
        // Of the colours its neighbours leave free, the one used least so far: a 2-colourable map
        // (a ReLU net's regions often are) still shows every colour, so each region reads as its
        // own and not as one of two.
        int c = -1;
        for (int k = 0; k < limit; ++k) {
            if (!used[static_cast<size_t>(k)] &&
                (c < 0 || uses[static_cast<size_t>(k)] < uses[static_cast<size_t>(c)]))
                c = k;
        }
        if (c < 0) c = 0;  // more neighbours than colours: cannot happen for colours >= 6
        ++uses[static_cast<size_t>(c)];
        colour[static_cast<size_t>(*it)] = static_cast<std::uint8_t>(c);
        removed[static_cast<size_t>(*it)] = 0;  // coloured: its colour now counts
    }
    return colour;
}

}  // namespace relulab::core
