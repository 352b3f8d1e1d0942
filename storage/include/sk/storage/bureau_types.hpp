// Rows of the bureau store (bureau_store.hpp). The bureau workstation is the trusted end:
// decrypted tips and responses are kept here, inside the SQLCipher database, and handed to
// callers in SecureBuffers. Times are RFC 3339 UTC strings supplied by the caller (the store
// never reads the clock, so tests control every timestamp); days are YYYYMMDD integers.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::storage {

struct BureauKiosk {
    int64_t id = 0;  // local row id
    crypto::KeyId key_id{};
    crypto::SignPublicKey pk{};
    std::string name;  // e.g. "school 城关第一小学"
    std::string added_at;
};

struct ImportedBatch {
    int64_t id = 0;
    int64_t kiosk_id = 0;
    uint64_t seq = 0;
    crypto::Hash hash{};
    crypto::Hash prev_hash{};
    uint32_t day = 0;
    uint32_t record_count = 0;  // records in the file
    uint32_t new_records = 0;   // records not seen before (the rest were duplicates)
    std::string imported_at;
    std::optional<std::string> acked_at;  // last time an ack covering it was written
};

// One decrypted record ready to store. Tips carry the fields the ledger indexes.
struct DecryptedRecord {
    crypto::RecordId id{};
    crypto::RecordKind kind = crypto::RecordKind::tip;
    ByteView plaintext;  // exactly what the kiosk sealed, inside `owner`
    // The secure memory `plaintext` points into: the importer opens a whole batch into one
    // arena (one sodium_malloc per batch, not per record) and every record shares it.
    std::shared_ptr<const crypto::SecureBuffer> owner;
    // Survey responses:
    std::string survey_id;
    int64_t survey_version = 0;
    // Tips:
    std::string category;
    std::string subcategory;
    std::string unit;
    std::optional<crypto::Hash> receipt_lookup;
};

// A chain observation made while importing a batch (gap before it, out-of-order arrival).
struct ChainNote {
    std::string kind;  // "gap", "late"
    uint64_t seq = 0;
    std::string detail;
};

struct BatchToStore {
    int64_t kiosk_id = 0;
    uint64_t seq = 0;
    crypto::Hash hash{};
    crypto::Hash prev_hash{};
    uint32_t day = 0;
    std::vector<DecryptedRecord> records;
    std::vector<ChainNote> notes;
    std::string now;
};

struct StoredBatchOutcome {
    int64_t batch_id = 0;
    uint64_t records_new = 0;
    uint64_t records_duplicate = 0;
    std::vector<std::string> new_cases;  // case numbers opened for new tips
};

struct ChainEvent {
    int64_t kiosk_id = 0;
    uint64_t seq = 0;
    std::string kind;
    std::string detail;
    std::string at;
};

// A survey response as stored, for reports and exports (see for_each_response).
struct StoredResponse {
    crypto::RecordId id{};
    int64_t kiosk_id = 0;
    std::string kiosk_name;
    uint32_t day = 0;
    std::string survey_id;
    int64_t survey_version = 0;
    ByteView plaintext;  // valid during the visit only
};

struct ResponseCount {
    std::string survey_id;
    int64_t kiosk_id = 0;
    std::string kiosk_name;
    int64_t responses = 0;
};

struct TipRow {
    int64_t id = 0;
    std::string case_no;  // "T-2026-0001"
    crypto::RecordId record_id{};
    int64_t kiosk_id = 0;
    std::string kiosk_name;
    uint32_t day = 0;  // the export day of the batch that brought it
    std::string category;
    std::string subcategory;
    std::string unit;
    std::string status;
    std::string reply;
    std::string reply_lang;
    std::optional<crypto::Hash> receipt_lookup;
    std::string created_at;
    std::string updated_at;
};

struct TipHistoryEntry {
    std::string case_no;
    std::string at;
    std::string action;  // "created", "status", "reply"
    std::string from_status;
    std::string to_status;
    std::string note;
};

struct TipFilter {
    std::optional<std::string> status;
    std::optional<uint32_t> day_from, day_to;  // inclusive
};

struct StoredSurvey {
    std::string survey_id;
    int64_t version = 0;
    Bytes definition;  // the survey JSON as given to sign-survey / survey add
    std::string added_at;
};

// Row counts per table: lets tests (and `bureau status`) prove a rejected batch left the
// store exactly as it was.
using TableCounts = std::map<std::string, int64_t>;

struct StoreFingerprint {
    TableCounts counts;
    crypto::Hash content{};  // over every value of every table
    bool operator==(const StoreFingerprint& o) const {
        return counts == o.counts && content == o.content;
    }
    bool operator!=(const StoreFingerprint& o) const { return !(*this == o); }
};

}  // namespace sk::storage
