#include "sk/bureau/address_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace sk::bureau {

namespace {
using namespace std::chrono;
// Past this many remembered addresses, idle ones with a full bucket are forgotten.
constexpr std::size_t kMaxRemembered = 4096;
// Refills add up in steps (9 s + 1 s): a token is there when the sum is 1 give or take this.
constexpr double kEpsilon = 1e-6;
}  // namespace

AddressLimiter::AddressLimiter(ServerLimits limits) : limits_(std::move(limits)) {}

steady_clock::time_point AddressLimiter::now() const {
    return limits_.now ? limits_.now() : steady_clock::now();
}

void AddressLimiter::refill(Bucket& b, steady_clock::time_point t) const {
    if (t > b.refilled) {
        const double minutes = duration<double>(t - b.refilled).count() / 60.0;
        b.tokens =
            std::min<double>(limits_.rate_burst, b.tokens + minutes * limits_.rate_per_minute);
    }
    b.refilled = std::max(b.refilled, t);
}

AddressLimiter::Bucket& AddressLimiter::bucket(const std::string& addr,
                                               steady_clock::time_point t) {
    auto [it, fresh] = buckets_.try_emplace(addr);
    if (fresh) {
        it->second.tokens = limits_.rate_burst;
        it->second.refilled = t;
    }
    refill(it->second, t);
    return it->second;
}

void AddressLimiter::note_refusal(Bucket& b, Decision& d, steady_clock::time_point t) {
    if (!b.logged_once || t - b.last_log >= minutes(1)) {
        d.log = true;
        d.unlogged = b.unlogged;
        b.logged_once = true;
        b.last_log = t;
        b.unlogged = 0;
    } else {
        ++b.unlogged;
    }
}

void AddressLimiter::prune(steady_clock::time_point t) {
    if (buckets_.size() <= kMaxRemembered) return;
    for (auto it = buckets_.begin(); it != buckets_.end();) {
        refill(it->second, t);
        const bool idle = it->second.open == 0 && it->second.tokens >= limits_.rate_burst;
        it = idle ? buckets_.erase(it) : std::next(it);
    }
}

AddressLimiter::Decision AddressLimiter::open(const std::string& addr) {
    std::lock_guard<std::mutex> lock(mu_);
    const auto t = now();
    prune(t);
    Bucket& b = bucket(addr, t);
    Decision d;
    if (b.open >= limits_.per_address) {
        d.admit = Admit::too_many_connections;
        note_refusal(b, d, t);
        return d;
    }
    if (b.tokens < 1.0 - kEpsilon) {
        d.admit = Admit::rate_limited;
        const double per_token_s = 60.0 / std::max(1, limits_.rate_per_minute);
        d.retry_after_s = std::max(1, int(std::ceil((1.0 - b.tokens) * per_token_s - kEpsilon)));
        note_refusal(b, d, t);
        return d;
    }
    b.tokens -= 1.0;
    ++b.open;
    ++open_total_;
    changed_.notify_all();
    return d;
}

void AddressLimiter::close(const std::string& addr) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = buckets_.find(addr);
    if (it == buckets_.end() || it->second.open == 0) return;
    --it->second.open;
    --open_total_;
    changed_.notify_all();
}

void AddressLimiter::charge_refusal(const std::string& addr) {
    std::lock_guard<std::mutex> lock(mu_);
    Bucket& b = bucket(addr, now());
    // May go below zero (an address that keeps sending junk waits longer), but not so far that
    // it waits for more than a full bucket's refill.
    b.tokens = std::max<double>(b.tokens - limits_.refusal_cost, -double(limits_.rate_burst));
}

std::size_t AddressLimiter::open_connections() const {
    std::lock_guard<std::mutex> lock(mu_);
    return open_total_;
}

bool AddressLimiter::wait_open(std::size_t n, milliseconds timeout) const {
    std::unique_lock<std::mutex> lock(mu_);
    return changed_.wait_for(lock, timeout, [&] { return open_total_ >= n; });
}

}  // namespace sk::bureau
