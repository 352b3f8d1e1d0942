#include "sk/bureau/actions.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/kiosk_revocations.hpp"
#include "sk/sync/kiosk_name.hpp"

namespace sk::bureau {

namespace {

store::AuditEvent event(const Session& s, std::string_view now, std::string_view action,
                        std::string_view kind, std::string_view id) {
    store::AuditEvent e;
    e.at = std::string(now);
    e.user = s.actor.user;
    e.action = std::string(action);
    e.object_kind = std::string(kind);
    e.object_id = std::string(id);
    return e;
}

}  // namespace

Result<void> perform(Session& s, Permission p, store::AuditEvent e, std::string_view now,
                     const std::function<Result<void>()>& change) {
    SK_TRY(authorize(s.actor, p));
    e.at = std::string(now);
    e.user = s.actor.user;
    return store::audited(s.store, e, change);
}

// Since schema 5 the tip ledger is the case ledger: both forward to casework.hpp, which
// authorizes, checks the transition table and writes the case history and audit row.
Result<void> change_case_status(Session& s, std::string_view case_no, std::string_view status,
                                std::string_view note, std::string_view now) {
    return change_case_status(s.store, s.actor, case_no, status, note, now);
}

Result<void> change_case_reply(Session& s, std::string_view case_no, std::string_view text,
                               std::string_view lang, std::string_view now) {
    return reply_case(s.store, s.actor, case_no, text, lang, now);
}

Result<storage::BureauKiosk> register_kiosk(Session& s, const crypto::SignPublicKey& pk,
                                            std::string_view name, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_kiosks));
    SK_TRY(sync::check_kiosk_name(name));
    storage::BureauKiosk out;
    SK_TRY(store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto k = s.store.add_kiosk(pk, name, now);
        if (!k) return k.error();
        out = k.value();
        store::AuditEvent e = event(s, now, "kiosk.add", "kiosk", out.name);
        e.after = "key " + to_hex(out.key_id);
        return e;
    }));
    return out;
}

Result<storage::BureauKiosk> rename_kiosk(Session& s, int64_t kiosk_row, std::string_view name,
                                          std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_kiosks));
    SK_TRY(sync::check_kiosk_name(name));
    storage::BureauKiosk out;
    SK_TRY(store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto before = s.store.kiosk_by_id(kiosk_row);
        if (!before) return before.error();
        if (!before.value()) return Error{Errc::not_found, "没有此终端 (no such kiosk)"};
        auto k = s.store.rename_kiosk(kiosk_row, name);
        if (!k) return k.error();
        out = k.value();
        store::AuditEvent e = event(s, now, "kiosk.rename", "kiosk", to_hex(out.key_id));
        e.before = before.value()->name;
        e.after = out.name;
        return e;
    }));
    return out;
}

Result<void> revoke_kiosk(Session& s, int64_t kiosk_row, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_kiosks));
    return store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto k = s.store.kiosk_by_id(kiosk_row);
        if (!k) return k.error();
        if (!k.value()) return Error{Errc::not_found, "没有此终端 (no such kiosk)"};
        SK_TRY(store::insert_kiosk_revocation(s.store, kiosk_row, s.actor.user, now));
        store::AuditEvent e = event(s, now, "kiosk.revoke", "kiosk", to_hex(k.value()->key_id));
        e.before = k.value()->name;
        e.after = "revoked";
        return e;
    });
}

Result<storage::BureauKiosk> rekey_kiosk(Session& s, std::string_view name,
                                         const crypto::SignPublicKey& pk, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::manage_kiosks));
    auto kiosks = s.store.list_kiosks();
    if (!kiosks) return kiosks.error();
    const storage::BureauKiosk* found = nullptr;
    for (const auto& k : kiosks.value())
        if (k.name == name) found = &k;
    if (found == nullptr) {
        return Error{Errc::not_found, "no kiosk named \"" + std::string(name) + "\" is registered"};
    }
    storage::BureauKiosk out;
    SK_TRY(store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto k = s.store.replace_kiosk_key(found->id, pk, now);
        if (!k) return k.error();
        out = k.value();
        store::AuditEvent e = event(s, now, "kiosk.rekey", "kiosk", out.name);
        e.before = "key " + to_hex(found->key_id);
        e.after = "key " + to_hex(out.key_id);
        return e;
    }));
    return out;
}

Result<std::optional<AckFile>> acknowledge_kiosk(Session& s, const storage::BureauKiosk& kiosk,
                                                 AckScope scope, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::import_batches));
    std::optional<AckFile> out;
    auto r = store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto a = ack_kiosk(s.store, s.keys, kiosk, scope, now);
        if (!a) return a.error();
        out = std::move(a.value());
        store::AuditEvent e = event(s, now, "ack", "kiosk", kiosk.name);
        e.after = out ? std::to_string(out->batch_ids.size()) + " batch(es) up to " +
                            std::to_string(out->last_seq)
                      : "nothing to acknowledge";
        return e;
    });
    if (!r) return r.error();
    return out;
}

Result<BoardFile> publish_board(Session& s, std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::edit_cases));
    BoardFile out;
    SK_TRY(store::audited(s.store, [&]() -> Result<store::AuditEvent> {
        auto b = build_board(s.store, s.keys, now);
        if (!b) return b.error();
        out = std::move(b.value());
        store::AuditEvent e = event(s, now, "board.publish", "board", std::to_string(out.version));
        e.after = std::to_string(out.entries) + " cases";
        return e;
    }));
    return out;
}

Result<void> record_export(Session& s, std::string_view what, std::string_view detail,
                           std::string_view now) {
    SK_TRY(authorize(s.actor, Permission::export_identifiable));
    store::AuditEvent e = event(s, now, "export", "export", what);
    e.after = std::string(detail);
    return store::audited(s.store, e, []() -> Result<void> { return ok(); });
}

}  // namespace sk::bureau
