// Exactly-once import of kiosk batches (issue 4). Per batch: parse -> registered kiosk by
// key id -> signature -> chain check (gap, fork, duplicate) -> open every record in
// parallel -> parse -> one store transaction. A rejected batch leaves the store untouched;
// other batches of the same run still import.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sk/crypto/keys.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/sync/batch.hpp"
#include "sk/sync/chain.hpp"

namespace sk::bureau {

enum class BatchResult { imported, duplicate, rejected };
const char* batch_result_name(BatchResult r);

struct BatchOutcome {
    std::string source;  // file path, or "upload"
    BatchResult result = BatchResult::rejected;
    Errc code = Errc::ok;  // why it was rejected
    std::string reason;    // one line, for rejected batches
    std::optional<crypto::KeyId> kiosk;
    std::string kiosk_name;
    int64_t kiosk_row = 0;
    uint64_t seq = 0;
    crypto::Hash hash{};
    uint64_t records = 0;  // records in the file
    uint64_t records_new = 0;
    uint64_t records_duplicate = 0;
    int64_t batch_id = 0;            // the stored batch (imported or duplicate)
    std::vector<std::string> notes;  // chain observations (gap before it, late arrival)
    std::vector<std::string> new_cases;
};

struct ImportSummary {
    std::vector<BatchOutcome> batches;  // in import order
    size_t imported = 0, duplicate = 0, rejected = 0;
    uint64_t records_new = 0, records_duplicate = 0;
    std::vector<std::string> gaps;  // per kiosk still missing after the run
    size_t skipped_files = 0;       // files in directories that are not batches
};

struct ImportOptions {
    unsigned threads = 0;  // 0: all cores
    std::string now;       // empty: the clock (tests pass a fixed time)
    // Recorded in the audit log with each stored batch ("import", in the batch's own
    // transaction). create_for() sets it from the session; empty (store-level tests and
    // tools on a store without users): no audit rows.
    std::string user;
};

// (records done, records total) after each batch.
using ProgressFn = std::function<void(uint64_t, uint64_t)>;

class Importer {
  public:
    // Loads registered kiosks, chain state and retired seal keys from the store.
    static Result<std::unique_ptr<Importer>> create(storage::BureauStore& store,
                                                    const crypto::BureauSecretKeys& keys,
                                                    ImportOptions opt = {});
    // The same for a user's session: requires Permission::import_batches and records the
    // session's user with every stored batch. The CLI, the server and the desk use this one.
    static Result<std::unique_ptr<Importer>> create_for(Session& s, ImportOptions opt = {});
    ~Importer();

    // One batch file's bytes (the ingest server, tests). Not thread-safe: callers serialise.
    BatchOutcome import_bytes(ByteView file, const std::string& source);

    // Files and directories (directories: every batch file inside, recursively; other
    // files there are skipped). Batches are sorted by (kiosk, seq) first so a USB stick
    // copied in any order imports in chain order. Opening batch k+1 overlaps storing k.
    ImportSummary import_paths(const std::vector<std::filesystem::path>& paths,
                               const ProgressFn& progress = {});

    struct Prepared;

  private:
    Importer(storage::BureauStore& store, ImportOptions opt);
    // `known`: hashes of batches stored before the run (their records are not opened).
    Prepared prepare(ByteView file, const std::string& source,
                     const std::set<crypto::Hash>* known) const;
    BatchOutcome commit(Prepared&& p);
    Result<void> reload_kiosks();
    std::string now() const;
    void summarise_gaps(ImportSummary& s) const;

    storage::BureauStore& store_;
    ImportOptions opt_;
    crypto::SealKeyPair seal_;
    std::vector<crypto::SealKeyPair> retired_;
    crypto::SignPublicKey sign_pk_{};
    std::map<crypto::KeyId, storage::BureauKiosk> kiosks_;
    std::map<int64_t, sync::KioskChainState> chains_;
    std::map<int64_t, std::string> revoked_;  // kiosk row -> when (store/kiosk_revocations)
};

}  // namespace sk::bureau
