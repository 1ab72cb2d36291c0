// Locale-independent parsing of the numbers and lists users type (CLI options, session fields).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "MaxoutPiece.h"

namespace relulab::core {

// A parse result: the value, or a message saying what is wrong with the text.
template <class T>
struct Parsed
{
    std::optional<T> value;
    std::string error;

    explicit operator bool() const { return value.has_value(); }
    static Parsed fail(std::string message) { return {std::nullopt, std::move(message)}; }
};

struct Range
{
    double lo = 0.0;
    double hi = 0.0;
};

struct Size
{
    int width = 0;
    int height = 0;
};

// A finite decimal number ("0.01", "-1e-3"); surrounding spaces are allowed.
Parsed<double> parseFiniteDouble(std::string_view text);
// A whole number in [min, max].
Parsed<int> parseInt(std::string_view text, int min, int max);
// "LO:HI" with finite LO < HI.
Parsed<Range> parseRange(std::string_view text);
// "s1,b1;s2,b2;..." with 1 to 8 pieces of finite numbers.
Parsed<std::vector<MaxoutPiece>> parseMaxoutPieces(std::string_view text);
// "WxH" with both in [min, max].
Parsed<Size> parseSize(std::string_view text, int min, int max);

// %.17g: enough digits that the double is read back exactly.
std::string formatExact(double v);
// "1,0;-0.5,0" in the same form parseMaxoutPieces reads.
std::string formatMaxoutPieces(const std::vector<MaxoutPiece> &pieces);

}  // namespace relulab::core
