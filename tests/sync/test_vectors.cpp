// Checks every §6–§9 `vector` block of docs/FORMAT.md (batch/, ack/, bundle/, board/).
// Ok vectors are also rebuilt from their fields: the writers must reproduce the bytes.
#include <catch2/catch.hpp>

#include "../common/format_vectors.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"
#include "sk/sync/ack.hpp"
#include "sk/sync/hex_codec.hpp"
#include "sk/sync/status_board.hpp"
#include "sk/sync/survey_bundle.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;
using sk::testing::load_vectors;
using sk::testing::Vector;

namespace {

template <typename R>
std::string outcome(const R& r) {
    return r.ok() ? "ok" : errc_name(r.error().code);
}

crypto::SignKeyPair signer(const Vector& v, const std::string& field) {
    ensure_crypto();
    return crypto::sign_keypair_from_seed(unhex(v.at(field)));
}

}  // namespace

TEST_CASE("FORMAT.md batch vectors", "[sync][vectors]") {
    const auto vs = load_vectors("batch/");
    CHECK(vs.size() >= 20);
    for (const auto& v : vs) {
        INFO(v.name());
        const Bytes file = unhex(v.at("file"));
        auto kiosk = signer(v, "kiosk_seed");
        auto b = verify_batch(file, kiosk.pk);
        CHECK(outcome(b) == v.at("expect"));
        if (!b.ok()) continue;
        CHECK(hex(b->kiosk) == v.at("kiosk_id"));
        CHECK(std::to_string(b->header.seq) == v.at("seq"));
        CHECK(hex(b->header.prev_hash) == v.at("prev"));
        CHECK(std::to_string(b->header.day) == v.at("day"));
        CHECK(std::to_string(b->records.size()) == v.at("count"));
        CHECK(hex(b->hash) == v.at("hash"));
        std::string ids, kinds;
        std::vector<ByteView> envs;
        for (const auto& r : b->records) {
            ids += hex(r.id);
            kinds += hex(Bytes{static_cast<uint8_t>(r.kind)});
            envs.push_back(r.envelope);
        }
        CHECK(ids == v.at("record_ids"));
        CHECK(kinds == v.at("record_kinds"));
        // Each record's plaintext is given and is a valid record of its kind; resealing it
        // by the conventions' rule gives the envelope in the file.
        for (size_t i = 0; i < b->records.size(); ++i) {
            const auto& r = b->records[i];
            const Bytes pt = unhex(v.at("plaintext_" + std::to_string(i + 1)));
            auto opened = crypto::open_record(r.envelope, bureau_seal());
            REQUIRE(opened.ok());
            CHECK(hex(opened->view()) == hex(pt));
            if (r.kind == crypto::RecordKind::tip)
                CHECK(survey::parse_tip(pt).ok());
            else
                CHECK(survey::parse_response_header(pt).ok());
            auto resealed = crypto::seal_record_deterministic(r.kind, r.id, pt, {bureau_seal().pk},
                                                              seed(r.id[0]));
            REQUIRE(resealed.ok());
            CHECK(hex(*resealed) == hex(r.envelope));
        }
        auto rebuilt = build_batch_in_order(b->header, envs, kiosk);
        REQUIRE(rebuilt.ok());
        CHECK(*rebuilt == file);
    }
}

TEST_CASE("FORMAT.md ack vectors", "[sync][vectors]") {
    const auto vs = load_vectors("ack/");
    CHECK(vs.size() >= 9);
    for (const auto& v : vs) {
        INFO(v.name());
        auto bureau = signer(v, "bureau_seed");
        crypto::KeyId kiosk{};
        REQUIRE(decode_lower_hex(v.at("kiosk_id"), kiosk));
        auto a = verify_ack(unhex(v.at("file")), bureau.pk, kiosk);
        CHECK(outcome(a) == v.at("expect"));
        if (!a.ok()) continue;
        CHECK(a->issued == v.at("issued"));
        REQUIRE(a->batches.size() == 1);
        CHECK(std::to_string(a->batches[0].seq) == v.at("seq"));
        CHECK(hex(a->batches[0].hash) == v.at("hash"));
        CHECK(std::to_string(a->batches[0].records) == v.at("records"));
        auto rebuilt = build_ack(*a, bureau);
        REQUIRE(rebuilt.ok());
        CHECK(hex(*rebuilt) == v.at("file"));
        CHECK(hex(crypto::parse_signed_file(*rebuilt)->payload) == v.at("payload"));
    }
}

TEST_CASE("FORMAT.md survey bundle vectors", "[sync][vectors]") {
    const auto vs = load_vectors("bundle/");
    CHECK(vs.size() >= 12);
    for (const auto& v : vs) {
        INFO(v.name());
        auto bureau = signer(v, "bureau_seed");
        const Bytes file = unhex(v.at("file"));
        auto info = verify_survey_bundle(file, bureau.pk, v.at("today"));
        std::string got = outcome(info);
        if (info.ok() && v.has("installed"))
            got = outcome(check_bundle_is_newer(std::stoull(v.at("installed")), *info));
        CHECK(got == v.at("expect"));
        if (!info.ok() || !v.has("id")) continue;
        CHECK(info->id == v.at("id"));
        CHECK(std::to_string(info->version) == v.at("version"));
        CHECK(info->expires == v.at("expires"));
        auto rebuilt = sign_survey_bundle(info->payload, bureau);
        REQUIRE(rebuilt.ok());
        CHECK(*rebuilt == file);
    }
}

TEST_CASE("FORMAT.md status board vectors", "[sync][vectors]") {
    const auto vs = load_vectors("board/");
    CHECK(vs.size() >= 12);
    for (const auto& v : vs) {
        INFO(v.name());
        auto bureau = signer(v, "bureau_seed");
        std::optional<uint64_t> installed;
        if (v.has("installed")) installed = std::stoull(v.at("installed"));
        const Bytes file = unhex(v.at("file"));
        auto board = verify_status_board(file, bureau.pk, installed);
        CHECK(outcome(board) == v.at("expect"));
        if (!board.ok() || !v.has("receipt")) continue;
        CHECK(std::to_string(board->version) == v.at("version"));
        CHECK(std::to_string(board->entries.size()) == v.at("entries"));
        CHECK(hex(crypto::receipt_lookup_hash(v.at("receipt"), bureau.pk)) ==
              v.at("receipt_lookup"));
        auto e = find_receipt(*board, v.at("receipt"), bureau.pk);
        REQUIRE(e.has_value());
        CHECK(case_status_name(e->status) == v.at("receipt_status"));
        CHECK_FALSE(find_receipt(*board, v.at("absent_receipt"), bureau.pk).has_value());
        auto rebuilt = build_status_board(*board, bureau);
        REQUIRE(rebuilt.ok());
        CHECK(*rebuilt == file);
        CHECK(hex(crypto::parse_signed_file(*rebuilt)->payload) == v.at("payload"));
    }
}
