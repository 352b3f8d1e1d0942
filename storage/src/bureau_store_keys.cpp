// BureauStore: key rotation on the bureau side (docs/adr/0005-provisioning-and-rotation.md):
// re-keying the store after a bureau key rotation, and re-provisioned kiosks' new keys.
#include "bureau_store_impl.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

using sql::Transaction;

Result<void> BureauStore::rekey(ByteView new_key32) {
    return impl_->db.rekey(new_key32);
}

Result<BureauKiosk> BureauStore::replace_kiosk_key(int64_t kiosk_row,
                                                   const crypto::SignPublicKey& pk,
                                                   std::string_view now) {
    auto current = kiosk_by_id(kiosk_row);
    if (!current) return current.error();
    if (!current.value())
        return Error{Errc::not_found, "no kiosk row " + std::to_string(kiosk_row)};
    const crypto::KeyId id = crypto::key_id_of(pk);
    auto known = find_kiosk(id);
    if (!known) return known.error();
    if (known.value())
        return Error{Errc::already_exists, "kiosk key " + to_hex(id) +
                                               " is already registered as \"" +
                                               known.value()->name + "\""};
    auto tx = Transaction::begin(impl_->db);
    if (!tx) return tx.error();
    auto keep = impl_->db.prepare(
        "INSERT INTO kiosk_previous_keys (key_id, kiosk_id, pubkey, retired_at) VALUES (?, ?, ?, "
        "?)",
        "keeping the kiosk's previous key");
    if (!keep) return keep.error();
    keep->bind(1, ByteView(current.value()->key_id))
        .bind(2, kiosk_row)
        .bind(3, ByteView(current.value()->pk))
        .bind(4, now);
    SK_TRY(keep->run());
    auto upd = impl_->db.prepare("UPDATE kiosks SET key_id = ?, pubkey = ? WHERE id = ?",
                                 "registering the kiosk's new key");
    if (!upd) return upd.error();
    upd->bind(1, ByteView(id)).bind(2, ByteView(pk)).bind(3, kiosk_row);
    SK_TRY(upd->run());
    SK_TRY(tx->commit());
    auto k = kiosk_by_id(kiosk_row);
    if (!k) return k.error();
    if (!k.value()) return Error{Errc::internal, "kiosk vanished after re-keying"};
    return *k.value();
}

Result<std::vector<BureauKiosk>> BureauStore::previous_kiosk_keys() {
    auto st = impl_->db.prepare(
        "SELECT k.id, p.key_id, p.pubkey, k.name, p.retired_at FROM kiosk_previous_keys p "
        "JOIN kiosks k ON k.id = p.kiosk_id ORDER BY k.name, p.retired_at",
        "listing previous kiosk keys");
    if (!st) return st.error();
    std::vector<BureauKiosk> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(detail::kiosk_from_row(st.value()));
    }
    return out;
}

}  // namespace sk::storage
