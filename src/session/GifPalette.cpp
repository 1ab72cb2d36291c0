// Building a GIF's shared colour table: exact, by popularity, or by weighted median cut.
#include "GifPalette.h"

#include <algorithm>
#include <array>
#include <utility>

namespace relulab::session {

namespace {

struct CountedColour
{
    QRgb colour;
    std::uint64_t count;
};

std::vector<CountedColour> sortedByColour(const ColourHistogram &histogram)
{
    std::vector<CountedColour> colours;
    colours.reserve(histogram.size());
    for (const auto &[colour, count] : histogram)
        colours.push_back({colour & 0xffffffu, count});
    // unordered_map's order is the library's; the table must not depend on it.
    std::sort(colours.begin(), colours.end(),
              [](const CountedColour &a, const CountedColour &b) { return a.colour < b.colour; });
    return colours;
}

std::vector<QRgb> popularity(std::vector<CountedColour> colours, int maxColours)
{
    // Most frequent first; equal counts by colour value, so the choice is deterministic.
    std::stable_sort(
        colours.begin(), colours.end(),
        [](const CountedColour &a, const CountedColour &b) { return a.count > b.count; });
    colours.resize(static_cast<size_t>(maxColours));
    std::vector<QRgb> palette;
    for (const CountedColour &c : colours)
        palette.push_back(c.colour);
    return palette;
}

int channel(QRgb colour, int c)
{
    return c == 0 ? qRed(colour) : c == 1 ? qGreen(colour) : qBlue(colour);
}

// A box of median cut: a contiguous run of the colour list.
struct Box
{
    size_t begin;
    size_t end;
};

std::vector<QRgb> medianCut(std::vector<CountedColour> colours, int maxColours)
{
    const auto spread = [&colours](const Box &box, int c) {
        int lo = 255;
        int hi = 0;
        for (size_t i = box.begin; i < box.end; ++i) {
            lo = std::min(lo, channel(colours[i].colour, c));
            hi = std::max(hi, channel(colours[i].colour, c));
        }
        return hi - lo;
    };
    std::vector<Box> boxes{{0, colours.size()}};
    while (static_cast<int>(boxes.size()) < maxColours) {
        // Split the box with the widest channel range (ties: the first), among those that can.
        int best = -1;
        int bestSpread = 0;
        int bestChannel = 0;
        for (size_t b = 0; b < boxes.size(); ++b) {
            if (boxes[b].end - boxes[b].begin < 2) continue;
            for (int c = 0; c < 3; ++c) {
                const int s = spread(boxes[b], c);
                if (s > bestSpread) {
                    best = static_cast<int>(b);
                    bestSpread = s;
                    bestChannel = c;
                }
            }
        }
        if (best < 0) break;
        Box &box = boxes[static_cast<size_t>(best)];
        const auto first = colours.begin() + static_cast<std::ptrdiff_t>(box.begin);
        const auto last = colours.begin() + static_cast<std::ptrdiff_t>(box.end);
        std::stable_sort(first, last,
                         [bestChannel](const CountedColour &a, const CountedColour &b) {
                             return channel(a.colour, bestChannel) < channel(b.colour, bestChannel);
                         });
        // The weighted median: half the box's pixels on each side, at least one colour each.
        std::uint64_t total = 0;
        for (auto it = first; it != last; ++it)
            total += it->count;
        std::uint64_t running = 0;
        size_t split = box.begin + 1;
        for (size_t i = box.begin; i + 1 < box.end; ++i) {
            running += colours[i].count;
            split = i + 1;
            if (2 * running >= total) break;
        }
        const Box upper{split, box.end};
        box.end = split;
        boxes.push_back(upper);
    }
    std::vector<QRgb> palette;
    for (const Box &box : boxes) {
        std::array<std::uint64_t, 3> sum{};
        std::uint64_t weight = 0;
        for (size_t i = box.begin; i < box.end; ++i) {
            for (int c = 0; c < 3; ++c)
                sum[static_cast<size_t>(c)] +=
                    static_cast<std::uint64_t>(channel(colours[i].colour, c)) * colours[i].count;
            weight += colours[i].count;
        }
        const auto mean = [&](int c) {
            return static_cast<int>((sum[static_cast<size_t>(c)] + weight / 2) / weight);
        };
        palette.push_back(qRgb(mean(0), mean(1), mean(2)) & 0xffffffu);
    }
    return palette;
}

}  // namespace

std::vector<QRgb> buildGifPalette(const ColourHistogram &histogram, int maxColours,
                                  GifQuantiser quantiser)
{
    std::vector<CountedColour> colours = sortedByColour(histogram);
    std::vector<QRgb> palette;
    if (static_cast<int>(colours.size()) <= maxColours) {
        for (const CountedColour &c : colours)
            palette.push_back(c.colour);
    } else if (quantiser == GifQuantiser::Popularity) {
        palette = popularity(std::move(colours), maxColours);
    } else {
        palette = medianCut(std::move(colours), maxColours);
    }
    std::sort(palette.begin(), palette.end());
    palette.erase(std::unique(palette.begin(), palette.end()), palette.end());
    return palette;
}

int nearestPaletteIndex(const std::vector<QRgb> &palette, QRgb colour)
{
    int best = 0;
    int bestDistance = 1 << 30;
    for (size_t i = 0; i < palette.size(); ++i) {
        const int dr = qRed(palette[i]) - qRed(colour);
        const int dg = qGreen(palette[i]) - qGreen(colour);
        const int db = qBlue(palette[i]) - qBlue(colour);
        const int d = dr * dr + dg * dg + db * db;
        if (d < bestDistance) {
            best = static_cast<int>(i);
            bestDistance = d;
        }
    }
    return best;
}

}  // namespace relulab::session
