// Status boards (docs/FORMAT.md §9): the bureau's signed list of case statuses, shown on
// kiosks so a tipster can check progress with a receipt code. The board carries only the
// keyed lookup hash of each code (sk::crypto::receipt_lookup_hash), never the code.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"

namespace sk::sync {

inline constexpr char kStatusBoardFormat[] = "sk-status-board-1";

enum class CaseStatus { new_case, under_verification, substantiated, not_substantiated, closed };
// JSON spelling: "new", "under_verification", ...
const char* case_status_name(CaseStatus s);
std::optional<CaseStatus> case_status_from_name(std::string_view name);

struct BoardEntry {
    crypto::Hash lookup{};  // receipt_lookup_hash of the receipt code
    CaseStatus status = CaseStatus::new_case;
    std::string updated;                       // "YYYY-MM-DD"
    std::map<std::string, std::string> reply;  // language tag ("zh-CN", "en") -> text
};

struct StatusBoard {
    uint64_t version = 0;  // strictly increasing per publication, starts at 1
    std::string issued;    // RFC 3339 UTC
    std::vector<BoardEntry> entries;
};

// Compact JSON with entries sorted by lookup hash (their order must not hint at when each
// case was opened), signed with context "status-board". Errc::invalid_argument for version 0,
// bad dates, duplicate lookups, bad language tags or reply text that is not UTF-8.
Result<Bytes> build_status_board(const StatusBoard& board, const crypto::SignKeyPair& bureau);

// Verifies with the bureau's signing key, then the JSON (Errc::bad_format, or
// Errc::unsupported_version for another "format"). With `installed_version`, refuses a board
// that is not newer (Errc::conflict), so an old board cannot roll statuses back.
Result<StatusBoard> verify_status_board(ByteView file, const crypto::SignPublicKey& bureau_pk,
                                        std::optional<uint64_t> installed_version = std::nullopt);

// The entry for a receipt code in canonical form (sk::crypto::normalize_receipt), if any.
std::optional<BoardEntry> find_receipt(const StatusBoard& board, std::string_view canonical_code,
                                       const crypto::SignPublicKey& bureau_sign_pk);

}  // namespace sk::sync
