// Private building blocks: PIN back-off schedule, receipt input messages, text buffers,
// validation -> message mapping.
#include <catch2/catch.hpp>

#include <cstring>

#include "pin_lock.hpp"
#include "receipt_input.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/kiosk/intents.hpp"
#include "sk/kiosk/screens.hpp"
#include "text_pool.hpp"
#include "validation_text.hpp"

using namespace sk::kiosk;

TEST_CASE("PIN back-off: 3 free attempts, then 30 s doubling, capped at 1 h", "[pin]") {
    CHECK(pin_lock_seconds(0) == 0);
    CHECK(pin_lock_seconds(2) == 0);
    CHECK(pin_lock_seconds(3) == 30);
    CHECK(pin_lock_seconds(4) == 60);
    CHECK(pin_lock_seconds(5) == 120);
    CHECK(pin_lock_seconds(9) == 1920);
    CHECK(pin_lock_seconds(10) == 3600);
    CHECK(pin_lock_seconds(1000) == 3600);

    // The lock is counted on the steady clock from its start (the last failure, or start-up).
    const Clock::time_point t0{std::chrono::seconds(1000)};
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    CHECK(pin_lock_remaining(5, t0, t0) == 120);
    CHECK(pin_lock_remaining(5, t0, t0 + seconds(100)) == 20);
    CHECK(pin_lock_remaining(5, t0, t0 + seconds(119) + milliseconds(500)) == 1);  // rounds up
    CHECK(pin_lock_remaining(5, t0, t0 + seconds(120)) == 0);
    CHECK(pin_lock_remaining(5, t0, t0 - seconds(500)) == 120);  // start ahead: full lock
    CHECK(pin_lock_remaining(5, std::nullopt, t0) == 120);       // no start: never unlocked
    CHECK(pin_lock_remaining(2, std::nullopt, t0) == 0);
    CHECK(pin_lock_remaining(2, t0, t0) == 0);
}

TEST_CASE("receipt input: canonical code or a localisable reason", "[receipt]") {
    std::string code = sk::crypto::new_receipt_code();
    std::string grouped = sk::crypto::format_receipt(code);
    std::string lower = grouped;
    for (auto& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
    auto ok = read_receipt_input(" " + lower + " ");
    CHECK(ok.error.empty());
    CHECK(ok.canonical == code);

    CHECK(read_receipt_input("").error.key == "receipt.error.empty");
    CHECK(read_receipt_input("ABC-0EF").error.key == "receipt.error.symbol_0o");
    CHECK(read_receipt_input("ABC-1EF").error.key == "receipt.error.symbol_1i");
    CHECK(read_receipt_input("ABC?").error.key == "receipt.error.symbol");
    auto short_code = read_receipt_input(code.substr(0, 10));
    CHECK(short_code.error.key == "receipt.error.length");
    CHECK(short_code.error.params[0].second == "10");
    // One symbol changed: the check symbol catches it.
    std::string typo = code;
    typo[3] = typo[3] == 'A' ? 'B' : 'A';
    CHECK(read_receipt_input(typo).error.key == "receipt.error.check");
}

TEST_CASE("text pool: stable buffers, UTF-8 safe set, wipe zeroes in place", "[fields]") {
    TextPool pool;
    pool.ensure(field::tip_unit, 8);
    char* p = pool.buffer(field::tip_unit);
    REQUIRE(p);
    CHECK(pool.capacity(field::tip_unit) == 8);
    pool.set(field::tip_unit, "躺平式");  // 9 bytes: cut to 2 whole characters (6 bytes)
    CHECK(pool.text(field::tip_unit) == "躺平");
    std::memset(p, 'x', 8);  // a buggy writer without NUL
    CHECK(pool.text(field::tip_unit).size() == 7);
    pool.wipe_all();
    CHECK(pool.buffer(field::tip_unit) == p);
    for (int i = 0; i < 8; ++i) CHECK(p[i] == 0);
    CHECK(pool.buffer(field::tip_what) == nullptr);
    CHECK(pool.capacity(field::tip_what) == 0);
}

TEST_CASE("validation codes map to message keys with parameters", "[validation]") {
    using E = sk::survey::ValidationError;
    sk::survey::Validation v;
    v.error = E::too_many_choices;
    v.max = 4;
    auto m = validation_message(v);
    CHECK(m.key == "validation.too_many_choices");
    CHECK(m.params == Params{{"max", "4"}});
    v = {};
    v.error = E::out_of_range;
    v.min = 1;
    v.max = 50;
    CHECK(validation_message(v).key == "validation.out_of_range");
    v.max.reset();
    CHECK(validation_message(v).key == "validation.at_least");
    v = {};
    v.error = E::too_long;
    v.max = 100;
    v.actual = 130;
    CHECK(validation_message(v).params == Params{{"max", "100"}, {"actual", "130"}});
    CHECK(format_number(2.5) == "2.5");
    CHECK(format_number(-3) == "-3");
}

TEST_CASE("intent and screen names", "[names]") {
    CHECK(std::string(intent_name(intent::Submit{})) == "submit");
    CHECK(std::string(intent_name(intent::AdminQuit{})) == "admin_quit");
    CHECK(std::string(screen_name(Screen::tip_contact_confirm)) == "tip_contact_confirm");
}
