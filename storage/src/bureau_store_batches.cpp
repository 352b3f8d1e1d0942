// BureauStore: imported batches, decrypted records and chain events. store_batch is the
// heart of exactly-once import: the batch row, its records and the new ledger cases go in
// one transaction with prepared statements reused per row, so a failure leaves nothing.
#include <cstdio>

#include "bureau_store_impl.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

using sql::Statement;
using sql::Transaction;

namespace {

constexpr const char* kBatchColumns =
    "SELECT id, kiosk_id, seq, hash, prev_hash, day, record_count, new_records, imported_at, "
    "acked_at FROM batches ";

ImportedBatch batch_from_row(const Statement& st) {
    ImportedBatch b;
    b.id = st.column_int(0);
    b.kiosk_id = st.column_int(1);
    b.seq = static_cast<uint64_t>(st.column_int(2));
    b.hash = detail::column_array<crypto::kHashBytes>(st, 3);
    b.prev_hash = detail::column_array<crypto::kHashBytes>(st, 4);
    b.day = static_cast<uint32_t>(st.column_int(5));
    b.record_count = static_cast<uint32_t>(st.column_int(6));
    b.new_records = static_cast<uint32_t>(st.column_int(7));
    b.imported_at = st.column_text(8);
    if (!st.is_null(9)) b.acked_at = st.column_text(9);
    return b;
}

// "T-2026-0001": per-year sequence kept in meta, advanced inside the import transaction so
// a rolled-back import does not burn case numbers.
Result<std::string> next_case_no(Statement& seed, Statement& bump, Statement& read, uint32_t day) {
    const std::string year = std::to_string(day / 10000);
    const std::string key = "case_seq_" + year;
    // SQLCipher 3.4 is SQLite 3.15: no UPSERT, so seed the counter, then bump it.
    for (Statement* st : {&seed, &bump}) {
        st->reset();
        st->bind(1, std::string_view(key));
        SK_TRY(st->run());
    }
    read.reset();
    read.bind(1, std::string_view(key));
    auto row = read.step();
    if (!row) return row.error();
    if (!row.value()) return Error{Errc::internal, "case counter missing"};
    char buf[32];
    std::snprintf(buf, sizeof buf, "T-%s-%04lld", year.c_str(),
                  static_cast<long long>(read.column_int(0)));
    return std::string(buf);
}

}  // namespace

Result<std::vector<ImportedBatch>> BureauStore::batches_of(int64_t kiosk_id) {
    auto st = impl_->db.prepare(std::string(kBatchColumns) + "WHERE kiosk_id = ? ORDER BY seq",
                                "listing batches");
    if (!st) return st.error();
    st->bind(1, kiosk_id);
    std::vector<ImportedBatch> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(batch_from_row(st.value()));
    }
    return out;
}

Result<std::optional<ImportedBatch>> BureauStore::batch_by_seq(int64_t kiosk_id, uint64_t seq) {
    auto st = impl_->db.prepare(std::string(kBatchColumns) + "WHERE kiosk_id = ? AND seq = ?",
                                "finding a batch");
    if (!st) return st.error();
    st->bind(1, kiosk_id).bind(2, static_cast<int64_t>(seq));
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<ImportedBatch>();
    return std::optional<ImportedBatch>(batch_from_row(st.value()));
}

