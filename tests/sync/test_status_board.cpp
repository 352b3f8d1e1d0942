// Status boards: receipt lookups, version monotonicity, malformed boards.
#include <catch2/catch.hpp>

#include "sk/crypto/receipt.hpp"
#include "sk/sync/status_board.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;

namespace {

// Fixed, valid canonical receipt codes (17 data symbols + check symbol).
std::string code(const std::string& data17) {
    return data17 + crypto::receipt_check_symbol(data17);
}

StatusBoard sample_board(const crypto::SignPublicKey& bureau_pk) {
    StatusBoard b;
    b.version = 4;
    b.issued = "2026-03-15T08:00:00Z";
    BoardEntry e1;
    e1.lookup = crypto::receipt_lookup_hash(code("23456789ABCDEFGHJ"), bureau_pk);
    e1.status = CaseStatus::under_verification;
    e1.updated = "2026-03-14";
    e1.reply = {{"zh-CN", "\xe6\xad\xa3\xe5\x9c\xa8\xe6\xa0\xb8\xe5\xae\x9e"},
                {"en", "We are checking this."}};
    BoardEntry e2;
    e2.lookup = crypto::receipt_lookup_hash(code("KMNPQRSTUVWXYZ234"), bureau_pk);
    e2.status = CaseStatus::closed;
    e2.updated = "2026-03-10";
    b.entries = {e1, e2};
    return b;
}

}  // namespace

TEST_CASE("status board round trip and receipt lookup", "[sync][board]") {
    auto bureau = bureau_sign();
    auto f = build_status_board(sample_board(bureau.pk), bureau);
    REQUIRE(f.ok());
    auto board = verify_status_board(*f, bureau.pk);
    REQUIRE(board.ok());
    CHECK(board->version == 4);
    CHECK(board->issued == "2026-03-15T08:00:00Z");
    REQUIRE(board->entries.size() == 2);

    auto e1 = find_receipt(*board, code("23456789ABCDEFGHJ"), bureau.pk);
    REQUIRE(e1.has_value());
    CHECK(e1->status == CaseStatus::under_verification);
    CHECK(e1->updated == "2026-03-14");
    CHECK(e1->reply.at("en") == "We are checking this.");
    CHECK(e1->reply.at("zh-CN") == "\xe6\xad\xa3\xe5\x9c\xa8\xe6\xa0\xb8\xe5\xae\x9e");

    auto e2 = find_receipt(*board, code("KMNPQRSTUVWXYZ234"), bureau.pk);
    REQUIRE(e2.has_value());
    CHECK(e2->status == CaseStatus::closed);
    CHECK(e2->reply.empty());

    // Other codes find nothing, including a code one symbol away.
    CHECK_FALSE(find_receipt(*board, code("23456789ABCDEFGHK"), bureau.pk).has_value());
    CHECK_FALSE(find_receipt(*board, code("ZZZZZZZZZZZZZZZZZ"), bureau.pk).has_value());
    // The lookup is keyed by the bureau key: the same code under another key finds nothing.
    CHECK_FALSE(
        find_receipt(*board, code("23456789ABCDEFGHJ"), other_bureau_sign().pk).has_value());
}

TEST_CASE("status board entries are written sorted by lookup", "[sync][board]") {
    auto bureau = bureau_sign();
    auto b = sample_board(bureau.pk);
    std::swap(b.entries[0], b.entries[1]);
    auto f1 = build_status_board(b, bureau);
    std::swap(b.entries[0], b.entries[1]);
    auto f2 = build_status_board(b, bureau);
    REQUIRE(f1.ok());
    REQUIRE(f2.ok());
    CHECK(*f1 == *f2);
    auto board = verify_status_board(*f1, bureau.pk);
    REQUIRE(board.ok());
    CHECK(board->entries[0].lookup < board->entries[1].lookup);
}

TEST_CASE("older or equal status board is refused", "[sync][board]") {
    auto bureau = bureau_sign();
    auto f = build_status_board(sample_board(bureau.pk), bureau);
    REQUIRE(f.ok());
    CHECK(verify_status_board(*f, bureau.pk, 3).ok());
    auto same = verify_status_board(*f, bureau.pk, 4);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == Errc::conflict);
    auto older = verify_status_board(*f, bureau.pk, 9);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().message == "status board version 4 is not newer than installed version 9");
}

