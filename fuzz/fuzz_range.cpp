// Fuzz target: the --range parser ("LO:HI"). Any input: no crash, no undefined behaviour; an
// accepted range has finite LO < HI and reads back exactly from its own %.17g form.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "FuzzCheck.h"
#include "core/TextParsing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace relulab::core;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const Parsed<Range> range = parseRange(text);
    if (!range) {
        FUZZ_CHECK(!range.error.empty());
        return 0;
    }
    FUZZ_CHECK(range.error.empty());
    FUZZ_CHECK(std::isfinite(range.value->lo) && std::isfinite(range.value->hi));
    FUZZ_CHECK(range.value->lo < range.value->hi);
    const Parsed<Range> again =
        parseRange(formatExact(range.value->lo) + ":" + formatExact(range.value->hi));
    FUZZ_CHECK(again && again.value->lo == range.value->lo && again.value->hi == range.value->hi);
    return 0;
}
