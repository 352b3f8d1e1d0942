#include "sk/bureau/store/kiosk_revocations.hpp"

#include "sk/storage/sql/bureau_db.hpp"

namespace sk::bureau::store {

namespace sql = storage::sql;

Result<void> insert_kiosk_revocation(storage::BureauStore& s, int64_t kiosk_row,
                                     std::string_view by, std::string_view now) {
    auto revoked = kiosk_revocations(s);
    if (!revoked) return revoked.error();
    if (revoked->count(kiosk_row) != 0) {
        return Error{Errc::already_exists, "终端已吊销 (the kiosk is revoked already)"};
    }
    auto st = sql::bureau_database(s).prepare(
        "INSERT INTO kiosk_revocations (kiosk_id, revoked_at, revoked_by) VALUES (?, ?, ?)",
        "revoking a kiosk");
    if (!st) return st.error();
    st->bind(1, kiosk_row).bind(2, now).bind(3, by);
    return st->run();
}

Result<std::map<int64_t, KioskRevocation>> kiosk_revocations(storage::BureauStore& s) {
    // A store opened without the bureau's schema steps (the storage layer's base, as old
    // homes before their first unlock) cannot hold a revocation.
    auto has = sql::bureau_database(s).query_int(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'kiosk_revocations'",
        "looking for revocations");
    if (!has) return has.error();
    if (has.value() == 0) return std::map<int64_t, KioskRevocation>{};
    auto st = sql::bureau_database(s).prepare(
        "SELECT kiosk_id, revoked_at, revoked_by FROM kiosk_revocations", "listing revocations");
    if (!st) return st.error();
    std::map<int64_t, KioskRevocation> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out[st->column_int(0)] = KioskRevocation{st->column_text(1), st->column_text(2)};
    }
    return out;
}

}  // namespace sk::bureau::store
