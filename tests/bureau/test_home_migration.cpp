// A bureau home made before users existed (bureau.sec under one passphrase, store at
// schema version 2) migrates on its first unlock: the passphrase becomes the first lead,
// the tips stay, bureau.sec goes.
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/crypto/init.hpp"
#include "sk/storage/sql/bureau_db.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace fs = std::filesystem;
namespace sql = sk::storage::sql;

namespace {

// What keygen and import wrote before users: bureau.pub, bureau.sec, a version-2 store
// holding one imported tip. Returns its receipt-free case number.
void make_old_home(const fs::path& home) {
    REQUIRE(crypto::init().ok());
    fs::create_directories(home);
    crypto::BureauSecretKeys keys = crypto::generate_bureau_keys();
    REQUIRE(write_file(HomePaths(home).sec,
                       crypto::encrypt_bureau_secret(keys, kPass, crypto::pwhash_min()), true, 0600)
                .ok());
    REQUIRE(write_file(HomePaths(home).pub, crypto::encode_bureau_public(keys.pub), true).ok());
    crypto::SecureBuffer key = derive_store_key(keys);
    auto st = storage::BureauStore::open(HomePaths(home).db, key.view(), true);  // base only
    REQUIRE(st.ok());
    SimKiosk k;
    k.key = crypto::generate_sign_keypair();
    REQUIRE(st->add_kiosk(k.key.pk, "school A", kNow).ok());
    auto im = Importer::create(st.value(), keys);
    REQUIRE(im.ok());
    Bytes batch = k.next_batch({make_tip(keys.pub.seal_pk).envelope});
    REQUIRE(im.value()->import_bytes(batch, "stick").result == BatchResult::imported);
    REQUIRE(sql::bureau_database(st.value()).user_version().value() == 2);
}

}  // namespace

TEST_CASE("migration: the single passphrase becomes the first lead, tips intact", "[migration]") {
    TempDir tmp;
    const fs::path home = tmp.path / "home";
    make_old_home(home);

    SECTION("a wrong passphrase migrates nothing") {
        CHECK(unlock(home, "not it at all").error().code == Errc::wrong_passphrase);
        CHECK(fs::exists(HomePaths(home).sec));
        CHECK_FALSE(fs::exists(slot_path(home, "lead")));
    }
    SECTION("no user named: lead") {
        auto s = unlock(home, kPass);
        REQUIRE(s.ok());
        CHECK(s->actor.user == "lead");
        CHECK(s->actor.role == Role::lead);
        CHECK_FALSE(fs::exists(HomePaths(home).sec));
        CHECK(fs::exists(slot_path(home, "lead")));
        CHECK(sql::bureau_database(s->store).user_version().value() ==
              store::bureau_schema_version());
        auto tips = s->store.tips({});
        REQUIRE(tips.ok());
        REQUIRE(tips->size() == 1);
        CHECK(tips->at(0).case_no == "T-2026-0001");
        CHECK(s->store.record_plaintext(tips->at(0).record_id).value().has_value());
        auto rows = store::list_audit(s->store, {});
        REQUIRE(rows->size() == 1);
        CHECK(rows->at(0).event.action == "user.add");
        CHECK(rows->at(0).event.after.find("migration") != std::string::npos);
        CHECK(store::verify_audit(s->store)->ok);
    }
    SECTION("a named first user; later unlocks are ordinary") {
        REQUIRE(unlock(home, "zhang", kPass, kNow).ok());
        auto again = unlock(home, kPass);  // the only user now
        REQUIRE(again.ok());
        CHECK(again->actor.user == "zhang");
        CHECK(store::list_users(again->store)->size() == 1);
    }
    SECTION("interrupted after the slot was written, before the user row") {
        fs::create_directories(slots_dir(home));
        REQUIRE(
            write_file(slot_path(home, "lead"), read_file(HomePaths(home).sec).value(), true, 0600)
                .ok());
        auto s = unlock(home, kPass);
        REQUIRE(s.ok());
        CHECK(s->actor.role == Role::lead);
        CHECK_FALSE(fs::exists(HomePaths(home).sec));
    }
}
