// What a user does to the ledger, kiosks, acks, boards and exports, as the CLI and the desk
// call it: each function authorizes the session's Actor (authorize.hpp) and records the
// change in the audit log in the same transaction (sk/bureau/store/audit.hpp). The plain
// store-level functions they wrap (ledger.hpp, acks.hpp, BureauStore) stay for tests and
// for code that has already done both.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "sk/bureau/acks.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/status_board.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// The general form of everything below: authorize `p`, then run `change` and append `e`
// (e.at, e.user are filled from `now` and the session) in one transaction.
Result<void> perform(Session& s, Permission p, store::AuditEvent e, std::string_view now,
                     const std::function<Result<void>()>& change);

// Forward to the case ledger (casework.hpp: edit_cases, the transition table, audit rows
// "case.status" and "case.reply"); kept for callers written before casework.
Result<void> change_case_status(Session& s, std::string_view case_no, std::string_view status,
                                std::string_view note, std::string_view now);
Result<void> change_case_reply(Session& s, std::string_view case_no, std::string_view text,
                               std::string_view lang, std::string_view now);

// manage_kiosks; audit "kiosk.add" / "kiosk.rekey" (object: the kiosk's name). A new
// kiosk's name must pass sync::check_kiosk_name.
Result<storage::BureauKiosk> register_kiosk(Session& s, const crypto::SignPublicKey& pk,
                                            std::string_view name, std::string_view now);
Result<storage::BureauKiosk> rekey_kiosk(Session& s, std::string_view name,
                                         const crypto::SignPublicKey& pk, std::string_view now);
// manage_kiosks; the name rule of sync::check_kiosk_name; audit "kiosk.rename" (object: the
// kiosk's key id, before/after: the names). Errc::not_found for an unknown row,
// Errc::already_exists if another kiosk has the name.
Result<storage::BureauKiosk> rename_kiosk(Session& s, int64_t kiosk_row, std::string_view name,
                                          std::string_view now);

// manage_kiosks; audit "kiosk.revoke" (object: the kiosk's key id, before: its name). From
// then on the importer refuses batches signed by any key the kiosk had. Not undone: a kiosk
// back in service is provisioned and registered anew. Errc::already_exists if revoked.
Result<void> revoke_kiosk(Session& s, int64_t kiosk_row, std::string_view now);

// import_batches; audit "ack" (after: batch count and highest seq).
Result<std::optional<AckFile>> acknowledge_kiosk(Session& s, const storage::BureauKiosk& kiosk,
                                                 AckScope scope, std::string_view now);

// edit_cases (the board carries replies to tipsters); audit "board.publish".
Result<BoardFile> publish_board(Session& s, std::string_view now);

// export_identifiable; audit "export" (object_kind "export", object_id `what`, after
// `detail`, e.g. "1234 rows -> out.csv"). Call before writing the file: an export that
// cannot be recorded does not happen.
Result<void> record_export(Session& s, std::string_view what, std::string_view detail,
                           std::string_view now);

}  // namespace sk::bureau
