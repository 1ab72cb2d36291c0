// The one colour table a GIF animation shares: built from the colours its frames actually use.
#pragma once

#include <QRgb>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace relulab::session {

// How a table is chosen when the frames use more colours than it holds.
enum class GifQuantiser {
    // The most frequent colours: the flat fills, lines and text colours of a figure stay exact,
    // only the rare anti-aliasing shades move to their nearest kept colour.
    Popularity,
    // Median cut weighted by pixel counts: boxes of colour space split at their median until
    // there are enough, each box's mean kept; spreads the entries over the whole gamut.
    MedianCut,
};

// Pixel counts of every opaque colour (0xRRGGBB) in the frames.
using ColourHistogram = std::unordered_map<QRgb, std::uint64_t>;

// Up to maxColours colours for the histogram: exactly its colours when there are that few or
// fewer, else the quantiser's choice. In a fixed order (by colour value), so the same histogram
// always gives the same table.
std::vector<QRgb> buildGifPalette(const ColourHistogram &histogram, int maxColours,
                                  GifQuantiser quantiser);

// The index of the palette entry nearest to colour (squared RGB distance; ties to the lower
// index).
int nearestPaletteIndex(const std::vector<QRgb> &palette, QRgb colour);

}  // namespace relulab::session
