// The exact activation regions: the box split layer by layer along every unit's line within each
// region of the layers below, with polygons kept in flat arrays reused from region to region.
#include "LinearRegions.h"

#include "AffineLayers.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <utility>

namespace relulab::core {

namespace {

using affine::InputMaps;
using affine::Layer;
using affine::Network;

// A vertex within this fraction of the box's extent (measured along the line's gradient) from a
// line is on it: far above the rounding of composed affine maps, far below a pixel.
constexpr double kOnLineTolerance = 1e-10;
// A piece of less than this fraction of the box's area (length in 1-D) is no region of its own.
constexpr double kSliverFraction = 1e-12;

struct Vertex
{
    double x = 0.0;
    double y = 0.0;
    RegionBoundary edge;  // 2-D: the edge to the next vertex; 1-D: what made this end
};

// Twice the signed area of a polygon (positive counter-clockwise).
double twiceArea(std::span<const Vertex> poly)
{
    double s = 0.0;
    for (size_t i = 0, n = poly.size(); i < n; ++i) {
        const Vertex &p = poly[i];
        const Vertex &q = poly[i + 1 == n ? 0 : i + 1];
        s += p.x * q.y - q.x * p.y;
    }
    return s;
}

// Where a polygon (or interval) lies with respect to a line.
enum class Side {
    Positive,  // line >= 0 on all of it (and > 0 somewhere)
    Negative,  // line <= 0 on all of it (and < 0 somewhere)
    Both,      // split in two pieces of more than a sliver each
    OnLine,    // every vertex within the tolerance of the line (a constant 0 map)
};

// The pieces of one region of a layer (or of one unit's split), in flat arrays reused from
// region to region: piece i has vertices [first[i], first[i + 1]) and `width` pattern entries.
struct PieceList
{
    std::vector<Vertex> vertices;
    std::vector<std::uint32_t> first{0};
    std::vector<std::uint8_t> patterns;

    void clear()
    {
        vertices.clear();
        first.assign(1, 0);
        patterns.clear();
    }
    size_t size() const { return first.size() - 1; }
    std::span<const Vertex> piece(size_t i) const
    {
        return {vertices.data() + first[i], first[i + 1] - first[i]};
    }
    const std::uint8_t *pattern(size_t i, int width) const
    {
        return patterns.data() + i * static_cast<size_t>(width);
    }
    // Sets entry `unit` of every piece's pattern.
    void setEntry(int unit, std::uint8_t value, int width)
    {
        for (size_t at = static_cast<size_t>(unit); at < patterns.size();
             at += static_cast<size_t>(width))
            patterns[at] = value;
    }
    // Adds a piece with a copy of `pattern` whose entry `unit` becomes `value`.
    void add(std::span<const Vertex> poly, const std::uint8_t *pattern, int width, int unit,
             std::uint8_t value)
    {
        vertices.insert(vertices.end(), poly.begin(), poly.end());
        first.push_back(static_cast<std::uint32_t>(vertices.size()));
        const size_t at = patterns.size();
        patterns.insert(patterns.end(), pattern, pattern + width);
        patterns[at + static_cast<size_t>(unit)] = value;
    }
};

// Per hidden layer: the row maps of the region being split, its pieces and the activation maps of
// the piece being descended into. Reused by every region of that layer.
struct Level
{
    std::vector<Affine2> rows;
    std::array<PieceList, 2> lists;
    std::vector<Affine2> act;
    std::vector<int> nonZero;
    std::vector<std::uint8_t> zeros;
};

class RegionBuilder
{
public:
    RegionBuilder(const Network &net, const InputBounds &box, const RegionOptions &options,
                  LinearRegions &out)
        : m_net(net), m_box(box), m_options(options), m_out(out), m_oneD(net.inputs == 1)
    {
        const double w = box.x1 - box.x0;
        const double h = m_oneD ? 0.0 : box.y1 - box.y0;
        m_width = w;
        m_height = h;
        m_minSize = kSliverFraction * (m_oneD ? w : w * h);
        m_levels.resize(net.hidden.size());
        for (size_t l = 0; l < net.hidden.size(); ++l) {
            m_levels[l].rows.resize(static_cast<size_t>(net.hidden[l].rows()));
            m_levels[l].act.resize(static_cast<size_t>(net.hidden[l].units));
            m_levels[l].nonZero.resize(static_cast<size_t>(net.hidden[l].units));
            m_levels[l].zeros.assign(static_cast<size_t>(net.hidden[l].units), 0);
        }
        m_pattern.assign(static_cast<size_t>(net.hiddenUnits), 0);
    }

