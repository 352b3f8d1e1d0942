// `bureau score --quarter Q`: the unit score table from the case ledger and the rules file
// (score_rules.hpp). Aggregate per unit, no case text or names: every role may read it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sk/bureau/quarter.hpp"
#include "sk/bureau/role.hpp"
#include "sk/bureau/score_rules.hpp"
#include "sk/bureau/table_output.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

Result<ScoreRules> load_score_rules(const std::filesystem::path& file);

struct UnitScoreRow {
    UnitScore score;
    std::string unit_name;
    std::string explanation;  // explain_score in the report's language
};

// Every registered unit (with the base score when nothing counted), best score first, then
// unit code.
Result<std::vector<UnitScoreRow>> unit_score_table(storage::BureauStore& s, const Actor& a,
                                                   const ScoreRules& rules, const Quarter& q,
                                                   std::string_view lang);

// The table `bureau score` prints and the desk shows: rank (ties share one), unit code, name,
// base, gained, deducted, score and how it was reached, with Chinese or English headers.
OutTable unit_score_out_table(const std::vector<UnitScoreRow>& rows, const Quarter& q, bool en);
// That table as a standalone HTML page.
std::string unit_score_html(const OutTable& t);

}  // namespace sk::bureau
