// KioskStore: status board and admin PIN state.
#include <algorithm>
#include <string>

#include "kiosk_store_impl.hpp"

namespace sk::storage {

using detail::in_transaction;

namespace {
constexpr size_t kMaxPinHash = 512;
}  // namespace

// ---------------------------------------------------------------- status board

Result<void> KioskStore::put_status_board(uint64_t version, ByteView signed_bytes) {
    if (signed_bytes.empty() || version > static_cast<uint64_t>(INT64_MAX)) {
        return Error{Errc::invalid_argument, "status board version or bytes are invalid"};
    }
    auto& db = impl_->db;
    return in_transaction(db, [&]() -> Result<void> {
        auto cur = db.prepare("SELECT version, signed_bytes FROM status_board WHERE id = 1",
                              "reading the status board");
        if (!cur) return cur.error();
        auto row = cur->step();
        if (!row) return row.error();
        auto cmp = detail::compare_with_installed(*cur, row.value(), version, signed_bytes,
                                                  "status board");
        if (!cmp) return cmp.error();
        if (cmp.value() == detail::Replace::unchanged) return ok();
        auto st = db.prepare(
            "INSERT OR REPLACE INTO status_board (id, version, signed_bytes, installed_at) "
            "VALUES (1, ?, ?, ?)",
            "installing the status board");
        if (!st) return st.error();
        st->bind(1, static_cast<int64_t>(version))
            .bind(2, signed_bytes)
            .bind(3, impl_->day_stamp());
        return st->run();
    });
}

Result<StatusBoard> KioskStore::status_board() const {
    auto st = impl_->db.prepare(
        "SELECT version, signed_bytes, installed_at FROM status_board WHERE id = 1",
        "reading the status board");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return Error{Errc::not_found, "no status board is installed"};
    StatusBoard b;
    b.version = static_cast<uint64_t>(st->column_int(0));
    b.signed_bytes = st->column_blob(1);
    b.installed_at = st->column_int(2);
    return b;
}

// ---------------------------------------------------------------- admin PIN

Result<void> KioskStore::set_pin_hash(std::string_view hash) {
    if (hash.empty() || hash.size() > kMaxPinHash) {
        return Error{Errc::invalid_argument, "PIN hash has an invalid length"};
    }
    auto& db = impl_->db;
    return in_transaction(db, [&]() -> Result<void> {
        auto st = db.prepare("UPDATE admin_pin SET pin_hash = ?, failed_attempts = 0 WHERE id = 1",
                             "storing the PIN hash");
        if (!st) return st.error();
        st->bind(1, hash);
        return st->run();
    });
}

Result<std::optional<std::string>> KioskStore::pin_hash() const {
    auto st =
        impl_->db.prepare("SELECT pin_hash FROM admin_pin WHERE id = 1", "reading the PIN hash");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value() || st->is_null(0)) return std::optional<std::string>();
    return std::optional<std::string>(st->column_text(0));
}

Result<PinAttempts> KioskStore::pin_attempts() const {
    auto st = impl_->db.prepare("SELECT failed_attempts FROM admin_pin WHERE id = 1",
                                "reading PIN attempts");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    PinAttempts a;
    if (!row.value()) return a;
    a.failed = static_cast<uint64_t>(st->column_int(0));
    return a;
}

Result<PinAttempts> KioskStore::record_pin_failure() {
    auto& db = impl_->db;
    return in_transaction(db, [&]() -> Result<PinAttempts> {
        SK_TRY(db.exec("UPDATE admin_pin SET failed_attempts = failed_attempts + 1 WHERE id = 1",
                       "recording a failed PIN attempt"));
        return pin_attempts();
    });
}

Result<void> KioskStore::reset_pin_failures() {
    auto& db = impl_->db;
    return in_transaction(db, [&]() -> Result<void> {
        return db.exec("UPDATE admin_pin SET failed_attempts = 0 WHERE id = 1",
                       "resetting PIN attempts");
    });
}

}  // namespace sk::storage
