// Upper envelope of k lines (the convex-hull trick), evaluated exactly at its breakpoints.
#include "Maxout.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

// The First convention must round slope * z + intercept as PyTorch does, a multiply then an
// add, never one FMA (GCC gets -ffp-contract=off from CMakeLists.txt).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace relulab::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// True when line b is never strictly above both a and c (slopes a < b < c): c overtakes a no
// later than b does. Cross-multiplied to avoid dividing; equality (b only touches) counts.
bool isBelowEnvelope(const MaxoutPiece &a, const MaxoutPiece &b, const MaxoutPiece &c)
{
    return (a.intercept - c.intercept) * (b.slope - a.slope) <=
           (a.intercept - b.intercept) * (c.slope - a.slope);
}

double crossing(const MaxoutPiece &a, const MaxoutPiece &b)
{
    return (a.intercept - b.intercept) / (b.slope - a.slope);
}

}  // namespace

Maxout::Maxout(std::vector<MaxoutPiece> pieces) : m_pieces(std::move(pieces))
{
    const auto k = static_cast<int>(m_pieces.size());
    if (k < kMinPieces || k > kMaxPieces)
        throw std::invalid_argument("maxout needs between 1 and 8 pieces");
    for (const auto &p : m_pieces) {
        if (!std::isfinite(p.slope) || !std::isfinite(p.intercept))
            throw std::invalid_argument("maxout slopes and intercepts must be finite numbers");
    }

    // Order by slope, and among equal slopes highest intercept first (then by index, so the
    // first of two identical pieces is the one kept).
    std::vector<int> order(m_pieces.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const auto &pa = m_pieces[a];
        const auto &pb = m_pieces[b];
        if (pa.slope != pb.slope) return pa.slope < pb.slope;
        return pa.intercept > pb.intercept;
    });

    m_states.assign(m_pieces.size(), PieceState::Hidden);
    std::vector<int> candidates;
    std::vector<int> duplicateOf(m_pieces.size(), -1);
    for (int idx : order) {
        if (!candidates.empty() && m_pieces[candidates.back()].slope == m_pieces[idx].slope) {
            if (m_pieces[candidates.back()] == m_pieces[idx]) duplicateOf[idx] = candidates.back();
            continue;  // a parallel piece below (or equal to) the one already kept
        }
        candidates.push_back(idx);
    }

    std::vector<int> hull;
    for (int idx : candidates) {
        while (hull.size() >= 2 && isBelowEnvelope(m_pieces[hull[hull.size() - 2]],
                                                   m_pieces[hull.back()], m_pieces[idx])) {
            hull.pop_back();
        }
        hull.push_back(idx);
    }
    // Rounding in the test above can keep a line that three nearly concurrent lines leave with
    // an empty (or inverted) stretch. The envelope's breakpoints must strictly increase: drop
    // the middle line wherever they do not, until they do.
    for (size_t j = 0; j + 2 < hull.size();) {
        const double a = crossing(m_pieces[hull[j]], m_pieces[hull[j + 1]]);
        const double b = crossing(m_pieces[hull[j + 1]], m_pieces[hull[j + 2]]);
        if (a < b) {
            ++j;
            continue;
        }
        hull.erase(hull.begin() + static_cast<std::ptrdiff_t>(j + 1));
        j = j > 0 ? j - 1 : 0;
    }

    for (size_t j = 0; j < hull.size(); ++j) {
        const double from = j == 0 ? -kInf : m_breakpoints.back();
        double to = kInf;
        if (j + 1 < hull.size()) {
            to = crossing(m_pieces[hull[j]], m_pieces[hull[j + 1]]);
            m_breakpoints.push_back(to);
        }
        m_segments.push_back({hull[j], from, to});
        m_states[static_cast<size_t>(hull[j])] = PieceState::Active;
    }
    for (size_t i = 0; i < m_pieces.size(); ++i) {
        if (duplicateOf[i] >= 0 &&
            m_states[static_cast<size_t>(duplicateOf[i])] == PieceState::Active)
            m_states[i] = PieceState::Duplicate;
    }
}

size_t Maxout::segmentIndexAt(double z) const
{
    // Number of breakpoints strictly below z: the segment whose closed interval holds z (the
    // left one at a breakpoint).
    return static_cast<size_t>(std::lower_bound(m_breakpoints.begin(), m_breakpoints.end(), z) -
                               m_breakpoints.begin());
}

double Maxout::value(double z) const
{
    if (std::isnan(z)) return z;
    if (std::isinf(z)) {
        const auto &p =
            m_pieces[static_cast<size_t>((z > 0 ? m_segments.back() : m_segments.front()).piece)];
        return p.slope == 0.0 ? p.intercept : p.slope * z;
    }
    double best = -kInf;
    for (const auto &p : m_pieces)
        best = std::max(best, p.at(z));
    return best;
}

Subgradient Maxout::subgradient(double z) const
{
    if (std::isnan(z)) return {z, z};
    const size_t j = segmentIndexAt(z);
    const double here = m_pieces[static_cast<size_t>(m_segments[j].piece)].slope;
    if (j < m_breakpoints.size() && m_breakpoints[j] == z)
        return {here, m_pieces[static_cast<size_t>(m_segments[j + 1].piece)].slope};
    return {here, here};
}

double Maxout::derivative(double z, KinkConvention c) const
{
    if (c == KinkConvention::First && std::isfinite(z)) return firstMaximalSlope(z);
    return pick(subgradient(z), c);
}

double Maxout::firstMaximalSlope(double z) const
{
    // Strictly greater: of equal maxima the first stays, as in PyTorch's max(dim).
    size_t first = 0;
    double best = m_pieces[0].at(z);
    for (size_t i = 1; i < m_pieces.size(); ++i) {
        const double v = m_pieces[i].at(z);
        if (v > best) {
            best = v;
            first = i;
        }
    }
    const double slope = m_pieces[first].slope;
    if (slope != 0.0) return slope;
    // Autograd sums the winner's slope * 1 and every other piece's slope * 0: a sum of zeros,
    // which is -0 only when every term is.
    const bool allNegativeZeros =
        std::all_of(m_pieces.begin(), m_pieces.end(),
                    [](const MaxoutPiece &p) { return std::signbit(p.slope); });
    return allNegativeZeros ? -0.0 : 0.0;
}

int Maxout::activePieceAt(double z) const
{
    if (std::isnan(z)) return -1;
    return m_segments[segmentIndexAt(z)].piece;
}

}  // namespace relulab::core
