// Generates the `vector` blocks of docs/FORMAT.md §6–§9. Hidden test (tag [.generate]):
//   SK_SYNC_VECTORS_OUT=/tmp/v ./test_sync "[.generate]"
// writes batch.md, ack.md, bundle.md and board.md there, to paste under each section.
// Everything derives from fixed seeds (sync_fixtures.hpp), so reruns give the same bytes.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "sk/crypto/receipt.hpp"
#include "sk/sync/ack.hpp"
#include "sk/sync/status_board.hpp"
#include "sk/sync/survey_bundle.hpp"
#include "sync_fixtures.hpp"

using namespace sk;
using namespace sk::sync;
using namespace sk::sync::test;
using crypto::SignContext;

namespace {

Bytes payload_of(const Bytes& file) {
    return must(crypto::parse_signed_file(file)).payload;
}

Bytes flip(Bytes b, size_t at) {
    b[at] ^= 0x01;
    return b;
}

std::string code17(const std::string& d) {
    return d + crypto::receipt_check_symbol(d);
}

// Record plaintexts of the batch vectors: valid sk-tip-1 / sk-response-1 records
// (docs/SURVEY_FORMAT.md §4-5), the response to the §8 vector survey (no questions).
std::string tip_record(const std::string& what, const std::string& receipt17) {
    return "{\"type\":\"tip\",\"format\":\"sk-tip-1\",\"lang\":\"en\",\"category\":"
           "\"absent_from_post\",\"subcategory\":\"\",\"unit\":\"No. 2 Middle School\","
           "\"person\":\"\",\"what\":\"" +
           what +
           "\",\"since\":\"\",\"how_often\":\"\",\"evidence\":\"\",\"contact\":\"\","
           "\"receipt\":\"" +
           code17(receipt17) + "\"}";
}
const std::string kResponseRecord =
    "{\"type\":\"response\",\"format\":\"sk-response-1\",\"survey\":\"wellbeing-2026\","
    "\"survey_version\":3,\"lang\":\"zh-CN\",\"answers\":{}}";
const std::string kTipOne = tip_record("The back gate lock is broken.", "23456789ABCDEFGHJ");
const std::string kTipThree = tip_record("Teacher absent since March.", "KMNPQRSTUVWXYZ234");

// batch/ok/first: the batch the ack vectors acknowledge.
Bytes first_batch() {
    const Bytes e1 = envelope(0x01, crypto::RecordKind::tip, kTipOne);
    const Bytes e2 = envelope(0x02, crypto::RecordKind::survey_response, kResponseRecord);
    return must(build_batch_in_order(header(1), {e1, e2}, kiosk_a()));
}

std::string num(uint64_t v) {
    return std::to_string(v);
}

Vec batch_fail(const std::string& name, const std::string& why, const Bytes& file, Errc expect,
               uint8_t kiosk_seed = 0xa1) {
    return {{"name", "batch/fail/" + name},
            {"note", why},
            {"kiosk_seed", hex(seed(kiosk_seed))},
            {"expect", errc_name(expect)},
            {"file", hex(file)}};
}

std::vector<Vec> batch_vectors() {
    auto a = kiosk_a();
    auto b = kiosk_b();
    const auto id = a.id();
    std::vector<Vec> out;
    auto ok_vec = [&](const std::string& name, const Bytes& file) {
        auto bt = must(verify_batch(file, a.pk));
        std::string ids, kinds;
        for (const auto& r : bt.records) {
            ids += hex(r.id);
            kinds += hex(Bytes{static_cast<uint8_t>(r.kind)});
        }
        out.push_back({{"name", "batch/ok/" + name},
                       {"kiosk_seed", hex(seed(0xa1))},
                       {"expect", "ok"},
                       {"kiosk_id", hex(bt.kiosk)},
                       {"seq", num(bt.header.seq)},
                       {"prev", hex(bt.header.prev_hash)},
                       {"day", num(bt.header.day)},
                       {"count", num(bt.records.size())},
                       {"record_ids", ids},
                       {"record_kinds", kinds},
                       {"hash", hex(bt.hash)},
                       {"file", hex(file)}});
        // The plaintext of record i (file order): with record_ids, record_kinds and the
        // sealing rule of the conventions, every envelope can be rebuilt byte for byte.
        for (size_t i = 0; i < bt.records.size(); ++i) {
            auto pt = must(crypto::open_record(bt.records[i].envelope, bureau_seal()));
            out.back().push_back({"plaintext_" + num(i + 1), hex(pt.view())});
        }
    };
    const Bytes e1 = envelope(0x01, crypto::RecordKind::tip, kTipOne);
    const Bytes e3 = envelope(0x03, crypto::RecordKind::tip, kTipThree);
    const Bytes f1 = first_batch();
    const Bytes f2 = must(build_batch_in_order(header(2, batch_hash(f1), 20260315), {e3}, a));
    const Bytes f3 = must(build_batch_in_order(header(3, batch_hash(f2), 20260316), {}, a));
    ok_vec("first", f1);
    ok_vec("second", f2);
    ok_vec("empty", f3);

    const BatchHeader h3 = header(3, batch_hash(f2), 20260316);
    auto raw = [&](const BatchHeader& h, const std::vector<Bytes>& recs, uint8_t ver = 1,
                   const char* magic = "SKBATCH1") {
        return sign_raw_batch(raw_batch_payload(id, h, recs, ver, magic), a);
    };
    out.push_back(batch_fail("bad-signature", "last signature byte of batch/ok/empty flipped",
                             flip(f3, f3.size() - 1), Errc::bad_signature));
    out.push_back(batch_fail("truncated", "batch/ok/empty without its last byte",
                             Bytes(f3.begin(), f3.end() - 1), Errc::bad_format));
    out.push_back(batch_fail("other-kiosk", "signed by kiosk B (seed b2), checked with kiosk A",
                             must(build_batch_in_order(header(1), {}, b)), Errc::wrong_key));
    out.push_back(batch_fail(
        "payload-names-other-kiosk", "kiosk A's payload re-signed by kiosk B, checked with kiosk B",
        crypto::make_signed_file(SignContext::batch, payload_of(f3), b), Errc::bad_format, 0xb2));
    out.push_back(batch_fail("wrong-context", "batch payload signed with context \"ack\"",
                             crypto::make_signed_file(SignContext::ack, payload_of(f3), a),
                             Errc::bad_format));
    out.push_back(batch_fail("unsigned", "bare payload without the signed-file container",
                             payload_of(f3), Errc::bad_format));
    out.push_back(
        batch_fail("bad-magic", "magic SKBATCH2", raw(h3, {}, 1, "SKBATCH2"), Errc::bad_format));
    out.push_back(
        batch_fail("bad-version", "version byte 2", raw(h3, {}, 2), Errc::unsupported_version));
    Bytes short_payload = raw_batch_payload(id, h3, {});
    short_payload.pop_back();
    out.push_back(batch_fail("short-payload", "64-byte payload (header is 65)",
                             sign_raw_batch(short_payload, a), Errc::bad_format));
    out.push_back(batch_fail("seq-zero", "seq 0", raw(header(0), {}), Errc::bad_format));
    out.push_back(batch_fail("first-with-prev", "seq 1 with a non-zero prev hash",
                             raw(header(1, batch_hash(f1)), {}), Errc::bad_format));
    out.push_back(batch_fail("later-without-prev", "seq 2 with an all-zero prev hash",
                             raw(header(2), {}), Errc::bad_format));
    out.push_back(
        batch_fail("bad-day", "day 20260230", raw(header(1, {}, 20260230), {}), Errc::bad_format));
    Bytes over = raw_batch_payload(id, h3, {});
    over[61] = 0x89;  // 5001 = 0x1389
    over[62] = 0x13;
    out.push_back(batch_fail("count-over-limit", "record count 5001, no records",
                             sign_raw_batch(over, a), Errc::bad_format));
    Bytes count1 = raw_batch_payload(id, h3, {});
    count1[61] = 1;
    out.push_back(batch_fail("count-mismatch", "record count 1, no records",
                             sign_raw_batch(count1, a), Errc::bad_format));
    Bytes past = raw_batch_payload(id, h3, {Bytes(8, 0xee)});
    past[65] = 9;
    out.push_back(batch_fail("length-past-end", "record length 9, 8 bytes follow",
                             sign_raw_batch(past, a), Errc::bad_format));
    out.push_back(batch_fail("zero-length-record", "one record of length 0", raw(h3, {Bytes{}}),
                             Errc::bad_format));
    Bytes trailing = raw_batch_payload(id, h3, {});
    trailing.push_back(0);
    out.push_back(batch_fail("trailing-bytes", "one byte after the last record",
                             sign_raw_batch(trailing, a), Errc::bad_format));
    out.push_back(batch_fail("bad-envelope", "one 8-byte record that is not an envelope",
                             raw(h3, {Bytes(8, 0xee)}), Errc::bad_format));
    const Bytes e1b = envelope(0x01, crypto::RecordKind::tip, "same id, other text");
    out.push_back(batch_fail("duplicate-record-id", "two envelopes with record id 0101..01",
                             raw(header(1), {e1, e1b}), Errc::bad_format));
    // batch/ok/empty with a record spliced in: count, lengths and container length fixed,
    // original signature kept.
    Bytes spliced = payload_of(f3);
    spliced[61] = 1;
    put_u32le(spliced, static_cast<uint32_t>(e3.size()));
    append(spliced, e3);
    Bytes forged(f3.begin(), f3.end() - static_cast<long>(payload_of(f3).size()) - 64);
    forged.resize(forged.size() - 4);
    put_u32le(forged, static_cast<uint32_t>(spliced.size()));
    append(forged, spliced);
    append(forged, ByteView(f3.data() + f3.size() - 64, 64));
    Bytes container_v2 = f3;
    container_v2[4] = 0x02;  // the signed-file container's version byte (§4.2 offset 4)
    out.push_back(batch_fail("container-version",
                             "container version byte 2 (bare §4.3 parse: unsupported_version)",
                             container_v2, Errc::bad_format));
    out.push_back(batch_fail("appended-record",
                             "record appended to batch/ok/empty after signing, signature kept",
                             forged, Errc::bad_signature));
    return out;
}

Vec with_fields(Vec base, const Vec& more) {
    base.insert(base.end(), more.begin(), more.end());
    return base;
}

std::vector<Vec> ack_vectors() {
    auto bureau = bureau_sign();
    const auto kiosk = kiosk_a().id();
    const Bytes f1 = first_batch();
    Ack ack;
    ack.kiosk = kiosk;
    ack.issued = "2026-03-15T08:00:00Z";
    ack.batches = {AckEntry{1, batch_hash(f1), 2}};
    const Bytes good = must(build_ack(ack, bureau));
    const Bytes payload = payload_of(good);
    const std::string json(payload.begin(), payload.end());
    auto signed_json = [&](const std::string& j) {
        return crypto::make_signed_file(SignContext::ack, j, bureau);
    };
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = json;
        s.replace(s.find(from), from.size(), to);
        return signed_json(s);
    };
    auto fail = [&](const std::string& name, const std::string& why, const Bytes& file, Errc e) {
        return Vec{{"name", "ack/fail/" + name},     {"note", why},
                   {"bureau_seed", hex(seed(0xb5))}, {"kiosk_id", hex(kiosk)},
                   {"expect", errc_name(e)},         {"file", hex(file)}};
    };
    Ack other = ack;
    other.kiosk = kiosk_b().id();
    return {
        Vec{{"name", "ack/ok/one-batch"},
            {"bureau_seed", hex(seed(0xb5))},
            {"kiosk_id", hex(kiosk)},
            {"expect", "ok"},
            {"issued", ack.issued},
            {"seq", "1"},
            {"hash", hex(batch_hash(f1))},
            {"records", "2"},
            {"payload", hex(payload)},
            {"file", hex(good)}},
        fail("other-kiosk", "ack names kiosk B; this kiosk is A", must(build_ack(other, bureau)),
             Errc::wrong_key),
        fail("bad-signature", "one payload byte flipped after signing", flip(good, 40),
             Errc::bad_signature),
        fail("other-signer", "signed by another bureau key (seed b6)",
             must(build_ack(ack, other_bureau_sign())), Errc::wrong_key),
        fail("wrong-context", "ack JSON signed with context \"status-board\"",
             crypto::make_signed_file(SignContext::status_board, json, bureau), Errc::bad_format),
        fail("unsigned", "the JSON alone", Bytes(json.begin(), json.end()), Errc::bad_format),
        fail("bad-json", "payload is not JSON", signed_json("{\"format\":\"sk-ack-1\","),
             Errc::bad_format),
        fail("unknown-format", "format sk-ack-2", replaced("sk-ack-1", "sk-ack-2"),
             Errc::unsupported_version),
        fail("bad-hash", "hash of 62 hex digits",
             replaced(hex(batch_hash(f1)), hex(batch_hash(f1)).substr(2)), Errc::bad_format),
        fail("bad-issued", "issued without time zone", replaced("08:00:00Z", "08:00:00"),
             Errc::bad_format),
        fail("duplicate-member", "member \"issued\" twice (refused, not last-one-wins)",
             replaced("\"issued\":", "\"issued\":\"2026-03-15T09:00:00Z\",\"issued\":"),
             Errc::bad_format),
    };
}

