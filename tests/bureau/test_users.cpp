// Users and key slots: each user's passphrase unlocks, disabling removes the slot, passwd,
// choosing the user, and what a key rotation does to the other users' slots.
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/user_admin.hpp"
#include "sk/bureau/user_slots.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace fs = std::filesystem;

namespace {
constexpr const char* kHanaPass = "hana's passphrase";
}

TEST_CASE("users: each user's own passphrase unlocks as that user", "[users]") {
    Bureau b;
    CHECK(b.session->actor.user == "lead");
    CHECK(b.session->actor.role == Role::lead);
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).ok());
    CHECK(fs::exists(slot_path(b.home, "hana")));

    auto s = unlock(b.home, "hana", kHanaPass, kNow);
    REQUIRE(s.ok());
    CHECK(s->actor.user == "hana");
    CHECK(s->actor.role == Role::handler);
    CHECK(s->store.tips({}).ok());  // same store, same key

    CHECK(unlock(b.home, "hana", kPass, kNow).error().code == Errc::wrong_passphrase);
    CHECK(unlock(b.home, "nobody", kPass, kNow).error().code == Errc::not_found);
    CHECK(unlock(b.home, "../lead", kPass, kNow).error().code == Errc::invalid_argument);
    // Two users now: the old single-passphrase form must name one.
    auto which = unlock(b.home, kPass);
    REQUIRE_FALSE(which.ok());
    CHECK(which.error().code == Errc::invalid_argument);
    CHECK(which.error().message.find("--user") != std::string::npos);

    // Bad input changes nothing.
    CHECK(add_user(*b.session, b.home, "hana", Role::lead, kHanaPass, kNow).error().code ==
          Errc::already_exists);
    CHECK(add_user(*b.session, b.home, "-x", Role::lead, kHanaPass, kNow).error().code ==
          Errc::invalid_argument);
    CHECK(add_user(*b.session, b.home, "short", Role::lead, "1234567", kNow).error().code ==
          Errc::invalid_argument);
    CHECK_FALSE(fs::exists(slot_path(b.home, "short")));
    CHECK(users(*b.session).value().size() == 2);
}

TEST_CASE("users: a disabled user cannot unlock, even with a copy of the old slot", "[users]") {
    Bureau b;
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).ok());
    Bytes slot_copy = read_file(slot_path(b.home, "hana")).value();

    CHECK(disable_user(*b.session, b.home, "lead", kNow).error().code == Errc::invalid_argument);
    REQUIRE(disable_user(*b.session, b.home, "hana", kNow).ok());
    CHECK_FALSE(fs::exists(slot_path(b.home, "hana")));
    CHECK(unlock(b.home, "hana", kHanaPass, kNow).error().code == Errc::not_found);

    REQUIRE(write_file(slot_path(b.home, "hana"), slot_copy, true, 0600).ok());
    auto again = unlock(b.home, "hana", kHanaPass, kNow);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Errc::permission_denied);
    CHECK(again.error().message.find("disabled") != std::string::npos);

    auto list = users(*b.session).value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == "hana");
    CHECK(list[0].disabled);
    // The name is not reused.
    CHECK(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).error().code ==
          Errc::already_exists);
}

TEST_CASE("users: the last lead cannot be disabled", "[users]") {
    Bureau b;
    REQUIRE(add_user(*b.session, b.home, "lead2", Role::lead, kHanaPass, kNow).ok());
    auto s2 = unlock(b.home, "lead2", kHanaPass, kNow);
    REQUIRE(s2.ok());
    REQUIRE(disable_user(s2.value(), b.home, "lead", kNow).ok());
    auto last = disable_user(s2.value(), b.home, "lead2", kNow);
    CHECK(last.error().code == Errc::invalid_argument);  // themself, and the last lead
}

TEST_CASE("users: passwd for oneself and a lead's reset", "[users]") {
    Bureau b;
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).ok());
    auto hana = unlock(b.home, "hana", kHanaPass, kNow);
    REQUIRE(hana.ok());
    REQUIRE(set_user_passphrase(hana.value(), b.home, "hana", "hana's new phrase", kNow).ok());
    CHECK(unlock(b.home, "hana", kHanaPass, kNow).error().code == Errc::wrong_passphrase);
    REQUIRE(unlock(b.home, "hana", "hana's new phrase", kNow).ok());
    CHECK(set_user_passphrase(hana.value(), b.home, "hana", "short", kNow).error().code ==
          Errc::invalid_argument);
    REQUIRE(unlock(b.home, "hana", "hana's new phrase", kNow).ok());

    REQUIRE(set_user_passphrase(*b.session, b.home, "hana", "reset by the lead", kNow).ok());
    REQUIRE(unlock(b.home, "hana", "reset by the lead", kNow).ok());
}

TEST_CASE("users: a key rotation drops the other slots until a lead resets them", "[users]") {
    Bureau b;
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).ok());
    auto r = rotate_keys(*b.session, b.home, kPass, kNow);
    REQUIRE(r.ok());
    REQUIRE(r->slots_dropped == std::vector<std::string>{"hana"});
    CHECK(unlock(b.home, "hana", kHanaPass, kNow).error().code == Errc::not_found);
    auto lead = unlock(b.home, "lead", kPass, kNow);
    REQUIRE(lead.ok());
    CHECK(lead->keys.pub == r->new_keys);
    REQUIRE(set_user_passphrase(lead.value(), b.home, "hana", "after the rotation", kNow).ok());
    auto hana = unlock(b.home, "hana", "after the rotation", kNow);
    REQUIRE(hana.ok());
    CHECK(hana->keys.pub == r->new_keys);
}

TEST_CASE("users: a lead changes roles and re-enables a user; others may not", "[users]") {
    Bureau b;
    REQUIRE(add_user(*b.session, b.home, "hana", Role::handler, kHanaPass, kNow).ok());
    auto hana = unlock(b.home, "hana", kHanaPass, kNow);
    REQUIRE(hana.ok());
    CHECK(set_user_role(hana.value(), "hana", Role::lead, kNow).error().code ==
          Errc::permission_denied);
    CHECK(set_user_role(*b.session, "lead", Role::handler, kNow).error().code ==
          Errc::invalid_argument);  // the last lead
    CHECK(set_user_role(*b.session, "nobody", Role::lead, kNow).error().code == Errc::not_found);
    REQUIRE(set_user_role(*b.session, "hana", Role::inspector, kNow).ok());
    CHECK(unlock(b.home, "hana", kHanaPass, kNow)->actor.role == Role::inspector);

    CHECK(enable_user(*b.session, b.home, "hana", "a new phrase", kNow).error().code ==
          Errc::conflict);  // not disabled
    REQUIRE(disable_user(*b.session, b.home, "hana", kNow).ok());
    CHECK(enable_user(hana.value(), b.home, "hana", "a new phrase", kNow).error().code ==
          Errc::permission_denied);
    CHECK(enable_user(*b.session, b.home, "hana", "short", kNow).error().code ==
          Errc::invalid_argument);
    CHECK_FALSE(fs::exists(slot_path(b.home, "hana")));  // still disabled, no slot
    CHECK_FALSE(unlock(b.home, "hana", "short", kNow).ok());
    REQUIRE(enable_user(*b.session, b.home, "hana", "a new phrase", kNow).ok());
    auto back = unlock(b.home, "hana", "a new phrase", kNow);
    REQUIRE(back.ok());
    CHECK(back->actor.role == Role::inspector);
    CHECK_FALSE(unlock(b.home, "hana", kHanaPass, kNow).ok());
}
