// KioskStore's private state and helpers shared by its .cpp files.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "sk/storage/sql/database.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

struct KioskStore::Impl {
    sql::Database db;
    std::function<int64_t()> now;
    int opened_at_version = 0;
    // What the kiosk writes as a time (created, installed, received, acked, logged): the
    // local midnight starting the current day, never a finer time (threat model 3).
    int64_t day_stamp() const;
};

namespace detail {

using sql::Database;
using sql::in_transaction;
using sql::Statement;
using sql::Transaction;

// Survey bundles and status boards are replaced only by a newer version; re-installing the
// identical file is a no-op, anything else is a replay (Errc::conflict). `cur` has been stepped
// onto the installed row (columns: version, signed_bytes) when `installed` is true.
enum class Replace { install, unchanged };
inline Result<Replace> compare_with_installed(Statement& cur, bool installed, uint64_t version,
                                              ByteView signed_bytes, const std::string& what) {
    if (!installed) return Replace::install;
    const auto have = static_cast<uint64_t>(cur.column_int(0));
    const ByteView old = cur.column_blob_view(1);
    const bool same =
        old.size == signed_bytes.size && std::equal(old.begin(), old.end(), signed_bytes.begin());
    if (version == have && same) return Replace::unchanged;
    if (version <= have) {
        return Error{Errc::conflict, what + " version " + std::to_string(version) +
                                         " is not newer than the installed version " +
                                         std::to_string(have)};
    }
    return Replace::install;
}

// Fixed-size blob column into an array; false if the stored size differs.
template <size_t N>
bool copy_blob(ByteView v, std::array<uint8_t, N>& out) {
    if (v.size != N) return false;
    std::copy(v.begin(), v.end(), out.begin());
    return true;
}

Error corrupt_row(std::string_view table);

// Whether a sealed record with this id is stored (`what` names the operation for errors).
Result<bool> record_stored(Database& db, const RecordId& id, std::string_view what);

// Reads rows of (id, kind, survey_id, day, envelope) until done.
Result<std::vector<StoredRecord>> read_records(Statement& st);

// Appends one event (and prunes the log) inside the caller's transaction: for an event that
// belongs to a write, such as a batch's creation, so it costs no commit of its own.
Result<void> append_event(Database& db, int64_t day_stamp, EventLevel level, EventCode code,
                          int64_t number, std::string_view note);

// Counter names in the counters table.
constexpr const char* kCounterTips = "submitted.tip";
constexpr const char* kCounterResponses = "submitted.survey_response";
constexpr const char* kCounterLastTipDay = "flood.last_tip_day";

}  // namespace detail
}  // namespace sk::storage
