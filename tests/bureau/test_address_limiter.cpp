// The ingest server's admission policy with an injected clock: connection caps per address,
// the token bucket and its refill, and how often a refusal is logged.
#include <catch2/catch.hpp>

#include "sk/bureau/address_limiter.hpp"

using namespace sk::bureau;
using namespace std::chrono_literals;
using Admit = AddressLimiter::Admit;

namespace {
struct FakeClock {
    std::chrono::steady_clock::time_point t{};
    ServerLimits::Clock fn() {
        return [this] { return t; };
    }
};
}  // namespace

TEST_CASE("address limiter: open connections are capped per address", "[serve][limits]") {
    FakeClock clk;
    ServerLimits l;
    l.per_address = 2;
    l.now = clk.fn();
    AddressLimiter lim(l);
    CHECK(lim.open("10.0.0.1").admit == Admit::ok);
    CHECK(lim.open("10.0.0.1").admit == Admit::ok);
    CHECK(lim.open("10.0.0.1").admit == Admit::too_many_connections);
    CHECK(lim.open("10.0.0.2").admit == Admit::ok);  // another address is not affected
    CHECK(lim.open_connections() == 3);
    lim.close("10.0.0.1");
    CHECK(lim.open("10.0.0.1").admit == Admit::ok);
    lim.close("10.0.0.9");  // never opened: ignored
    CHECK(lim.open_connections() == 3);
}

TEST_CASE("address limiter: refusals spend the budget, time refills it", "[serve][limits]") {
    FakeClock clk;
    ServerLimits l;
    l.rate_burst = 12;
    l.rate_per_minute = 6;  // one token every 10 s
    l.refusal_cost = 5;
    l.now = clk.fn();
    AddressLimiter lim(l);
    const std::string a = "10.0.0.1";
    for (int i = 0; i < 2; ++i) {  // 12 -> 11 -> 6 -> 5 -> 0
        REQUIRE(lim.open(a).admit == Admit::ok);
        lim.charge_refusal(a);
        lim.close(a);
    }
    auto d = lim.open(a);
    CHECK(d.admit == Admit::rate_limited);
    CHECK(d.retry_after_s == 10);
    CHECK(d.log);
    CHECK(lim.open("10.0.0.2").admit == Admit::ok);
    clk.t += 9s;
    CHECK(lim.open(a).admit == Admit::rate_limited);
    clk.t += 1s;
    CHECK(lim.open(a).admit == Admit::ok);  // one token after 10 s
    lim.close(a);
    clk.t += 1h;  // refills to the burst, no further
    for (int i = 0; i < 12; ++i) {
        REQUIRE(lim.open(a).admit == Admit::ok);
        lim.close(a);
    }
    CHECK(lim.open(a).admit == Admit::rate_limited);
}

TEST_CASE("address limiter: refusals are logged at most once a minute per address",
          "[serve][limits]") {
    FakeClock clk;
    ServerLimits l;
    l.per_address = 0;  // every connection is refused
    l.now = clk.fn();
    AddressLimiter lim(l);
    auto first = lim.open("10.0.0.1");
    CHECK(first.admit == Admit::too_many_connections);
    CHECK(first.log);
    CHECK_FALSE(lim.open("10.0.0.1").log);
    CHECK_FALSE(lim.open("10.0.0.1").log);
    CHECK(lim.open("10.0.0.2").log);  // its own minute
    clk.t += 60s;
    auto later = lim.open("10.0.0.1");
    CHECK(later.log);
    CHECK(later.unlogged == 2);
}
