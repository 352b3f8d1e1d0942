// kioskctl's bad inputs (issue 12): each is one clear line, a non-zero exit, and no change.
#include <catch2/catch.hpp>

#include <algorithm>

#include "e2e_env.hpp"

using namespace sk::e2e;

TEST_CASE("e2e: simulate refuses counts out of range and submits nothing", "[e2e][inputs]") {
    Env env("sim-range");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    for (const char* args : {"--tips -1", "--tips 18446744073709551615", "--tips 100001",
                             "--responses -5", "--responses 1e9", "--seed -1"}) {
        Run r = env.kioskctl("simulate --data " + q(data) + " " + args);
        INFO(args << ": " << r.out << r.err);
        CHECK(r.code != 0);
        CHECK(r.out.find("submitted") == std::string::npos);
        CHECK_FALSE(r.err.empty());
    }
    CHECK(env.status(data)["records"]["sealed"] == 0);
    // The limit itself is accepted.
    Run ok = env.kioskctl("simulate --data " + q(data) + " --tips 1 --seed 7");
    INFO(ok.err);
    CHECK(ok.code == 0);
    CHECK(env.status(data)["records"]["sealed"] == 1);
}

TEST_CASE("e2e: simulate on a missing data directory creates nothing", "[e2e][inputs]") {
    Env env("sim-missing");
    const auto missing = env.root() / "no-such-kiosk";
    Run r = env.kioskctl("simulate --data " + q(missing) + " --tips 1");
    INFO(r.out << r.err);
    CHECK(r.code != 0);
    CHECK(r.err.find("no kiosk database") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') <= 2);  // the seed line, then the error
    CHECK_FALSE(std::filesystem::exists(missing));
}
