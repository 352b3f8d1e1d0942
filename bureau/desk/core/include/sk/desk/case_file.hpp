// One open case: its ledger row, history, the decrypted tip (kept in SecretText fields and
// wiped when the case is closed or the desk locks) and the statuses it may move to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/case_status.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip.hpp"

namespace sk::desk {

struct CaseFile {
    storage::TipRow row;
    std::vector<storage::TipHistoryEntry> history;
    std::optional<survey::TipRecord> tip;  // nullopt: the record does not open or parse
    std::vector<bureau::CaseStatus> next;  // allowed next statuses

    ~CaseFile() { wipe(); }
    CaseFile() = default;
    CaseFile(CaseFile&&) = default;
    CaseFile& operator=(CaseFile&&) = default;
    void wipe() {
        if (tip) tip->wipe();
    }
};

// Errc::not_found for an unknown case number (normalised: "t-2026-1" works).
Result<CaseFile> open_case(storage::BureauStore& store, std::string_view case_no);

// The ledger's status change and reply (sk::bureau::set_case_status / set_case_reply, so the
// same transition rules and checks as the CLI), then the file re-read.
Result<void> change_status(storage::BureauStore& store, CaseFile& file, std::string_view to,
                           std::string_view note, std::string_view now);
Result<void> save_reply(storage::BureauStore& store, CaseFile& file, std::string_view text,
                        std::string_view lang, std::string_view now);

}  // namespace sk::desk