Result<StoredBatchOutcome> BureauStore::store_batch(const BatchToStore& b) {
    auto& db = impl_->db;
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    {
        auto dup = batch_by_seq(b.kiosk_id, b.seq);
        if (!dup) return dup.error();
        if (dup.value()) {
            return Error{Errc::conflict,
                         "batch " + std::to_string(b.seq) + " of this kiosk is already stored"};
        }
    }
    auto ins_batch = db.prepare(
        "INSERT INTO batches (kiosk_id, seq, hash, prev_hash, day, record_count, new_records, "
        "imported_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
        "storing a batch");
    if (!ins_batch) return ins_batch.error();
    ins_batch->bind(1, b.kiosk_id)
        .bind(2, static_cast<int64_t>(b.seq))
        .bind(3, ByteView(b.hash))
        .bind(4, ByteView(b.prev_hash))
        .bind(5, static_cast<int64_t>(b.day))
        .bind(6, static_cast<int64_t>(b.records.size()))
        .bind(7, std::string_view(b.now));
    SK_TRY(ins_batch->run());
    StoredBatchOutcome out;
    out.batch_id = db.query_int("SELECT last_insert_rowid()", "reading the batch id").value();

    auto ins_rec = db.prepare(
        "INSERT OR IGNORE INTO records (record_id, kind, batch_id, kiosk_id, day, survey_id, "
        "survey_version, plaintext) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        "storing a record");
    auto ins_tip = db.prepare(
        "INSERT INTO tips (case_no, record_id, kiosk_id, day, category, subcategory, unit, "
        "receipt_lookup, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
        "opening a case");
    auto ins_hist = db.prepare(
        "INSERT INTO tip_history (tip_id, at, action, to_status, note) "
        "VALUES (last_insert_rowid(), ?, 'created', 'new', ?)",
        "recording a case history");
    auto seed = db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES (?, 0)",
                           "starting the case counter");
    auto bump =
        db.prepare("UPDATE meta SET value = value + 1 WHERE key = ?", "advancing the case counter");
    auto read = db.prepare("SELECT value FROM meta WHERE key = ?", "reading the case counter");
    for (auto* r : {&ins_rec, &ins_tip, &ins_hist, &seed, &bump, &read}) {
        if (!*r) return r->error();
    }

    for (const DecryptedRecord& r : b.records) {
        ins_rec->reset();
        ins_rec->bind(1, ByteView(r.id))
            .bind(2, static_cast<int64_t>(r.kind))
            .bind(3, out.batch_id)
            .bind(4, b.kiosk_id)
            .bind(5, static_cast<int64_t>(b.day))
            .bind(6, std::string_view(r.survey_id))
            .bind(7, r.survey_version)
            .bind(8, r.plaintext);
        SK_TRY(ins_rec->run());
        if (ins_rec->changes() == 0) {
            ++out.records_duplicate;
            continue;
        }
        ++out.records_new;
        if (r.kind != crypto::RecordKind::tip) continue;
        auto case_no = next_case_no(seed.value(), bump.value(), read.value(), b.day);
        if (!case_no) return case_no.error();
        ins_tip->reset();
        ins_tip->bind(1, std::string_view(case_no.value()))
            .bind(2, ByteView(r.id))
            .bind(3, b.kiosk_id)
            .bind(4, static_cast<int64_t>(b.day))
            .bind(5, std::string_view(r.category))
            .bind(6, std::string_view(r.subcategory))
            .bind(7, std::string_view(r.unit))
            .bind(9, std::string_view(b.now))
            .bind(10, std::string_view(b.now));
        if (r.receipt_lookup) {
            ins_tip->bind(8, ByteView(*r.receipt_lookup));
        } else {
            ins_tip->bind_null(8);
        }
        SK_TRY(ins_tip->run());
        ins_hist->reset();
        const std::string note = "imported in batch " + std::to_string(b.seq);
        ins_hist->bind(1, std::string_view(b.now)).bind(2, std::string_view(note));
        SK_TRY(ins_hist->run());
        out.new_cases.push_back(std::move(case_no.value()));
    }

    auto upd = db.prepare("UPDATE batches SET new_records = ? WHERE id = ?", "counting records");
    if (!upd) return upd.error();
    upd->bind(1, static_cast<int64_t>(out.records_new)).bind(2, out.batch_id);
    SK_TRY(upd->run());

    auto ins_note = db.prepare(
        "INSERT INTO chain_events (kiosk_id, seq, kind, detail, at) VALUES (?, ?, ?, ?, ?)",
        "recording a chain event");
    if (!ins_note) return ins_note.error();
    for (const ChainNote& n : b.notes) {
        ins_note->reset();
        ins_note->bind(1, b.kiosk_id)
            .bind(2, static_cast<int64_t>(n.seq))
            .bind(3, std::string_view(n.kind))
            .bind(4, std::string_view(n.detail))
            .bind(5, std::string_view(b.now));
        SK_TRY(ins_note->run());
    }
    SK_TRY(tx->commit());
    return out;
}

