// The bureau's own database (docs/adr/0004-bureau-store-key.md): SQLCipher, keyed with a
// 32-byte key derived from the bureau's passphrase-protected secret, holding registered
// kiosks, imported batches, decrypted records, the tip ledger with its history, signed
// surveys and counters. Callers never see SQL; every multi-row change is one transaction.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_types.hpp"

namespace sk::storage {

class BureauStore;
namespace sql {
class Database;
Database& bureau_database(BureauStore& s);
}  // namespace sql

// Base schema version of the bureau database owned by this library; later versions are
// SchemaSteps defined above it (bureau/store/src/schema_steps.cpp holds the one list).
constexpr int kBureauBaseSchemaVersion = 2;

// One forward migration: `apply` runs inside its own transaction together with the
// user_version bump, so a version either fully exists or not at all.
struct SchemaStep {
    int version;       // kBureauBaseSchemaVersion + 1, + 2, ... in order, no gaps
    std::string what;  // for error messages ("adding users and the audit log")
    std::function<Result<void>(sql::Database&)> apply;
};

class BureauStore {
  public:
    // create=false: Errc::not_found if missing, Errc::db_wrong_key if the key does not open it.
    // Migrates to the base version, then through `later` (which also raises the newest
    // version this binary accepts: a file newer than the last step is Errc::db_newer_schema,
    // untouched). Product code opens through sk::bureau::store::open_bureau_store(), which
    // passes the bureau's full list; without it a migrated file is "newer" and refused.
    static Result<BureauStore> open(const std::filesystem::path& path, ByteView key32, bool create,
                                    const std::vector<SchemaStep>& later = {});
    ~BureauStore();
    BureauStore(BureauStore&&) noexcept;
    BureauStore& operator=(BureauStore&&) noexcept;
    BureauStore(const BureauStore&) = delete;
    BureauStore& operator=(const BureauStore&) = delete;

    // --- kiosks ---
    // Errc::already_exists if the key (or the exact name) is registered already.
    Result<BureauKiosk> add_kiosk(const crypto::SignPublicKey& pk, std::string_view name,
                                  std::string_view now);
    Result<std::vector<BureauKiosk>> list_kiosks();
    Result<std::optional<BureauKiosk>> find_kiosk(const crypto::KeyId& key_id);
    Result<std::optional<BureauKiosk>> kiosk_by_id(int64_t id);

    // --- batches and records ---
    Result<std::vector<ImportedBatch>> batches_of(int64_t kiosk_id);
    Result<std::optional<ImportedBatch>> batch_by_seq(int64_t kiosk_id, uint64_t seq);
    // One transaction: the batch row, every record (records already stored are counted as
    // duplicates and left alone), a ledger case per new tip, and the chain notes. On any
    // error nothing is written. Errc::conflict if (kiosk, seq) is already stored.
    Result<StoredBatchOutcome> store_batch(const BatchToStore& b);
    Result<void> mark_acked(const std::vector<int64_t>& batch_ids, std::string_view now);
    Result<std::vector<ChainEvent>> chain_events(std::optional<int64_t> kiosk_id);
    // The decrypted plaintext of one record (tests, `tips show`).
    Result<std::optional<crypto::SecureBuffer>> record_plaintext(const crypto::RecordId& id);
    // Visits the responses of one survey (all surveys when empty), optionally within
    // [day_from, day_to], ordered by survey and record id. A visitor, not a vector: each
    // plaintext is secure memory (an mmap of its own), and 100,000 of them at once would
    // exhaust the process's mappings. The view is valid during the call only.
    Result<void> for_each_response(std::string_view survey_id, std::optional<uint32_t> day_from,
                                   std::optional<uint32_t> day_to,
                                   const std::function<void(const StoredResponse&)>& fn);
    // Responses per (survey, kiosk) within [day_from, day_to]: participation counts.
    Result<std::vector<ResponseCount>> response_counts(uint32_t day_from, uint32_t day_to);
    TableCounts table_counts();
    // Same as KioskStore::check_integrity (after a crash; reads the whole file).
    Result<void> check_integrity();
    // Row counts plus a hash of every stored value: equal fingerprints mean the store did
    // not change (a rejected import must leave it exactly as it was). Reads everything.
    Result<StoreFingerprint> fingerprint();

    // --- surveys ---
    Result<void> put_survey(std::string_view survey_id, int64_t version, ByteView definition,
                            std::string_view now);
    // version nullopt: the highest stored version.
    Result<std::optional<StoredSurvey>> survey(std::string_view survey_id,
                                               std::optional<int64_t> version = {});
    Result<std::vector<StoredSurvey>> surveys();

    // --- tip ledger ---
    Result<std::vector<TipRow>> tips(const TipFilter& f);
    Result<std::optional<TipRow>> tip(std::string_view case_no);
    Result<std::vector<TipHistoryEntry>> tip_history(std::string_view case_no);
    // Every history entry whose time starts with `at_prefix` ("2026-03").
    Result<std::vector<TipHistoryEntry>> history_in(std::string_view at_prefix);
    // Compare-and-set: Errc::conflict if the tip's status is no longer `from` (another
    // operator changed it), Errc::not_found for an unknown case. Adds a history entry.
    Result<void> set_tip_status(std::string_view case_no, std::string_view from,
                                std::string_view to, std::string_view note, std::string_view now);
    Result<void> set_tip_reply(std::string_view case_no, std::string_view reply,
                               std::string_view lang, std::string_view now);

    // --- counters and retired keys ---
    // Increments and returns the status board version (1 for the first board).
    Result<int64_t> next_board_version();
    // Seal keys replaced by a rotation, so records sealed to them still open.
    Result<void> add_retired_seal_key(const crypto::SealKeyPair& k, std::string_view now);
    Result<std::vector<crypto::SealKeyPair>> retired_seal_keys();

    // --- key rotation (docs/adr/0005-provisioning-and-rotation.md) ---
    // Re-encrypts the whole store under a new 32-byte key (after a bureau key rotation the
    // store key derives from the new seal key, ADR 0004). All or nothing.
    Result<void> rekey(ByteView new_key32);
    // A re-provisioned kiosk's new identity: the row keeps its id (and so its batch chain),
    // its current key moves to the previous keys (batches it signed still import).
    // Errc::not_found for an unknown row, Errc::already_exists if the key is registered.
    Result<BureauKiosk> replace_kiosk_key(int64_t kiosk_row, const crypto::SignPublicKey& pk,
                                          std::string_view now);
    // Keys kiosks had before re-provisioning, as rows (id, name) with the old key.
    Result<std::vector<BureauKiosk>> previous_kiosk_keys();

  private:
    // The SQL toolkit's handle on this store's connection (sk/storage/sql/bureau_db.hpp).
    friend sql::Database& sql::bureau_database(BureauStore& s);
    struct Impl;
    explicit BureauStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace sk::storage
