// A minimal parallel-for over std::thread: record opening is independent per record and
// CPU-bound (~31 µs each), so plain threads with an atomic work counter are enough.
#pragma once

#include <cstddef>
#include <functional>

namespace sk::bureau {

// Threads to use: hardware_concurrency(), at least 1.
unsigned default_threads();

// Calls fn(i) for every i in [0, n) on up to `threads` threads (the caller's thread is one
// of them). fn must not throw. Work is handed out in small chunks so threads stay busy.
void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

}  // namespace sk::bureau
