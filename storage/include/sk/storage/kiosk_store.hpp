// The kiosk's encrypted store (SQLCipher, raw 256-bit key in "<db>.key", mode 0600).
// Callers never see SQL. Every write is one durable transaction (WAL, synchronous=FULL).
// Not thread-safe: one KioskStore per thread (open another for another thread/process).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/storage/batches.hpp"
#include "sk/storage/event_log.hpp"
#include "sk/storage/kiosk_config.hpp"
#include "sk/storage/records.hpp"
#include "sk/storage/surveys.hpp"

namespace sk::storage {

struct KioskStoreTestAccess;  // tests only (storage/src/test_access.hpp)

// read_write: the kiosk UI. maintenance: read-write for kioskctl, which must work on a full
// disk (see open()). read_only: for looking (kioskctl status), full disk too: the key file
// must exist, nothing is migrated unless the schema is older than this program's, no reserve
// file is made, and every statement that would write fails.
enum class OpenMode { read_write, maintenance, read_only };

class KioskStore {
  public:
    // Opens db_path with the key in key_path_for(db_path). First run (neither file exists):
    // generates a key, writes the key file, creates the database. Errors, none of which change
    // any file: Errc::not_found (database exists but key file missing: restore it from the
    // backup; a new key is never generated over an existing database), Errc::io_error (key file
    // readable by group/others, or a symlink), Errc::bad_format (key file not 32 bytes),
    // Errc::db_wrong_key, Errc::db_not_a_database, Errc::db_newer_schema.
    //
    // maintenance and read_only: a full disk does not stop the open: if SQLite cannot create
    // its shared-memory file ("-shm", 32 KiB), the store reopens with the WAL index in its own
    // memory (other processes, the kiosk UI too, are then locked out until it closes; so the
    // UI's read_write open never does this). A read_write or maintenance open also makes the
    // reserve file when it is missing and the disk has room for it (see below).
    static Result<KioskStore> open(const std::filesystem::path& db_path,
                                   OpenMode mode = OpenMode::read_write);
    // Same, with the caller holding the key (tests, recovery). Creates the database if missing.
    static Result<KioskStore> open_with_key(const std::filesystem::path& db_path, ByteView key32,
                                            OpenMode mode = OpenMode::read_write);
    static std::filesystem::path key_path_for(const std::filesystem::path& db_path);

    // --- reserve: "<db>.reserve", kReserveBytes of zeros allocated on disk while there is
    // room, so that a full disk can still be drained. Only the writes that drain the kiosk
    // spend it: assign_batch and apply_ack delete it and retry once when the disk is full.
    // It comes back at a later read-write open once the disk has room again.
    static constexpr uint64_t kReserveBytes = 16u * 1024u * 1024u;
    static std::filesystem::path reserve_path_for(const std::filesystem::path& db_path);
    bool has_reserve() const;
    // Bytes of new batches (envelopes) that can still be recorded in the outbox, with the
    // reserve, and leave room for the ack that will delete them: a third of the free space
    // (plus the reserve) after a margin, because recording a batch of B bytes needs about
    // 2B of WAL plus B of database growth, and applying its ack about 2B of WAL.
    Result<uint64_t> batch_bytes_that_fit() const;

    KioskStore(KioskStore&&) noexcept;
    KioskStore& operator=(KioskStore&&) noexcept;
    ~KioskStore();

    static int current_schema_version();
    int schema_version() const;  // -1 if it cannot be read
    // Schema version found on open before migrating (0 = created now).
    int opened_at_schema_version() const;
    // Unix seconds used for created/installed/received times; defaults to the system clock.
    void set_clock(std::function<int64_t()> now);

    // --- settings: small text key/values (language, school name, ...). Not for secrets.
    Result<std::optional<std::string>> setting(std::string_view key) const;
    Result<void> set_setting(std::string_view key, std::string_view value);
    Result<void> remove_setting(std::string_view key);

    // --- identity: the kiosk's Ed25519 secret key (64 bytes). The database is encrypted at
    // rest; the key only ever leaves in a SecureBuffer. Errc::already_exists if one is set.
    Result<void> set_identity(const crypto::SecureBuffer& sign_sk);
    Result<crypto::SecureBuffer> identity() const;  // Errc::not_found before provisioning
    // Re-provisioning: replaces the identity in one transaction. The outbox and its batch
    // chain stay; new batches are signed with the new key (ADR 0005).
    Result<void> replace_identity(const crypto::SecureBuffer& sign_sk);

    // --- bureau keys: the 88-byte bureau public key file, verbatim (the caller verifies it).
    Result<void> set_bureau_public(ByteView public_file);  // replaces (key rotation)
    Result<Bytes> bureau_public() const;                   // Errc::not_found if none
    Result<void> add_extra_recipient(const crypto::SealPublicKey& pk, std::string_view label);
    Result<void> remove_extra_recipient(const crypto::SealPublicKey& pk);  // not_found
    Result<std::vector<ExtraRecipient>> extra_recipients() const;

