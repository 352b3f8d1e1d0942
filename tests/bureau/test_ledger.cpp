// Tip ledger transitions with history, acks and the status board.
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/acks.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/status_board.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/sync/ack.hpp"
#include "sk/sync/status_board.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

TEST_CASE("ledger transitions are enforced and every change is kept", "[ledger]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    REQUIRE(b.import(k.next_batch({make_tip(b.keys().pub.seal_pk).envelope})).result ==
            BatchResult::imported);
    auto& st = b.store();

    auto skip = set_case_status(st, "T-2026-0001", "closed", "done", "2026-03-15T08:00:00Z");
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().code == Errc::invalid_argument);
    CHECK(skip.error().message.find("allowed: under_verification") != std::string::npos);
    CHECK_FALSE(set_case_status(st, "T-2026-0001", "under_verification", "  ", kNow).ok());
    CHECK_FALSE(set_case_status(st, "T-2026-0001", "bogus", "x", kNow).ok());
    CHECK(set_case_status(st, "T-2026-0002", "under_verification", "x", kNow).error().code ==
          Errc::not_found);

    REQUIRE(set_case_status(st, "t-2026-1", "under_verification", "assigned to team 2",
                            "2026-03-15T08:00:00Z")
                .ok());
    CHECK_FALSE(set_case_status(st, "T-2026-0001", "new", "undo", kNow).ok());
    REQUIRE(set_case_status(st, "T-2026-0001", "substantiated", "confirmed by HR records",
                            "2026-03-20T08:00:00Z")
                .ok());
    CHECK_FALSE(set_case_status(st, "T-2026-0001", "not_substantiated", "x", kNow).ok());
    REQUIRE(set_case_reply(st, "T-2026-0001", "已核实，正在处理。", "zh-CN", "2026-03-21T08:00:00Z")
                .ok());
    REQUIRE(
        set_case_status(st, "T-2026-0001", "closed", "teacher back at post", "2026-04-02T08:00:00Z")
            .ok());
    CHECK_FALSE(set_case_status(st, "T-2026-0001", "under_verification", "reopen", kNow).ok());

    auto tip = st.tip("T-2026-0001");
    REQUIRE(tip.ok());
    CHECK(tip.value()->status == "closed");
    CHECK(tip.value()->reply == "已核实，正在处理。");
    auto h = st.tip_history("T-2026-0001");
    REQUIRE(h.ok());
    REQUIRE(h->size() == 5);
    CHECK(h->at(0).action == "created");
    CHECK(h->at(1).from_status == "new");
    CHECK(h->at(1).to_status == "under_verification");
    CHECK(h->at(1).note == "assigned to team 2");
    CHECK(h->at(1).at == "2026-03-15T08:00:00Z");
    CHECK(h->at(3).action == "reply");
    CHECK(h->at(4).to_status == "closed");
    auto march = st.history_in("2026-03");
    REQUIRE(march.ok());
    CHECK(march->size() == 4);

    auto filtered = st.tips({std::string("closed"), {}, {}});
    REQUIRE(filtered.ok());
    CHECK(filtered->size() == 1);
    CHECK(st.tips({std::string("new"), {}, {}})->empty());
}

