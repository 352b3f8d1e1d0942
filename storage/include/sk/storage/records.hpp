// Sealed records as the kiosk stores them: only sealed bytes and the minimum metadata the
// outbox needs. A record has a calendar day, never a timestamp.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "sk/bytes.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/seal.hpp"

namespace sk::storage {

using RecordId = crypto::RecordId;
using RecordKind = crypto::RecordKind;

// Calendar day as YYYYMMDD (e.g. 20240917), in the kiosk's local time zone (caller's choice).
using Day = uint32_t;
bool is_valid_day(Day d);

struct NewRecord {
    RecordId id{};
    RecordKind kind = RecordKind::tip;
    std::string survey_id;  // empty for tips; required for survey responses
    Day day = 0;
    Bytes envelope;  // from crypto::seal_record; stored verbatim
};

// Where a record sits in the (day, id) order of unbatched records.
struct RecordKey {
    Day day = 0;
    RecordId id{};
};

struct StoredRecord {
    RecordId id{};
    RecordKind kind = RecordKind::tip;
    std::string survey_id;
    Day day = 0;
    Bytes envelope;
};

// Records still on the kiosk (i.e. not yet acknowledged by the bureau), plus lifetime counters.
struct RecordCounts {
    uint64_t tips = 0;                                    // stored tips
    uint64_t survey_responses = 0;                        // stored responses
    std::map<std::string, uint64_t> responses_by_survey;  // stored responses per survey id
    uint64_t unbatched = 0;                               // not yet in a batch
    uint64_t in_pending_batches = 0;                      // batched, waiting for an ack
    uint64_t submitted_tips_total = 0;                    // ever submitted on this kiosk
    uint64_t submitted_responses_total = 0;
};

}  // namespace sk::storage