TEST_CASE("status board signature and context are enforced", "[sync][board]") {
    auto bureau = bureau_sign();
    auto f = build_status_board(sample_board(bureau.pk), bureau);
    REQUIRE(f.ok());
    CHECK(verify_status_board(*f, other_bureau_sign().pk).error().code == Errc::wrong_key);
    size_t accepted = 0;
    for (size_t i = 0; i < f->size(); ++i) {
        Bytes t = *f;
        t[i] ^= 0x01;
        if (verify_status_board(t, bureau.pk).ok()) ++accepted;
    }
    CHECK(accepted == 0);
    auto sf = crypto::parse_signed_file(*f);
    REQUIRE(sf.ok());
    CHECK(verify_status_board(sf->payload, bureau.pk).error().code == Errc::bad_format);
    auto as_ack = crypto::make_signed_file(crypto::SignContext::ack, sf->payload, bureau);
    CHECK(verify_status_board(as_ack, bureau.pk).error().code == Errc::bad_format);
}

TEST_CASE("malformed status boards are refused", "[sync][board]") {
    auto bureau = bureau_sign();
    auto sf = crypto::parse_signed_file(*build_status_board(sample_board(bureau.pk), bureau));
    REQUIRE(sf.ok());
    const std::string good(sf->payload.begin(), sf->payload.end());
    auto code_of = [&](const std::string& json) {
        auto f = crypto::make_signed_file(crypto::SignContext::status_board, json, bureau);
        auto r = verify_status_board(f, bureau.pk);
        return r.ok() ? Errc::ok : r.error().code;
    };
    auto with = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        s.replace(at, from.size(), to);
        return s;
    };
    CHECK(code_of(good) == Errc::ok);
    CHECK(code_of(with("sk-status-board-1", "sk-status-board-9")) == Errc::unsupported_version);
    CHECK(code_of(with("\"version\":4", "\"version\":0")) == Errc::bad_format);
    CHECK(code_of(with("\"closed\"", "\"reopened\"")) == Errc::bad_format);
    CHECK(code_of(with("\"2026-03-10\"", "\"2026-3-10\"")) == Errc::bad_format);
    CHECK(code_of(with("\"lookup\":\"", "\"lookup\":\"0")) == Errc::bad_format);
    CHECK(code_of(with("\"en\":\"We", "\"en\":7,\"x\":\"We")) == Errc::bad_format);
    CHECK(code_of(with("\"en\":", "\"e n\":")) == Errc::bad_format);
    CHECK(code_of("{\"format\":\"sk-status-board-1\"") == Errc::bad_format);
    // The same lookup twice would make a receipt's status ambiguous.
    auto first = good.find("{\"lookup\"");
    auto second = good.find(",{\"lookup\"");
    REQUIRE(second != std::string::npos);
    const std::string entry = good.substr(first, second - first);
    CHECK(code_of(with(entry, entry + "," + entry)) == Errc::bad_format);
}

TEST_CASE("build_status_board refuses bad input", "[sync][board]") {
    auto bureau = bureau_sign();
    auto b = sample_board(bureau.pk);
    b.version = 0;
    CHECK(build_status_board(b, bureau).error().code == Errc::invalid_argument);
    b = sample_board(bureau.pk);
    b.entries.push_back(b.entries[0]);
    CHECK(build_status_board(b, bureau).error().code == Errc::invalid_argument);
    b = sample_board(bureau.pk);
    b.entries[0].reply["en"] = "\xff\xfe";
    CHECK(build_status_board(b, bureau).error().code == Errc::invalid_argument);
    b = sample_board(bureau.pk);
    b.entries[0].updated = "2026-02-29";
    CHECK(build_status_board(b, bureau).error().code == Errc::invalid_argument);
}

TEST_CASE("case status names", "[sync][board]") {
    CHECK(std::string(case_status_name(CaseStatus::new_case)) == "new");
    CHECK(case_status_from_name("not_substantiated") == CaseStatus::not_substantiated);
    CHECK_FALSE(case_status_from_name("New").has_value());
}
