// BureauStore: the tip ledger. One row per case (tips), one append-only history row per
// matter (tip_history). Status rules live in the bureau core; the store only guarantees that
// a change and its history row are written together, and that two operators cannot both
// move a case from the same status (compare-and-set).
#include "bureau_store_impl.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

using sql::Statement;
using sql::Transaction;

namespace {

constexpr const char* kTipColumns =
    "SELECT t.id, t.case_no, t.record_id, t.kiosk_id, k.name, t.day, t.category, "
    "t.subcategory, t.unit, t.status, t.reply, t.reply_lang, t.receipt_lookup, t.created_at, "
    "t.updated_at FROM tips t JOIN kiosks k ON k.id = t.kiosk_id ";

TipRow tip_from_row(const Statement& st) {
    TipRow t;
    t.id = st.column_int(0);
    t.case_no = st.column_text(1);
    t.record_id = detail::column_array<crypto::kRecordIdBytes>(st, 2);
    t.kiosk_id = st.column_int(3);
    t.kiosk_name = st.column_text(4);
    t.day = static_cast<uint32_t>(st.column_int(5));
    t.category = st.column_text(6);
    t.subcategory = st.column_text(7);
    t.unit = st.column_text(8);
    t.status = st.column_text(9);
    t.reply = st.column_text(10);
    t.reply_lang = st.column_text(11);
    if (!st.is_null(12)) t.receipt_lookup = detail::column_array<crypto::kHashBytes>(st, 12);
    t.created_at = st.column_text(13);
    t.updated_at = st.column_text(14);
    return t;
}

Result<std::vector<TipHistoryEntry>> read_history(Statement& st) {
    std::vector<TipHistoryEntry> out;
    for (;;) {
        auto row = st.step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back({st.column_text(0), st.column_text(1), st.column_text(2), st.column_text(3),
                       st.column_text(4), st.column_text(5)});
    }
    return out;
}

constexpr const char* kHistoryColumns =
    "SELECT t.case_no, h.at, h.action, h.from_status, h.to_status, h.note "
    "FROM tip_history h JOIN tips t ON t.id = h.tip_id ";

}  // namespace

Result<std::vector<TipRow>> BureauStore::tips(const TipFilter& f) {
    auto st = impl_->db.prepare(std::string(kTipColumns) +
                                    "WHERE (?1 IS NULL OR t.status = ?1) "
                                    "AND t.day BETWEEN ?2 AND ?3 ORDER BY t.case_no",
                                "listing tips");
    if (!st) return st.error();
    if (f.status) {
        st->bind(1, std::string_view(*f.status));
    } else {
        st->bind_null(1);
    }
    st->bind(2, static_cast<int64_t>(f.day_from.value_or(0)))
        .bind(3, static_cast<int64_t>(f.day_to.value_or(99991231)));
    std::vector<TipRow> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(tip_from_row(st.value()));
    }
    return out;
}

Result<std::optional<TipRow>> BureauStore::tip(std::string_view case_no) {
    auto st = impl_->db.prepare(std::string(kTipColumns) + "WHERE t.case_no = ?", "finding a tip");
    if (!st) return st.error();
    st->bind(1, case_no);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<TipRow>();
    return std::optional<TipRow>(tip_from_row(st.value()));
}

Result<std::vector<TipHistoryEntry>> BureauStore::tip_history(std::string_view case_no) {
    auto st = impl_->db.prepare(std::string(kHistoryColumns) + "WHERE t.case_no = ? ORDER BY h.id",
                                "reading a case history");
    if (!st) return st.error();
    st->bind(1, case_no);
    return read_history(st.value());
}

Result<std::vector<TipHistoryEntry>> BureauStore::history_in(std::string_view at_prefix) {
    // substr, not LIKE: the prefix is operator input and must not be read as a pattern.
    auto st = impl_->db.prepare(
        std::string(kHistoryColumns) + "WHERE substr(h.at, 1, length(?1)) = ?1 ORDER BY h.at, h.id",
        "reading the ledger changes");
    if (!st) return st.error();
    st->bind(1, at_prefix);
    return read_history(st.value());
}

Result<void> BureauStore::set_tip_status(std::string_view case_no, std::string_view from,
                                         std::string_view to, std::string_view note,
                                         std::string_view now) {
    auto& db = impl_->db;
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    auto upd = db.prepare(
        "UPDATE tips SET status = ?1, updated_at = ?2 WHERE case_no = ?3 AND status = ?4",
        "changing a case status");
    if (!upd) return upd.error();
    upd->bind(1, to).bind(2, now).bind(3, case_no).bind(4, from);
    SK_TRY(upd->run());
    if (upd->changes() != 1) {
        auto t = tip(case_no);
        if (!t) return t.error();
        if (!t.value()) return Error{Errc::not_found, "no case " + std::string(case_no)};
        return Error{Errc::conflict, "case " + std::string(case_no) + " is now " +
                                         t.value()->status + ", not " + std::string(from) +
                                         " (changed by someone else?)"};
    }
    auto hist = db.prepare(
        "INSERT INTO tip_history (tip_id, at, action, from_status, to_status, note) "
        "SELECT id, ?1, 'status', ?2, ?3, ?4 FROM tips WHERE case_no = ?5",
        "recording a case history");
    if (!hist) return hist.error();
    hist->bind(1, now).bind(2, from).bind(3, to).bind(4, note).bind(5, case_no);
    SK_TRY(hist->run());
    return tx->commit();
}

Result<void> BureauStore::set_tip_reply(std::string_view case_no, std::string_view reply,
                                        std::string_view lang, std::string_view now) {
    auto& db = impl_->db;
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    auto upd = db.prepare(
        "UPDATE tips SET reply = ?1, reply_lang = ?2, updated_at = ?3 WHERE case_no = ?4",
        "setting a case reply");
    if (!upd) return upd.error();
    upd->bind(1, reply).bind(2, lang).bind(3, now).bind(4, case_no);
    SK_TRY(upd->run());
    if (upd->changes() != 1) return Error{Errc::not_found, "no case " + std::string(case_no)};
    auto hist = db.prepare(
        "INSERT INTO tip_history (tip_id, at, action, note) "
        "SELECT id, ?1, 'reply', ?2 FROM tips WHERE case_no = ?3",
        "recording a case history");
    if (!hist) return hist.error();
    hist->bind(1, now).bind(2, reply).bind(3, case_no);
    SK_TRY(hist->run());
    return tx->commit();
}

}  // namespace sk::storage
