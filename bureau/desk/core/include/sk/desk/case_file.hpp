// One open case: its tips row and case-ledger row, history, the decrypted tip (kept in
// SecretText fields and wiped when the case is closed or the desk locks) and the statuses
// it may move to (asked of the casework core's transition table, never listed here).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip.hpp"

namespace sk::desk {

struct CaseFile {
    storage::TipRow row;
    std::vector<storage::TipHistoryEntry> history;
    std::optional<survey::TipRecord> tip;          // nullopt: the record does not open or parse
    std::optional<bureau::store::CaseRow> ledger;  // links, assignee, finding (schema v5)
    std::vector<bureau::CaseState> next;           // next_case_states of the status
    bool can_reopen = false;                       // check_reopen of the status

    ~CaseFile() { wipe(); }
    CaseFile() = default;
    CaseFile(CaseFile&&) = default;
    CaseFile& operator=(CaseFile&&) = default;
    void wipe() {
        if (tip) tip->wipe();
        if (ledger) {
            crypto::wipe(ledger->body);
            crypto::wipe(ledger->source);
        }
    }
};

// Errc::not_found for an unknown case number (normalised: "t-2026-1", "h-2026-1" work).
// A case of another channel than the kiosk (hotline, mailbox, ...) has no tips row: `row`
// carries its ledger fields (no kiosk, no record), `tip` stays empty and its text is
// `ledger->body` as the casework core stored it.
Result<CaseFile> open_case(storage::BureauStore& store, std::string_view case_no);

// Re-reads `file` from the store (after a change through the core).
Result<void> reload_case(storage::BureauStore& store, CaseFile& file);
// The staff number the case is linked to ("" when none).
std::string linked_person(const CaseFile& file);

// The ledger's status change and reply as the CLI makes them (sk::bureau::change_case_status
// / change_case_reply: the role checked, the transition rules, the audit row with the user),
// then the file re-read.
Result<void> change_status(bureau::Session& s, CaseFile& file, std::string_view to,
                           std::string_view note, std::string_view now);
Result<void> save_reply(bureau::Session& s, CaseFile& file, std::string_view text,
                        std::string_view lang, std::string_view now);

}  // namespace sk::desk