    void run()
    {
        const RegionBoundary box;
        std::vector<Vertex> start;
        if (m_oneD) {
            start = {{m_box.x0, 0.0, box}, {m_box.x1, 0.0, box}};
        } else {
            start = {{m_box.x0, m_box.y0, box},
                     {m_box.x1, m_box.y0, box},
                     {m_box.x1, m_box.y1, box},
                     {m_box.x0, m_box.y1, box}};
        }
        const std::vector<Affine2> inputs = affine::inputMaps(m_net.inputs);
        const int all[2] = {0, 1};
        const InputMaps in{inputs.data(), all, m_net.inputs};
        if (m_net.hidden.empty()) {
            emit(start, in);
            return;
        }
        descend(0, start, in);
    }

private:
    const Network &m_net;
    InputBounds m_box;
    RegionOptions m_options;
    LinearRegions &m_out;
    bool m_oneD;
    double m_width = 0.0, m_height = 0.0, m_minSize = 0.0;
    bool m_stopped = false;
    std::vector<Level> m_levels;
    std::vector<std::uint8_t> m_pattern;  // the pattern of the region being descended into
    std::vector<double> m_values;         // scratch: a line's value at each vertex
    std::vector<Vertex> m_pos, m_neg, m_cellA, m_cellB;

    double size(std::span<const Vertex> poly) const
    {
        return m_oneD ? poly[1].x - poly[0].x : 0.5 * twiceArea(poly);
    }

    double tolerance(const Affine2 &line) const
    {
        return kOnLineTolerance * (std::abs(line.a) * m_width + std::abs(line.b) * m_height);
    }

    // The side of the whole polygon when the line does not cross it, else Side::Both.
    Side sideOf(std::span<const Vertex> poly, const Affine2 &line) const
    {
        const double eps = tolerance(line);
        bool plus = false, minus = false;
        for (const Vertex &v : poly) {
            const double s = line.a * v.x + line.b * v.y + line.c;
            plus = plus || s > eps;
            minus = minus || s < -eps;
        }
        if (!minus) return plus ? Side::Positive : Side::OnLine;
        return plus ? Side::Both : Side::Negative;
    }

    // Unit u's pattern entry on the whole of `region` when it has a single one there (the line
    // misses the region, or one maxout piece wins at every vertex): then no piece of the region
    // needs splitting for it, which is most units of a deep layer.
    std::optional<std::uint8_t> wholeEntry(std::span<const Vertex> region, const Layer &l,
                                           const Affine2 *rows, int u) const
    {
        if (m_net.activation == HiddenActivation::Maxout) {
            const Affine2 *pieces = rows + u * l.pieces;
            const int w0 = winnerAt(pieces, l.pieces, region[0].x, region[0].y);
            for (size_t v = 1; v < region.size(); ++v) {
                if (winnerAt(pieces, l.pieces, region[v].x, region[v].y) != w0) return std::nullopt;
            }
            return static_cast<std::uint8_t>(w0);
        }
        switch (sideOf(region, rows[u])) {
            case Side::Positive:
                return kUnitOn;
            case Side::Negative:
            case Side::OnLine:
                return kUnitOff;
            case Side::Both:
                break;
        }
        return std::nullopt;
    }

    // Splits `poly` along line = 0 into m_pos (line >= 0) and m_neg (line <= 0) when it crosses;
    // new edges along the line are marked `cut`.
    Side split(std::span<const Vertex> poly, const Affine2 &line, RegionBoundary cut)
    {
        const double eps = tolerance(line);
        const size_t n = poly.size();
        m_values.resize(n);
        bool plus = false, minus = false;
        for (size_t i = 0; i < n; ++i) {
            const double s = line.a * poly[i].x + line.b * poly[i].y + line.c;
            // Within the tolerance counts as exactly on the line.
            m_values[i] = s > eps ? s : (s < -eps ? s : 0.0);
            plus = plus || s > eps;
            minus = minus || s < -eps;
        }
        if (!minus) return plus ? Side::Positive : Side::OnLine;
        if (!plus) return Side::Negative;
        m_pos.clear();
        m_neg.clear();
        if (m_oneD)
            splitInterval(poly, cut);
        else
            splitPolygon(poly, cut);
        // A sliver on either side is no split: the whole region lies on the other.
        if (size(m_pos) < m_minSize) return Side::Negative;
        if (size(m_neg) < m_minSize) return Side::Positive;
        return Side::Both;
    }

