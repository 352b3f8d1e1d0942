// The Reports screen's unit scores: a quarter picker and the table of `bureau score
// --quarter Q` (the core's unit_score_table and unit_score_out_table: rank, unit, base,
// gained, deducted, score and how it was reached), from the rules file the CLI reads.
#pragma once

#include <filesystem>
#include <optional>

#include "sk/bureau/unit_scores.hpp"
#include "sk/desk/strings.hpp"

namespace sk::desk {

class ScoresModel {
  public:
    void set_quarter(const bureau::Quarter& q) { quarter_ = q; }
    const bureau::Quarter& quarter() const { return quarter_; }
    // Reads the rules (assets/bureau/score-rules.json) and computes the quarter's table.
    Result<void> load(storage::BureauStore& store, const bureau::Actor& actor,
                      const std::filesystem::path& rules_file, Lang lang);
    const std::optional<bureau::OutTable>& table() const { return table_; }
    const std::vector<bureau::UnitScoreRow>& rows() const { return rows_; }
    void clear();

  private:
    bureau::Quarter quarter_{};
    std::vector<bureau::UnitScoreRow> rows_;
    std::optional<bureau::OutTable> table_;
};

}  // namespace sk::desk
