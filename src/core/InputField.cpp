// Grid evaluation of a network: one forward pass per grid point yields every unit at once.
#include "InputField.h"

#include <algorithm>
#include <stdexcept>

namespace relulab::core {

double InputField::x(int column) const
{
    return columns < 2 ? bounds.x0 : bounds.x0 + column * (bounds.x1 - bounds.x0) / (columns - 1);
}

double InputField::y(int row) const
{
    return rows < 2 ? bounds.y0 : bounds.y0 + row * (bounds.y1 - bounds.y0) / (rows - 1);
}

InputBounds boundsOf(const Dataset &data)
{
    InputBounds b{-1.0, 1.0, -1.0, 1.0};
    if (data.size() == 0) return b;
    double lo[2] = {1e300, 1e300}, hi[2] = {-1e300, -1e300};
    for (size_t i = 0; i < data.size(); ++i) {
        const auto x = data.input(i);
        for (int d = 0; d < data.inputDim && d < 2; ++d) {
            lo[d] = std::min(lo[d], x[d]);
            hi[d] = std::max(hi[d], x[d]);
        }
    }
    const auto widen = [](double &a, double &c, double lower, double upper) {
        const double margin = 0.1 * std::max(upper - lower, 1e-9);
        a = std::min(-1.0, lower - margin);
        c = std::max(1.0, upper + margin);
    };
    widen(b.x0, b.x1, lo[0], hi[0]);
    if (data.inputDim >= 2) widen(b.y0, b.y1, lo[1], hi[1]);
    return b;
}

InputField evaluateField(const Mlp &net, const InputBounds &bounds, int columns, int rows)
{
    if (columns < 2) throw std::invalid_argument("a field needs at least 2 columns");
    InputField f;
    f.bounds = bounds;
    f.columns = columns;
    f.rows = net.config().inputs == 1 ? 1 : std::max(rows, 2);
    f.units = net.hiddenUnits();
    const size_t points = static_cast<size_t>(f.columns) * static_cast<size_t>(f.rows);
    f.pre.resize(points * static_cast<size_t>(f.units));
    f.prediction.resize(points);
    std::vector<double> z;
    double input[2] = {0.0, 0.0};
    const std::span<const double> x(input, static_cast<size_t>(net.config().inputs));
    for (int r = 0; r < f.rows; ++r) {
        for (int c = 0; c < f.columns; ++c) {
            input[0] = f.x(c);
            input[1] = f.y(r);
            net.preActivations(x, z);
            const size_t point = static_cast<size_t>(r) * f.columns + c;
            std::copy(z.begin(), z.end(),
                      f.pre.begin() + static_cast<std::ptrdiff_t>(point * f.units));
            f.prediction[point] = net.predict(x);
        }
    }
    return f;
}

std::vector<int> layerStarts(const Mlp &net)
{
    std::vector<int> starts{0};
    for (int l = 0; l < net.hiddenLayers(); ++l)
        starts.push_back(starts.back() + net.width(l));
    return starts;
}

}  // namespace relulab::core
