#include "sk/bureau/report_monthly.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "sk/bureau/case_status.hpp"
#include "sk/bureau/html.hpp"
#include "sk/bureau/survey_stats.hpp"
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

}  // namespace

Result<MonthlyReport> monthly_report(storage::BureauStore& store, std::string_view month,
                                     int min_group, const survey::TipCategories* categories) {
    if (month.size() != 7 || !sync::is_iso_date(std::string(month) + "-01")) {
        return Error{Errc::invalid_argument,
                     "--month wants YYYY-MM, got \"" + std::string(month) + "\""};
    }
    const uint32_t first = *sync::day_number_from_iso(std::string(month) + "-01");
    const uint32_t last = first + 30;  // day numbers: YYYYMM31 bounds any month
    MonthlyReport r;
    r.month = std::string(month);
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
        row.label = c ? c->label.zh_cn : row.key;
    }
    // Statuses in workflow order, all of them, so months compare line by line.
    for (CaseStatus s : all_statuses()) {
        const std::string name = sync::case_status_name(s);
        r.by_status.push_back({name, status_label_zh(s), status.count(name) ? status[name] : 0});
    }
    r.by_unit = rows_of(unit);
    r.by_school = rows_of(school);

    auto counts = store.response_counts(first, last);
    if (!counts) return counts.error();
    for (const auto& c : counts.value()) {
        const bool hidden = c.responses < min_group;
        r.participation.push_back({c.survey_id, c.kiosk_name, hidden ? 0 : c.responses, hidden});
    }
    auto changes = store.history_in(month);
    if (!changes) return changes.error();
    r.changes = std::move(changes.value());
    return r;
}

std::string monthly_report_json(const MonthlyReport& r) {
    auto rows = [](const std::vector<CountRow>& v) {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& row : v) {
            a.push_back({{"key", row.key}, {"label", row.label}, {"count", row.count}});
        }
        return a;
    };
    nlohmann::json j = {{"month", r.month},
                        {"min_group", r.min_group},
                        {"tips_received", r.tips_received},
                        {"by_category", rows(r.by_category)},
                        {"by_status", rows(r.by_status)},
                        {"by_unit", rows(r.by_unit)},
                        {"by_school", rows(r.by_school)}};
    j["participation"] = nlohmann::json::array();
    for (const auto& p : r.participation) {
        nlohmann::json pj = {{"survey", p.survey_id}, {"school", p.school}, {"hidden", p.hidden}};
        if (p.hidden) {
            pj["note"] = hidden_note(r.min_group);
        } else {
            pj["responses"] = p.responses;
        }
        j["participation"].push_back(std::move(pj));
    }
    j["changes"] = nlohmann::json::array();
    for (const auto& c : r.changes) {
        j["changes"].push_back({{"case", c.case_no},
                                {"at", c.at},
                                {"action", c.action},
                                {"from", c.from_status},
                                {"to", c.to_status},
                                {"note", c.note}});
    }
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

namespace {

std::string count_table(const char* head, const std::vector<CountRow>& rows) {
    std::string out = "<table><tr><th>" + std::string(head) + "</th><th>件数</th></tr>\n";
    for (const auto& row : rows) {
        out += "<tr><td>" + html_escape(row.label.empty() ? row.key : row.label) +
               "</td><td class=\"n\">" + std::to_string(row.count) + "</td></tr>\n";
    }
    return out + "</table>\n";
}

}  // namespace

std::string monthly_report_html(const MonthlyReport& r) {
    std::string out = html_begin("月度工作报告 " + r.month);
    out += "<p class=\"meta\">本月收到线索 " + std::to_string(r.tips_received) + " 件。</p>\n";
    out += "<h2>线索类别</h2>\n" + count_table("类别", r.by_category);
    out += "<h2>办理状态</h2>\n" + count_table("状态", r.by_status);
    out += "<h2>被反映单位</h2>\n" + count_table("单位", r.by_unit);
    out += "<h2>来源学校</h2>\n" + count_table("学校", r.by_school);
    out += "<h2>问卷参与情况</h2>\n<table><tr><th>问卷</th><th>学校</th><th>份数</th></tr>\n";
    for (const auto& p : r.participation) {
        out += "<tr><td>" + html_escape(p.survey_id) + "</td><td>" + html_escape(p.school) +
               "</td>" +
               (p.hidden ? "<td class=\"hidden\">" + html_escape(hidden_note(r.min_group))
                         : "<td class=\"n\">" + std::to_string(p.responses)) +
               "</td></tr>\n";
    }
    out += "</table>\n<h2>本月台账变更</h2>\n";
    out += "<table><tr><th>案件</th><th>时间 (UTC)</th><th>事项</th><th>说明</th></tr>\n";
    for (const auto& c : r.changes) {
        std::string what = c.action == "status"  ? c.from_status + " → " + c.to_status
                           : c.action == "reply" ? "答复"
                                                 : "登记";
        out += "<tr><td>" + html_escape(c.case_no) + "</td><td>" + html_escape(c.at) + "</td><td>" +
               html_escape(what) + "</td><td>" + html_escape(c.note) + "</td></tr>\n";
    }
    out += "</table>\n";
    return out + html_end();
}

}  // namespace sk::bureau
