#include "sk/bureau/monthly_full.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/monthly_casework.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

Result<FullMonthlyReport> full_monthly_report(storage::BureauStore& s, const Actor& a,
                                              std::string_view month, int min_group,
                                              const survey::TipCategories* categories,
                                              std::string_view lang, uint32_t campaign_start) {
    SK_TRY(authorize_report(a, min_group));
    auto reg = SurveyRegistry::load(s);
    if (!reg) return reg.error();
    FullMonthlyReport out;
    auto r = monthly_report(s, month, min_group, categories, &*reg, lang);
    if (!r) return r.error();
    out.report = std::move(*r);
    // monthly_report has checked the month's form; the day also needs a real month.
    auto first = sync::day_number_from_iso(std::string(month) + "-01");
    if (!first) return Error{Errc::invalid_argument, "no such month: " + std::string(month)};
    const Lang l = lang == "en" ? Lang::en : Lang::zh;
    // The absence register's clean-up (docs/BUREAU.md): aggregates, every role; the
    // statistician's with small units and categories hidden.
    auto cleanup = load_cleanup_report(s, a, *first, campaign_start, l, min_group);
    if (!cleanup) return cleanup.error();
    out.cleanup = std::move(*cleanup);
    for (auto& t : cleanup_report_tables(out.cleanup)) out.report.sections.push_back(std::move(t));
    // The casework (docs/BUREAU.md "Casework"): counts and published summaries only.
    auto casework = monthly_casework(s, month);
    if (!casework) return casework.error();
    for (auto& t : casework_report_tables(*casework, l == Lang::en)) {
        out.report.sections.push_back(std::move(t));
    }
    return out;
}

}  // namespace sk::bureau
