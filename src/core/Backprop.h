// Internal to the core: the mean loss and its gradient over a batch, the kernel the Trainer's step
// runs and the gradient tests check against finite differences.
#pragma once

#include <span>
#include <vector>

#include "AlignedVector.h"
#include "Dataset.h"
#include "Mlp.h"

namespace relulab::core {

// Stable binary cross-entropy from the logit: softplus(s) - y s, never log(0).
double binaryCrossEntropyFromLogit(double logit, double label);

// Working memory for the forward and backward passes of two examples side by side, sized once
// for a network's shape so that lossAndGradient allocates nothing.
class Backprop
{
public:
    explicit Backprop(const Mlp &net);

    // The batch's mean data loss: binary cross-entropy for classification, squared error
    // (y - t)^2 without a 1/2 for regression (PyTorch's MSELoss; the gradient is 2 (y - t)).
    // grad (parameters().size() entries) receives the gradient of that mean loss plus l2 * w
    // for every weight, i.e. of loss + l2/2 |w|^2; biases and PReLU slopes get no L2.
    // At a kink the net's convention picks ReLU'(0), Leaky'(0) and PReLU'(0) (First as Left); a
    // maxout tie sends the whole gradient to the first maximal piece, whatever the convention
    // (PyTorch max(dim), the First convention's maxout rule).
    // batch holds example indices into data; it must not be empty.
    double lossAndGradient(const Mlp &net, const Dataset &data, std::span<const size_t> batch,
                           double l2, std::span<double> grad);
    // The same but for the last step: the loss and the gradient summed over the batch, not yet
    // divided by its size, and without the L2 term. The Trainer finishes the gradient in its
    // update's pass over the parameters.
    double summedLossAndGradient(const Mlp &net, const Dataset &data, std::span<const size_t> batch,
                                 std::span<double> grad);

    // The loops over a batch are compiled twice: for any CPU, and on x86-64 for AVX2, which
    // runs when the CPU has it. Both compute the same bits; the tests switch to compare them.
    bool usesAvx2() const { return m_avx2; }
    void setUseAvx2(bool use);  // true takes effect only where the CPU has AVX2

private:
    AlignedVector<double> m_act, m_z, m_delta;
    std::vector<int> m_winner;
    // Each hidden layer's weight matrix transposed and its biases, one layer after the other (see
    // lossAndGradient()), with room for the most maxout pieces: switching the activation needs
    // no new memory.
    AlignedVector<double> m_columns;
    bool m_avx2 = false;
};

}  // namespace relulab::core
