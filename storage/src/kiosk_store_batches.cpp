// KioskStore: the outbox (hash-chained batches) and acknowledgements.
#include <algorithm>
#include <string>

#include "kiosk_store_impl.hpp"

namespace sk::storage {

using detail::in_transaction;
using sql::Database;

namespace {

constexpr const char* kBatchColumns =
    "SELECT b.seq, hash, prev_hash, day, record_count, created_at, acked_at, file, "
    "f.prefix, f.suffix FROM outbox_batches b LEFT JOIN outbox_frames f ON f.seq = b.seq ";

Result<ChainHead> read_head(Database& db) {
    auto st = db.prepare("SELECT seq, hash FROM outbox_batches ORDER BY seq DESC LIMIT 1",
                         "reading the batch chain");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    ChainHead h;
    if (!row.value()) return h;
    h.seq = static_cast<uint64_t>(st->column_int(0));
    if (!detail::copy_blob(st->column_blob_view(1), h.hash)) {
        return detail::corrupt_row("outbox_batches");
    }
    return h;
}

Result<std::vector<Batch>> read_batches(sql::Statement& st) {
    std::vector<Batch> out;
    for (;;) {
        auto row = st.step();
        if (!row) return row.error();
        if (!row.value()) break;
        Batch b;
        b.seq = static_cast<uint64_t>(st.column_int(0));
        if (!detail::copy_blob(st.column_blob_view(1), b.hash) ||
            !detail::copy_blob(st.column_blob_view(2), b.prev_hash)) {
            return detail::corrupt_row("outbox_batches");
        }
        b.day = static_cast<Day>(st.column_int(3));
        b.record_count = static_cast<uint64_t>(st.column_int(4));
        b.created_at = st.column_int(5);
        if (!st.is_null(6)) b.acked_at = st.column_int(6);
        if (!st.is_null(7)) b.file = st.column_blob(7);
        if (!st.is_null(8) && !st.is_null(9)) {
            b.frame_prefix = st.column_blob(8);
            b.frame_suffix = st.column_blob(9);
        }
        out.push_back(std::move(b));
    }
    return out;
}

Result<bool> ack_known(Database& db, const crypto::Hash& ack_hash) {
    auto st = db.prepare("SELECT count(*) FROM acks WHERE ack_hash = ?", "reading acks");
    if (!st) return st.error();
    st->bind(1, ByteView(ack_hash));
    auto row = st->step();
    if (!row) return row.error();
    return st->column_int(0) != 0;
}

// Checks one ack entry against the stored batch and, if not yet acked, deletes its records
// and marks it acked, inside the caller's transaction. Deleting the records is the point: once
// the bureau holds them, the kiosk must not.
Result<void> ack_one(Database& db, const AckedBatch& e, int64_t now, AckOutcome& out) {
    const std::string name = "batch " + std::to_string(e.seq);
    auto sel = db.prepare(
        "SELECT hash, record_count, acked_at IS NOT NULL FROM outbox_batches "
        "WHERE seq = ?",
        "acknowledging a batch");
    if (!sel) return sel.error();
    sel->bind(1, static_cast<int64_t>(e.seq));
    auto row = sel->step();
    if (!row) return row.error();
    if (!row.value()) {
        return Error{Errc::not_found, "ack names " + name + ", which this kiosk never made"};
    }
    crypto::Hash stored{};
    if (!detail::copy_blob(sel->column_blob_view(0), stored)) {
        return detail::corrupt_row("outbox_batches");
    }
    const auto count = static_cast<uint64_t>(sel->column_int(1));
    const bool acked = sel->column_int(2) != 0;
    sel->reset();  // finish the read before writing the same table
    if (stored != e.batch_hash) {
        return Error{Errc::conflict,
                     "ack names a different file as " + name + " (hash mismatch); nothing deleted"};
    }
    if (count != e.records) {
        return Error{Errc::conflict, "ack says the bureau imported " + std::to_string(e.records) +
                                         " records of " + name + ", which holds " +
                                         std::to_string(count) + "; nothing deleted"};
    }
    if (acked) return ok();  // acked before, by another ack

    // Each record's membership goes with it (ON DELETE CASCADE).
    auto del = db.prepare(
        "DELETE FROM sealed_records WHERE id IN "
        "(SELECT record_id FROM batch_members WHERE batch_seq = ?)",
        "deleting records");
    if (!del) return del.error();
    del->bind(1, static_cast<int64_t>(e.seq));
    SK_TRY(del->run());
    out.records_deleted += static_cast<uint64_t>(del->changes());
    auto up = db.prepare("UPDATE outbox_batches SET acked_at = ?, file = NULL WHERE seq = ?",
                         "acknowledging a batch");
    if (!up) return up.error();
    up->bind(1, now).bind(2, static_cast<int64_t>(e.seq));
    SK_TRY(up->run());
    auto frame = db.prepare("DELETE FROM outbox_frames WHERE seq = ?", "acknowledging a batch");
    if (!frame) return frame.error();
    frame->bind(1, static_cast<int64_t>(e.seq));
    SK_TRY(frame->run());
    ++out.batches_acked;
    return ok();
}

}  // namespace

Result<ChainHead> KioskStore::chain_head() const {
    return read_head(impl_->db);
}

Result<void> KioskStore::assign_batch(const NewBatch& b) {
    if (!is_valid_day(b.day)) {
        return Error{Errc::invalid_argument, "batch day must be a date as YYYYMMDD"};
    }
    if (b.seq == 0 || b.seq > static_cast<uint64_t>(INT64_MAX)) {
        return Error{Errc::invalid_argument, "batch seq must be positive"};
    }
    if (b.frame_prefix.has_value() != b.frame_suffix.has_value() || (b.frame_prefix && b.file)) {
        return Error{Errc::invalid_argument,
                     "a batch keeps either its file or both parts of its frame"};
    }
    auto& db = impl_->db;
    const int64_t now = impl_->day_stamp();
    const auto insert_and_assign = [&]() -> Result<void> {
        auto head = read_head(db);
        if (!head) return head.error();
        if (b.seq != head->seq + 1) {
            return Error{Errc::conflict, "batch " + std::to_string(b.seq) +
                                             " does not follow the last batch " +
                                             std::to_string(head->seq)};
        }
        if (b.prev_hash != head->hash) {
            return Error{Errc::conflict, "batch " + std::to_string(b.seq) +
                                             " does not chain to the hash of batch " +
                                             std::to_string(head->seq)};
        }
        auto ins = db.prepare(
            "INSERT INTO outbox_batches "
            "(seq, hash, prev_hash, day, record_count, created_at, file) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            "creating a batch");
        if (!ins) return ins.error();
        ins->bind(1, static_cast<int64_t>(b.seq))
            .bind(2, ByteView(b.hash))
            .bind(3, ByteView(b.prev_hash))
            .bind(4, static_cast<int64_t>(b.day))
            .bind(5, static_cast<int64_t>(b.record_ids.size()))
            .bind(6, now);
        if (b.file) {
            ins->bind(7, ByteView(*b.file));
        } else {
            ins->bind_null(7);
        }
        SK_TRY(ins->run());
        if (b.frame_prefix) {
            auto fr = db.prepare("INSERT INTO outbox_frames (seq, prefix, suffix) VALUES (?, ?, ?)",
                                 "creating a batch");
            if (!fr) return fr.error();
            fr->bind(1, static_cast<int64_t>(b.seq))
                .bind(2, ByteView(*b.frame_prefix))
                .bind(3, ByteView(*b.frame_suffix));
            SK_TRY(fr->run());
        }
        // One narrow row per record; the ~2 KB record rows are not rewritten. A single-row
        // INSERT needs no statement journal (an INSERT ... SELECT does, with foreign keys
        // on), whose page copies SQLCipher encrypts: ~30 us per record, most of an export.
        // The foreign key refuses an unknown record, OR IGNORE turns "already in a batch"
        // (the primary key) into no change; a failure is then told apart by a read.
        auto add =
            db.prepare("INSERT OR IGNORE INTO batch_members (record_id, batch_seq) VALUES (?, ?)",
                       "assigning records to a batch");
        if (!add) return add.error();
        for (size_t i = 0; i < b.record_ids.size(); ++i) {
            add->reset();
            add->bind(1, ByteView(b.record_ids[i])).bind(2, static_cast<int64_t>(b.seq));
            auto added = add->run();
            if (added && add->changes() == 1) continue;
            auto known = detail::record_stored(db, b.record_ids[i], "assigning records to a batch");
            if (!known) return known.error();
            if (added || !known.value()) {
                return Error{Errc::not_found, "record " + std::to_string(i + 1) + " of " +
                                                  std::to_string(b.record_ids.size()) +
                                                  " is unknown or already in a batch; "
                                                  "the batch was not created"};
            }
            return added.error();
        }
        return detail::append_event(db, now, EventLevel::info, EventCode::batch_created,
                                    static_cast<int64_t>(b.seq), {});
    };
    // Recording a batch drains the kiosk: on a full disk it may spend the reserve.
    return with_reserve([&] { return in_transaction(db, insert_and_assign); });
}

Result<std::vector<Batch>> KioskStore::pending_batches() const {
    auto st = impl_->db.prepare(
        std::string(kBatchColumns) + "WHERE acked_at IS NULL ORDER BY b.seq", "listing batches");
    if (!st) return st.error();
    return read_batches(st.value());
}

Result<Batch> KioskStore::batch(uint64_t seq) const {
    auto st = impl_->db.prepare(std::string(kBatchColumns) + "WHERE b.seq = ?", "reading a batch");
    if (!st) return st.error();
    st->bind(1, static_cast<int64_t>(seq));
    auto v = read_batches(st.value());
    if (!v) return v.error();
    if (v->empty()) return Error{Errc::not_found, "batch " + std::to_string(seq) + " not found"};
    return std::move(v->front());
}

Result<std::vector<StoredRecord>> KioskStore::batch_records(uint64_t seq) const {
    auto st = impl_->db.prepare(
        "SELECT r.id, r.kind, r.survey_id, r.day, r.envelope FROM batch_members m "
        "JOIN sealed_records r ON r.id = m.record_id WHERE m.batch_seq = ? ORDER BY m.record_id",
        "listing the records of a batch");
    if (!st) return st.error();
    st->bind(1, static_cast<int64_t>(seq));
    return detail::read_records(st.value());
}

Result<AckOutcome> KioskStore::apply_ack(const crypto::Hash& ack_hash,
                                         const std::vector<AckedBatch>& batches) {
    auto& db = impl_->db;
    const int64_t now = impl_->day_stamp();
    const auto apply = [&]() -> Result<AckOutcome> {
        AckOutcome out;
        auto known = ack_known(db, ack_hash);
        if (!known) return known.error();
        if (known.value()) return out;
        uint64_t covered = 0;
        for (const AckedBatch& e : batches) {
            SK_TRY(ack_one(db, e, now, out));
            covered = std::max(covered, e.seq);
        }
        auto ins =
            db.prepare("INSERT INTO acks (ack_hash, seq_covered, received_at) VALUES (?, ?, ?)",
                       "recording an ack");
        if (!ins) return ins.error();
        ins->bind(1, ByteView(ack_hash)).bind(2, static_cast<int64_t>(covered)).bind(3, now);
        SK_TRY(ins->run());
        return out;
    };
    // An ack frees the kiosk (its deletes still need WAL space): it may spend the reserve.
    auto r = with_reserve([&] { return in_transaction(db, apply); });
    // Deleted rows are zeroed in the database pages, but their old pages may still sit in
    // the WAL until a checkpoint; fold and truncate it now (best effort).
    if (r && r->records_deleted != 0) (void)db.checkpoint_truncate();
    return r;
}

Result<std::vector<AckInfo>> KioskStore::acks() const {
    auto st = impl_->db.prepare(
        "SELECT ack_hash, seq_covered, received_at FROM acks "
        "ORDER BY received_at DESC, seq_covered DESC",
        "listing acks");
    if (!st) return st.error();
    std::vector<AckInfo> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        AckInfo a;
        if (!detail::copy_blob(st->column_blob_view(0), a.ack_hash)) {
            return detail::corrupt_row("acks");
        }
        a.seq_covered = static_cast<uint64_t>(st->column_int(1));
        a.received_at = st->column_int(2);
        out.push_back(a);
    }
    return out;
}

Result<bool> KioskStore::has_ack(const crypto::Hash& ack_hash) const {
    return ack_known(impl_->db, ack_hash);
}

}  // namespace sk::storage
