// Parsers built on std::from_chars, so results never depend on the user's locale.
#include "TextParsing.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "Maxout.h"

namespace relulab::core {

namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string quoted(std::string_view s)
{
    std::string out(1, '\'');
    out.append(s);
    out.push_back('\'');
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        const size_t at = s.find(sep, start);
        parts.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return parts;
}

}  // namespace

Parsed<double> parseFiniteDouble(std::string_view text)
{
    const std::string_view t = trim(text);
    if (t.empty()) return Parsed<double>::fail("expected a number, got nothing");
    // from_chars rejects a leading '+'; accept it as people type it.
    const std::string_view digits = t.front() == '+' ? t.substr(1) : t;
    if (t.front() == '+' && (digits.empty() || digits.front() == '+' || digits.front() == '-'))
        return Parsed<double>::fail("expected a number, got " + quoted(text));
    double v = 0.0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty())
        return Parsed<double>::fail("expected a number, got " + quoted(text));
    if (!std::isfinite(v))
        return Parsed<double>::fail("expected a finite number, got " + quoted(text));
    return {v, {}};
}

Parsed<int> parseInt(std::string_view text, int min, int max)
{
    const std::string_view t = trim(text);
    long long v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    const std::string bounds = "between " + std::to_string(min) + " and " + std::to_string(max);
    if (t.empty() || ec != std::errc() || end != t.data() + t.size())
        return Parsed<int>::fail("expected a whole number " + bounds + ", got " + quoted(text));
    if (v < min || v > max)
        return Parsed<int>::fail("expected a whole number " + bounds + ", got " + quoted(text));
    return {static_cast<int>(v), {}};
}

Parsed<Range> parseRange(std::string_view text)
{
    const auto parts = split(text, ':');
    if (parts.size() != 2) return Parsed<Range>::fail("expected LO:HI, got " + quoted(text));
    const auto lo = parseFiniteDouble(parts[0]);
    const auto hi = parseFiniteDouble(parts[1]);
    if (!lo) return Parsed<Range>::fail("LO in LO:HI: " + lo.error);
    if (!hi) return Parsed<Range>::fail("HI in LO:HI: " + hi.error);
    if (!(*lo.value < *hi.value))
        return Parsed<Range>::fail("expected LO < HI in LO:HI, got " + quoted(text));
    return {Range{*lo.value, *hi.value}, {}};
}

Parsed<std::vector<MaxoutPiece>> parseMaxoutPieces(std::string_view text)
{
    using Result = Parsed<std::vector<MaxoutPiece>>;
    std::vector<MaxoutPiece> pieces;
    const auto items = split(text, ';');
    for (size_t i = 0; i < items.size(); ++i) {
        const std::string where = "piece " + std::to_string(i + 1);
        // A trailing ';' is harmless.
        if (trim(items[i]).empty() && i + 1 == items.size() && i > 0) break;
        const auto numbers = split(items[i], ',');
        if (numbers.size() != 2)
            return Result::fail(where + ": expected SLOPE,INTERCEPT, got " + quoted(items[i]));
        const auto slope = parseFiniteDouble(numbers[0]);
        if (!slope) return Result::fail(where + " slope: " + slope.error);
        const auto intercept = parseFiniteDouble(numbers[1]);
        if (!intercept) return Result::fail(where + " intercept: " + intercept.error);
        pieces.push_back({*slope.value, *intercept.value});
    }
    if (pieces.size() > static_cast<size_t>(Maxout::kMaxPieces))
        return Result::fail("expected 1 to 8 pieces, got " + std::to_string(pieces.size()));
    return {std::move(pieces), {}};
}

Parsed<Size> parseSize(std::string_view text, int min, int max)
{
    const std::string_view t = trim(text);
    const auto x = t.find_first_of("xX");
    if (x == std::string_view::npos) return Parsed<Size>::fail("expected WxH, got " + quoted(text));
    const auto w = parseInt(t.substr(0, x), min, max);
    const auto h = parseInt(t.substr(x + 1), min, max);
    if (!w) return Parsed<Size>::fail("width in WxH: " + w.error);
    if (!h) return Parsed<Size>::fail("height in WxH: " + h.error);
    return {Size{*w.value, *h.value}, {}};
}

std::string formatExact(double v)
{
    // printf's NaN may carry a sign ("-nan"); write it one way everywhere.
    if (std::isnan(v)) return "nan";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    return buffer;
}

std::string formatMaxoutPieces(const std::vector<MaxoutPiece> &pieces)
{
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) out += ';';
        out += formatExact(pieces[i].slope) + ',' + formatExact(pieces[i].intercept);
    }
    return out;
}

}  // namespace relulab::core
