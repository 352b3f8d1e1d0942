// The case ledger's rows (tables cases and case_history, schema v5): storage only. The rules
// (transitions, roles, validation) and the audit row of each change are the core's
// (sk/bureau/casework.hpp), which calls these inside one transaction with the audit row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau::store {

struct CaseRow {
    int64_t id = 0;
    std::string case_no;
    std::string channel;   // case_channel.hpp names
    std::string category;  // tip category id (assets/tips/categories.json)
    std::string unit_code, staff_no;
    std::string status, finding;  // case_flow.hpp names
    std::string body;             // typed-in text (kiosk cases: empty, text is the tip)
    std::string source;           // who called/wrote (tipster data)
    std::optional<int64_t> tip_id;
    std::optional<crypto::Hash> receipt_lookup;
    std::string reply, reply_lang;
    uint32_t received_day = 0;
    std::string assignee;
    uint32_t due_day = 0;
    std::string created_at, created_by, updated_at;
};

struct CaseHistoryRow {
    std::string at, user, action, from_status, to_status, note;
};

struct CaseFilter {
    std::optional<std::string> status, channel, unit_code, staff_no, assignee;
    std::optional<uint32_t> due_before;  // open (not closed) cases with 0 < due_day < this
    std::optional<std::string> search;   // substring of case no., category, body
    std::optional<uint32_t> received_from, received_to;
};

// Next free number for prefix and year: "H-2026-0007".
Result<std::string> next_case_no(storage::BureauStore& s, char prefix, int year);
// Inserts the row (id, case_no as given) and its "created" history entry.
Result<CaseRow> insert_case(storage::BureauStore& s, const CaseRow& row, std::string_view note);
// The same for many rows in one transaction (new kiosk cases after an import): identical
// rows and history entries, two statements prepared once instead of three per case.
Result<void> insert_cases(storage::BureauStore& s, const std::vector<CaseRow>& rows,
                          std::string_view note);
Result<std::optional<CaseRow>> find_case(storage::BureauStore& s, std::string_view case_no);
// Ordered by received day then case number.
Result<std::vector<CaseRow>> list_cases(storage::BureauStore& s, const CaseFilter& f);
Result<std::vector<CaseHistoryRow>> case_history(storage::BureauStore& s, int64_t case_id);
// History entries moving a case to `to_status` whose time starts with `at_prefix` ("2026-11").
Result<int64_t> count_status_changes(storage::BureauStore& s, std::string_view to_status,
                                     std::string_view at_prefix);

// Compare-and-set on status (Errc::conflict if it is no longer `from`); sets the finding,
// mirrors the board status into a kiosk case's tips row, adds a history entry.
struct StatusChange {
    std::string from, to, finding, board_status, action;  // action: "status" or "reopen"
    std::string user, note, now;
};
Result<void> update_case_status(storage::BureauStore& s, const CaseRow& c, const StatusChange& ch);

// Generic field updates, each with a history entry (action "link", "assign", "reply").
Result<void> update_case_link(storage::BureauStore& s, int64_t case_id, std::string_view unit,
                              std::string_view staff_no, std::string_view user,
                              std::string_view note, std::string_view now);
Result<void> update_case_assignee(storage::BureauStore& s, int64_t case_id,
                                  std::string_view assignee, uint32_t due_day,
                                  std::string_view user, std::string_view note,
                                  std::string_view now);
Result<void> update_case_reply(storage::BureauStore& s, int64_t case_id, std::string_view reply,
                               std::string_view lang, std::string_view user, std::string_view now);
Result<void> add_case_history(storage::BureauStore& s, int64_t case_id, const CaseHistoryRow& h);

// The kiosk case rows (not yet inserted) for every tip without a case: new tips after an
// import. The caller inserts each with its audit row.
Result<std::vector<CaseRow>> tips_without_case(storage::BureauStore& s, std::string_view user,
                                               std::string_view now);

}  // namespace sk::bureau::store
