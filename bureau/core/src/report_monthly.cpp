#include "sk/bureau/report_monthly.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "sk/bureau/case_status.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/html.hpp"
#include "sk/bureau/report_text.hpp"
#include "sk/bureau/svg_chart.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::vector<CountRow> rows_of(const std::map<std::string, int64_t>& m) {
    std::vector<CountRow> out;
    for (const auto& [k, n] : m) out.push_back({k, "", n});
    // Largest first: the report is read top-down for where the problems are.
    std::stable_sort(out.begin(), out.end(),
                     [](const CountRow& a, const CountRow& b) { return a.count > b.count; });
    return out;
}

// The monthly report's own words (the survey report's are in report_text.hpp).
struct MonthlyText {
    const char *title, *received, *by_category, *by_status, *by_unit, *by_school, *participation,
        *appendix, *category, *status, *unit, *school, *survey, *count, *responses, *case_no, *time,
        *what, *note, *reply, *created, *other;
};
const MonthlyText kZh = {"月度工作报告", "本月收到线索 {n} 件。",
                         "线索类别",     "办理状态",
                         "被反映单位",   "来源学校",
                         "问卷参与情况", "附录：本月台账变更",
                         "类别",         "状态",
                         "单位",         "学校",
                         "问卷",         "件数",
                         "份数",         "案件",
                         "时间",         "事项",
                         "说明",         "答复",
                         "登记",         "其他"};
const MonthlyText kEn = {"Monthly report",
                         "{n} tips received this month.",
                         "Tips by category",
                         "Tips by status",
                         "Units reported",
                         "Tips by school",
                         "Survey participation",
                         "Appendix: ledger changes this month",
                         "Category",
                         "Status",
                         "Unit",
                         "School",
                         "Survey",
                         "Tips",
                         "Responses",
                         "Case",
                         "Time",
                         "Change",
                         "Note",
                         "reply",
                         "registered",
                         "other"};
const MonthlyText& text_of(const std::string& lang) {
    return lang == "en" ? kEn : kZh;
}

// A bar chart of counts, the biggest `top` rows and the rest summed as "other".
std::string count_chart(const std::vector<CountRow>& rows, int64_t total, const char* other,
                        size_t top = 12) {
    if (rows.empty() || total <= 0) return "";
    std::vector<Bar> bars;
    int64_t rest = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i < top) {
            const CountRow& r = rows[i];
            bars.push_back({r.label.empty() ? r.key : r.label, r.count,
                            100.0 * double(r.count) / double(total)});
        } else {
            rest += rows[i].count;
        }
    }
    if (rest > 0) bars.push_back({other, rest, 100.0 * double(rest) / double(total)});
    return bar_chart_svg(bars, true);
}

ReportTable count_table(const char* key, const char* title, const char* head, const char* count,
                        const std::vector<CountRow>& rows) {
    ReportTable t{key, title, {head, count}, {}, "", ""};
    for (const CountRow& r : rows) {
        t.rows.push_back(
            {XlsxCell::text(r.label.empty() ? r.key : r.label), XlsxCell::integer(r.count)});
    }
    return t;
}

}  // namespace

Result<MonthlyReport> monthly_report(storage::BureauStore& store, std::string_view month,
                                     int min_group, const survey::TipCategories* categories,
                                     const SurveyRegistry* registry, std::string_view lang) {
    if (month.size() != 7 || !sync::is_iso_date(std::string(month) + "-01")) {
        return Error{Errc::invalid_argument,
                     "--month wants YYYY-MM, got \"" + std::string(month) + "\""};
    }
    const uint32_t first = *sync::day_number_from_iso(std::string(month) + "-01");
    const uint32_t last = first + 30;  // day numbers: YYYYMM31 bounds any month
    MonthlyReport r;
    r.month = std::string(month);
    r.lang = lang == "en" ? "en" : "zh-CN";
    r.min_group = min_group;

    auto tips = store.tips({std::nullopt, first, last});
    if (!tips) return tips.error();
    std::map<std::string, int64_t> cat, status, unit, school;
    for (const auto& t : tips.value()) {
        ++cat[t.category];
        ++status[t.status];
        ++unit[t.unit];
        ++school[t.kiosk_name];
    }
    r.tips_received = static_cast<int64_t>(tips->size());
    r.by_category = rows_of(cat);
    for (auto& row : r.by_category) {
        const survey::TipCategory* c = categories ? categories->find(row.key) : nullptr;
        row.label = c ? c->label.in(r.lang) : row.key;
    }
    // Statuses in workflow order, all of them, so months compare line by line.
    for (CaseStatus s : all_statuses()) {
        const std::string name = sync::case_status_name(s);
        r.by_status.push_back(
            {name, status_label(name, r.lang), status.count(name) ? status[name] : 0});
    }
    r.by_unit = rows_of(unit);
    r.by_school = rows_of(school);

    auto counts = store.response_counts(first, last);
    if (!counts) return counts.error();
    for (const auto& c : counts.value()) {
        const bool hidden = c.responses < min_group;
        const survey::Survey* def = registry ? registry->latest(c.survey_id) : nullptr;
        r.participation.push_back({c.survey_id, def ? def->title.in(r.lang) : c.survey_id,
                                   c.kiosk_name, hidden ? 0 : c.responses, hidden});
    }
    auto changes = store.history_in(month);
    if (!changes) return changes.error();
    r.changes = std::move(changes.value());
    return r;
}

