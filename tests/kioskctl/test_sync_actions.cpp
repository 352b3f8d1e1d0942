// The admin screen's export/import buttons go through the same library as kioskctl.
#include <catch2/catch.hpp>

#include "kiosk_fixture.hpp"
#include "sk/crypto/init.hpp"
#include "sk/kiosk_sync/kiosk_sync_actions.hpp"
#include "sk/sync/ack.hpp"

using namespace sk;

TEST_CASE("KioskSyncActions exports batches and applies the ack", "[sync_actions]") {
    testing::KioskFixture f;
    f.add_records(4);
    auto actions = kiosk_sync::make_kiosk_sync_actions(f.store);
    REQUIRE(actions->available());

    auto ex = actions->export_to(f.out);
    REQUIRE(ex);
    CHECK(ex->batches == 1);
    CHECK(ex->records == 4);

    auto pending = f.store.pending_batches();
    REQUIRE(pending);
    sync::Ack a;
    a.kiosk = f.kiosk.id();
    a.issued = "2026-03-14T10:00:00Z";
    for (const auto& b : *pending) a.batches.push_back({b.seq, b.hash, uint32_t(b.record_count)});
    auto ack = sync::build_ack(a, f.bureau_signer());
    REQUIRE(ack);
    const auto back = f.tmp.path() / "back";
    std::filesystem::create_directories(back);
    testing::write_all(back / "a.skack", *ack);

    auto im = actions->import_from(back);
    REQUIRE(im);
    CHECK(im->batches == 1);
    CHECK(im->records == 4);
    auto c = f.store.counts();
    REQUIRE(c);
    CHECK(c->tips == 0);
}

TEST_CASE("KioskSyncActions import fails on a refused file", "[sync_actions]") {
    testing::KioskFixture f;
    auto actions = kiosk_sync::make_kiosk_sync_actions(f.store);
    testing::write_all(f.out / "junk.json", {'{', '}'});
    auto im = actions->import_from(f.out);
    REQUIRE_FALSE(im);
    CHECK_THAT(im.error().message, Catch::Contains("junk.json"));
}

TEST_CASE("KioskSyncActions is unavailable before init", "[sync_actions]") {
    testing::TempDir tmp("kctl-unprov");
    REQUIRE(crypto::init());
    auto store = storage::KioskStore::open(tmp.path() / "kiosk.db");
    REQUIRE(store);
    CHECK_FALSE(kiosk_sync::make_kiosk_sync_actions(*store)->available());
}
