// Settings, identity, keys, surveys, status board, PIN back-off and the event log.
#include <catch2/catch.hpp>

#include <set>

#include "sk/crypto/keys.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::EventCode;
using sk::storage::EventLevel;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using namespace sk::testing;

TEST_CASE("settings", "[misc]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    CHECK_FALSE(s.setting("lang").value().has_value());
    REQUIRE(s.set_setting("lang", "en").ok());
    REQUIRE(s.set_setting("lang", "zh").ok());
    CHECK(s.setting("lang").value() == std::string("zh"));
    REQUIRE(s.remove_setting("lang").ok());
    CHECK_FALSE(s.setting("lang").value().has_value());
    CHECK(s.set_setting("", "x").error().code == Errc::invalid_argument);
}

TEST_CASE("kiosk identity is stored and returned in secure memory", "[misc]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    CHECK(s.identity().error().code == Errc::not_found);
    auto kp = sk::crypto::generate_sign_keypair();
    REQUIRE(s.set_identity(kp.sk).ok());
    CHECK(s.set_identity(kp.sk).error().code == Errc::already_exists);
    CHECK(s.set_identity(sk::crypto::SecureBuffer(32)).error().code == Errc::invalid_argument);
    s = open_store(dir / "kiosk.db");
    auto id = s.identity();
    REQUIRE(id.ok());
    CHECK(sk::crypto::equal_ct(id->view(), kp.sk.view()));
}

TEST_CASE("bureau key and extra recipients", "[misc]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    CHECK(s.bureau_public().error().code == Errc::not_found);
    const sk::Bytes file(88, 0x61);
    REQUIRE(s.set_bureau_public(file).ok());
    CHECK(s.bureau_public().value() == file);
    const sk::Bytes rotated(88, 0x62);
    REQUIRE(s.set_bureau_public(rotated).ok());
    CHECK(s.bureau_public().value() == rotated);
    CHECK(s.set_bureau_public(sk::Bytes(87, 1)).error().code == Errc::invalid_argument);

    sk::crypto::SealPublicKey a{}, b{}, c{}, d{};
    a.fill(1);
    b.fill(2);
    c.fill(3);
    d.fill(4);
    REQUIRE(s.add_extra_recipient(a, "Discipline inspection office").ok());
    CHECK(s.add_extra_recipient(a, "again").error().code == Errc::already_exists);
    REQUIRE(s.add_extra_recipient(b, "B").ok());
    REQUIRE(s.add_extra_recipient(c, "C").ok());
    CHECK(s.add_extra_recipient(d, "D").error().code == Errc::invalid_argument);  // 1 + 3 max
    auto list = s.extra_recipients().value();
    REQUIRE(list.size() == 3);
    REQUIRE(s.remove_extra_recipient(b).ok());
    CHECK(s.remove_extra_recipient(b).error().code == Errc::not_found);
    list = s.extra_recipients().value();
    REQUIRE(list.size() == 2);
    CHECK(std::set<std::string>{list[0].label, list[1].label} ==
          std::set<std::string>{"Discipline inspection office", "C"});
}

TEST_CASE("survey bundles: install, replay protection, expiry, removal", "[misc]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    const sk::Bytes v1(100, 1), v2(120, 2), v2b(120, 3);
    REQUIRE(s.put_survey_bundle("wellbeing", 1, v1, 2000000000).ok());
    REQUIRE(s.put_survey_bundle("canteen", 4, v1, 1000).ok());
    REQUIRE(s.put_survey_bundle("wellbeing", 1, v1, 2000000000).ok());  // same file again
    CHECK(s.put_survey_bundle("wellbeing", 1, v2, {}).error().code == Errc::conflict);
    REQUIRE(s.put_survey_bundle("wellbeing", 2, v2, {}).ok());
    CHECK(s.put_survey_bundle("wellbeing", 1, v1, {}).error().code == Errc::conflict);
    CHECK(s.put_survey_bundle("wellbeing", 2, v2b, {}).error().code == Errc::conflict);

    auto list = s.list_survey_bundles().value();
    REQUIRE(list.size() == 2);
    CHECK(list[0].survey_id == "canteen");
    CHECK(list[0].expires_at == int64_t{1000});
    CHECK(list[1].version == 2);
    CHECK_FALSE(list[1].expires_at.has_value());
    auto b = s.survey_bundle("wellbeing").value();
    CHECK(b.signed_bytes == v2);

    CHECK(s.remove_expired_survey_bundles(1500).value() == 1);
    CHECK(s.survey_bundle("canteen").error().code == Errc::not_found);
    REQUIRE(s.remove_survey_bundle("wellbeing").ok());
    CHECK(s.remove_survey_bundle("wellbeing").error().code == Errc::not_found);
    CHECK(s.list_survey_bundles().value().empty());
}