    void splitPolygon(std::span<const Vertex> poly, RegionBoundary cut)
    {
        const size_t n = poly.size();
        for (size_t i = 0; i < n; ++i) {
            const size_t j = i + 1 == n ? 0 : i + 1;
            const double si = m_values[i], sj = m_values[j];
            const Vertex &v = poly[i];
            // A vertex on the line belongs to both sides; the boundary leaving it follows the
            // line when the polygon's next vertex is on the other side.
            if (si >= 0.0) m_pos.push_back({v.x, v.y, si == 0.0 && sj < 0.0 ? cut : v.edge});
            if (si <= 0.0) m_neg.push_back({v.x, v.y, si == 0.0 && sj > 0.0 ? cut : v.edge});
            if ((si > 0.0 && sj < 0.0) || (si < 0.0 && sj > 0.0)) {
                const Vertex &w = poly[j];
                const double t = si / (si - sj);
                const double x = v.x + t * (w.x - v.x);
                const double y = v.y + t * (w.y - v.y);
                // Leaving a side, the boundary runs along the line; entering, along the edge.
                m_pos.push_back({x, y, si > 0.0 ? cut : v.edge});
                m_neg.push_back({x, y, si < 0.0 ? cut : v.edge});
            }
        }
    }

    void splitInterval(std::span<const Vertex> ends, RegionBoundary cut)
    {
        const double s0 = m_values[0], s1 = m_values[1];
        const double x = ends[0].x + s0 / (s0 - s1) * (ends[1].x - ends[0].x);
        std::vector<Vertex> &left = s0 > 0.0 ? m_pos : m_neg;
        std::vector<Vertex> &right = s0 > 0.0 ? m_neg : m_pos;
        left = {ends[0], {x, 0.0, cut}};
        right = {{x, 0.0, cut}, ends[1]};
    }

    // Splits every piece of `cur` by rectifier unit u's line into `next`.
    void splitRectifier(const PieceList &cur, PieceList &next, const Affine2 &line, int layer,
                        int unit, int width)
    {
        const RegionBoundary cut{layer, unit};
        for (size_t p = 0; p < cur.size(); ++p) {
            const std::span<const Vertex> poly = cur.piece(p);
            const std::uint8_t *pattern = cur.pattern(p, width);
            switch (split(poly, line, cut)) {
                case Side::Positive:
                    next.add(poly, pattern, width, unit, kUnitOn);
                    break;
                case Side::Negative:
                case Side::OnLine:  // z = 0 throughout: off, as z > 0 is false
                    next.add(poly, pattern, width, unit, kUnitOff);
                    break;
                case Side::Both:
                    next.add(m_pos, pattern, width, unit, kUnitOn);
                    next.add(m_neg, pattern, width, unit, kUnitOff);
                    break;
            }
        }
    }

    // The piece of a maxout unit that wins at (x, y), ties to the lowest index (as Maxout and
    // Mlp::hiddenValues break them).
    static int winnerAt(const Affine2 *pieces, int k, double x, double y)
    {
        int best = 0;
        double top = pieces[0].at(x, y);
        for (int i = 1; i < k; ++i) {
            const double v = pieces[i].at(x, y);
            if (v > top) {
                top = v;
                best = i;
            }
        }
        return best;
    }

    // Splits every piece of `cur` by maxout unit u's piece-winner partition into `next`: the
    // cell of piece i is where it is at least every later piece and above every earlier one.
    void splitMaxout(const PieceList &cur, PieceList &next, const Affine2 *pieces, int k, int layer,
                     int unit, int width)
    {
        const RegionBoundary cut{layer, unit};
        for (size_t p = 0; p < cur.size(); ++p) {
            const std::span<const Vertex> poly = cur.piece(p);
            const std::uint8_t *pattern = cur.pattern(p, width);
            // One piece wins at every vertex: it wins on the whole convex piece.
            const int w0 = winnerAt(pieces, k, poly[0].x, poly[0].y);
            bool same = true;
            for (size_t v = 1; v < poly.size() && same; ++v)
                same = winnerAt(pieces, k, poly[v].x, poly[v].y) == w0;
            if (same) {
                next.add(poly, pattern, width, unit, static_cast<std::uint8_t>(w0));
                continue;
            }
            for (int i = 0; i < k; ++i) {
                if (cell(poly, pieces, k, i, cut))
                    next.add(m_cellA, pattern, width, unit, static_cast<std::uint8_t>(i));
            }
        }
    }

