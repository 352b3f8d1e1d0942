#include "sk/desk/monthly_report.hpp"

#include <cstdio>

namespace sk::desk {

Result<void> MonthlyModel::load(storage::BureauStore& store, const bureau::Actor& actor,
                                std::string_view month, const survey::TipCategories& categories,
                                Lang lang, int min_group) {
    auto r = bureau::full_monthly_report(store, actor, month, min_group, &categories,
                                         lang == Lang::en ? "en" : "zh-CN");
    if (!r) return r.error();
    clear();
    report_ = std::move(*r);
    tables_ = bureau::monthly_report_tables(report_->report);
    return ok();
}

void MonthlyModel::clear() {
    report_.reset();
    tables_.clear();
}

std::string previous_month(uint32_t today) {
    int y = static_cast<int>(today / 10000), m = static_cast<int>(today / 100 % 100) - 1;
    if (m == 0) {
        m = 12;
        --y;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
}

}  // namespace sk::desk
