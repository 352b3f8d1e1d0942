#include "desk_fixture.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>

#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/crypto/init.hpp"

namespace sk::desk::test {

std::filesystem::path source_dir() {
    const char* env = std::getenv("SK_SOURCE_DIR");
    return env && *env ? std::filesystem::path(env) : std::filesystem::path(SK_SOURCE_DIR);
}

DeskClock FakeClock::clock() const {
    DeskClock c;
    auto st = s;
    c.steady_ms = [st] { return st->steady_ms; };
    c.now = [st] { return st->now; };
    c.today = [st] { return st->today; };
    return c;
}

DemoOptions small_demo() {
    DemoOptions o;
    o.kiosks = 3;
    o.tips = 40;
    o.responses = 60;
    o.worked_cases = 8;
    o.typed_cases = 0;  // the tests type in their own (add_typed_case)
    return o;
}

DeskFixture::DeskFixture(DemoOptions opt) : tmp("sk-desk-test") {
    REQUIRE(crypto::init().ok());
    home = tmp.path() / "home";
    auto made = make_demo_bureau(home, source_dir() / "assets", opt);
    if (!made) FAIL("make_demo_bureau: " << made.error().message);
    demo = *made;
    config.home = home;
    config.assets = source_dir() / "assets";
    config.export_dir = tmp.path() / "exports";
    config.start_dir = demo.stick;
    config.import_threads = 2;
    reopen();
}

void DeskFixture::reopen() {
    desk.reset();
    auto d = Desk::open(config, clock.clock());
    if (!d) FAIL("Desk::open: " << d.error().message);
    desk = std::move(*d);
}

void DeskFixture::login(const std::string& pass, const std::string& user) {
    std::memset(desk->buffer(Field::user), 0, desk->capacity(Field::user));
    std::strncpy(desk->buffer(Field::user), user.c_str(), desk->capacity(Field::user) - 1);
    std::strncpy(desk->buffer(Field::passphrase), pass.c_str(),
                 desk->capacity(Field::passphrase) - 1);
    desk->dispatch(intent::Login{});
}

void type(Desk& d, Field f, const char* s) {
    std::memset(d.buffer(f), 0, d.capacity(f));
    std::strncpy(d.buffer(f), s, d.capacity(f) - 1);
}

size_t audit_rows(const DeskFixture& f, const std::string& action) {
    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto audit = bureau::store::list_audit(s->store, bureau::store::AuditFilter{});
    REQUIRE(audit.ok());
    size_t n = 0;
    for (const auto& a : *audit) n += a.event.action == action;
    return n;
}

std::string DeskFixture::add_typed_case(const std::string& channel, const std::string& unit,
                                        const std::string& text) {
    auto ch = bureau::parse_channel(channel);
    REQUIRE(ch);
    auto s = bureau::unlock(home, kDemoUser, kDemoPassphrase);
    REQUIRE(s);
    bureau::NewCaseInput in;
    in.channel = *ch;
    in.unit = unit;
    in.category = "inaction";
    in.text = text;
    in.source = "来电人 王某 13800000000";
    in.received_day = clock.s->today;
    auto c = bureau::add_case(s->store, s->actor, in, {"inaction", "slow_action"}, nullptr,
                              clock.s->now, clock.s->today);
    INFO((c ? "" : c.error().message));
    REQUIRE(c);
    return c->case_no;
}

}  // namespace sk::desk::test
