// The exact activation regions of a piecewise-linear network over a box of its input space:
// convex polygons (2-D) or intervals (1-D), each with its on/off pattern and affine output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "InputField.h"
#include "Mlp.h"

namespace relulab::core {

// What computeLinearRegions could do for a network.
enum class RegionsStatus {
    Complete,            // every region that meets the box is listed
    LimitReached,        // more than `limit` regions: it stopped there, having listed at most limit
    NotPiecewiseLinear,  // sigmoid or tanh: the network has no linear regions; nothing listed
    NonFinite,           // a parameter is NaN or infinite (a diverged run): nothing listed
};

struct Point2
{
    double x = 0.0;
    double y = 0.0;
};

// a·x + b·y + c (b is 0 for a 1-D input).
struct Affine2
{
    double a = 0.0;
    double b = 0.0;
    double c = 0.0;

    double at(double x, double y = 0.0) const { return a * x + b * y + c; }
};

// What made one piece of a region's boundary: hidden unit `unit` of hidden layer `layer` (its
// line z = 0, or for maxout a line where two of its pieces tie), or the box (layer = unit = -1).
struct RegionBoundary
{
    int layer = -1;
    int unit = -1;

    bool isBoxEdge() const { return layer < 0; }
    friend bool operator==(const RegionBoundary &, const RegionBoundary &) = default;
};

// A region's pattern entry for a rectifier unit (ReLU, Leaky ReLU, PReLU): on when z > 0.
// A maxout unit's entry is the index of its winning piece (ties to the lowest index).
inline constexpr std::uint8_t kUnitOff = 0;
inline constexpr std::uint8_t kUnitOn = 1;

// Far above what the window's usual nets have (a trained 2-16-16-16-1 about 2,000), and small
// enough to hold (about 130 bytes per region plus a byte per hidden unit: at most about 35 MB, for
// 12 layers of 32) and to compute in about a second for the largest net the window allows.
inline constexpr int kDefaultRegionLimit = 50000;

// The regions, stored in flat arrays (no allocation per region). Region r (0 <= r < count):
// - 2-D: a convex polygon with vertices vertices[firstVertex[r] .. firstVertex[r + 1]),
//   counter-clockwise; boundary[i] is what made the edge from vertices[i] to the next vertex of
//   the same region (the last vertex's edge closes the polygon back to the first).
// - 1-D: the interval [x0, x1] as two vertices (x0, 0) and (x1, 0); boundary[i] is what made
//   that end of the interval (a unit's kink, or the box's end). Intervals run left to right.
// Adjacent regions have different patterns but may share the same affine output.
struct LinearRegions
{
    RegionsStatus status = RegionsStatus::Complete;
    int limit = kDefaultRegionLimit;
    int inputs = 2;  // 1 or 2
    InputBounds box;
    int hiddenUnits = 0;    // pattern entries per region
    bool detailed = true;   // false: only count and status were computed (RegionOptions)
    std::size_t count = 0;  // regions listed (LimitReached: at most the limit, and more exist)

    // Empty when !detailed.
    std::vector<std::uint32_t> firstVertex;  // count + 1 entries
    std::vector<Point2> vertices;
    std::vector<RegionBoundary> boundary;  // one per vertex
    // count * hiddenUnits entries: region r's pattern, hidden units in flat order (layer after
    // layer): kUnitOn / kUnitOff, or the maxout unit's winning piece.
    std::vector<std::uint8_t> patterns;
    // The network's output on each region, before the output sigmoid: the logit for
    // classification, the predicted value for regression.
    std::vector<Affine2> outputs;

    std::span<const Point2> polygon(std::size_t region) const;
    std::span<const RegionBoundary> edges(std::size_t region) const;
    std::span<const std::uint8_t> pattern(std::size_t region) const;
    const Affine2 &output(std::size_t region) const { return outputs[region]; }
    // The polygon's area (2-D) or the interval's length (1-D).
    double area(std::size_t region) const;
    // Whether region's polygon (interval) holds (x, y), boundaries included (within a relative
    // 1e-12 of the box); y is ignored in 1-D. Needs detailed.
    bool contains(std::size_t region, double x, double y = 0.0) const;
    // The region whose polygon (interval) holds (x, y) (y ignored in 1-D), boundaries included
    // (the first such region); -1 outside the box or when !detailed.
    int regionAt(double x, double y = 0.0) const;
    // Bytes the arrays hold (their capacity), for the benchmark and memory budgets.
    std::size_t bytes() const;
};

struct RegionOptions
{
    int limit = kDefaultRegionLimit;  // >= 1
    bool countOnly = false;           // no polygons, patterns or outputs: count and status only
};

// The activation regions of `net` that meet `box` (in 1-D only x0, x1 are used), found by
// splitting the box layer by layer along each unit's line z = 0 (maxout: the lines where its
// pieces tie) within each region of the layers below; no sampling. A region must have an area
// (length) of more than 1e-12 of the box's to count, and a vertex within a relative 1e-10 of a
// line is on it, so that lines through vertices or corners, parallel, coincident and constant
// lines (a dead layer) neither split off slivers nor count a region twice.
// Throws std::invalid_argument for a box that is not finite with x0 < x1 (and y0 < y1 in 2-D).
LinearRegions computeLinearRegions(const Mlp &net, const InputBounds &box,
                                   const RegionOptions &options = {});
// The same into `out`, reusing its arrays' memory (for a caller that recomputes often).
void computeLinearRegions(const Mlp &net, const InputBounds &box, const RegionOptions &options,
                          LinearRegions &out);

// The number a count of regions shows: the count when it is complete; the limit when it stopped
// there (atLeast: there are more); nothing for a network without linear regions (sigmoid, tanh)
// or with weights that are not finite, rather than a misleading 0.
struct RegionCount
{
    long long value = 0;
    bool atLeast = false;
};
std::optional<RegionCount> shownRegionCount(const LinearRegions &regions);

// Every unit's pre-activation on one region as an affine function of the input (for hover text):
// z in flat unit order (a maxout unit's z is its winning piece's value, as Mlp::hiddenValues has
// it), each maxout piece's value (unit * pieces + piece; empty otherwise), and the output (as in
// LinearRegions::outputs). `pattern` is a region's pattern from a LinearRegions of this net.
struct RegionMaps
{
    std::vector<Affine2> z;
    std::vector<Affine2> pieces;
    Affine2 output;
};
// Throws std::invalid_argument for sigmoid or tanh, or a pattern of the wrong length.
RegionMaps regionMaps(const Mlp &net, std::span<const std::uint8_t> pattern);

}  // namespace relulab::core
