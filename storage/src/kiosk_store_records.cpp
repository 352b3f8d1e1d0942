// KioskStore: sealed records, counts and the day of the latest tip.
#include <string>

#include "kiosk_store_impl.hpp"

namespace sk::storage {

using detail::in_transaction;

namespace {

// A sealed envelope is at most a few KiB per recipient bucket (crypto/seal.hpp); refuse
// anything absurd rather than let one caller fill the disk.
constexpr size_t kMaxEnvelopeBytes = 256 * 1024;
constexpr size_t kMaxSurveyId = 128;

Result<void> bump_counter(sql::Database& db, const char* name) {
    auto ins = db.prepare("INSERT OR IGNORE INTO counters (name, value) VALUES (?, 0)",
                          "updating a counter");
    if (!ins) return ins.error();
    ins->bind(1, std::string_view(name));
    SK_TRY(ins->run());
    auto up =
        db.prepare("UPDATE counters SET value = value + 1 WHERE name = ?", "updating a counter");
    if (!up) return up.error();
    up->bind(1, std::string_view(name));
    return up->run();
}

// The rowid a record is stored under (schema 7: sealed_records is a rowid table). SQLite's own
// choice (the largest rowid + 1) would number records in the order they arrived, which the
// table must not keep; so the rowid is taken from the record's random id: its first eight
// bytes, or, if another record already holds that rowid (a 1 in 2^63 event), its last eight.
// Rows migrated from schema 6 were numbered 1..n in the order of their random ids.
int64_t rowid_from_id(const crypto::RecordId& id, size_t offset) {
    uint64_t v = 0;
    for (size_t i = 0; i < 8; ++i) v = (v << 8) | id[offset + i];
    return static_cast<int64_t>(v & uint64_t(INT64_MAX));
}

Result<int64_t> free_rowid_for(sql::Database& db, const crypto::RecordId& id) {
    auto st = db.prepare("SELECT count(*) FROM sealed_records WHERE rid = ?", "storing a record");
    if (!st) return st.error();
    for (size_t offset : {size_t{0}, id.size() - 8}) {
        const int64_t rid = rowid_from_id(id, offset);
        st->reset();
        st->bind(1, rid);
        auto row = st->step();
        if (!row) return row.error();
        if (st->column_int(0) == 0) return rid;
    }
    return Error{Errc::conflict, "no free row for this record id; it was not stored"};
}

}  // namespace

bool is_valid_day(Day d) {
    const uint32_t y = d / 10000, m = d / 100 % 100, day = d % 100;
    if (y < 2000 || y > 9999 || m < 1 || m > 12 || day < 1) return false;
    static const uint8_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day <= kDays[m - 1] + ((m == 2 && leap) ? 1u : 0u);
}

namespace detail {

Result<std::vector<StoredRecord>> read_records(Statement& st) {
    std::vector<StoredRecord> out;
    for (;;) {
        auto row = st.step();
        if (!row) return row.error();
        if (!row.value()) break;
        StoredRecord r;
        const int64_t kind = st.column_int(1);
        if (!copy_blob(st.column_blob_view(0), r.id) || (kind != 1 && kind != 2)) {
            return corrupt_row("sealed_records");
        }
        r.kind = static_cast<RecordKind>(kind);
        r.survey_id = st.column_text(2);
        r.day = static_cast<Day>(st.column_int(3));
        r.envelope = st.column_blob(4);
        out.push_back(std::move(r));
    }
    return out;
}

Result<bool> record_stored(sql::Database& db, const RecordId& id, std::string_view what) {
    auto st = db.prepare("SELECT count(*) FROM sealed_records WHERE id = ?", what);
    if (!st) return st.error();
    st->bind(1, ByteView(id));
    auto row = st->step();
    if (!row) return row.error();
    return st->column_int(0) != 0;
}

}  // namespace detail

Result<void> KioskStore::insert_record(const NewRecord& r) {
    const bool tip = r.kind == RecordKind::tip;
    if (r.kind != RecordKind::tip && r.kind != RecordKind::survey_response) {
        return Error{Errc::invalid_argument, "unknown record kind"};
    }
    if (tip != r.survey_id.empty() || r.survey_id.size() > kMaxSurveyId) {
        return Error{Errc::invalid_argument,
                     "a tip has no survey id and a survey response needs one"};
    }
    if (!is_valid_day(r.day)) {
        return Error{Errc::invalid_argument, "record day must be a date as YYYYMMDD"};
    }
    if (r.envelope.empty() || r.envelope.size() > kMaxEnvelopeBytes) {
        return Error{Errc::invalid_argument, "sealed envelope is empty or too large"};
    }
    auto& db = impl_->db;
    auto stored = in_transaction(db, [&]() -> Result<void> {
        auto dup = detail::record_stored(db, r.id, "storing a record");
        if (!dup) return dup.error();
        if (dup.value()) {
            return Error{Errc::already_exists, "a record with this id is already stored"};
        }
        auto rid = free_rowid_for(db, r.id);
        if (!rid) return rid.error();
        auto st = db.prepare(
            "INSERT INTO sealed_records (rid, id, kind, survey_id, day, envelope) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            "storing a record");
        if (!st) return st.error();
        st->bind(1, rid.value())
            .bind(2, ByteView(r.id))
            .bind(3, static_cast<int64_t>(r.kind))
            .bind(4, std::string_view(r.survey_id))
            .bind(5, static_cast<int64_t>(r.day))
            .bind(6, ByteView(r.envelope));
        SK_TRY(st->run());
        SK_TRY(bump_counter(db, tip ? detail::kCounterTips : detail::kCounterResponses));
        if (tip) {
            // The record's own day, nothing finer (threat model 3).
            auto fl = db.prepare("INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)",
                                 "storing a record");
            if (!fl) return fl.error();
            fl->bind(1, std::string_view(detail::kCounterLastTipDay))
                .bind(2, static_cast<int64_t>(r.day));
            SK_TRY(fl->run());
        }
        return ok();
    });
    if (!stored) return stored;
    // Until checkpointed, the WAL holds one page image per commit: replayed commit by commit
    // it would show the order in which records arrived. The record is stored either way, so
    // a failed checkpoint (a reader in another process) is left to the next write.
    (void)db.checkpoint_truncate();
    return ok();
}

Result<RecordCounts> KioskStore::counts() const {
    auto& db = impl_->db;
    RecordCounts c;
    auto st = db.prepare(
        "SELECT r.kind, r.survey_id, m.batch_seq IS NULL, count(*) FROM sealed_records r "
        "INDEXED BY sealed_records_day "  // covers every column used: no ~2 KB row is read
        "LEFT JOIN batch_members m ON m.record_id = r.id GROUP BY 1, 2, 3",
        "counting records");
    if (!st) return st.error();
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        const auto n = static_cast<uint64_t>(st->column_int(3));
        if (st->column_int(0) == static_cast<int64_t>(RecordKind::tip)) {
            c.tips += n;
        } else {
            c.survey_responses += n;
            c.responses_by_survey[st->column_text(1)] += n;
        }
        (st->column_int(2) != 0 ? c.unbatched : c.in_pending_batches) += n;
    }
    auto ctr =
        db.prepare("SELECT name, value FROM counters WHERE name IN (?, ?)", "counting records");
    if (!ctr) return ctr.error();
    ctr->bind(1, std::string_view(detail::kCounterTips))
        .bind(2, std::string_view(detail::kCounterResponses));
    for (;;) {
        auto row = ctr->step();
        if (!row) return row.error();
        if (!row.value()) break;
        const auto v = static_cast<uint64_t>(ctr->column_int(1));
        (ctr->column_text(0) == detail::kCounterTips ? c.submitted_tips_total
                                                     : c.submitted_responses_total) = v;
    }
    return c;
}

Result<std::vector<StoredRecord>> KioskStore::unbatched_records(size_t max,
                                                                const RecordKey* after) const {
    // The day index holds (day, id): the scan reads a ~2 KB row only for a record it returns,
    // and `after` starts it past the records an export has just batched, so exporting n
    // records in batches reads each index entry about once instead of once per batch.
    auto st = impl_->db.prepare(
        "SELECT id, kind, survey_id, day, envelope FROM sealed_records r "
        "INDEXED BY sealed_records_day "
        "WHERE (day, id) > (?, ?) "
        "AND NOT EXISTS (SELECT 1 FROM batch_members m WHERE m.record_id = r.id) "
        "ORDER BY day, id LIMIT ?",
        "listing unbatched records");
    if (!st) return st.error();
    const RecordKey first{};  // day 0 is before every stored day (20000101 at the least)
    const RecordKey& from = after ? *after : first;
    st->bind(1, static_cast<int64_t>(from.day)).bind(2, ByteView(from.id));
    st->bind(3, max == 0 ? int64_t{-1} : static_cast<int64_t>(max));
    return detail::read_records(st.value());
}

Result<std::optional<Day>> KioskStore::last_tip_day() const {
    auto st = impl_->db.prepare("SELECT value FROM counters WHERE name = ?",
                                "reading the day of the latest tip");
    if (!st) return st.error();
    st->bind(1, std::string_view(detail::kCounterLastTipDay));
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<Day>();
    const int64_t d = st->column_int(0);
    if (d < 0 || d > 99991231 || !is_valid_day(static_cast<Day>(d))) {
        return detail::corrupt_row("counters");
    }
    return std::optional<Day>(static_cast<Day>(d));
}

}  // namespace sk::storage
