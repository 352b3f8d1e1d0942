#include "sk/bureau/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace sk::bureau {

unsigned default_threads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
    constexpr size_t kChunk = 16;  // amortises the atomic; small enough to balance the tail
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (;;) {
            const size_t first = next.fetch_add(kChunk, std::memory_order_relaxed);
            if (first >= n) return;
            const size_t last = std::min(n, first + kChunk);
            for (size_t i = first; i < last; ++i) fn(i);
        }
    };
    const size_t useful = (n + kChunk - 1) / kChunk;
    const unsigned extra =
        static_cast<unsigned>(std::min<size_t>(useful, std::max(1u, threads)) - (useful ? 1 : 0));
    std::vector<std::thread> pool;
    pool.reserve(extra);
    for (unsigned t = 0; t < extra; ++t) pool.emplace_back(work);
    work();
    for (auto& th : pool) th.join();
}

}  // namespace sk::bureau