TEST_CASE("an ack covers the kiosk's imported batches and verifies on the kiosk", "[ack]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    SimKiosk other = b.add_kiosk("school B");
    const auto seal_pk = b.keys().pub.seal_pk;
    const Bytes b1 = k.next_batch({make_tip(seal_pk).envelope});
    const Bytes b2 = k.next_batch({make_tip(seal_pk).envelope, make_tip(seal_pk).envelope});
    REQUIRE(b.import(b1).result == BatchResult::imported);
    REQUIRE(b.import(b2).result == BatchResult::imported);
    REQUIRE(b.import(other.next_batch({make_tip(seal_pk).envelope})).result ==
            BatchResult::imported);

    auto kiosk = resolve_kiosk(b.store(), to_hex(crypto::key_id_of(k.key.pk)).substr(0, 6));
    REQUIRE(kiosk.ok());
    CHECK(kiosk->name == "school A");
    auto ack = ack_kiosk(b.store(), b.keys(), kiosk.value(), AckScope::unacked, kNow);
    REQUIRE(ack.ok());
    REQUIRE(ack.value().has_value());
    CHECK(ack.value()->last_seq == 2);
    auto v =
        sync::verify_ack(ack.value()->bytes, b.keys().pub.sign_pk, crypto::key_id_of(k.key.pk));
    REQUIRE(v.ok());
    REQUIRE(v->batches.size() == 2);
    CHECK(v->batches[0].seq == 1);
    CHECK(v->batches[0].hash == sync::batch_hash(b1));
    CHECK(v->batches[1].hash == sync::batch_hash(b2));
    CHECK(v->batches[1].records == 2);
    // For another kiosk it does not verify.
    CHECK_FALSE(
        sync::verify_ack(ack.value()->bytes, b.keys().pub.sign_pk, crypto::key_id_of(other.key.pk))
            .ok());
    // Nothing left to ack; --all re-issues everything.
    auto again = ack_kiosk(b.store(), b.keys(), kiosk.value(), AckScope::unacked, kNow);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().has_value());
    auto all = ack_kiosk(b.store(), b.keys(), kiosk.value(), AckScope::all, kNow);
    REQUIRE(all.ok());
    CHECK(all.value()->batch_ids.size() == 2);
}

TEST_CASE("the status board answers a receipt code with the case status and reply", "[board]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    std::string code1, code2;
    const auto seal_pk = b.keys().pub.seal_pk;
    REQUIRE(b.import(k.next_batch({make_tip(seal_pk, "u1", "other", &code1).envelope,
                                   make_tip(seal_pk, "u2", "other", &code2).envelope}))
                .result == BatchResult::imported);
    // Find which case got code1 by the lookup hash.
    auto tips = b.store().tips({});
    REQUIRE(tips->size() == 2);
    const std::string case1 = tips->at(0).unit == "u1" ? tips->at(0).case_no : tips->at(1).case_no;
    REQUIRE(set_case_status(b.store(), case1, "under_verification", "checking", kNow).ok());
    REQUIRE(set_case_reply(b.store(), case1, "Being checked", "en", kNow).ok());

    auto board = build_board(b.store(), b.keys(), kNow);
    REQUIRE(board.ok());
    CHECK(board->version == 1);
    CHECK(board->entries == 2);
    auto parsed = sync::verify_status_board(board->bytes, b.keys().pub.sign_pk);
    REQUIRE(parsed.ok());
    auto e1 = sync::find_receipt(parsed.value(), code1, b.keys().pub.sign_pk);
    REQUIRE(e1.has_value());
    CHECK(e1->status == sync::CaseStatus::under_verification);
    CHECK(e1->reply.at("en") == "Being checked");
    auto e2 = sync::find_receipt(parsed.value(), code2, b.keys().pub.sign_pk);
    REQUIRE(e2.has_value());
    CHECK(e2->status == sync::CaseStatus::new_case);
    CHECK_FALSE(sync::find_receipt(parsed.value(), crypto::new_receipt_code(), b.keys().pub.sign_pk)
                    .has_value());
    // Versions only go up, so kiosks refuse a replayed older board.
    auto board2 = build_board(b.store(), b.keys(), kNow);
    REQUIRE(board2.ok());
    CHECK(board2->version == 2);
    CHECK_FALSE(sync::verify_status_board(board->bytes, b.keys().pub.sign_pk, 2).ok());
}

TEST_CASE("a wrong passphrase is a clear error and the store stays closed", "[home]") {
    Bureau b;
    auto s = unlock(b.home, "not the passphrase");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == Errc::wrong_passphrase);
    CHECK(s.error().message.find("wrong passphrase") != std::string::npos);
    // keygen refuses to overwrite.
    auto again = keygen(b.home, kPass, crypto::pwhash_min());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Errc::already_exists);
    // The derived store key opens the store; another bureau's key does not.
    TempDir other;
    REQUIRE(keygen(other.path / "h", kPass, crypto::pwhash_min()).ok());
    auto other_s = unlock(other.path / "h", kPass);
    REQUIRE(other_s.ok());
    auto wrong = storage::BureauStore::open(HomePaths(b.home).db,
                                            derive_store_key(other_s->keys).view(), false);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == Errc::db_wrong_key);
}
