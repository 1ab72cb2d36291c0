// Internal to the core: the inner loops of the forward and backward passes, written with
// vectors of doubles across independent outputs, for Mlp and Backprop.
//
// The loops vectorise across independent outputs only (the rows of a layer, the units, the
// entries of a gradient row, the inputs of a layer): each output sits in its own lane of a
// vector register and takes exactly the multiplications, additions and comparisons, in exactly
// the order, of the plain scalar loop, so every bit stays the same. What vectorising changes is
// how many outputs advance per instruction. Vectors of two doubles are SSE2 on every x86-64 (and
// NEON on ARM); four are AVX2. The kernels are inlined into their callers and compiled with the
// caller's instruction set: Backprop has a copy of its batch loops for AVX2 (see Backprop.cpp).
// No FMA: it would round a * b + c once instead of twice.
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "KinkConvention.h"
#include "NetworkConfig.h"

// GCC and Clang on x86-64 compile the batch loops a second time for AVX2. Elsewhere the portable
// loops are all there is.
#if (defined(__GNUC__) || defined(__clang__)) && defined(__x86_64__)
#define RELULAB_AVX2_LOOPS 1
#else
#define RELULAB_AVX2_LOOPS 0
#endif

// Inlined wherever used, and so compiled for the instruction set of the caller; the lambdas the
// kernels take too.
#define RELULAB_KERNEL [[gnu::always_inline]] inline
#define RELULAB_LAMBDA __attribute__((always_inline))

namespace relulab::core::kernels {

// The vector_size types must not depend on a template parameter (GCC ignores the attribute
// there), hence the two spelled out.
typedef double Vec2 __attribute__((vector_size(2 * sizeof(double))));
typedef double Vec4 __attribute__((vector_size(4 * sizeof(double))));
template <int Lanes>
struct VectorOf;
template <>
struct VectorOf<2>
{
    using type = Vec2;
};
template <>
struct VectorOf<4>
{
    using type = Vec4;
};
template <int Lanes>
using Vec = typename VectorOf<Lanes>::type;

// Unaligned loads and stores, one instruction each, and x in every lane. By reference: a vector
// passed by value makes GCC warn about the AVX calling convention even where the call is inlined.
template <class V>
RELULAB_KERNEL void load(V &v, const double *p)
{
    std::memcpy(&v, p, sizeof v);
}

template <class V>
RELULAB_KERNEL void store(double *p, const V &v)
{
    std::memcpy(p, &v, sizeof v);
}

template <class V>
RELULAB_KERNEL void splat(V &v, double x)
{
    for (size_t i = 0; i < sizeof v / sizeof x; ++i)
        v[i] = x;
}

// y[k] += a * x[k] for k < n.
template <int Lanes>
RELULAB_KERNEL void addScaled(double *y, double a, const double *x, int n)
{
    int k = 0;
    for (; k + Lanes <= n; k += Lanes) {
        Vec<Lanes> yk, xk;
        load(yk, y + k);
        load(xk, x + k);
        yk += a * xk;
        store(y + k, yk);
    }
    if (Lanes == 4 && k + 2 <= n) {  // a pair left over (the first layer's two inputs)
        Vec2 yk, xk;
        load(yk, y + k);
        load(xk, x + k);
        yk += a * xk;
        store(y + k, yk);
        k += 2;
    }
    for (; k < n; ++k)
        y[k] += a * x[k];
}

// Columns k0 .. k0 + Blocks * Lanes - 1 of sumRows: Blocks vectors of sums kept in registers.
template <int Lanes, int Blocks, class Terms>
RELULAB_KERNEL void sumRowsBlock(const Terms &terms, int k0, double *out)
{
    Vec<Lanes> s[Blocks];
    for (int b = 0; b < Blocks; ++b)
        s[b] = Vec<Lanes>{};  // 0.0 in every lane
    terms([&](double c, const double *row) RELULAB_LAMBDA {
        for (int b = 0; b < Blocks; ++b) {
            Vec<Lanes> rb;
            load(rb, row + k0 + b * Lanes);
            s[b] += c * rb;
        }
    });
    for (int b = 0; b < Blocks; ++b)
        store(out + k0 + b * Lanes, s[b]);
}

// out[k] = 0.0 + c0 * row0[k] + c1 * row1[k] + ... for k < width, added in the order of the
// terms: a sum of scaled rows, each out[k] the scalar loop's sum to the bit. terms(visit) calls
// visit(c, row) for each term in order. The forward pass adds the inputs times the columns of a
// layer's weights; the backward pass adds the units' deltas times their weight rows. Four
// vectors go through the terms together (the sums do not wait for each other's additions), then
// two, one, half a vector and single columns.
template <int Lanes, class Terms>
RELULAB_KERNEL void sumRows(const Terms &terms, int width, double *out)
{
    int k = 0;
    for (; k + 4 * Lanes <= width; k += 4 * Lanes)
        sumRowsBlock<Lanes, 4>(terms, k, out);
    if (k + 2 * Lanes <= width) {
        sumRowsBlock<Lanes, 2>(terms, k, out);
        k += 2 * Lanes;
    }
    if (k + Lanes <= width) {
        sumRowsBlock<Lanes, 1>(terms, k, out);
        k += Lanes;
    }
    if (Lanes == 4 && k + 2 <= width) {
        sumRowsBlock<2, 1>(terms, k, out);
        k += 2;
    }
    for (; k < width; ++k) {
        double s = 0.0;
        terms([&](double c, const double *row) RELULAB_LAMBDA { s += c * row[k]; });
        out[k] = s;
    }
}

// A set of units of a layer (at most 64), one bit each: bit u for unit u.
using UnitMask = std::uint64_t;
static_assert(NetworkConfig::kMaxWidth <= static_cast<int>(sizeof(UnitMask) * 8),
              "a layer's units must fit one UnitMask");

// Calls visit(u) for each unit of the mask, in increasing order, of a layer of `width` units.
// The loop takes no jump that depends on which units are in the set, only one at its end; when
// all are (as nearly always for Leaky ReLU, PReLU and maxout), a plain count.
template <class Visit>
RELULAB_KERNEL void forEachUnit(UnitMask units, int width, Visit visit)
{
    if (units == (~UnitMask{0} >> (64 - width))) {
        for (int u = 0; u < width; ++u)
            visit(u);
        return;
    }
    for (; units != 0; units &= units - 1)
        visit(std::countr_zero(units));
}

// The units of a layer whose value is not 0 (NaN included, as it does not compare equal to 0),
// gathered a vector at a time: each lane collects its units' bits, ORed together at the end.
template <int Lanes>
class NonZeroUnits
{
public:
    NonZeroUnits()
    {
        for (int i = 0; i < Lanes; ++i)
            m_bit[i] = 1 << i;
    }

