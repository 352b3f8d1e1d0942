// The registers as the CLI and the desk use them: every function checks the actor's role
// (authorize.hpp) and every change appends its audit row in the same transaction
// (store/audit.hpp). Bad input is one line per problem and changes nothing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/payroll_check.hpp"
#include "sk/bureau/person_file.hpp"
#include "sk/bureau/register_import.hpp"
#include "sk/bureau/report_cleanup.hpp"
#include "sk/bureau/role.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau {

// Every import: what the file held and what changed. With errors nothing was stored.
struct RegisterImport {
    int64_t rows = 0;
    int64_t added = 0, changed = 0, removed = 0, unchanged = 0;
    std::vector<std::string> errors;   // "row 7: ..."
    std::vector<std::string> details;  // "+ 510001 王喆", "~ 510002 unit: U003 -> U007", "- ..."
};

// `now`: RFC 3339 UTC for the audit row and row times.
Result<RegisterImport> import_units(storage::BureauStore& s, const Actor& a,
                                    const std::filesystem::path& file, std::string_view now);
// One file per unit or one for all: people are removed only from units the file lists.
// dry_run: report what would change, store nothing.
Result<RegisterImport> import_staff(storage::BureauStore& s, const Actor& a,
                                    const std::filesystem::path& file, std::string_view now,
                                    bool dry_run);
// The absence register's bulk form (register_import.hpp columns), all rows or none.
Result<RegisterImport> import_absences(storage::BureauStore& s, const Actor& a,
                                       const std::filesystem::path& file, uint32_t today,
                                       std::string_view now);

// Errc::invalid_argument (one line) for what validate_absence refuses; returns the id.
Result<int64_t> add_absence(storage::BureauStore& s, const Actor& a, AbsenceEntry e, uint32_t today,
                            std::string_view now);

// What `absence set` may change; unset fields stay. A day of 0 in an optional clears it.
struct AbsenceUpdate {
    std::optional<AbsenceCategory> category;
    std::optional<std::string> category_text;
    std::optional<uint32_t> since;
    std::optional<FoundBy> found_by;
    std::optional<Handling> handling;
    std::optional<uint32_t> deadline;
    std::optional<uint32_t> returned_on;
    std::optional<Outcome> outcome;
    std::optional<uint32_t> closed_on;
    std::optional<uint32_t> salary_stopped_on;
    std::optional<int64_t> recovered_fen;
    std::optional<uint32_t> recovered_on;
    std::optional<std::string> note;
};
// Errc::not_found for an unknown id; Errc::invalid_argument when nothing would change or
// the result is invalid.
Result<AbsenceEntry> set_absence(storage::BureauStore& s, const Actor& a, int64_t id,
                                 const AbsenceUpdate& u, uint32_t today, std::string_view now);

struct AbsenceListQuery {
    std::optional<std::string> unit_code;
    std::optional<AbsenceCategory> category;
    bool overdue_only = false;
    uint32_t as_of = 0;  // overdue and flags as of this day
};
struct AbsenceListRow {
    AbsenceEntry entry;
    std::string name;  // the person's name
    std::string unit_name;
    bool overdue = false;
    AbsenteeismFlag flag;
};
Result<std::vector<AbsenceListRow>> list_absence_register(storage::BureauStore& s, const Actor& a,
                                                          const AbsenceListQuery& q,
                                                          const WorkCalendar& cal,
                                                          const AbsenteeismRule& rule);

// Reads the payroll file and compares it with the registers (audited: it handles names).
Result<PayrollCheck> check_payroll_file(storage::BureauStore& s, const Actor& a,
                                        const std::filesystem::path& file,
                                        const PayrollPolicy& policy, uint32_t pay_day,
                                        std::string_view now, std::vector<std::string>& errors);

// 一人一档 of one person (audited as a read of identifiable data).
Result<PersonFile> load_person_file(storage::BureauStore& s, const Actor& a,
                                    std::string_view staff_no, uint32_t as_of, Lang lang,
                                    const WorkCalendar& cal, const AbsenteeismRule& rule,
                                    std::string_view now,
                                    const survey::TipCategories* categories = nullptr);

// The clean-up section for a month (aggregates only: every role may read it). For a role
// that may not read the register (the statistician) rows under min_group entries are
// hidden (threshold_cleanup); the others see every row.
Result<CleanupReport> load_cleanup_report(storage::BureauStore& s, const Actor& a,
                                          uint32_t month_first, uint32_t campaign_start, Lang lang,
                                          int min_group);

}  // namespace sk::bureau