TEST_CASE("status board only moves forward", "[misc]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    CHECK(s.status_board().error().code == Errc::not_found);
    REQUIRE(s.put_status_board(3, sk::Bytes(50, 3)).ok());
    REQUIRE(s.put_status_board(3, sk::Bytes(50, 3)).ok());
    CHECK(s.put_status_board(2, sk::Bytes(50, 2)).error().code == Errc::conflict);
    REQUIRE(s.put_status_board(4, sk::Bytes(60, 4)).ok());
    auto b = s.status_board().value();
    CHECK(b.version == 4);
    CHECK(b.signed_bytes == sk::Bytes(60, 4));
}

TEST_CASE("admin PIN hash and failure count survive a restart", "[misc]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    {
        auto s = open_store(db);
        CHECK_FALSE(s.pin_hash().value().has_value());
        REQUIRE(s.set_pin_hash("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA").ok());
        CHECK(s.record_pin_failure().value().failed == 1);
        auto a = s.record_pin_failure().value();
        CHECK(a.failed == 2);
    }
    auto s = open_store(db);
    CHECK(s.pin_hash().value() == std::string("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA"));
    auto a = s.pin_attempts().value();
    CHECK(a.failed == 2);
    REQUIRE(s.reset_pin_failures().ok());
    CHECK(s.pin_attempts().value().failed == 0);
    REQUIRE(s.record_pin_failure().ok());
    REQUIRE(s.set_pin_hash("$argon2id$new").ok());  // a new PIN clears the back-off
    CHECK(s.pin_attempts().value().failed == 0);
}

TEST_CASE("the event log holds only codes, numbers and literal notes", "[misc][events]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    auto& db = KioskStoreTestAccess::db(s);

    // Content a careless caller might have at hand: none of it can reach the log.
    const std::string survey = "MARKER-SURVEY-secret";
    auto tip = make_tip();
    const std::string text = "MARKER-TIP-the PE teacher";
    tip.envelope.assign(text.begin(), text.end());
    REQUIRE(s.insert_record(tip).ok());
    REQUIRE(s.insert_record(make_response(survey)).ok());
    REQUIRE(s.set_setting("school", "MARKER-SETTING").ok());
    // insert_record writes no event row (a row per tip would timestamp each tip).
    CHECK(db.query_int("SELECT count(*) FROM event_log", "t").value() == 0);

    REQUIRE(s.log_event(EventLevel::info, EventCode::kiosk_started).ok());
    REQUIRE(s.log_event(EventLevel::warning, EventCode::admin_login_failed, 3).ok());
    REQUIRE(s.log_event(EventLevel::error, EventCode::export_failed, 0, "usb not writable").ok());

    auto ev = s.events().value();
    REQUIRE(ev.size() == 3);
    CHECK(ev[0].code == EventCode::export_failed);
    CHECK(ev[0].level == EventLevel::error);
    CHECK(ev[0].note == "usb not writable");
    CHECK(ev[1].code == EventCode::admin_login_failed);
    CHECK(ev[1].number == 3);
    CHECK(ev[1].note.empty());
    CHECK(ev[2].code_name == "kiosk_started");

    // Every stored text is a known code name or a literal we passed.
    auto st = db.prepare("SELECT code, message FROM event_log", "t");
    REQUIRE(st.ok());
    std::set<std::string> texts;
    while (st->step().value()) {
        CHECK(sk::storage::event_code_from_name(st->column_text(0)) != EventCode::unknown);
        texts.insert(st->column_text(1));
    }
    CHECK(texts == std::set<std::string>{"", "usb not writable"});

    // An unknown code (from a newer program) reads back as unknown, with its name.
    REQUIRE(db.exec("INSERT INTO event_log (time, level, code) VALUES (1, 0, 'future_thing')", "t")
                .ok());
    CHECK(s.events(1).value().at(0).code == EventCode::unknown);
    CHECK(s.events(1).value().at(0).code_name == "future_thing");
}

TEST_CASE("event notes are cut to the maximum length", "[misc][events]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    REQUIRE(s.log_event(EventLevel::info, EventCode::batch_exported, 7,
                        "0123456789012345678901234567890123456789012345678901234567890123456789"
                        "0123456789012345678901234567890123456789")
                .ok());
    CHECK(s.events(1).value().at(0).note.size() == sk::storage::kMaxEventNoteBytes);
}

TEST_CASE("event log pruning keeps the newest entries", "[misc][events]") {
    TempDir dir;
    auto s = open_store(dir / "kiosk.db");
    for (int i = 1; i <= 30; ++i) {
        REQUIRE(s.log_event(EventLevel::info, EventCode::batch_created, i).ok());
    }
    CHECK(s.prune_events(10).value() == 20);
    auto ev = s.events(0).value();
    REQUIRE(ev.size() == 10);
    CHECK(ev.front().number == 30);
    CHECK(ev.back().number == 21);
    CHECK(s.prune_events(10).value() == 0);
    CHECK(s.prune_events(0).value() == 10);
    CHECK(s.events(0).value().empty());
}
