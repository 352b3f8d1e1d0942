#include "kiosk_test_util.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk::testing {

std::filesystem::path source_dir() {
    const char* env = std::getenv("SK_SOURCE_DIR");
    return env && *env ? std::filesystem::path(env) : std::filesystem::path(SK_SOURCE_DIR);
}

std::filesystem::path assets_dir() {
    return source_dir() / "assets";
}

FakeClock::FakeClock() {
    std::tm tm{};
    tm.tm_year = 2026 - 1900;
    tm.tm_mon = 2;
    tm.tm_mday = 10;
    tm.tm_hour = 10;
    tm.tm_isdst = -1;
    s->wall = WallClock::from_time_t(std::mktime(&tm));
}

Clocks FakeClock::clocks() const {
    Clocks c;
    auto st = s;
    c.now = [st] { return st->steady; };
    c.wall_now = [st] { return st->wall; };
    return c;
}

AppConfig demo_config(const TempDir& dir, const FakeClock& clock, bool demo) {
    AppConfig cfg;
    cfg.data_dir = dir / "data";
    cfg.assets_dir = assets_dir();
    cfg.demo = demo;
    cfg.lang = Lang::zh_CN;
    cfg.clocks = clock.clocks();
    return cfg;
}

App open_app(const AppConfig& cfg) {
    auto r = App::open(cfg);
    if (!r) FAIL("App::open: " << r.error().message);
    return std::move(*r);
}

char* type_into(App& app, FieldId f, std::string_view text) {
    char* p = app.text_buffer(f);
    REQUIRE(p != nullptr);
    size_t cap = app.text_capacity(f);
    REQUIRE(text.size() < cap);
    std::memset(p, 0, cap);
    std::memcpy(p, text.data(), text.size());
    app.dispatch(intent::TextEdited{f});
    return p;
}

void advance(App& app, FakeClock& clock, std::chrono::milliseconds d) {
    clock.advance(d);
    app.tick(clock.now());
}

bool all_zero(const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i)
        if (p[i] != 0) return false;
    return true;
}

crypto::SealKeyPair demo_seal_pair() {
    std::ifstream in(assets_dir() / "demo" / "bureau.sec", std::ios::binary);
    REQUIRE(in);
    Bytes file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto keys = crypto::decrypt_bureau_secret(file, "demo");
    REQUIRE(keys.ok());
    return crypto::bureau_seal_pair(*keys);
}

std::vector<std::string> open_all_records(App& app) {
    auto pair = demo_seal_pair();
    auto recs = app.store().unbatched_records();
    REQUIRE(recs.ok());
    std::vector<std::string> out;
    for (const auto& r : *recs) {
        auto pt = crypto::open_record(r.envelope, pair);
        REQUIRE(pt.ok());
        out.emplace_back(pt->str());
    }
    return out;
}

void go_home(App& app) {
    app.dispatch(intent::TouchAnywhere{});
    REQUIRE(app.view().screen == Screen::home);
}

const char* screen_of(const App& app) {
    return screen_name(app.view().screen);
}

void exit_session(App& app) {
    app.dispatch(intent::Exit{});
    if (app.view().overlay == Overlay::confirm_exit) app.dispatch(intent::ConfirmExit{});
}

}  // namespace sk::kiosk::testing
