// The toy data sets, their seeded split, and the CSV a user can load or save them as.
#include "Dataset.h"

#include "CoreMessages.h"
#include "PortableRandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <utility>

// Bit-identical data across platforms also needs a*b+c rounded twice, never fused into an
// FMA: CMakeLists.txt builds this file with -ffp-contract=off.

namespace relulab::core {

namespace {

using Random = PortableRandom;

double sinPi(double x)
{
    return portableSinCosPi(x).first;
}
std::pair<double, double> sinCosPi(double x)
{
    return portableSinCosPi(x);
}

// ---------------------------------------------------------------------------------------------
// The sets. Each classification generator returns a clean point and its label; the label is
// decided before any jitter, so noise 0 gives a set that follows its rule exactly.

struct Labelled
{
    double x1 = 0.0;
    double x2 = 0.0;
    bool label = false;
};

constexpr double kCircleRadius = 0.5;
constexpr double kGaussCentre = 0.5;
constexpr double kGaussSpread = 0.2;
constexpr double kSpiralHalfTurns = 3.5;  // 1.75 turns per arm
constexpr double kMoonScale = 2.0 / 3.0;  // the moons span [-1, 2] x [-0.5, 1] before scaling

// A circle of radius 0.5 covers only a fifth of the square, so the class is chosen first
// (alternating) and points are drawn from the square until one falls on that side.
Labelled circlePoint(Random &random, bool label)
{
    while (true) {
        const double x1 = random.symmetric();
        const double x2 = random.symmetric();
        if ((x1 * x1 + x2 * x2 < kCircleRadius * kCircleRadius) == label) return {x1, x2, label};
    }
}

// Blobs cut off at 2.5 standard deviations (4% of draws), so noise 0 stays inside the square
// and is separable by x1 + x2 = 0.
Labelled gaussPoint(Random &random, bool label)
{
    const double centre = label ? kGaussCentre : -kGaussCentre;
    while (true) {
        const double g1 = random.normalBoxMuller();
        const double g2 = random.normalBoxMuller();
        if (g1 * g1 + g2 * g2 < 2.5 * 2.5)
            return {centre + kGaussSpread * g1, centre + kGaussSpread * g2, label};
    }
}

// Radius r in [0, 1) at angle kSpiralHalfTurns * pi * r; the label-0 arm is the label-1 arm
// turned by half a turn.
Labelled spiralPoint(Random &random, bool label)
{
    const double r = random.uniform();
    const auto [s, c] = sinCosPi(kSpiralHalfTurns * r + (label ? 0.0 : 1.0));
    return {r * c, r * s, label};
}

// scikit-learn's make_moons shapes: the upper unit half circle around (0, 0) (label 1) and
// the lower one around (1, 0.5) (label 0), shifted and scaled into the square.
Labelled moonPoint(Random &random, bool label)
{
    const auto [s, c] = sinCosPi(random.uniform());
    const double x = label ? c : 1.0 - c;
    const double y = label ? s : 0.5 - s;
    return {(x - 0.5) * kMoonScale, (y - 0.25) * kMoonScale, label};
}

double cubicBoundary(double x)
{
    return 2.0 * x * x * x - x;  // x^3 - x/2 scaled to reach +-1 at the square's sides
}

Labelled classificationPoint(DatasetName name, Random &random, size_t index)
{
    // Sets whose rule would not balance the classes by itself alternate them.
    const bool alternatingLabel = index % 2 == 0;
    switch (name) {
        case DatasetName::Circle:
            return circlePoint(random, alternatingLabel);
        case DatasetName::Gauss:
            return gaussPoint(random, alternatingLabel);
        case DatasetName::Spiral:
            return spiralPoint(random, alternatingLabel);
        case DatasetName::Moons:
            return moonPoint(random, alternatingLabel);
        default:
            break;
    }
    // The remaining rules cut the square into two halves of equal area.
    const double x1 = random.symmetric();
    const double x2 = random.symmetric();
    switch (name) {
        case DatasetName::Xor:
            return {x1, x2, x1 * x2 > 0.0};
        case DatasetName::AboveSine:
            return {x1, x2, x2 > 0.5 * sinPi(x1)};
        case DatasetName::AboveCubic:
            return {x1, x2, x2 > cubicBoundary(x1)};
        case DatasetName::AboveAbs:
            return {x1, x2, x2 > std::abs(x1) - 0.5};
        default:
            throw std::invalid_argument("not a classification data set");
    }
}

double regressionTarget(DatasetName name, double x)
{
    switch (name) {
        case DatasetName::Abs:
            return std::abs(x);
        case DatasetName::Sine:
            return sinPi(x);
        case DatasetName::Step:
            return x < 0.0 ? 0.0 : 1.0;
        default:
            throw std::invalid_argument("not a regression data set");
    }
}

struct DatasetInfo
{
    DatasetName name;
    const char *key;
    TaskKind task;
};

constexpr std::array<DatasetInfo, 11> kDatasets{{
    {DatasetName::Circle, "circle", TaskKind::Classification},
    {DatasetName::Xor, "xor", TaskKind::Classification},
    {DatasetName::Gauss, "gauss", TaskKind::Classification},
    {DatasetName::Spiral, "spiral", TaskKind::Classification},
    {DatasetName::Moons, "moons", TaskKind::Classification},
    {DatasetName::AboveSine, "above-sine", TaskKind::Classification},
    {DatasetName::AboveCubic, "above-cubic", TaskKind::Classification},
    {DatasetName::AboveAbs, "above-abs", TaskKind::Classification},
    {DatasetName::Abs, "abs", TaskKind::Regression},
    {DatasetName::Sine, "sine", TaskKind::Regression},
    {DatasetName::Step, "step", TaskKind::Regression},
}};

const DatasetInfo &infoOf(DatasetName name)
{
    for (const DatasetInfo &info : kDatasets) {
        if (info.name == name) return info;
    }
    throw std::invalid_argument("unknown data set " + std::to_string(static_cast<int>(name)));
}

Dataset emptyLike(TaskKind task)
{
    Dataset data;
    data.task = task;
    data.inputDim = task == TaskKind::Classification ? 2 : 1;
    return data;
}

void appendExample(Dataset &data, std::span<const double> input, double target)
{
    data.inputs.insert(data.inputs.end(), input.begin(), input.end());
    data.targets.push_back(target);
}

// ---------------------------------------------------------------------------------------------
// CSV helpers.

std::string_view trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::vector<std::string_view> fieldsOf(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
        const size_t comma = line.find(',', start);
        fields.push_back(trimmed(line.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
        if (comma == std::string_view::npos) return fields;
        start = comma + 1;
    }
}

std::string atLine(size_t line, const std::string &problem)
{
    return message::fill(message::kAtLine, {std::to_string(line), problem});
}

}  // namespace

// ---------------------------------------------------------------------------------------------

std::string datasetKey(DatasetName name)
{
    return infoOf(name).key;
}

std::optional<DatasetName> parseDatasetName(std::string_view key)
{
    for (const DatasetInfo &info : kDatasets) {
        if (key == info.key) return info.name;
    }
    return std::nullopt;
}

std::vector<DatasetName> allDatasets()
{
    std::vector<DatasetName> names;
    for (const DatasetInfo &info : kDatasets)
        names.push_back(info.name);
    return names;
}

TaskKind taskOf(DatasetName name)
{
    return infoOf(name).task;
}

Dataset makeDataset(DatasetName name, int samples, double noise, std::uint64_t seed)
{
    if (samples < 4)
        throw std::invalid_argument("need at least 4 samples, got " + std::to_string(samples));
    if (!std::isfinite(noise) || noise < 0.0)
        throw std::invalid_argument("noise must be a finite number >= 0");

    const TaskKind task = taskOf(name);
    Dataset data = emptyLike(task);
    const size_t count = static_cast<size_t>(samples);
    data.inputs.reserve(count * static_cast<size_t>(data.inputDim));
    data.targets.reserve(count);
    Random random(seed);
    // The jitter is drawn even at noise 0, so changing only the noise moves the same points.
    for (size_t i = 0; i < count; ++i) {
        if (task == TaskKind::Classification) {
            const Labelled p = classificationPoint(name, random, i);
            const double jitter1 = random.normalBoxMuller();
            const double jitter2 = random.normalBoxMuller();
            const std::array<double, 2> input{p.x1 + noise * jitter1, p.x2 + noise * jitter2};
            appendExample(data, input, p.label ? 1.0 : 0.0);
        } else {
            const double x = random.symmetric();
            const double jitter = random.normalBoxMuller();
            const std::array<double, 1> input{x};
            appendExample(data, input, regressionTarget(name, x) + noise * jitter);
        }
    }
    return data;
}

DataSplit splitTrainTest(const Dataset &data, double testFraction, std::uint64_t seed)
{
    if (!(testFraction > 0.0 && testFraction < 1.0))
        throw std::invalid_argument("the test fraction must lie strictly between 0 and 1");
    const size_t n = data.size();
    if (n < 2) throw std::invalid_argument("need at least 2 examples to split");
    const size_t dim = static_cast<size_t>(data.inputDim);
    if (data.inputDim < 1 || data.inputs.size() != n * dim)
        throw std::invalid_argument("inputs do not match the targets and input dimension");

    std::vector<size_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = i;
    Random random(seed);
    for (size_t i = n - 1; i > 0; --i)
        std::swap(order[i], order[random.below(i + 1)]);

    const double wanted = std::round(testFraction * static_cast<double>(n));
    const size_t testCount = std::clamp<size_t>(static_cast<size_t>(wanted), 1, n - 1);
    DataSplit split{emptyLike(data.task), emptyLike(data.task)};
    split.train.inputDim = split.test.inputDim = data.inputDim;
    for (size_t k = 0; k < n; ++k) {
        Dataset &part = k < n - testCount ? split.train : split.test;
        appendExample(part, data.input(order[k]), data.targets[order[k]]);
    }
    return split;
}

Parsed<Dataset> parseDatasetCsv(std::string_view text)
{
    using Result = Parsed<Dataset>;
    Dataset data;
    bool headerSeen = false;
    size_t columns = 0;  // fixed by the first data row
    size_t lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        const std::string_view line =
            trimmed(text.substr(start, end == std::string_view::npos ? end : end - start));
        start = end == std::string_view::npos ? text.size() : end + 1;
        ++lineNumber;
        if (line.empty()) continue;

        const std::vector<std::string_view> fields = fieldsOf(line);
        if (!headerSeen) {
            headerSeen = true;
            // A file without a header would otherwise lose its first example without a word.
            bool allNumbers = fields.size() >= 2;
            for (std::string_view field : fields)
                allNumbers = allNumbers && parseFiniteDouble(field);
            if (allNumbers) return Result::fail(atLine(lineNumber, message::kHeaderExpected));
            continue;
        }

        if (columns == 0) {
            if (fields.size() != 2 && fields.size() != 3)
                return Result::fail(atLine(
                    lineNumber,
                    message::fill(message::kColumnsExpected, {std::to_string(fields.size())})));
            columns = fields.size();
            data = emptyLike(columns == 3 ? TaskKind::Classification : TaskKind::Regression);
        } else if (fields.size() != columns) {
            return Result::fail(atLine(lineNumber, message::fill(message::kNumbersExpected,
                                                                 {std::to_string(columns),
                                                                  std::to_string(fields.size())})));
        }

        std::array<double, 3> row{};
        for (size_t c = 0; c < columns; ++c) {
            const std::string field(fields[c]);
            if (field.empty())
                return Result::fail(atLine(
                    lineNumber, message::fill(message::kEmptyColumn, {std::to_string(c + 1)})));
            const Parsed<double> number = parseFiniteDouble(field);
            if (!number) {
                const bool nonFinite = number.error.starts_with("expected a finite");
                return Result::fail(atLine(
                    lineNumber,
                    message::fill(nonFinite ? message::kNotAFiniteNumber : message::kNotANumber,
                                  {field})));
            }
            row[c] = *number.value;
        }
        double target = row[columns - 1];
        if (columns == 3) {
            if (target != 0.0 && target != 1.0)
                return Result::fail(atLine(
                    lineNumber, message::fill(message::kBadLabel, {std::string(fields[2])})));
            target = target == 1.0 ? 1.0 : 0.0;  // "-0" becomes a plain 0
        }
        appendExample(data, std::span<const double>(row.data(), columns - 1), target);
    }

    if (data.size() == 0) return Result::fail(message::kNoRows);
    if (data.size() < 4)
        return Result::fail(message::fill(message::kTooFewExamples, {std::to_string(data.size())}));
    return {std::move(data), {}};
}

std::string formatDatasetCsv(const Dataset &data)
{
    std::string out = data.task == TaskKind::Classification ? "x1,x2,label\n" : "x,y\n";
    for (size_t i = 0; i < data.size(); ++i) {
        for (double v : data.input(i))
            out += formatExact(v) + ',';
        out += formatExact(data.targets[i]) + '\n';
    }
    return out;
}

}  // namespace relulab::core