    // The values of units u .. u + Lanes - 1.
    RELULAB_KERNEL void add(const Vec<Lanes> &v, int u) { m_bits |= (v != 0.0) & (m_bit << u); }
    // The value of unit u.
    RELULAB_KERNEL void add(double v, int u) { m_tail |= static_cast<UnitMask>(v != 0.0) << u; }

    RELULAB_KERNEL UnitMask units() const
    {
        UnitMask units = m_tail;
        for (int i = 0; i < Lanes; ++i)
            units |= static_cast<UnitMask>(m_bits[i]);
        return units;
    }

private:
    // A 64-bit integer per lane, as comparisons give (all bits set where true).
    using Lanes64 = std::remove_const_t<decltype(Vec<Lanes>{} != 0.0)>;
    Lanes64 m_bits = {};
    Lanes64 m_bit;  // the lane's bit for unit 0
    UnitMask m_tail = 0;
};

// Lanes x Lanes doubles transposed in registers: the rows r[0..Lanes) become the columns.
template <int Lanes>
RELULAB_KERNEL void transposeBlock(Vec<Lanes> (&r)[Lanes])
{
    if constexpr (Lanes == 2) {
        const Vec2 c0 = __builtin_shufflevector(r[0], r[1], 0, 2);
        const Vec2 c1 = __builtin_shufflevector(r[0], r[1], 1, 3);
        r[0] = c0;
        r[1] = c1;
    } else {
        const Vec4 t0 = __builtin_shufflevector(r[0], r[1], 0, 4, 2, 6);
        const Vec4 t1 = __builtin_shufflevector(r[0], r[1], 1, 5, 3, 7);
        const Vec4 t2 = __builtin_shufflevector(r[2], r[3], 0, 4, 2, 6);
        const Vec4 t3 = __builtin_shufflevector(r[2], r[3], 1, 5, 3, 7);
        r[0] = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);
        r[1] = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
        r[2] = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);
        r[3] = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
    }
}

// to[c * toStride + r] = from[r * fromStride + c] for r < rows, c < cols: a matrix transposed,
// Lanes x Lanes blocks at a time, then the rest one number at a time.
template <int Lanes>
RELULAB_KERNEL void transpose(const double *from, int fromStride, int rows, int cols, double *to,
                              int toStride)
{
    const int blockRows = rows - rows % Lanes;
    const int blockCols = cols - cols % Lanes;
    for (int r = 0; r < blockRows; r += Lanes) {
        for (int c = 0; c < blockCols; c += Lanes) {
            Vec<Lanes> block[Lanes];
            for (int i = 0; i < Lanes; ++i)
                load(block[i], from + (r + i) * fromStride + c);
            transposeBlock<Lanes>(block);
            for (int i = 0; i < Lanes; ++i)
                store(to + (c + i) * toStride + r, block[i]);
        }
        for (int c = blockCols; c < cols; ++c) {
            for (int i = 0; i < Lanes; ++i)
                to[c * toStride + r + i] = from[(r + i) * fromStride + c];
        }
    }
    for (int r = blockRows; r < rows; ++r) {
        for (int c = 0; c < cols; ++c)
            to[c * toStride + r] = from[r * fromStride + c];
    }
}

