// The campaign's case ledger (docs/BUREAU.md "Casework"): cases from every channel, linked
// to units and people by a clerk's decision, assigned with a deadline, moved through the
// transition table of case_flow.hpp, reopened on new facts. Every function checks the
// actor's role (authorize.hpp) and every change appends its audit row in the same
// transaction (sk/bureau/store/audit.hpp). Times come in as arguments (now: RFC 3339 UTC,
// today: YYYYMMDD local), so tests fix them.
//
// Who may do what: reading cases needs read_tips (inspector, handler, lead; never the
// statistician). Changing a case needs edit_cases and, for a handler, that the case is
// assigned to them or to nobody. Assigning: the lead assigns anyone; a handler may take an
// unassigned case for themselves.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/role.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

// Longest typed-in case text, note or summary, in code points.
constexpr size_t kMaxCaseTextChars = 20000;

struct NewCaseInput {
    Channel channel = Channel::hotline;
    std::string unit;           // unit code (required)
    std::string staff_no;       // optional: a person the caller named, after the clerk checked
    std::string category;       // tip category id (assets/tips/categories.json)
    std::string text;           // what was reported
    std::string source;         // who called/wrote and how to reach them (tipster data)
    uint32_t received_day = 0;  // 0: today
    bool issue_receipt = false;
};

struct NewCase {
    std::string case_no;
    std::string receipt_code;  // formatted, when issued: give it to the caller, it is not kept
};

// Valid tip/case category ids (loaded by the caller from assets/tips/categories.json).
using CategoryIds = std::vector<std::string>;

// bureau_pk: needed only with issue_receipt (the board's lookup hash is keyed with it).
Result<NewCase> add_case(storage::BureauStore& s, const Actor& a, const NewCaseInput& in,
                         const CategoryIds& categories, const crypto::SignPublicKey* bureau_pk,
                         std::string_view now, uint32_t today);

// Links the case to a unit and/or a person (a clerk's decision; `reason` is required and
// kept). Giving a person alone also sets their unit.
Result<void> link_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                       const std::optional<std::string>& unit,
                       const std::optional<std::string>& staff_no, std::string_view reason,
                       std::string_view now);

// Undoes a link: clears the case's unit and/or person (at least one; `reason` required and
// kept in the history). Errc::invalid_argument when the chosen link is not set.
Result<void> unlink_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         bool unit, bool person, std::string_view reason, std::string_view now);

// due: not before today. `to` must be an enabled lead or handler.
Result<void> assign_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         std::string_view to, uint32_t due, std::string_view note,
                         std::string_view now, uint32_t today);

Result<void> change_case_status(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                                std::string_view status, std::string_view note,
                                std::string_view now);

Result<void> reopen_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                         std::string_view note, std::string_view now);

// The reply a tipster or caller reads on the status board with their receipt code.
Result<void> reply_case(storage::BureauStore& s, const Actor& a, std::string_view case_no,
                        std::string_view text, std::string_view lang, std::string_view now);

Result<store::CaseRow> get_case(storage::BureauStore& s, const Actor& a, std::string_view case_no);
Result<std::vector<store::CaseRow>> find_cases(storage::BureauStore& s, const Actor& a,
                                               const store::CaseFilter& f);

// Kiosk tips become cases: called by the import inside each stored batch's transaction,
// whose "import" audit row counts them (idempotent: opens only tips without a case).
Result<std::vector<std::string>> open_kiosk_cases(storage::BureauStore& s, std::string_view user,
                                                  std::string_view now);

// "h-2026-7" -> "H-2026-0007"; kiosk numbers as before.
std::string normalize_any_case_no(std::string_view typed);

// Errc::invalid_argument unless `text` is non-blank UTF-8 of at most `max_chars`.
Result<void> check_text(std::string_view what, std::string_view text,
                        size_t max_chars = kMaxCaseTextChars);

}  // namespace sk::bureau
