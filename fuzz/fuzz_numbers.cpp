// Fuzz target: the number parsers behind every option (--alpha, --samples, --size, ...). Any
// input: no crash, no undefined behaviour; accepted numbers are finite (whole numbers within
// their bounds) and read back exactly from their own text.
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
    if (const Parsed<double> d = parseFiniteDouble(text)) {
        FUZZ_CHECK(std::isfinite(*d.value));
        const Parsed<double> again = parseFiniteDouble(formatExact(*d.value));
        FUZZ_CHECK(again && *again.value == *d.value);
    }
    if (const Parsed<int> i = parseInt(text, -1000, 1000000))
        FUZZ_CHECK(*i.value >= -1000 && *i.value <= 1000000);
    if (const Parsed<Size> s = parseSize(text, 16, 16384))
        FUZZ_CHECK(s.value->width >= 16 && s.value->width <= 16384 && s.value->height >= 16 &&
                   s.value->height <= 16384);
    return 0;
}