Result<void> BureauStore::mark_acked(const std::vector<int64_t>& batch_ids, std::string_view now) {
    auto tx = Transaction::begin(impl_->db);
    if (!tx) return tx.error();
    auto st = impl_->db.prepare("UPDATE batches SET acked_at = ? WHERE id = ?", "marking acked");
    if (!st) return st.error();
    for (int64_t id : batch_ids) {
        st->reset();
        st->bind(1, now).bind(2, id);
        SK_TRY(st->run());
    }
    return tx->commit();
}

Result<std::vector<ChainEvent>> BureauStore::chain_events(std::optional<int64_t> kiosk_id) {
    auto st = impl_->db.prepare(
        kiosk_id ? "SELECT kiosk_id, seq, kind, detail, at FROM chain_events WHERE kiosk_id = ? "
                   "ORDER BY id"
                 : "SELECT kiosk_id, seq, kind, detail, at FROM chain_events ORDER BY id",
        "listing chain events");
    if (!st) return st.error();
    if (kiosk_id) st->bind(1, *kiosk_id);
    std::vector<ChainEvent> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back({st->column_int(0), static_cast<uint64_t>(st->column_int(1)),
                       st->column_text(2), st->column_text(3), st->column_text(4)});
    }
    return out;
}

Result<std::optional<crypto::SecureBuffer>> BureauStore::record_plaintext(
    const crypto::RecordId& id) {
    auto st =
        impl_->db.prepare("SELECT plaintext FROM records WHERE record_id = ?", "reading a record");
    if (!st) return st.error();
    st->bind(1, ByteView(id));
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<crypto::SecureBuffer>();
    return std::optional<crypto::SecureBuffer>(crypto::SecureBuffer(st->column_blob_view(0)));
}

Result<void> BureauStore::for_each_response(std::string_view survey_id,
                                            std::optional<uint32_t> day_from,
                                            std::optional<uint32_t> day_to,
                                            const std::function<void(const StoredResponse&)>& fn) {
    // Ordered by record id (random), never by import order: reports and exports must not
    // hint at when a response arrived relative to others.
    auto st = impl_->db.prepare(
        "SELECT r.record_id, r.kiosk_id, k.name, r.day, r.survey_id, r.survey_version, "
        "r.plaintext FROM records r JOIN kiosks k ON k.id = r.kiosk_id "
        "WHERE r.kind = 2 AND (?1 = '' OR r.survey_id = ?1) AND r.day BETWEEN ?2 AND ?3 "
        "ORDER BY r.survey_id, r.record_id",
        "reading responses");
    if (!st) return st.error();
    st->bind(1, survey_id)
        .bind(2, static_cast<int64_t>(day_from.value_or(0)))
        .bind(3, static_cast<int64_t>(day_to.value_or(99991231)));
    StoredResponse r;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        r.id = detail::column_array<crypto::kRecordIdBytes>(st.value(), 0);
        r.kiosk_id = st->column_int(1);
        r.kiosk_name = st->column_text(2);
        r.day = static_cast<uint32_t>(st->column_int(3));
        r.survey_id = st->column_text(4);
        r.survey_version = st->column_int(5);
        r.plaintext = st->column_blob_view(6);
        fn(r);
    }
    return ok();
}

Result<std::vector<ResponseCount>> BureauStore::response_counts(uint32_t day_from,
                                                                uint32_t day_to) {
    auto st = impl_->db.prepare(
        "SELECT r.survey_id, r.kiosk_id, k.name, count(*) FROM records r "
        "JOIN kiosks k ON k.id = r.kiosk_id WHERE r.kind = 2 AND r.day BETWEEN ? AND ? "
        "GROUP BY r.survey_id, r.kiosk_id ORDER BY r.survey_id, k.name",
        "counting responses");
    if (!st) return st.error();
    st->bind(1, static_cast<int64_t>(day_from)).bind(2, static_cast<int64_t>(day_to));
    std::vector<ResponseCount> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(
            {st->column_text(0), st->column_int(1), st->column_text(2), st->column_int(3)});
    }
    return out;
}

}  // namespace sk::storage