std::vector<ReportTable> monthly_report_tables(const MonthlyReport& r,
                                               const MonthlyReportOptions& o) {
    const MonthlyText& m = text_of(r.lang);
    std::vector<ReportTable> out;
    out.push_back(count_table("by_category", m.by_category, m.category, m.count, r.by_category));
    out.back().chart_svg = count_chart(r.by_category, r.tips_received, m.other);
    out.push_back(count_table("by_unit", m.by_unit, m.unit, m.count, r.by_unit));
    out.back().chart_svg = count_chart(r.by_unit, r.tips_received, m.other);
    out.push_back(count_table("by_status", m.by_status, m.status, m.count, r.by_status));
    out.push_back(count_table("by_school", m.by_school, m.school, m.count, r.by_school));

    ReportTable p{"participation", m.participation, {m.survey, m.school, m.responses}, {}, "", ""};
    for (const ParticipationRow& row : r.participation) {
        p.rows.push_back({XlsxCell::text(row.survey_title), XlsxCell::text(row.school),
                          row.hidden ? XlsxCell::text(hidden_note(r.min_group, r.lang))
                                     : XlsxCell::integer(row.responses)});
    }
    out.push_back(std::move(p));
    out.insert(out.end(), r.sections.begin(), r.sections.end());

    if (o.appendix) {
        ReportTable a{"changes", m.appendix, {m.case_no, m.time, m.what, m.note}, {}, "", ""};
        for (const auto& c : r.changes) {
            const std::string what = c.action == "status"
                                         ? status_label(c.from_status, r.lang) + " → " +
                                               status_label(c.to_status, r.lang)
                                     : c.action == "reply" ? m.reply
                                                           : m.created;
            a.rows.push_back({XlsxCell::text(c.case_no), XlsxCell::text(local_time(c.at)),
                              XlsxCell::text(what), XlsxCell::text(c.note)});
        }
        out.push_back(std::move(a));
    }
    return out;
}

std::string monthly_report_json(const MonthlyReport& r, const MonthlyReportOptions& o) {
    nlohmann::json j = {{"month", r.month},
                        {"lang", r.lang},
                        {"min_group", r.min_group},
                        {"tips_received", r.tips_received}};
    j["tables"] = nlohmann::json::array();
    for (const ReportTable& t : monthly_report_tables(r, o)) {
        j["tables"].push_back(report_table_json(t));
    }
    return j.dump(2) + "\n";
}

std::string monthly_report_html(const MonthlyReport& r, const MonthlyReportOptions& o) {
    const MonthlyText& m = text_of(r.lang);
    std::string out = html_begin(std::string(m.title) + " " + r.month, r.lang);
    std::string meta = with_n(m.received, r.tips_received);
    if (!o.generated.empty()) {
        meta += " " + std::string(report_text(r.lang).generated) + " " + o.generated;
    }
    out += "<p class=\"meta\">" + html_escape(meta) + "</p>\n";
    for (const ReportTable& t : monthly_report_tables(r, o)) {
        std::string section = report_table_html(t);
        // Sections follow each other on the page; the appendix starts a new one.
        if (t.key == "changes") section.replace(0, 4, "<h2 class=\"page\">");
        out += section;
    }
    return out + html_end();
}

}  // namespace sk::bureau
