// The registers' tests over a real bureau.db (a fixed key, a temp directory per test) with
// the demo data set loaded through the core's imports.
#pragma once

#include <unistd.h>

#include <array>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "sk/bureau/registers.hpp"
#include "sk/bureau/store/open.hpp"

namespace sk::bureau::test {

namespace fs = std::filesystem;

inline constexpr const char* kNow = "2026-12-01T02:00:00Z";
inline constexpr uint32_t kToday = 20261201;

inline fs::path demo(const std::string& f) {
    return fs::path(SK_SOURCE_DIR) / "assets/demo/bureau" / f;
}

struct Fixture {
    fs::path dir;
    sk::storage::BureauStore store;
    Actor lead{"lead1", Role::lead}, handler{"handler1", Role::handler},
        inspector{"insp1", Role::inspector}, statistician{"stat1", Role::statistician};

    static sk::storage::BureauStore open(const fs::path& dir) {
        fs::create_directories(dir);
        std::array<uint8_t, 32> key{};
        key.fill(0x42);
        auto s = store::open_bureau_store(dir / "bureau.db", sk::ByteView(key), true);
        REQUIRE(s.ok());
        return std::move(s).value();
    }
    explicit Fixture(const std::string& name)
        : dir(fs::temp_directory_path() /
              ("sk_registers_" + name + "_" + std::to_string(::getpid()))),
          store(open(dir)) {}
    ~Fixture() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }

    void load_demo() {
        auto u = import_units(store, lead, demo("units.csv"), kNow);
        if (!u) FAIL(u.error().message);
        REQUIRE(u->errors.empty());
        auto st = import_staff(store, lead, demo("staff.csv"), kNow, false);
        REQUIRE(st.ok());
        REQUIRE(st->errors.empty());
        auto a = import_absences(store, lead, demo("absences.csv"), kToday, kNow);
        REQUIRE(a.ok());
        for (auto& e : a->errors) INFO(e);
        REQUIRE(a->errors.empty());
    }
    std::string fingerprint() {
        auto f = store.fingerprint();
        REQUIRE(f.ok());
        return sk::to_hex(sk::ByteView(f->content));
    }
    fs::path write(const std::string& name, const std::string& text) {
        auto p = dir / name;
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }
};

}  // namespace sk::bureau::test
