// How cases look to a clerk: the list table and the one-case page, Chinese labels by default.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/bureau/table_output.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::cli {

struct CaseLabels {
    std::string lang = "zh-CN";
    std::optional<survey::TipCategories> categories;
    std::string category(const std::string& id) const;
};

OutTable case_table(const std::vector<store::CaseRow>& rows, const CaseLabels& l, uint32_t today);
// The case page: fields, the text (typed-in, or the kiosk tip's), the source for roles that
// may see tipster data, links, the history.
std::string case_page(Session& s, const store::CaseRow& c, const CaseLabels& l);

}  // namespace sk::bureau::cli
