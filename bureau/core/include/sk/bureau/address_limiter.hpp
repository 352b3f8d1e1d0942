// Per-address admission for the ingest server: how many connections one address has open and
// a token bucket of requests, with refusals logged at most once a minute per address.
// Plain C++ without sockets, so the policy is tested with an injected clock.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

#include "sk/bureau/server_limits.hpp"

namespace sk::bureau {

class AddressLimiter {
  public:
    explicit AddressLimiter(ServerLimits limits);

    enum class Admit { ok, too_many_connections, rate_limited };
    struct Decision {
        Admit admit = Admit::ok;
        int retry_after_s = 0;     // rate_limited: when the next token is there
        bool log = false;          // refused and not yet logged in the last minute
        std::size_t unlogged = 0;  // refusals from this address left out of the log before
    };

    // A new connection from addr. Admitted: it holds a connection slot (give it back with
    // close()) and has spent one token.
    Decision open(const std::string& addr);
    void close(const std::string& addr);
    // The admitted request from addr was refused (4xx): it costs refusal_cost more tokens.
    void charge_refusal(const std::string& addr);

    std::size_t open_connections() const;
    // Until at least n connections are admitted and open, or the timeout passes (tests use it
    // as the "server reached this step" signal).
    bool wait_open(std::size_t n, std::chrono::milliseconds timeout) const;

  private:
    struct Bucket {
        double tokens = 0;
        std::chrono::steady_clock::time_point refilled{};
        int open = 0;
        bool logged_once = false;
        std::chrono::steady_clock::time_point last_log{};
        std::size_t unlogged = 0;
    };
    std::chrono::steady_clock::time_point now() const;
    Bucket& bucket(const std::string& addr, std::chrono::steady_clock::time_point t);
    void refill(Bucket& b, std::chrono::steady_clock::time_point t) const;
    void note_refusal(Bucket& b, Decision& d, std::chrono::steady_clock::time_point t);
    void prune(std::chrono::steady_clock::time_point t);

    ServerLimits limits_;
    mutable std::mutex mu_;
    mutable std::condition_variable changed_;
    std::map<std::string, Bucket> buckets_;
    std::size_t open_total_ = 0;
};

}  // namespace sk::bureau