const char kVectorSurvey[] =
    "{\"format\":\"sk-survey-1\",\"id\":\"wellbeing-2026\",\"version\":3,"
    "\"expires\":\"2026-06-30\",\"questions\":[]}";

std::vector<Vec> bundle_vectors() {
    auto bureau = bureau_sign();
    const Bytes good = must(sign_survey_bundle(std::string(kVectorSurvey), bureau));
    auto base = [&](const std::string& name, const std::string& today, const Bytes& file, Errc e) {
        return Vec{{"name", "bundle/" + name},
                   {"bureau_seed", hex(seed(0xb5))},
                   {"today", today},
                   {"expect", errc_name(e)},
                   {"file", hex(file)}};
    };
    auto signed_json = [&](const std::string& j) {
        return crypto::make_signed_file(SignContext::survey_bundle, j, bureau);
    };
    auto ok_fields = Vec{{"id", "wellbeing-2026"}, {"version", "3"}, {"expires", "2026-06-30"}};
    const std::string survey(kVectorSurvey);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = survey;
        s.replace(s.find(from), from.size(), to);
        return signed_json(s);
    };
    return {
        with_fields(base("ok/valid", "2026-03-15", good, Errc::ok), ok_fields),
        with_fields(base("ok/last-day", "2026-06-30", good, Errc::ok), ok_fields),
        with_fields(base("ok/newer-than-installed", "2026-03-15", good, Errc::ok),
                    {{"installed", "2"}}),
        base("fail/expired", "2026-07-01", good, Errc::conflict),
        with_fields(base("fail/older-than-installed", "2026-03-15", good, Errc::conflict),
                    {{"installed", "5"}}),
        with_fields(base("fail/same-as-installed", "2026-03-15", good, Errc::already_exists),
                    {{"installed", "3"}}),
        base("fail/unsigned", "2026-03-15", Bytes(survey.begin(), survey.end()), Errc::bad_format),
        base("fail/bad-signature", "2026-03-15", flip(good, good.size() - 70), Errc::bad_signature),
        base("fail/other-signer", "2026-03-15",
             must(sign_survey_bundle(survey, other_bureau_sign())), Errc::wrong_key),
        base("fail/wrong-context", "2026-03-15",
             crypto::make_signed_file(SignContext::status_board, survey, bureau), Errc::bad_format),
        base("fail/missing-version", "2026-03-15", replaced("\"version\":3,", ""),
             Errc::bad_format),
        base("fail/bad-expires", "2026-03-15", replaced("2026-06-30", "2026-06-31"),
             Errc::bad_format),
        base("fail/unknown-format", "2026-03-15", replaced("sk-survey-1", "sk-survey-2"),
             Errc::unsupported_version),
        base("fail/format-not-a-string", "2026-03-15", replaced("\"sk-survey-1\"", "1"),
             Errc::bad_format),
        base("fail/duplicate-member", "2026-03-15",
             replaced("\"version\":3,", "\"version\":3,\"version\":4,"), Errc::bad_format),
    };
}

