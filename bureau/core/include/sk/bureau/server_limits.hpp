// What `bureau serve` grants one connection, one address and the whole server, so that slow,
// huge or repeated requests cannot exhaust its memory or its workers (issue 12, items 6-8).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

#include "sk/sync/batch.hpp"

namespace sk::bureau {

struct ServerLimits {
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // Largest request body kept, counted while it is read whatever its framing
    // (Content-Length, chunked, or until the client closes): a batch file is at most 16 MiB.
    std::size_t max_body_bytes = sync::kMaxBatchFileBytes;
    // Request line and headers together.
    std::size_t max_header_bytes = 16 * 1024;

    // Each connection carries one request and holds one worker until it is answered, so at
    // most workers x max_body_bytes of bodies are in memory at once.
    int workers = 8;
    // Accepted connections waiting for a worker; past that a connection is answered 503 at once.
    int queue = 32;
    // Connections open at once from one address; past that: 503 at once.
    int per_address = 4;

    // From accept to the end of the headers: a client trickling bytes cannot hold a worker.
    std::chrono::milliseconds header_timeout{10'000};
    // From accept to the last byte of the response (16 MiB at 1 Mbit/s is ~134 s).
    std::chrono::milliseconds request_timeout{300'000};
    // Longest wait for the next bytes in either direction.
    std::chrono::milliseconds idle_timeout{10'000};
    // After the answer, how long unread request bytes are drained so that the client reads the
    // answer instead of a connection reset.
    std::chrono::milliseconds linger_timeout{2'000};

    // Token bucket per address: a request takes one token, a refused one (4xx) refusal_cost
    // more; an empty bucket is answered 429 before anything of the request is read.
    int rate_burst = 60;
    int rate_per_minute = 60;
    int refusal_cost = 5;
    // The rate limiter's clock; empty: std::chrono::steady_clock (tests inject one).
    Clock now;
};

}  // namespace sk::bureau
