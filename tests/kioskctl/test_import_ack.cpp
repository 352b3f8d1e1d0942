// Acks: only a verified ack that matches the outbox deletes records.
#include <catch2/catch.hpp>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/sync/ack.hpp"

using namespace sk;
using sk::testing::KioskFixture;

namespace {

const std::time_t kNow = 1773500000;  // 2026-03-14

// An ack for every pending batch of `f`, as the bureau would write it.
sync::Ack ack_for_outbox(KioskFixture& f) {
    sync::Ack a;
    a.kiosk = f.kiosk.id();
    a.issued = "2026-03-14T10:00:00Z";
    auto pending = f.store.pending_batches();
    REQUIRE(pending);
    for (const auto& b : *pending) a.batches.push_back({b.seq, b.hash, uint32_t(b.record_count)});
    return a;
}

Bytes signed_ack(const sync::Ack& a, const crypto::SignKeyPair& signer) {
    auto f = sync::build_ack(a, signer);
    REQUIRE(f);
    return *f;
}

uint64_t stored(KioskFixture& f) {
    auto c = f.store.counts();
    REQUIRE(c);
    return c->tips + c->survey_responses;
}

}  // namespace

TEST_CASE("a valid ack deletes the acknowledged records, once", "[import][ack]") {
    KioskFixture f;
    f.add_records(6);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    const Bytes ack = signed_ack(ack_for_outbox(f), f.bureau_signer());

    kiosk_sync::BureauFileImporter imp(f.store, kNow);
    auto o = imp.import_bytes("a.skack", ack);
    INFO(o.message);
    CHECK(o.action == kiosk_sync::ImportAction::ack_applied);
    CHECK(o.batches_acked == 1);
    CHECK(o.records_deleted == 6);
    CHECK(stored(f) == 0);

    auto again = imp.import_bytes("a.skack", ack);
    CHECK_FALSE(again.refused());
    CHECK(again.records_deleted == 0);

    // Nothing left to export.
    auto w = kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.tmp.path());
    REQUIRE(w);
    CHECK(w->empty());
}

TEST_CASE("an ack naming another kiosk is skipped with a note and deletes nothing",
          "[import][ack]") {
    KioskFixture f;
    f.add_records(3);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    sync::Ack a = ack_for_outbox(f);
    a.kiosk = crypto::generate_sign_keypair().id();
    auto o = kiosk_sync::BureauFileImporter(f.store, kNow)
                 .import_bytes("other.skack", signed_ack(a, f.bureau_signer()));
    CHECK_FALSE(o.refused());
    CHECK(o.action == kiosk_sync::ImportAction::ignored);
    CHECK_THAT(o.message, Catch::Contains("not this one: skipped"));
    CHECK(stored(f) == 3);
    // The same ack signed by someone else is refused, not skipped.
    auto forged = kiosk_sync::BureauFileImporter(f.store, kNow)
                      .import_bytes("other.skack", signed_ack(a, crypto::generate_sign_keypair()));
    CHECK(forged.refused());
    CHECK(stored(f) == 3);
}

TEST_CASE("an ack signed by another key is refused", "[import][ack]") {
    KioskFixture f;
    f.add_records(3);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    auto forger = crypto::generate_sign_keypair();
    auto o = kiosk_sync::BureauFileImporter(f.store, kNow)
                 .import_bytes("forged.skack", signed_ack(ack_for_outbox(f), forger));
    CHECK(o.refused());
    CHECK(stored(f) == 3);
}

TEST_CASE("an ack whose hash or count differs from the outbox is refused", "[import][ack]") {
    KioskFixture f;
    f.add_records(3);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    sync::Ack a = ack_for_outbox(f);
    SECTION("hash") {
        a.batches[0].hash[0] ^= 1;
    }
    SECTION("count") {
        a.batches[0].records += 1;
    }
    SECTION("unknown seq") {
        a.batches.push_back({9, crypto::Hash{}, 1});
    }
    auto o = kiosk_sync::BureauFileImporter(f.store, kNow)
                 .import_bytes("bad.skack", signed_ack(a, f.bureau_signer()));
    CHECK(o.refused());
    CHECK(stored(f) == 3);
}

TEST_CASE("an ack with a flipped byte or an unsigned file is refused", "[import][ack]") {
    KioskFixture f;
    f.add_records(2);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    Bytes ack = signed_ack(ack_for_outbox(f), f.bureau_signer());
    kiosk_sync::BureauFileImporter imp(f.store, kNow);
    Bytes flipped = ack;
    flipped[flipped.size() / 2] ^= 0x20;
    CHECK(imp.import_bytes("flipped.skack", flipped).refused());
    CHECK(imp.import_bytes("plain.json", std::string("{\"format\":\"sk-ack-1\"}")).refused());
    CHECK(imp.import_bytes("empty", Bytes{}).refused());
    CHECK(stored(f) == 2);
}

TEST_CASE("an ack covering a later batch but not an earlier one keeps the earlier",
          "[import][ack]") {
    KioskFixture f;
    f.add_records(2);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    f.add_records(3);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    sync::Ack a = ack_for_outbox(f);
    REQUIRE(a.batches.size() == 2);
    a.batches.erase(a.batches.begin());  // the bureau has seq 2 only (gap at 1)
    auto o = kiosk_sync::BureauFileImporter(f.store, kNow)
                 .import_bytes("partial.skack", signed_ack(a, f.bureau_signer()));
    INFO(o.message);
    CHECK(o.action == kiosk_sync::ImportAction::ack_applied);
    CHECK(o.records_deleted == 3);
    CHECK(stored(f) == 2);
    auto pending = f.store.pending_batches();
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().seq == 1);
}

TEST_CASE("import_dir applies good files and refuses bad ones independently", "[import]") {
    KioskFixture f;
    f.add_records(4);
    auto w = kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out);
    REQUIRE(w);
    // The stick holds our batch, a good ack, junk and a hidden file.
    testing::write_all(f.out / "ack.skack", signed_ack(ack_for_outbox(f), f.bureau_signer()));
    testing::write_all(f.out / "junk.txt", Bytes{'h', 'i'});
    testing::write_all(f.out / "._ack.skack", Bytes{0, 1, 2});
    auto s = kiosk_sync::BureauFileImporter(f.store, kNow).import_dir(f.out);
    REQUIRE(s);
    CHECK(s->acks == 1);
    CHECK(s->records_deleted == 4);
    CHECK(s->refused == 1);
    CHECK(s->files.size() == 3);  // batch (ignored), ack, junk
    CHECK(stored(f) == 0);
}
