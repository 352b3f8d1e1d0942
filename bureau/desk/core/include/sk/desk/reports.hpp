// The Reports screen: the registered surveys, the statistics of the chosen one (the
// bureau core's survey_stats, so small groups are hidden exactly as in `bureau report
// survey`), and exports through the same writers as the CLI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/role.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/desk/report_export.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

struct SurveyChoice {
    std::string id;
    std::string title_zh, title_en;
};

class ReportsModel {
  public:
    Result<void> load(storage::BureauStore& store);
    // Computes the statistics of surveys()[index] with groups under `min_group` hidden
    // (the core's authorize_report decides who may lower it).
    Result<void> select(storage::BureauStore& store, const bureau::Actor& actor, size_t index,
                        int min_group = bureau::kDefaultMinGroup);
    const std::vector<SurveyChoice>& surveys() const { return surveys_; }
    std::optional<size_t> selected() const { return selected_; }
    const std::optional<bureau::SurveyStats>& stats() const { return stats_; }
    // Writes "<survey>-report.html|csv|xlsx" into `dir` (report_export.hpp); returns the path.
    Result<std::filesystem::path> export_to(const std::filesystem::path& dir, ReportFormat format,
                                            const std::string& generated = "") const;
    void clear();

  private:
    std::vector<SurveyChoice> surveys_;
    std::optional<size_t> selected_;
    std::optional<bureau::SurveyStats> stats_;
};

}  // namespace sk::desk