std::vector<Vec> board_vectors() {
    auto bureau = bureau_sign();
    const std::string r1 = code17("23456789ABCDEFGHJ"), r2 = code17("KMNPQRSTUVWXYZ234");
    StatusBoard board;
    board.version = 4;
    board.issued = "2026-03-15T08:00:00Z";
    BoardEntry e1;
    e1.lookup = crypto::receipt_lookup_hash(r1, bureau.pk);
    e1.status = CaseStatus::under_verification;
    e1.updated = "2026-03-14";
    e1.reply = {{"en", "We are checking this."},
                {"zh-CN", "\xe6\xad\xa3\xe5\x9c\xa8\xe6\xa0\xb8\xe5\xae\x9e"}};
    BoardEntry e2;
    e2.lookup = crypto::receipt_lookup_hash(r2, bureau.pk);
    e2.status = CaseStatus::closed;
    e2.updated = "2026-03-10";
    board.entries = {e1, e2};
    const Bytes good = must(build_status_board(board, bureau));
    const Bytes payload = payload_of(good);
    const std::string json(payload.begin(), payload.end());
    auto base = [&](const std::string& name, const Bytes& file, Errc e) {
        return Vec{{"name", "board/" + name},
                   {"bureau_seed", hex(seed(0xb5))},
                   {"expect", errc_name(e)},
                   {"file", hex(file)}};
    };
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string s = json;
        s.replace(s.find(from), from.size(), to);
        return crypto::make_signed_file(SignContext::status_board, s, bureau);
    };
    const std::string first_entry =
        json.substr(json.find("{\"lookup\""), json.find(",{\"lookup\"") - json.find("{\"lookup\""));
    return {
        with_fields(base("ok/two-entries", good, Errc::ok),
                    {{"version", "4"},
                     {"entries", "2"},
                     {"receipt", r1},
                     {"receipt_status", "under_verification"},
                     {"receipt_lookup", hex(e1.lookup)},
                     {"absent_receipt", code17("ZZZZZZZZZZZZZZZZZ")},
                     {"payload", hex(payload)}}),
        with_fields(base("ok/newer-than-installed", good, Errc::ok), {{"installed", "3"}}),
        with_fields(base("fail/older-than-installed", good, Errc::conflict), {{"installed", "9"}}),
        with_fields(base("fail/same-as-installed", good, Errc::conflict), {{"installed", "4"}}),
        base("fail/bad-signature", flip(good, 60), Errc::bad_signature),
        base("fail/other-signer", must(build_status_board(board, other_bureau_sign())),
             Errc::wrong_key),
        base("fail/wrong-context", crypto::make_signed_file(SignContext::ack, json, bureau),
             Errc::bad_format),
        base("fail/unsigned", payload, Errc::bad_format),
        base("fail/unknown-format", replaced("sk-status-board-1", "sk-status-board-2"),
             Errc::unsupported_version),
        base("fail/bad-status", replaced("\"closed\"", "\"reopened\""), Errc::bad_format),
        base("fail/bad-lookup", replaced("{\"lookup\":\"", "{\"lookup\":\"0"), Errc::bad_format),
        base("fail/duplicate-lookup", replaced(first_entry, first_entry + "," + first_entry),
             Errc::bad_format),
    };
}

}  // namespace

TEST_CASE("generate FORMAT.md sync vectors", "[.generate]") {
    const char* dir = std::getenv("SK_SYNC_VECTORS_OUT");
    REQUIRE(dir != nullptr);
    const std::pair<const char*, std::vector<Vec>> files[] = {
        {"batch.md", batch_vectors()},
        {"ack.md", ack_vectors()},
        {"bundle.md", bundle_vectors()},
        {"board.md", board_vectors()},
    };
    for (const auto& [name, vecs] : files) {
        std::ofstream out(std::string(dir) + "/" + name);
        REQUIRE(out);
        out << render(vecs);
    }
}
