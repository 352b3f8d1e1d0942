// Import of the files the bureau sends a kiosk (USB folder or push response): signed
// acknowledgements, survey bundles and status boards. Each file is routed by its signed
// context (sync::classify_file), verified against the bureau's signing key and applied on
// its own; one refused file never stops the others (docs/THREAT_MODEL.md P6).
//
// - ack: must name this kiosk, and every (seq, hash, record count) must match a batch in
//   this kiosk's outbox; then the acknowledged records are deleted for good. A mismatch
//   refuses the whole ack and deletes nothing.
// - survey bundle: signature, not expired, parses as a survey, id/version consistent,
//   newer than the installed version; otherwise refused and the installed survey stays.
// - status board: signature, newer than the installed board.
// - key rotation statement: signed by the bureau key this kiosk trusts and counter-signed
//   by the new one; from then on records are sealed to, and bureau files verified with, the
//   new key. import_dir applies rotations before every other file.
// - a batch (ours, lying on the same stick) is ignored, not refused.
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

enum class ImportAction {
    ack_applied,  // records purged (or ack already applied: nothing to do)
    survey_installed,
    board_installed,
    key_rotated,        // bureau keys replaced by a verified rotation statement
    already_installed,  // identical bundle or board already there
    ignored,            // not addressed to a kiosk (e.g. a batch file)
    refused,
};
const char* import_action_name(ImportAction a);

struct FileOutcome {
    std::string file;  // name only, for messages
    ImportAction action = ImportAction::refused;
    std::string message;  // one line: what was done, or why it was refused
    uint64_t batches_acked = 0;
    uint64_t records_deleted = 0;
    bool refused() const { return action == ImportAction::refused; }
};

struct ImportSummary {
    std::vector<FileOutcome> files;
    uint64_t acks = 0, batches_acked = 0, records_deleted = 0;
    uint64_t surveys = 0, boards = 0, rotations = 0, refused = 0;
    void add(FileOutcome o);
};

class BureauFileImporter {
  public:
    // `now` gives the local day for survey expiry and the times noted for status.
    BureauFileImporter(storage::KioskStore& store, std::time_t now);

    FileOutcome import_bytes(const std::string& name, ByteView file);
    FileOutcome import_file(const std::filesystem::path& path);
    // Every regular file directly in `dir`, by name. Errc::not_found if `dir` is missing.
    Result<ImportSummary> import_dir(const std::filesystem::path& dir);

  private:
    FileOutcome import_ack(const std::string& name, ByteView file);
    FileOutcome import_bundle(const std::string& name, ByteView file);
    FileOutcome import_board(const std::string& name, ByteView file);
    FileOutcome import_rotation(const std::string& name, ByteView file);
    FileOutcome refuse(const std::string& name, const std::string& why);

    storage::KioskStore& store_;
    std::time_t now_;
};

// Files larger than this are refused unread (a batch is the largest thing that may lie on
// the stick; bureau files are far smaller).
constexpr size_t kMaxImportFileBytes = 17u * 1024u * 1024u;

}  // namespace sk::kiosk_sync