    // The cell where piece i of a maxout unit wins within poly, into m_cellA; false when it is
    // empty or a sliver.
    bool cell(std::span<const Vertex> poly, const Affine2 *pieces, int k, int i, RegionBoundary cut)
    {
        m_cellA.assign(poly.begin(), poly.end());
        for (int j = 0; j < k; ++j) {
            if (j == i) continue;
            const Affine2 diff{pieces[i].a - pieces[j].a, pieces[i].b - pieces[j].b,
                               pieces[i].c - pieces[j].c};
            switch (split(m_cellA, diff, cut)) {
                case Side::Positive:
                    break;
                case Side::Negative:
                    return false;
                case Side::OnLine:
                    // Tied throughout: the lower index wins.
                    if (j < i) return false;
                    break;
                case Side::Both:
                    std::swap(m_cellA, m_pos);
                    break;
            }
        }
        return true;
    }

    void descend(size_t layer, std::span<const Vertex> region, InputMaps below)
    {
        Level &level = m_levels[layer];
        const Layer &l = m_net.hidden[layer];
        const int width = l.units;
        affine::rowMaps(l, below, level.rows.data());
        PieceList *cur = &level.lists[0];
        PieceList *next = &level.lists[1];
        cur->clear();
        cur->add(region, level.zeros.data(), width, 0, 0);
        const int layerIndex = static_cast<int>(layer);
        for (int u = 0; u < width; ++u) {
            if (const auto entry = wholeEntry(region, l, level.rows.data(), u)) {
                cur->setEntry(u, *entry, width);
                continue;
            }
            next->clear();
            if (m_net.activation == HiddenActivation::Maxout)
                splitMaxout(*cur, *next, level.rows.data() + u * l.pieces, l.pieces, layerIndex, u,
                            width);
            else
                splitRectifier(*cur, *next, level.rows[static_cast<size_t>(u)], layerIndex, u,
                               width);
            std::swap(cur, next);
            // Every piece becomes at least one region: past the limit already, stop here
            // rather than hold more pieces.
            if (m_out.count + cur->size() > static_cast<size_t>(m_options.limit)) {
                m_out.status = RegionsStatus::LimitReached;
                m_stopped = true;
                return;
            }
        }
        const bool last = layer + 1 == m_net.hidden.size();
        for (size_t p = 0; p < cur->size() && !m_stopped; ++p) {
            const std::uint8_t *pattern = cur->pattern(p, width);
            std::copy(pattern, pattern + width, m_pattern.begin() + l.firstUnit);
            const InputMaps act{level.act.data(), level.nonZero.data(),
                                affine::activationMaps(m_net, l, level.rows.data(), pattern,
                                                       level.act.data(), level.nonZero.data())};
            if (last)
                emit(cur->piece(p), act);
            else
                descend(layer + 1, cur->piece(p), act);
        }
    }

