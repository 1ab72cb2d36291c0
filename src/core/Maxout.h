// A maxout unit max_i(w_i z + b_i) with its exact upper envelope, breakpoints and piece states.
#pragma once

#include <span>
#include <vector>

#include "KinkConvention.h"
#include "MaxoutPiece.h"

namespace relulab::core {

// Whether a piece ever forms part of the envelope.
enum class PieceState {
    Active,     // the maximum on an interval of positive length
    Hidden,     // never the maximum, or only at a single point (touching a breakpoint)
    Duplicate,  // identical to an earlier piece that is active
};

// One stretch of the envelope, [from, to], on which a single piece is the maximum.
struct EnvelopeSegment
{
    int piece = 0;  // index into pieces()
    double from = 0.0;
    double to = 0.0;
};

class Maxout
{
public:
    static constexpr int kMinPieces = 1;
    static constexpr int kMaxPieces = 8;

    // Throws std::invalid_argument for fewer than 1 or more than 8 pieces or non-finite numbers.
    explicit Maxout(std::vector<MaxoutPiece> pieces);

    const std::vector<MaxoutPiece> &pieces() const { return m_pieces; }
    int pieceCount() const { return static_cast<int>(m_pieces.size()); }
    PieceState state(int piece) const { return m_states.at(static_cast<size_t>(piece)); }

    // Envelope segments from -inf to +inf, ordered by z; breakpoints()[j] joins segment j, j+1.
    const std::vector<EnvelopeSegment> &segments() const { return m_segments; }
    std::span<const double> breakpoints() const { return m_breakpoints; }
    std::vector<double> kinks() const { return m_breakpoints; }

    double value(double z) const;
    Subgradient subgradient(double z) const;
    // Left, Right and Mean pick from subgradient(z). First is the slope of the first piece (lowest
    // index) whose value slope * z + intercept, rounded as a multiply then an add, is the
    // largest: for finite z, bit for bit the gradient PyTorch's torch.stack(pieces).max(dim=0)
    // gives z in float64, also where rounding makes a tie inexact or lets a hidden piece win.
    // At z = +-inf (where PyTorch's 0 * inf is NaN) and NaN, First is Left.
    double derivative(double z, KinkConvention c = KinkConvention::Left) const;
    // The piece that is the maximum at z; at a breakpoint the one on its left.
    int activePieceAt(double z) const;

private:
    size_t segmentIndexAt(double z) const;
    double firstMaximalSlope(double z) const;

    std::vector<MaxoutPiece> m_pieces;
    std::vector<PieceState> m_states;
    std::vector<EnvelopeSegment> m_segments;
    std::vector<double> m_breakpoints;
};

}  // namespace relulab::core
