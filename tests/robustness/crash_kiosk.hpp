// A provisioned kiosk data directory for the crash loops, closed between uses: the parent
// never keeps a connection open across a fork, and reopens the store after every kill.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/storage/kiosk_store.hpp"

#include "../common/temp_dir.hpp"
#include "crash_harness.hpp"

namespace sk::robustness {

struct CrashKiosk {
    CrashKiosk();  // creates data/ with identity and bureau key, then closes the store

    // An absolute tag replaces TempDir's base directory (std::filesystem's operator/).
    sk::testing::TempDir tmp{(crash_work_dir() / "sk-crash").string()};
    std::filesystem::path data;
    crypto::BureauSecretKeys bureau = crypto::generate_bureau_keys();
    crypto::SignKeyPair kiosk = crypto::generate_sign_keypair();

    // The way the kiosk itself opens it (kiosk_sync::open_kiosk_store: key file, WAL, FULL).
    storage::KioskStore open() const;
};

// Seals a random tip or survey response to the recipients and stores it, exactly as the
// App's submit does (new_record_id, seal_record, insert_record). Returns the record id once
// insert_record returned success, i.e. once the record is durable.
// Same, returning the store's error (disk full) instead of throwing.
Result<crypto::RecordId> try_submit(storage::KioskStore& store,
                                    const std::vector<crypto::SealPublicKey>& recipients,
                                    std::mt19937_64& rng);
crypto::RecordId submit_one(storage::KioskStore& store,
                            const std::vector<crypto::SealPublicKey>& recipients,
                            std::mt19937_64& rng);

// Every record the kiosk still holds: unbatched, and per pending batch.
struct KioskContents {
    std::set<crypto::RecordId> unbatched;
    std::map<uint64_t, std::set<crypto::RecordId>> batched;  // by batch seq
    bool holds(const crypto::RecordId& id) const;
    size_t size() const;
};
KioskContents read_contents(storage::KioskStore& store);

// Applies an acknowledgement of every pending batch, as the kiosk does with a verified ack
// from the bureau, and returns the records that were in them: delivered, and now deleted.
std::set<crypto::RecordId> ack_all(storage::KioskStore& store);
// Batches every unbatched record (BatchWriter::seal_outbox), then ack_all.
std::set<crypto::RecordId> deliver_all(storage::KioskStore& store);

}  // namespace sk::robustness