    void emit(std::span<const Vertex> poly, InputMaps lastAct)
    {
        if (m_out.count == static_cast<size_t>(m_options.limit)) {
            m_out.status = RegionsStatus::LimitReached;
            m_stopped = true;
            return;
        }
        ++m_out.count;
        if (m_options.countOnly) return;
        for (const Vertex &v : poly) {
            m_out.vertices.push_back({v.x, v.y});
            m_out.boundary.push_back(v.edge);
        }
        m_out.firstVertex.push_back(static_cast<std::uint32_t>(m_out.vertices.size()));
        m_out.patterns.insert(m_out.patterns.end(), m_pattern.begin(), m_pattern.end());
        Affine2 out;
        affine::rowMaps(m_net.output, lastAct, &out);
        m_out.outputs.push_back(out);
    }
};

// 1-D: the intervals from left to right (the splits list them in the order they were made).
void sortIntervals(LinearRegions &out)
{
    std::vector<size_t> order(out.count);
    for (size_t r = 0; r < order.size(); ++r)
        order[r] = r;
    std::sort(order.begin(), order.end(),
              [&out](size_t a, size_t b) { return out.vertices[2 * a].x < out.vertices[2 * b].x; });
    const auto units = static_cast<size_t>(out.hiddenUnits);
    std::vector<Point2> vertices(out.vertices.size());
    std::vector<RegionBoundary> boundary(out.boundary.size());
    std::vector<std::uint8_t> patterns(out.patterns.size());
    std::vector<Affine2> outputs(out.outputs.size());
    for (size_t r = 0; r < order.size(); ++r) {
        const size_t from = order[r];
        for (size_t end = 0; end < 2; ++end) {
            vertices[2 * r + end] = out.vertices[2 * from + end];
            boundary[2 * r + end] = out.boundary[2 * from + end];
        }
        std::copy_n(out.patterns.begin() + static_cast<std::ptrdiff_t>(from * units), units,
                    patterns.begin() + static_cast<std::ptrdiff_t>(r * units));
        outputs[r] = out.outputs[from];
    }
    out.vertices.swap(vertices);
    out.boundary.swap(boundary);
    out.patterns.swap(patterns);
    out.outputs.swap(outputs);
}

void checkBox(const InputBounds &box, int inputs)
{
    const auto finite = [](double lo, double hi) {
        return std::isfinite(lo) && std::isfinite(hi) && lo < hi;
    };
    if (!finite(box.x0, box.x1) || (inputs > 1 && !finite(box.y0, box.y1)))
        throw std::invalid_argument("the box needs finite bounds with min < max");
}

}  // namespace

void computeLinearRegions(const Mlp &net, const InputBounds &box, const RegionOptions &options,
                          LinearRegions &out)
{
    if (options.limit < 1) throw std::invalid_argument("the region limit must be at least 1");
    const int inputs = net.config().inputs;
    checkBox(box, inputs);
    out.status = RegionsStatus::Complete;
    out.limit = options.limit;
    out.inputs = inputs;
    out.box = box;
    if (inputs == 1) out.box.y0 = out.box.y1 = 0.0;
    out.hiddenUnits = net.hiddenUnits();
    out.detailed = !options.countOnly;
    out.count = 0;
    out.firstVertex.assign(options.countOnly ? 0 : 1, 0);
    out.vertices.clear();
    out.boundary.clear();
    out.patterns.clear();
    out.outputs.clear();
    const bool finite = std::all_of(net.parameters().begin(), net.parameters().end(),
                                    [](double p) { return std::isfinite(p); });
    if (isSaturating(net.config().activation) || !finite) {
        out.status = finite ? RegionsStatus::NotPiecewiseLinear : RegionsStatus::NonFinite;
        out.detailed = false;
        out.firstVertex.clear();
        return;
    }
    const Network network = affine::readNetwork(net);
    RegionBuilder(network, out.box, options, out).run();
    if (inputs == 1 && out.detailed) sortIntervals(out);
}

std::optional<RegionCount> shownRegionCount(const LinearRegions &regions)
{
    switch (regions.status) {
        case RegionsStatus::Complete:
            return RegionCount{static_cast<long long>(regions.count), false};
        case RegionsStatus::LimitReached:
            return RegionCount{regions.limit, true};
        case RegionsStatus::NotPiecewiseLinear:
        case RegionsStatus::NonFinite:
            break;
    }
    return std::nullopt;
}

LinearRegions computeLinearRegions(const Mlp &net, const InputBounds &box,
                                   const RegionOptions &options)
{
    LinearRegions out;
    computeLinearRegions(net, box, options, out);
    return out;
}

RegionMaps regionMaps(const Mlp &net, std::span<const std::uint8_t> pattern)
{
    if (isSaturating(net.config().activation))
        throw std::invalid_argument("sigmoid and tanh networks have no linear regions");
    if (pattern.size() != static_cast<size_t>(net.hiddenUnits()))
        throw std::invalid_argument("the pattern does not fit the network");
    const Network n = affine::readNetwork(net);
    RegionMaps maps;
    std::vector<Affine2> below = affine::inputMaps(n.inputs), rows, act;
    std::vector<int> nonZero{0, 1};
    int count = n.inputs;
    for (const Layer &l : n.hidden) {
        rows.resize(static_cast<size_t>(l.rows()));
        act.resize(static_cast<size_t>(l.units));
        affine::rowMaps(l, {below.data(), nonZero.data(), count}, rows.data());
        const std::uint8_t *p = pattern.data() + l.firstUnit;
        for (int u = 0; u < l.units; ++u) {
            if (n.activation == HiddenActivation::Maxout && p[u] >= l.pieces)
                throw std::invalid_argument("the pattern names a maxout piece the unit lacks");
            maps.z.push_back(rows[static_cast<size_t>(u * l.pieces + (l.pieces > 1 ? p[u] : 0))]);
        }
        if (n.activation == HiddenActivation::Maxout)
            maps.pieces.insert(maps.pieces.end(), rows.begin(), rows.end());
        nonZero.resize(std::max<size_t>(2, static_cast<size_t>(l.units)));
        count = affine::activationMaps(n, l, rows.data(), p, act.data(), nonZero.data());
        below.swap(act);
    }
    affine::rowMaps(n.output, {below.data(), nonZero.data(), count}, &maps.output);
    return maps;
}

}  // namespace relulab::core
