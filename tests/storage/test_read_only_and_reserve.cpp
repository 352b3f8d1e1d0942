// A read-only open (kioskctl status) writes nothing; the reserve file is made when there is
// room and spent only by a draining write that hits a full database.
#include <catch2/catch.hpp>

#include <filesystem>

#include "storage_test_util.hpp"
#include "test_access.hpp"

using sk::Errc;
using sk::storage::KioskStore;
using sk::storage::KioskStoreTestAccess;
using sk::storage::OpenMode;
using namespace sk::testing;

TEST_CASE("a read-only open reads everything and refuses every write", "[open][read_only]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    {
        auto s = open_store(db);
        REQUIRE(s.insert_record(make_tip()).ok());
        REQUIRE(s.set_setting("school", "Riverside").ok());
    }
    std::filesystem::remove(KioskStore::reserve_path_for(db));
    auto ro = KioskStore::open(db, OpenMode::read_only);
    REQUIRE(ro);
    CHECK(ro->counts()->tips == 1);
    CHECK(ro->setting("school")->value() == "Riverside");
    CHECK(!ro->set_setting("school", "Elsewhere").ok());
    CHECK(!ro->insert_record(make_tip()).ok());
    CHECK(!ro->has_reserve());  // a read-only open makes no reserve either
    CHECK(ro->setting("school")->value() == "Riverside");
}

TEST_CASE("a read-only open never makes a key", "[open][read_only]") {
    TempDir dir;
    auto ro = KioskStore::open(dir / "kiosk.db", OpenMode::read_only);
    REQUIRE(!ro);
    CHECK(ro.error().code == Errc::not_found);
    CHECK(!std::filesystem::exists(KioskStore::key_path_for(dir / "kiosk.db")));
}

TEST_CASE("the reserve is made at open and spent only by a draining write on a full database",
          "[reserve]") {
    TempDir dir;
    const auto db = dir / "kiosk.db";
    auto s = open_store(db);
    REQUIRE(s.has_reserve());
    CHECK(std::filesystem::file_size(KioskStore::reserve_path_for(db)) ==
          KioskStore::kReserveBytes);
    // An ordinary write on a full database does not touch the reserve...
    auto& d = KioskStoreTestAccess::db(s);
    auto pages = d.query_int("PRAGMA page_count", "t");
    REQUIRE(pages);
    REQUIRE(d.query_int("PRAGMA max_page_count = " + std::to_string(*pages), "t").ok());
    auto big = s.set_setting("filler", std::string(60000, 'x'));
    REQUIRE(!big);
    CHECK(big.error().code == Errc::disk_full);
    CHECK(s.has_reserve());
    // ...a draining one does (and, the cap being the database's own, still fails cleanly).
    sk::storage::NewBatch nb;
    nb.seq = 1;
    nb.day = 20260314;
    nb.file = sk::Bytes(60000, 1);
    auto r = s.assign_batch(nb);
    REQUIRE(!r);
    CHECK(r.error().code == Errc::disk_full);
    CHECK(!s.has_reserve());
    CHECK(s.chain_head()->seq == 0);
}
