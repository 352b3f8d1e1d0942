#include "json_payload.hpp"
#include "sk/sync/status_board.hpp"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "sk/crypto/receipt.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/hex_codec.hpp"
#include "sk/sync/signed_payload.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::sync {

namespace {

using json = nlohmann::json;

constexpr struct {
    CaseStatus status;
    const char* name;
} kStatusNames[] = {
    {CaseStatus::new_case, "new"},
    {CaseStatus::under_verification, "under_verification"},
    {CaseStatus::substantiated, "substantiated"},
    {CaseStatus::not_substantiated, "not_substantiated"},
    {CaseStatus::closed, "closed"},
};

Error bad(const std::string& msg) {
    return Error{Errc::bad_format, "status board: " + msg};
}

// BCP 47-ish: letters, digits and '-', 1..35 chars. Enough for "zh-CN", "en", "zh-Hant-TW".
bool is_language_tag(const std::string& t) {
    if (t.empty() || t.size() > 35 || t.front() == '-' || t.back() == '-') return false;
    return std::all_of(t.begin(), t.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-';
    });
}

Result<void> check_entry(const BoardEntry& e, std::set<crypto::Hash>& seen,
                         const std::string& where) {
    if (!seen.insert(e.lookup).second) return bad(where + ": duplicate lookup " + to_hex(e.lookup));
    if (!is_iso_date(e.updated)) return bad(where + ".updated must be a date YYYY-MM-DD");
    for (const auto& [tag, text] : e.reply) {
        (void)text;
        if (!is_language_tag(tag)) return bad(where + ".reply has an invalid language tag");
    }
    return ok();
}

Result<BoardEntry> read_entry(const json& e, const std::string& where) {
    if (!e.is_object()) return bad(where + " is not an object");
    BoardEntry out;
    auto lookup = e.find("lookup");
    if (lookup == e.end() || !lookup->is_string() ||
        !decode_lower_hex(lookup->get_ref<const std::string&>(), out.lookup))
        return bad(where + ".lookup must be 64 lower-case hex digits");
    auto status = e.find("status");
    std::optional<CaseStatus> st;
    if (status != e.end() && status->is_string())
        st = case_status_from_name(status->get_ref<const std::string&>());
    if (!st) return bad(where + ".status is not a known status");
    out.status = *st;
    auto updated = e.find("updated");
    if (updated == e.end() || !updated->is_string()) return bad(where + ".updated is missing");
    out.updated = updated->get<std::string>();
    auto reply = e.find("reply");
    if (reply != e.end()) {
        if (!reply->is_object()) return bad(where + ".reply must be an object");
        for (const auto& [tag, text] : reply->items()) {
            if (!text.is_string()) return bad(where + ".reply values must be strings");
            out.reply[tag] = text.get<std::string>();
        }
    }
    return out;
}

}  // namespace

const char* case_status_name(CaseStatus s) {
    for (const auto& n : kStatusNames)
        if (n.status == s) return n.name;
    return "?";
}

std::optional<CaseStatus> case_status_from_name(std::string_view name) {
    for (const auto& n : kStatusNames)
        if (name == n.name) return n.status;
    return std::nullopt;
}

Result<Bytes> build_status_board(const StatusBoard& board, const crypto::SignKeyPair& bureau) {
    auto invalid = [](const Error& e) { return Error{Errc::invalid_argument, e.message}; };
    if (board.version == 0) return invalid(bad("version must be >= 1"));
    if (!is_rfc3339_utc(board.issued)) return invalid(bad("issued must be YYYY-MM-DDTHH:MM:SSZ"));
    std::vector<const BoardEntry*> sorted;
    std::set<crypto::Hash> seen;
    for (size_t i = 0; i < board.entries.size(); ++i) {
        auto r = check_entry(board.entries[i], seen, "entries[" + std::to_string(i) + "]");
        if (!r) return invalid(r.error());
        sorted.push_back(&board.entries[i]);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const BoardEntry* a, const BoardEntry* b) { return a->lookup < b->lookup; });
    nlohmann::ordered_json j;
    j["format"] = kStatusBoardFormat;
    j["version"] = board.version;
    j["issued"] = board.issued;
    j["entries"] = nlohmann::ordered_json::array();
    for (const BoardEntry* e : sorted) {
        nlohmann::ordered_json o;
        o["lookup"] = to_hex(e->lookup);
        o["status"] = case_status_name(e->status);
        o["updated"] = e->updated;
        o["reply"] = nlohmann::ordered_json::object();
        for (const auto& [tag, text] : e->reply) o["reply"][tag] = text;  // std::map: sorted
        j["entries"].push_back(std::move(o));
    }
    std::string text;
    try {
        text = j.dump();  // strict: throws on reply text that is not UTF-8
    } catch (const nlohmann::json::exception&) {
        return Error{Errc::invalid_argument, "status board: reply text is not valid UTF-8"};
    }
    return crypto::make_signed_file(crypto::SignContext::status_board, text, bureau);
}

Result<StatusBoard> verify_status_board(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                        std::optional<uint64_t> installed_version) {
    auto sf = open_expected(file, crypto::SignContext::status_board, bureau_pk, "status board");
    if (!sf) return sf.error();
    auto parsed = detail::parse_json_object(sf->payload);
    if (!parsed) return bad(parsed.error().message);
    const json& j = *parsed;
    auto fmt = j.find("format");
    if (fmt == j.end() || !fmt->is_string()) return bad("missing \"format\"");
    if (fmt->get_ref<const std::string&>() != kStatusBoardFormat)
        return Error{Errc::unsupported_version,
                     "status board format '" +
                         printable_excerpt(fmt->get_ref<const std::string&>()) +
                         "' is not supported"};
    StatusBoard board;
    auto ver = j.find("version");
    if (ver == j.end() || !ver->is_number_unsigned() || ver->get<uint64_t>() == 0)
        return bad("version must be an integer >= 1");
    board.version = ver->get<uint64_t>();
    auto issued = j.find("issued");
    if (issued == j.end() || !issued->is_string() ||
        !is_rfc3339_utc(issued->get_ref<const std::string&>()))
        return bad("issued must be YYYY-MM-DDTHH:MM:SSZ");
    board.issued = issued->get<std::string>();
    auto entries = j.find("entries");
    if (entries == j.end() || !entries->is_array()) return bad("entries must be an array");
    std::set<crypto::Hash> seen;
    for (size_t i = 0; i < entries->size(); ++i) {
        const std::string where = "entries[" + std::to_string(i) + "]";
        auto e = read_entry((*entries)[i], where);
        if (!e) return e.error();
        SK_TRY(check_entry(*e, seen, where));
        board.entries.push_back(std::move(*e));
    }
    if (installed_version && board.version <= *installed_version)
        return Error{Errc::conflict, "status board version " + std::to_string(board.version) +
                                         " is not newer than installed version " +
                                         std::to_string(*installed_version)};
    return board;
}

std::optional<BoardEntry> find_receipt(const StatusBoard& board, std::string_view canonical_code,
                                       const crypto::SignPublicKey& bureau_sign_pk) {
    const crypto::Hash want = crypto::receipt_lookup_hash(canonical_code, bureau_sign_pk);
    for (const auto& e : board.entries)
        if (e.lookup == want) return e;
    return std::nullopt;
}

}  // namespace sk::sync
