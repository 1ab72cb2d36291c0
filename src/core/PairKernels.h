// Internal to the core: the kernels of VectorKernels.h for two examples side by side, for
// Backprop's passes of a pair. Each gives every output what the one-example kernels, run for the
// first example and then the second, give it, to the bit: the same operations in the same
// order. The two examples' sums are independent chains, so the floating-point units work on one
// while the other waits for an addition.
#pragma once

#include "VectorKernels.h"

namespace relulab::core::kernels {

// y[k] = (y[k] + a * x[k]) + b * z[k] for k < n: addScaled(y, a, x, n) then addScaled(y, b, z, n),
// the two examples of a pair added in their order, with one load and one store of y.
template <int Lanes>
RELULAB_KERNEL void addScaledPair(double *y, double a, const double *x, double b, const double *z,
                                  int n)
{
    int k = 0;
    for (; k + Lanes <= n; k += Lanes) {
        Vec<Lanes> yk, xk, zk;
        load(yk, y + k);
        load(xk, x + k);
        load(zk, z + k);
        yk += a * xk;
        yk += b * zk;
        store(y + k, yk);
    }
    if (Lanes == 4 && k + 2 <= n) {
        Vec2 yk, xk, zk;
        load(yk, y + k);
        load(xk, x + k);
        load(zk, z + k);
        yk += a * xk;
        yk += b * zk;
        store(y + k, yk);
        k += 2;
    }
    for (; k < n; ++k) {
        y[k] += a * x[k];
        y[k] += b * z[k];
    }
}

// y[k] += a * x[k] where a is not 0, nothing where it is (a NaN a counts as not 0): a term of a
// unit that passes no gradient back is left out, not added as 0 * x (which would be NaN for an
// infinite x). Every lane takes its own pick; no jump depends on a.
template <class V>
RELULAB_KERNEL void addLive(V &y, const V &a, const V &x)
{
    y = a != 0.0 ? y + a * x : y;
}

// addScaledPair with each example's term left out where its coefficient is 0, as when a loop
// over the live units skips that unit: the same bits without a jump that depends on the unit.
template <int Lanes>
RELULAB_KERNEL void addScaledPairLive(double *y, double a, const double *x, double b,
                                      const double *z, int n)
{
    Vec<Lanes> av, bv;
    splat(av, a);
    splat(bv, b);
    int k = 0;
    for (; k + Lanes <= n; k += Lanes) {
        Vec<Lanes> yk, xk, zk;
        load(yk, y + k);
        load(xk, x + k);
        load(zk, z + k);
        addLive(yk, av, xk);
        addLive(yk, bv, zk);
        store(y + k, yk);
    }
    if (Lanes == 4 && k + 2 <= n) {
        Vec2 yk, xk, zk, a2, b2;
        splat(a2, a);
        splat(b2, b);
        load(yk, y + k);
        load(xk, x + k);
        load(zk, z + k);
        addLive(yk, a2, xk);
        addLive(yk, b2, zk);
        store(y + k, yk);
        k += 2;
    }
    for (; k < n; ++k) {
        Vec2 yk, a2, xk;  // lane 0 only: a pick without a jump
        splat(yk, y[k]);
        splat(a2, a);
        splat(xk, x[k]);
        addLive(yk, a2, xk);
        splat(a2, b);
        splat(xk, z[k]);
        addLive(yk, a2, xk);
        y[k] = yk[0];
    }
}

// y[u] += a[u], then += b[u], each where it is not 0 (see addLive): the bias gradients of a
// layer from two examples' deltas, units side by side.
template <int Lanes>
RELULAB_KERNEL void addLivePair(double *y, const double *a, const double *b, int n)
{
    using V = Vec<Lanes>;
    V one;
    splat(one, 1.0);
    int k = 0;
    for (; k + Lanes <= n; k += Lanes) {
        V yk, ak, bk;
        load(yk, y + k);
        load(ak, a + k);
        load(bk, b + k);
        addLive(yk, ak, one);
        addLive(yk, bk, one);
        store(y + k, yk);
    }
    for (; k < n; ++k) {
        Vec2 yk, ak, one2;
        splat(yk, y[k]);
        splat(ak, a[k]);
        splat(one2, 1.0);
        addLive(yk, ak, one2);
        splat(ak, b[k]);
        addLive(yk, ak, one2);
        y[k] = yk[0];
    }
}

// Columns k0 .. k0 + Blocks * Lanes - 1 of sumRowsPair: each example's sums in registers.
template <int Lanes, int Blocks, bool Live, class Terms>
RELULAB_KERNEL void sumRowsPairBlock(const Terms &terms, int k0, double *outA, double *outB)
{
    Vec<Lanes> a[Blocks], b[Blocks];
    for (int i = 0; i < Blocks; ++i) {
        a[i] = Vec<Lanes>{};
        b[i] = Vec<Lanes>{};
    }
    terms([&](double ca, double cb, const double *row) RELULAB_LAMBDA {
        Vec<Lanes> cav, cbv;
        if constexpr (Live) {
            splat(cav, ca);
            splat(cbv, cb);
        }
        for (int i = 0; i < Blocks; ++i) {
            Vec<Lanes> r;
            load(r, row + k0 + i * Lanes);
            if constexpr (Live) {
                addLive(a[i], cav, r);
                addLive(b[i], cbv, r);
            } else {
                a[i] += ca * r;
                b[i] += cb * r;
            }
        }
    });
    for (int i = 0; i < Blocks; ++i) {
        store(outA + k0 + i * Lanes, a[i]);
        store(outB + k0 + i * Lanes, b[i]);
    }
}

// sumRows for two examples that share the rows, each with its own coefficients: terms(visit)
// calls visit(cA, cB, row). outA and outB are what sumRows gives each example to the bit (the
// same additions in the same order); the two sums never wait for each other, and each row is
// loaded once for both. Live: a term whose coefficient is 0 is left out (see addLive), as if
// terms() had skipped it for that example.
template <int Lanes, bool Live = false, class Terms>
RELULAB_KERNEL void sumRowsPair(const Terms &terms, int width, double *outA, double *outB)
{
    int k = 0;
    for (; k + 2 * Lanes <= width; k += 2 * Lanes)
        sumRowsPairBlock<Lanes, 2, Live>(terms, k, outA, outB);
    if (k + Lanes <= width) {
        sumRowsPairBlock<Lanes, 1, Live>(terms, k, outA, outB);
        k += Lanes;
    }
    if (Lanes == 4 && k + 2 <= width) {
        sumRowsPairBlock<2, 1, Live>(terms, k, outA, outB);
        k += 2;
    }
    for (; k < width; ++k) {
        Vec2 a = Vec2{}, b = Vec2{};  // lane 0 only, so that Live picks without a jump
        terms([&](double ca, double cb, const double *row) RELULAB_LAMBDA {
            Vec2 r, cav, cbv;
            splat(r, row[k]);
            splat(cav, ca);
            splat(cbv, cb);
            if constexpr (Live) {
                addLive(a, cav, r);
                addLive(b, cbv, r);
            } else {
                a += cav * r;
                b += cbv * r;
            }
        });
        outA[k] = a[0];
        outB[k] = b[0];
    }
}

}  // namespace relulab::core::kernels
