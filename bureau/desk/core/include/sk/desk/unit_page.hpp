// The unit page: one unit's details, the cases linked to it (the case ledger's unit link),
// its absence entries (current and past), its score for a chosen quarter with the
// calculation (the core's unit_score_table, as `bureau score`) and its staff. Everything
// comes from the bureau core; what the role may not read stays empty (cases without
// read_tips), the rest needs read_files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/casework.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/unit_scores.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

struct UnitPage {
    bureau::Unit unit;
    bool cases_readable = false;                        // the role has read_tips
    std::vector<bureau::store::CaseRow> cases;          // newest received first
    std::vector<bureau::AbsenceListRow> current, past;  // open on the day / closed
    std::vector<bureau::StaffMember> staff;             // by staff number
    bureau::Quarter quarter;
    std::optional<bureau::UnitScoreRow> score;  // nullopt: score_error says why
    std::string score_error;
    int rank = 0, units_scored = 0;  // place among all units (ties share a place)
};

// Errc::not_found for an unknown unit code; Errc::permission_denied without read_files.
// The score comes from the rules file `score_rules` (assets/bureau/score-rules.json); a
// missing or bad file leaves the score empty with the reason, the rest of the page stands.
Result<UnitPage> load_unit_page(storage::BureauStore& s, const bureau::Actor& a,
                                std::string_view code, const bureau::Quarter& quarter,
                                uint32_t today, const bureau::WorkCalendar& cal,
                                const std::filesystem::path& score_rules, bool zh);

// Units whose code starts with `query` (case-insensitive ASCII) or whose name contains it,
// at most `limit`; an empty query finds none. Errc::permission_denied without read_files.
Result<std::vector<bureau::Unit>> find_units(storage::BureauStore& s, const bureau::Actor& a,
                                             std::string_view query, size_t limit);

// The unit a ledger case is linked to ("" when none); needs read_tips.
Result<std::string> case_unit_code(storage::BureauStore& s, const bureau::Actor& a,
                                   std::string_view case_no);

}  // namespace sk::desk
