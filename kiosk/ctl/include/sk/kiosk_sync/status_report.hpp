// What `kioskctl status` shows: counts and versions only, never record content. The same
// numbers the admin screen shows, so an operator can check a kiosk over SSH.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sk/result.hpp"

namespace sk::storage {
class KioskStore;
}

namespace sk::kiosk_sync {

struct InstalledSurvey {
    std::string id;
    uint64_t version = 0;
    std::optional<std::string> expires;  // last day it may be answered, "YYYY-MM-DD"
};

struct StatusReport {
    std::string kiosk_id;  // hex, empty before init
    bool bureau_keys = false;
    uint64_t tips = 0, responses = 0;  // sealed records on the kiosk
    std::map<std::string, uint64_t> responses_by_survey;
    uint64_t unbatched = 0, in_pending_batches = 0;
    uint64_t submitted_tips_total = 0, submitted_responses_total = 0;
    uint64_t batches_pending = 0, batches_acked = 0, last_batch_seq = 0;
    std::vector<InstalledSurvey> surveys;
    std::optional<uint64_t> status_board_version;
    std::optional<std::string> last_export, last_import, last_push, last_sync;

    uint64_t sealed_records() const { return tips + responses; }
};

Result<StatusReport> gather_status(const storage::KioskStore& store);

std::string status_text(const StatusReport& r);
std::string status_json(const StatusReport& r);  // one JSON object, pretty-printed

}  // namespace sk::kiosk_sync
