// The network evaluated over a grid of the input space: every hidden unit's pre-activation and
// the prediction at each grid point, for thumbnails, off-regions and the decision boundary.
#pragma once

#include <vector>

#include "Mlp.h"

namespace relulab::core {

struct InputBounds
{
    double x0 = -1.0, x1 = 1.0;  // first input
    double y0 = -1.0, y1 = 1.0;  // second input (unused for 1-D)
};

struct InputField
{
    InputBounds bounds;
    int columns = 0;  // grid points along x
    int rows = 0;     // along y (1 for a 1-D input)
    int units = 0;    // hidden units, layer after layer
    // pre[(row * columns + column) * units + unit]; point (column, row) sits at
    // x = x0 + column * (x1 - x0) / (columns - 1), y likewise (y0 when rows == 1).
    std::vector<double> pre;
    std::vector<double> prediction;  // [row * columns + column]

    double x(int column) const;
    double y(int row) const;
    double preActivation(int column, int row, int unit) const
    {
        return pre[(static_cast<size_t>(row) * columns + column) * units + unit];
    }
};

// Bounds that hold every example with a 10% margin (at least [-1, 1] wide in each direction).
InputBounds boundsOf(const Dataset &data);

// columns >= 2; rows is forced to 1 for a 1-input network.
InputField evaluateField(const Mlp &net, const InputBounds &bounds, int columns, int rows);

// Index of the first unit of each hidden layer in the flat unit numbering (size layers + 1).
std::vector<int> layerStarts(const Mlp &net);

}  // namespace relulab::core
