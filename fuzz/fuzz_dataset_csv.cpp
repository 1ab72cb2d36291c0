// Fuzz target: the data-set CSV reader (Training > Import data, relulab train --data). Any input:
// no crash, no undefined behaviour; an accepted data set has at least 4 examples, finite numbers,
// labels 0 or 1 for classification, and reads back identically from the CSV written for it.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzCheck.h"
#include "core/Dataset.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace relulab::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Parsed<Dataset> parsed = parseDatasetCsv(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error.empty());
        return 0;
    }
    const Dataset &d = *parsed.value;
    FUZZ_CHECK(d.size() >= 4);
    FUZZ_CHECK(d.inputDim == (d.task == TaskKind::Classification ? 2 : 1));
    FUZZ_CHECK(d.inputs.size() == d.size() * static_cast<size_t>(d.inputDim));
    for (double v : d.inputs)
        FUZZ_CHECK(std::isfinite(v));
    for (double t : d.targets) {
        FUZZ_CHECK(std::isfinite(t));
        if (d.task == TaskKind::Classification) FUZZ_CHECK(t == 0.0 || t == 1.0);
    }
    const std::string csv = formatDatasetCsv(d);
    const Parsed<Dataset> again = parseDatasetCsv(csv);
    FUZZ_CHECK(again && again.value->task == d.task && again.value->inputs == d.inputs &&
               again.value->targets == d.targets);
    return 0;
}
