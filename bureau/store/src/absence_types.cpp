#include "sk/bureau/absence_types.hpp"

#include <string>

namespace sk::bureau {

namespace {

template <typename E>
struct Names {
    E value;
    std::string_view slug, zh, en;
};

constexpr Names<AbsenceCategory> kCategories[] = {
    {AbsenceCategory::sick_leave, "sick_leave", "长期病休", "long sick leave"},
    {AbsenceCategory::maternity, "maternity", "产假/孕期", "maternity"},
    {AbsenceCategory::study, "study", "在职进修/脱产学习", "study or training"},
    {AbsenceCategory::secondment, "secondment", "借调/借用", "seconded to another body"},
    {AbsenceCategory::unpaid_leave, "unpaid_leave", "停薪留职/离岗创业", "approved unpaid leave"},
    {AbsenceCategory::unauthorised, "unauthorised", "擅自离岗/旷工", "unauthorised absence"},
    {AbsenceCategory::ghost, "ghost", "吃空饷/挂名不上班", "paid but never working"},
    {AbsenceCategory::other, "other", "其他", "other"},
};

constexpr Names<FoundBy> kFoundBy[] = {
    {FoundBy::self_report, "self_report", "单位自查", "unit self-report"},
    {FoundBy::inspection, "inspection", "督导检查", "inspection"},
    {FoundBy::tip, "tip", "举报", "tip"},
    {FoundBy::payroll_check, "payroll_check", "工资比对", "payroll check"},
};

constexpr Names<Handling> kHandling[] = {
    {Handling::none, "none", "待处理", "not yet handled"},
    {Handling::arranged, "arranged", "按政策安排", "arranged per policy"},
    {Handling::ordered_back, "ordered_back", "限期返岗", "ordered back by a deadline"},
    {Handling::salary_stopped, "salary_stopped", "停发工资", "salary stopped"},
    {Handling::sanction_proposed, "sanction_proposed", "建议处分", "sanction proposed"},
    {Handling::contract_ended, "contract_ended", "解除聘用合同", "contract ended"},
    {Handling::transferred, "transferred", "办理调动", "transferred"},
};

constexpr Names<Outcome> kOutcomes[] = {
    {Outcome::open, "open", "未结", "open"},
    {Outcome::returned, "returned", "已返岗", "returned to post"},
    {Outcome::transferred, "transferred", "已调动", "transferred"},
    {Outcome::contract_ended, "contract_ended", "已解除合同", "contract ended"},
    {Outcome::retired, "retired", "已退休", "retired"},
    {Outcome::other, "other", "其他", "other"},
};

constexpr Names<AbsenceCategory> kUsual[] = {
    {AbsenceCategory::sick_leave, "", "核查病情证明，按政策安排",
     "check medical proof; arrange per policy"},
    {AbsenceCategory::maternity, "", "依法保护，按政策安排", "protected; arrange per policy"},
    {AbsenceCategory::study, "", "核查审批手续和返岗日期", "check approval and return date"},
    {AbsenceCategory::secondment, "", "限期返岗或办理调动",
     "return by a deadline or formal transfer"},
    {AbsenceCategory::unpaid_leave, "", "核查审批手续及到期日", "check approval and its end date"},
    {AbsenceCategory::unauthorised, "", "限期返岗，停发工资，依规处分",
     "order back by a deadline; stop salary; sanction"},
    {AbsenceCategory::ghost, "", "停发工资，追缴违规发放工资，依规处分，移送纪检监察",
     "stop salary, recover pay, sanction, report to the discipline office"},
    {AbsenceCategory::other, "", "据实处理", "as the facts require"},
};

template <typename E, size_t N>
const Names<E>& find(const Names<E> (&table)[N], E v) {
    for (auto& n : table)
        if (n.value == v) return n;
    return table[0];
}

bool iequal_ascii(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

template <typename E, size_t N>
std::optional<E> parse(const Names<E> (&table)[N], std::string_view s) {
    // "unauthorised" also as "unauthorized"; '-' as '_' ("sick-leave").
    std::string t(s);
    for (auto& c : t)
        if (c == '-') c = '_';
    for (auto& n : table) {
        if (iequal_ascii(t, n.slug) || s == n.zh || iequal_ascii(s, n.en)) return n.value;
    }
    return std::nullopt;
}

}  // namespace

std::string_view slug(AbsenceCategory c) {
    return find(kCategories, c).slug;
}
std::string_view slug(FoundBy f) {
    return find(kFoundBy, f).slug;
}
std::string_view slug(Handling h) {
    return find(kHandling, h).slug;
}
std::string_view slug(Outcome o) {
    return find(kOutcomes, o).slug;
}

std::string_view label(AbsenceCategory c, Lang l) {
    auto& n = find(kCategories, c);
    return l == Lang::zh ? n.zh : n.en;
}
std::string_view label(FoundBy f, Lang l) {
    auto& n = find(kFoundBy, f);
    return l == Lang::zh ? n.zh : n.en;
}
std::string_view label(Handling h, Lang l) {
    auto& n = find(kHandling, h);
    return l == Lang::zh ? n.zh : n.en;
}
std::string_view label(Outcome o, Lang l) {
    auto& n = find(kOutcomes, o);
    return l == Lang::zh ? n.zh : n.en;
}
std::string_view usual_handling(AbsenceCategory c, Lang l) {
    auto& n = find(kUsual, c);
    return l == Lang::zh ? n.zh : n.en;
}

std::optional<AbsenceCategory> parse_category(std::string_view s) {
    if (iequal_ascii(s, "unauthorized")) return AbsenceCategory::unauthorised;
    return parse(kCategories, s);
}
std::optional<FoundBy> parse_found_by(std::string_view s) {
    return parse(kFoundBy, s);
}
std::optional<Handling> parse_handling(std::string_view s) {
    return parse(kHandling, s);
}
std::optional<Outcome> parse_outcome(std::string_view s) {
    return parse(kOutcomes, s);
}

const std::vector<AbsenceCategory>& all_categories() {
    static const std::vector<AbsenceCategory> all = [] {
        std::vector<AbsenceCategory> v;
        for (auto& n : kCategories) v.push_back(n.value);
        return v;
    }();
    return all;
}

bool counts_as_absenteeism(AbsenceCategory c) {
    return c == AbsenceCategory::unauthorised || c == AbsenceCategory::ghost;
}

}  // namespace sk::bureau