// The logistic sigmoid 1 / (1 + e^-z): 0 for z below about -709 (e^-z overflows to infinity),
// NaN for NaN. Scalar and through the C library's exp in every copy of the kernels, so the AVX2
// loops and the portable ones give the same bits.
inline double logistic(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

// What the activation of one hidden layer needs: its kind, shape and parameters.
struct LayerActivation
{
    HiddenActivation kind = HiddenActivation::Relu;
    int units = 0;
    int pieces = 1;                // weight rows per unit (maxout), else 1
    double alpha = 0.0;            // Leaky ReLU's slope
    const double *bias = nullptr;  // one per weight row
    // The order of the weight rows in bias and in the sums: unit by unit, each unit's pieces
    // side by side (u * pieces + k, the order of the parameters), or piece-major (k * units + u,
    // Backprop's copy), which lets maxout compare the pieces of several units at once.
    bool pieceMajor = false;
    const double *slopes = nullptr;  // PReLU's, one per unit
};

// Bias and activation of each unit from its rows' weighted sums (dots, one per weight row, in
// the order of bias): z[u] the pre-activation (the winning piece's value for maxout, its index
// into winner[u]), act[u] the activation.
template <int Lanes>
RELULAB_KERNEL void activate(const LayerActivation &layer, const double *dots, double *z,
                             double *act, int *winner)
{
    using V = Vec<Lanes>;
    const int units = layer.units;
    const double *b = layer.bias;
    V zero = V{}, alpha;
    splat(alpha, layer.alpha);
    int u = 0;
    // The switch sits outside the unit loops so that each is a plain loop.
    switch (layer.kind) {
        case HiddenActivation::Relu:
            for (; u + Lanes <= units; u += Lanes) {
                V s, d;
                load(s, b + u);
                load(d, dots + u);
                s += d;
                store(z + u, s);
                store(act + u, s < 0.0 ? zero : s);
            }
            for (; u < units; ++u) {
                const double s = b[u] + dots[u];
                z[u] = s;
                act[u] = s < 0.0 ? 0.0 : s;  // NaN propagates, as in PyTorch
            }
            break;
        case HiddenActivation::Leaky:
            for (; u + Lanes <= units; u += Lanes) {
                V s, d;
                load(s, b + u);
                load(d, dots + u);
                s += d;
                store(z + u, s);
                store(act + u, s < 0.0 ? alpha * s : s);
            }
            for (; u < units; ++u) {
                const double s = b[u] + dots[u];
                z[u] = s;
                act[u] = s < 0.0 ? layer.alpha * s : s;
            }
            break;
        case HiddenActivation::Prelu:
            for (; u + Lanes <= units; u += Lanes) {
                V s, d, a;
                load(s, b + u);
                load(d, dots + u);
                load(a, layer.slopes + u);
                s += d;
                store(z + u, s);
                store(act + u, s < 0.0 ? a * s : s);
            }
            for (; u < units; ++u) {
                const double s = b[u] + dots[u];
                z[u] = s;
                act[u] = s < 0.0 ? layer.slopes[u] * s : s;
            }
            break;
        case HiddenActivation::Maxout: {
            const int pieces = layer.pieces;
            // Piece k of unit u sits at u * pieces + k, or at k * units + u when piece-major.
            const int unitStride = layer.pieceMajor ? 1 : pieces;
            const int pieceStride = layer.pieceMajor ? units : 1;
            // Piece-major, the same piece of neighbouring units lies side by side: each lane
            // takes a unit through the scalar loop's comparisons below.
            for (; layer.pieceMajor && u + Lanes <= units; u += Lanes) {
                V best, d, winning = V{};  // piece 0 first
                load(best, b + u);
                load(d, dots + u);
                best += d;
                for (int k = 1; k < pieces; ++k) {
                    V s, piece;
                    load(s, b + k * units + u);
                    load(d, dots + k * units + u);
                    s += d;
                    splat(piece, k);
                    const auto greater = s > best;
                    best = greater ? s : best;
                    winning = greater ? piece : winning;
                }
                store(z + u, best);
                store(act + u, best);
                for (int i = 0; i < Lanes; ++i)
                    winner[u + i] = static_cast<int>(winning[i]);
            }
            for (; u < units; ++u) {
                const int row0 = u * unitStride;
                double best = b[row0] + dots[row0];
                int bestPiece = 0;
                for (int k = 1; k < pieces; ++k) {
                    const double s = b[row0 + k * pieceStride] + dots[row0 + k * pieceStride];
                    // Strictly greater: a tie stays with the first maximal piece, as PyTorch's
                    // max(dim) does.
                    if (s > best) {
                        best = s;
                        bestPiece = k;
                    }
                }
                z[u] = best;
                act[u] = best;
                winner[u] = bestPiece;
            }
            break;
        }
        // One unit at a time through the C library's exp and tanh: exact and the same on every
        // CPU path matter more here than vector speed (these are for comparison, not for speed).
        case HiddenActivation::Sigmoid:
            for (; u < units; ++u) {
                const double s = b[u] + dots[u];
                z[u] = s;
                act[u] = logistic(s);
            }
            break;
        case HiddenActivation::Tanh:
            for (; u < units; ++u) {
                const double s = b[u] + dots[u];
                z[u] = s;
                act[u] = std::tanh(s);
            }
            break;
    }
}

// dLoss/dActivation d -> dLoss/dPreactivation for a rectifier with one slope left of the kink:
// d[u] times 1 for z > 0, left for z < 0, atKink at z = 0 (and for a NaN z). Returns the units
// that pass a gradient back, those whose d is not 0 (a ReLU off for this example adds nothing).
template <int Lanes>
RELULAB_KERNEL UnitMask rectifierDerivative(int units, const double *z, double *d, double left,
                                            double atKink)
{
    using V = Vec<Lanes>;
    V one, l, k;
    splat(one, 1.0);
    splat(l, left);
    splat(k, atKink);
    NonZeroUnits<Lanes> live;
    int u = 0;
    for (; u + Lanes <= units; u += Lanes) {
        V zu, du;
        load(zu, z + u);
        load(du, d + u);
        du *= zu > 0.0 ? one : (zu < 0.0 ? l : k);
        store(d + u, du);
        live.add(du, u);
    }
    for (; u < units; ++u) {
        d[u] *= z[u] > 0.0 ? 1.0 : (z[u] < 0.0 ? left : atKink);
        live.add(d[u], u);
    }
    return live.units();
}

// The same for PReLU, whose slopes a differ by unit, and the gradient of the slopes:
// gs[u] += d[u] z[u] left of the kink, where f = a z (df/da = min(z, 0), 0 at the kink).
template <int Lanes>
RELULAB_KERNEL UnitMask preluDerivative(int units, const double *z, double *d, const double *slopes,
                                        KinkConvention convention, double *gs)
{
    using V = Vec<Lanes>;
    V one, half;
    splat(one, 1.0);
    splat(half, 0.5);
    NonZeroUnits<Lanes> live;
    int u = 0;
    for (; u + Lanes <= units; u += Lanes) {
        V zu, du, a, g;
        load(zu, z + u);
        load(du, d + u);
        load(a, slopes + u);
        load(g, gs + u);
        store(gs + u, zu < 0.0 ? g + du * zu : g);
        // pick({a, 1}, convention) lane by lane.
        V atKink = a;
        if (convention == KinkConvention::Right) atKink = one;
        if (convention == KinkConvention::Mean) atKink = a == one ? a : half * (a + one);
        du *= zu > 0.0 ? one : (zu < 0.0 ? a : atKink);
        store(d + u, du);
        live.add(du, u);
    }
    for (; u < units; ++u) {
        if (z[u] < 0.0) gs[u] += d[u] * z[u];
        const double a = slopes[u];
        d[u] *= z[u] > 0.0 ? 1.0 : (z[u] < 0.0 ? a : pick({a, 1.0}, convention));
        live.add(d[u], u);
    }
    return live.units();
}

// Maxout passes d unchanged to the winning piece of each unit; the units whose d is not 0.
template <int Lanes>
RELULAB_KERNEL UnitMask maxoutDerivative(int units, const double *d)
{
    NonZeroUnits<Lanes> live;
    int u = 0;
    for (; u + Lanes <= units; u += Lanes) {
        Vec<Lanes> du;
        load(du, d + u);
        live.add(du, u);
    }
    for (; u < units; ++u)
        live.add(d[u], u);
    return live.units();
}

// Sigmoid and tanh from their activations f: d[u] times f(1 - f) (sigmoid) or 1 - f^2 (tanh).
// They have no flat side, so every unit counts as passing a gradient back (all of the mask).
template <int Lanes>
RELULAB_KERNEL UnitMask saturatingDerivative(HiddenActivation kind, int units, const double *act,
                                             double *d)
{
    if (kind == HiddenActivation::Sigmoid) {
        for (int u = 0; u < units; ++u)
            d[u] *= act[u] * (1.0 - act[u]);
    } else {
        for (int u = 0; u < units; ++u)
            d[u] *= 1.0 - act[u] * act[u];
    }
    return ~UnitMask{0} >> (64 - units);
}

}  // namespace relulab::core::kernels