    // --- survey bundles. Installing an older version than the installed one is Errc::conflict
    // (replay); the same version is accepted only with identical bytes.
    Result<void> put_survey_bundle(std::string_view survey_id, uint64_t version,
                                   ByteView signed_bytes, std::optional<int64_t> expires_at);
    Result<std::vector<SurveyBundleInfo>> list_survey_bundles() const;
    Result<SurveyBundle> survey_bundle(std::string_view survey_id) const;  // not_found
    Result<void> remove_survey_bundle(std::string_view survey_id);         // not_found
    Result<uint64_t> remove_expired_survey_bundles(int64_t now);           // how many

    // --- sealed records. One durable transaction that also bumps the lifetime counter and,
    // for tips, the day of the latest tip. Errc::already_exists for a duplicate id,
    // Errc::disk_full when storage is full (nothing is half-written). Then the WAL is folded
    // into the database and truncated (best effort: a reader can hold it back until the next
    // write), so it keeps no page images from which the order of submissions could be read.
    Result<void> insert_record(const NewRecord& r);
    Result<RecordCounts> counts() const;
    // Unbatched records ordered by (day, id): ids are random, so the order says nothing
    // about when records were submitted. max = 0: all. With `after`, only records whose
    // (day, id) comes after it: an export passes the last record of the batch it just made.
    Result<std::vector<StoredRecord>> unbatched_records(size_t max = 0,
                                                        const RecordKey* after = nullptr) const;
    // The day of the latest tip ever stored, if any. Only the day: the anti-flood clock itself
    // lives in the kiosk's memory (a restart on that day counts as a tip just now).
    Result<std::optional<Day>> last_tip_day() const;

    // --- outbox batches (sync/ builds the file; storage keeps the chain and the records).
    Result<ChainHead> chain_head() const;
    // One transaction: inserts the batch, assigns every record to it and logs the event
    // batch_created, or changes nothing (Errc::conflict for a seq/prev_hash that does not extend
    // the chain, Errc::not_found for an id that is unknown or already batched).
    Result<void> assign_batch(const NewBatch& b);
    Result<std::vector<Batch>> pending_batches() const;                   // not yet acked, by seq
    Result<Batch> batch(uint64_t seq) const;                              // not_found
    Result<std::vector<StoredRecord>> batch_records(uint64_t seq) const;  // until acked
    // Applies a verified ack (the caller checked its signature and kiosk id) in one
    // transaction: for each entry, the batch must exist (Errc::not_found) and match the stored
    // hash and record count (Errc::conflict); then the ack is recorded, the batches marked
    // acked, their files dropped and their records deleted for good (secure_delete, then a WAL
    // checkpoint). Any failure changes nothing. Re-applying the same ack (same ack_hash), or
    // an entry for a batch already acked, is harmless and counts nothing.
    Result<AckOutcome> apply_ack(const crypto::Hash& ack_hash,
                                 const std::vector<AckedBatch>& batches);
    Result<std::vector<AckInfo>> acks() const;  // newest first
    Result<bool> has_ack(const crypto::Hash& ack_hash) const;

    // --- status board: only a newer version replaces the stored one (else Errc::conflict).
    Result<void> put_status_board(uint64_t version, ByteView signed_bytes);
    Result<StatusBoard> status_board() const;  // not_found

    // --- admin PIN (an Argon2id string from crypto::hash_pin) and persistent back-off.
    Result<void> set_pin_hash(std::string_view hash);  // also resets failed attempts
    Result<std::optional<std::string>> pin_hash() const;
    Result<PinAttempts> pin_attempts() const;
    Result<PinAttempts> record_pin_failure();  // returns the new state
    Result<void> reset_pin_failures();

    // --- event log (see event_log.hpp for what may go in it).
    Result<void> log_event(EventLevel level, EventCode code, int64_t number = 0,
                           EventNote note = {});
    Result<std::vector<EventEntry>> events(size_t max = 100) const;  // newest first
    Result<uint64_t> prune_events(size_t keep_last);                 // how many removed

    // Folds the WAL into the database file (before a backup or shutdown).
    Result<void> checkpoint();
    // SQLite's integrity check over every table and index page (each is decrypted and
    // authenticated on the way): Errc::db_error naming the problems unless clean. After a
    // crash or a power cut; it reads the whole file.
    Result<void> check_integrity();

  private:
    // Best effort: a missing reserve is made when the disk has room for it and a margin.
    void make_reserve();
    // Deletes the reserve and logs `why`; false if there was none to delete.
    bool release_reserve(EventNote why);
    // Runs a draining write; if the disk is full and the reserve is there, deletes it and
    // runs the write once more.
    template <typename F>
    auto with_reserve(F&& write, EventNote why = "disk full: reserve file released")
        -> decltype(write()) {
        auto r = write();
        if (!r && r.error().code == Errc::disk_full && release_reserve(why)) return write();
        return r;
    }

    struct Impl;
    explicit KioskStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
    friend struct KioskStoreTestAccess;
};

}  // namespace sk::storage
