// The event log: codes by name, append with pruning, listing.
#include "sk/storage/event_log.hpp"

#include <string>

#include "kiosk_store_impl.hpp"

namespace sk::storage {

using detail::in_transaction;

namespace {

struct CodeName {
    EventCode code;
    std::string_view name;
};

constexpr CodeName kCodeNames[] = {
    {EventCode::unknown, "unknown"},
    {EventCode::kiosk_started, "kiosk_started"},
    {EventCode::kiosk_stopped, "kiosk_stopped"},
    {EventCode::schema_migrated, "schema_migrated"},
    {EventCode::identity_created, "identity_created"},
    {EventCode::bureau_key_installed, "bureau_key_installed"},
    {EventCode::recipient_added, "recipient_added"},
    {EventCode::recipient_removed, "recipient_removed"},
    {EventCode::survey_installed, "survey_installed"},
    {EventCode::survey_removed, "survey_removed"},
    {EventCode::survey_expired, "survey_expired"},
    {EventCode::status_board_installed, "status_board_installed"},
    {EventCode::batch_created, "batch_created"},
    {EventCode::batch_exported, "batch_exported"},
    {EventCode::ack_imported, "ack_imported"},
    {EventCode::import_rejected, "import_rejected"},
    {EventCode::admin_login_ok, "admin_login_ok"},
    {EventCode::admin_login_failed, "admin_login_failed"},
    {EventCode::admin_locked_out, "admin_locked_out"},
    {EventCode::pin_changed, "pin_changed"},
    {EventCode::storage_error, "storage_error"},
    {EventCode::export_failed, "export_failed"},
};

Result<uint64_t> prune(sql::Database& db, size_t keep_last) {
    // Deletes everything older than the keep_last-th newest entry (nothing if fewer).
    auto st = keep_last == 0 ? db.prepare("DELETE FROM event_log", "pruning the event log")
                             : db.prepare(
                                   "DELETE FROM event_log WHERE id < (SELECT id FROM event_log "
                                   "ORDER BY id DESC LIMIT 1 OFFSET ?)",
                                   "pruning the event log");
    if (!st) return st.error();
    if (keep_last != 0) st->bind(1, static_cast<int64_t>(keep_last - 1));
    SK_TRY(st->run());
    return static_cast<uint64_t>(st->changes());
}

}  // namespace

std::string_view event_code_name(EventCode c) {
    for (const auto& cn : kCodeNames) {
        if (cn.code == c) return cn.name;
    }
    return "unknown";
}

EventCode event_code_from_name(std::string_view name) {
    for (const auto& cn : kCodeNames) {
        if (cn.name == name) return cn.code;
    }
    return EventCode::unknown;
}

std::string_view event_level_name(EventLevel l) {
    switch (l) {
        case EventLevel::info:
            return "info";
        case EventLevel::warning:
            return "warning";
        case EventLevel::error:
            return "error";
    }
    return "unknown";
}

Result<void> detail::append_event(Database& db, int64_t day_stamp, EventLevel level, EventCode code,
                                  int64_t number, std::string_view note) {
    auto st = db.prepare(
        "INSERT INTO event_log (time, level, code, number, message) VALUES (?, ?, ?, ?, ?)",
        "writing the event log");
    if (!st) return st.error();
    st->bind(1, day_stamp)
        .bind(2, static_cast<int64_t>(level))
        .bind(3, event_code_name(code))
        .bind(4, number)
        .bind(5, note.substr(0, kMaxEventNoteBytes));
    SK_TRY(st->run());
    auto p = prune(db, kDefaultEventLogKeep);
    if (!p) return p.error();
    return ok();
}

Result<void> KioskStore::log_event(EventLevel level, EventCode code, int64_t number,
                                   EventNote note) {
    auto& db = impl_->db;
    const int64_t now = impl_->day_stamp();
    return in_transaction(db, [&]() -> Result<void> {
        return detail::append_event(db, now, level, code, number, note.text());
    });
}

Result<std::vector<EventEntry>> KioskStore::events(size_t max) const {
    auto st = impl_->db.prepare(
        "SELECT id, time, level, code, number, message FROM event_log ORDER BY id DESC LIMIT ?",
        "reading the event log");
    if (!st) return st.error();
    st->bind(1, max == 0 ? int64_t{-1} : static_cast<int64_t>(max));
    std::vector<EventEntry> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        EventEntry e;
        e.id = st->column_int(0);
        e.time = st->column_int(1);
        const int64_t lvl = st->column_int(2);
        e.level = (lvl >= 0 && lvl <= 2) ? static_cast<EventLevel>(lvl) : EventLevel::error;
        e.code_name = st->column_text(3);
        e.code = event_code_from_name(e.code_name);
        e.number = st->column_int(4);
        e.note = st->column_text(5);
        out.push_back(std::move(e));
    }
    return out;
}

Result<uint64_t> KioskStore::prune_events(size_t keep_last) {
    auto& db = impl_->db;
    return in_transaction(db, [&]() -> Result<uint64_t> { return prune(db, keep_last); });
}

}  // namespace sk::storage
