// Internal to the core: std::vector storage that starts on a 64-byte boundary (a cache line), so
// that the vector loops' loads and stores of 16 or 32 bytes never straddle two lines.
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace relulab::core {

template <class T>
struct CacheLineAllocator
{
    using value_type = T;
    static constexpr std::align_val_t kAlignment{64};

    CacheLineAllocator() = default;
    template <class U>
    CacheLineAllocator(const CacheLineAllocator<U> &)
    {
    }

    T *allocate(std::size_t n)
    {
        return static_cast<T *>(::operator new(n * sizeof(T), kAlignment));
    }
    void deallocate(T *p, std::size_t) { ::operator delete(p, kAlignment); }

    template <class U>
    friend bool operator==(const CacheLineAllocator &, const CacheLineAllocator<U> &)
    {
        return true;
    }
};

template <class T>
using AlignedVector = std::vector<T, CacheLineAllocator<T>>;

}  // namespace relulab::core
