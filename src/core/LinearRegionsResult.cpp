// The accessors of a LinearRegions result: a region's polygon, edges, pattern and area, and the
// region holding a point.
#include <algorithm>
#include <cmath>

#include "LinearRegions.h"

namespace relulab::core {

std::span<const Point2> LinearRegions::polygon(std::size_t region) const
{
    return {vertices.data() + firstVertex[region], firstVertex[region + 1] - firstVertex[region]};
}

std::span<const RegionBoundary> LinearRegions::edges(std::size_t region) const
{
    return {boundary.data() + firstVertex[region], firstVertex[region + 1] - firstVertex[region]};
}

std::span<const std::uint8_t> LinearRegions::pattern(std::size_t region) const
{
    const auto n = static_cast<size_t>(hiddenUnits);
    return {patterns.data() + region * n, n};
}

double LinearRegions::area(std::size_t region) const
{
    const std::span<const Point2> p = polygon(region);
    if (inputs == 1) return p[1].x - p[0].x;
    double s = 0.0;
    for (size_t i = 0, n = p.size(); i < n; ++i) {
        const Point2 &a = p[i];
        const Point2 &b = p[i + 1 == n ? 0 : i + 1];
        s += a.x * b.y - b.x * a.y;
    }
    return 0.5 * s;
}

bool LinearRegions::contains(std::size_t region, double x, double y) const
{
    // Boundaries count as inside, give or take rounding of the vertices.
    const double scale = std::max(box.x1 - box.x0, inputs == 1 ? 0.0 : box.y1 - box.y0);
    const double slack = 1e-12 * scale;
    const std::span<const Point2> p = polygon(region);
    if (inputs == 1) return x >= p[0].x - slack && x <= p[1].x + slack;
    for (size_t i = 0, n = p.size(); i < n; ++i) {
        const Point2 &a = p[i];
        const Point2 &b = p[i + 1 == n ? 0 : i + 1];
        const double ex = b.x - a.x, ey = b.y - a.y;
        // Left of (or on) every counter-clockwise edge, the distance measured in box units.
        if (ex * (y - a.y) - ey * (x - a.x) < -slack * std::hypot(ex, ey)) return false;
    }
    return true;
}

int LinearRegions::regionAt(double x, double y) const
{
    if (!detailed) return -1;
    for (size_t r = 0; r < count; ++r) {
        if (contains(r, x, y)) return static_cast<int>(r);
    }
    return -1;
}

std::size_t LinearRegions::bytes() const
{
    return firstVertex.capacity() * sizeof(std::uint32_t) + vertices.capacity() * sizeof(Point2) +
           boundary.capacity() * sizeof(RegionBoundary) +
           patterns.capacity() * sizeof(std::uint8_t) + outputs.capacity() * sizeof(Affine2);
}

}  // namespace relulab::core
