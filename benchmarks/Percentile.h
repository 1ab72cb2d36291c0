// The p-th quantile (0..1) of timings, nearest rank, shared by the benchmarks.
#pragma once

#include <algorithm>
#include <vector>

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0.0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}
