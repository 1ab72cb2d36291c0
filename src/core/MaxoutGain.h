// The initialisation gain that keeps the variance of maxout layers constant with depth.
#pragma once

namespace relulab::core {

// E[M_k^2] for M_k the largest of k independent standard normals, k = 2..5: the integral of
// x^2 k phi(x) Phi(x)^(k-1) over the real line. k = 2 is exactly 1 (max^2 and min^2 have the same
// law); k = 3 is 1 + sqrt(3) / (2 pi), k = 4 is 1 + sqrt(3) / pi; k = 5 was integrated numerically
// to 20 digits. std::invalid_argument for another k.
double maxoutSecondMoment(int pieces);

// The variance-keeping gain of He's scheme for maxout of k pieces: Var(w) = gain / fan_in keeps
// the pieces' pre-activation variance from layer to layer, as 2 / fan_in does for ReLU (which
// zeroes half its inputs: E[relu(z)^2] = Var(z) / 2). gain = 1 / E[M_k^2]: 1 for k = 2, less
// for more pieces (the largest of k normals is large).
double maxoutInitGain(int pieces);

}  // namespace relulab::core
