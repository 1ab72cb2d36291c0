// Which linear regions touch, and colours for them such that regions sharing a piece of boundary
// never share a colour: the Regions display fills each region with its own colour from a small
// qualitative palette, and neighbours must stay apart.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "LinearRegions.h"

namespace relulab::core {

// The pairs of regions (first < second, each pair once, sorted) that share a piece of boundary
// (2-D: a segment of an edge, found by stepping just across each edge at a quarter, half and
// three quarters of its length; 1-D: consecutive intervals). Empty unless regions.detailed.
std::vector<std::pair<int, int>> adjacentRegions(const LinearRegions &regions);

// A colour index below `colours` per region such that adjacent regions differ: greedy in
// smallest-last order (a region then has at most 5 coloured neighbours in a planar map, so 6
// colours always suffice), each region taking the free colour used least so far, so that every
// colour is used about as often. With fewer than 6 colours a region may have to share one with
// a neighbour. Empty unless regions.detailed.
std::vector<std::uint8_t> colourRegions(const LinearRegions &regions, int colours);

}  // namespace relulab::core
