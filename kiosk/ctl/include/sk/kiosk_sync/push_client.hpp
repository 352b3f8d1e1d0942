// Network sync, the second transport (`kioskctl push`): the kiosk posts each outbox batch
// to the bureau's ingest server (`bureau serve`, POST /v1/batches) and imports the signed
// ack it gets back, exactly as if the ack had come on a USB stick. It then fetches the
// published survey bundles (GET /v1/bundles, /v1/bundles/NAME) and status board
// (GET /v1/board) and imports them the same way. The kiosk only makes outgoing requests;
// it never listens on a port. Nothing from the server is trusted unsigned: every reply is
// verified by BureauFileImporter.
#pragma once

#include <cstdint>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

struct PushOptions {
    std::string url;            // "http://127.0.0.1:8443" (https:// too)
    bool fetch_updates = true;  // also fetch bundles and the board
    int connect_timeout_s = 10;
    int read_timeout_s = 120;  // the bureau imports the batch before answering
};

struct PushedBatch {
    uint64_t seq = 0;
    uint64_t records = 0;
    bool accepted = false;
    std::string message;  // the server's one-line reason when refused
};

struct PushResult {
    std::vector<PushedBatch> batches;
    ImportSummary imported;  // acks, bundles and board from the server
    uint64_t failed = 0;     // batches the server refused or could not be sent
};

// Progress: (batches sent, batches to send).
using PushProgress = std::function<void(uint64_t done, uint64_t total)>;

// Errc::io_error if the server cannot be reached at all (nothing changed on the kiosk).
Result<PushResult> push(storage::KioskStore& store, const PushOptions& opt, std::time_t now,
                        const PushProgress& progress = nullptr);

}  // namespace sk::kiosk_sync
