#include "sk/desk/reports.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_registry.hpp"

namespace sk::desk {

Result<void> ReportsModel::load(storage::BureauStore& store) {
    clear();
    auto registry = bureau::SurveyRegistry::load(store);
    if (!registry) return registry.error();
    for (const auto& [key, s] : registry->all()) {
        if (registry->latest(s.id) != &s) continue;
        surveys_.push_back(SurveyChoice{s.id, s.title.zh_cn, s.title.in("en")});
    }
    return ok();
}

Result<void> ReportsModel::select(storage::BureauStore& store, const bureau::Actor& actor,
                                  size_t index, int min_group) {
    if (index >= surveys_.size()) return Error{Errc::invalid_argument, "no such survey"};
    SK_TRY(bureau::authorize_report(actor, min_group));
    auto registry = bureau::SurveyRegistry::load(store);
    if (!registry) return registry.error();
    auto stats = bureau::survey_stats(store, *registry, surveys_[index].id, min_group);
    if (!stats) return stats.error();
    stats_ = std::move(*stats);
    selected_ = index;
    return ok();
}

Result<std::filesystem::path> ReportsModel::export_to(const std::filesystem::path& dir,
                                                      ReportFormat format,
                                                      const std::string& generated) const {
    if (!stats_) return Error{Errc::invalid_argument, "choose a survey first"};
    return export_survey_report(*stats_, dir, format, generated);
}

void ReportsModel::clear() {
    surveys_.clear();
    selected_.reset();
    stats_.reset();
}

}  // namespace sk::desk
