#include "sk/bureau/person_file.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "sk/bureau/html.hpp"
#include "sk/bureau/register_import.hpp"
#include "sk/bureau/report_cleanup.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

const char* t(Lang l, const char* zh, const char* en) {
    return l == Lang::zh ? zh : en;
}

// A4 portrait: what a clerk prints for the file cabinet. Records never split across pages.
constexpr const char* kPrintCss =
    "<style>\n"
    "@page{size:A4 portrait;margin:18mm 15mm}\n"
    "@media print{body{margin:0;max-width:none;font-size:10.5pt}h1{font-size:16pt}"
    ".record{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}}\n"
    ".record{border-top:1px solid #ccc;padding:.4em 0}.record .day{font-weight:bold;"
    "display:inline-block;min-width:7em}.record dl{margin:.2em 0 0 7em}"
    ".record dt{float:left;clear:left;width:8em;color:#555}.record dd{margin-left:8.5em}"
    ".by{color:#555;font-size:.9em}.basic td,.basic th{padding:.2em .8em}\n"
    "</style>\n";

// A stored change summary ("handling: none -> ordered_back; deadline: - -> 2026-03-31") in
// the file's language: field names and vocabulary slugs become labels, the rest stays.
std::string localize_summary(const std::string& summary, Lang l) {
    if (l == Lang::en) return summary;
    static const std::pair<const char*, const char*> kFields[] = {
        {"category", "离岗类别"},
        {"category_text", "其他原因"},
        {"since", "离岗日期"},
        {"found_by", "发现途径"},
        {"handling", "处理方式"},
        {"deadline", "返岗期限"},
        {"returned_on", "返岗日期"},
        {"outcome", "处理结果"},
        {"closed_on", "结案日期"},
        {"salary_stopped_on", "停发工资日期"},
        {"recovered", "追缴金额(元)"},
        {"recovered_on", "追缴日期"},
        {"note", "备注"}};
    auto value = [&](const std::string& v) -> std::string {
        if (auto c = parse_category(v)) return std::string(label(*c, l));
        if (auto h = parse_handling(v)) return std::string(label(*h, l));
        if (auto o = parse_outcome(v)) return std::string(label(*o, l));
        if (auto f = parse_found_by(v)) return std::string(label(*f, l));
        return v;
    };
    std::string out;
    size_t start = 0;
    while (start <= summary.size()) {
        size_t end = summary.find("; ", start);
        std::string part = summary.substr(start, end == std::string::npos ? end : end - start);
        size_t colon = part.find(": "), arrow = part.find(" -> ");
        std::string shown = part;
        for (auto& [en, zh] : kFields) {
            if (colon == std::string::npos || arrow == std::string::npos ||
                part.substr(0, colon) != en)
                continue;
            shown = std::string(zh) + "：" + value(part.substr(colon + 2, arrow - colon - 2)) +
                    " → " + value(part.substr(arrow + 4));
        }
        out += (out.empty() ? "" : "；") + shown;
        if (end == std::string::npos) break;
        start = end + 2;
    }
    return out;
}

}  // namespace

void add_records(PersonFile& f, std::vector<FileRecord> records) {
    for (auto& r : records) f.records.push_back(std::move(r));
    std::stable_sort(f.records.begin(), f.records.end(),
                     [](const FileRecord& a, const FileRecord& b) { return a.day < b.day; });
}

std::vector<FileRecord> absence_records(const std::vector<AbsenceEntry>& entries,
                                        const std::vector<AbsenceChange>& changes, Lang l,
                                        uint32_t as_of, const WorkCalendar& cal,
                                        const AbsenteeismRule& rule) {
    std::vector<FileRecord> out;
    for (auto& e : entries) {
        FileRecord r;
        r.day = e.since;
        r.source = "absence";
        std::string cat(label(e.category, l));
        if (!e.category_text.empty()) cat += "（" + e.category_text + "）";
        r.title = std::string(t(l, "离岗登记：", "Absence: ")) + cat;
        auto add = [&](const char* zh, const char* en, std::string v) {
            if (!v.empty()) r.details.emplace_back(t(l, zh, en), std::move(v));
        };
        add("登记号", "entry", "#" + std::to_string(e.id));
        add("离岗日期", "since", day_text(e.since));
        add("发现途径", "found by", std::string(label(e.found_by, l)));
        add("处理方式", "handling", std::string(label(e.handling, l)));
        add("返岗期限", "deadline", day_text(e.deadline));
        add("返岗日期", "back at post", day_text(e.returned_on));
        add("处理结果", "outcome", std::string(label(e.outcome, l)));
        add("结案日期", "closed on", day_text(e.closed_on));
        add("停发工资", "salary stopped", day_text(e.salary_stopped_on));
        if (e.recovered_fen)
            add("追缴金额(元)", "recovered (yuan)",
                yuan_text(e.recovered_fen) +
                    (e.recovered_on ? " / " + day_text(e.recovered_on) : ""));
        std::string flags;
        if (is_overdue_on(e, as_of)) flags += t(l, "逾期未返岗", "overdue");
        auto ab = absenteeism_flag(e, entries, cal, rule, as_of);
        if (ab.over_consecutive)
            flags += std::string(flags.empty() ? "" : "；") +
                     t(l, "连续旷工超过", "absent more than ") +
                     std::to_string(rule.consecutive_limit) +
                     t(l, "个工作日", " consecutive working days");
        if (ab.over_yearly)
            flags += std::string(flags.empty() ? "" : "；") +
                     t(l, "年度累计旷工超过", "absent more than ") +
                     std::to_string(rule.yearly_limit) +
                     t(l, "个工作日", " working days this year");
        add("提示", "flags", flags);
        add("备注", "note", e.note);
        r.recorded_by = e.recorded_by;
        out.push_back(std::move(r));
    }
    for (auto& c : changes) {
        FileRecord r;
        auto d = sync::day_number_from_iso(std::string_view(c.at).substr(0, 10));
        r.day = d ? *d : 0;
        r.source = "absence_change";
        r.title = std::string(t(l, "离岗登记变更 #", "Absence entry changed #")) +
                  std::to_string(c.entry_id);
        r.details.emplace_back(t(l, "变更", "change"), localize_summary(c.summary, l));
        r.recorded_by = c.user;
        r.recorded_at = c.at;
        out.push_back(std::move(r));
    }
    return out;
}

std::string person_file_text(const PersonFile& f) {
    Lang l = f.lang;
    std::string o;
    o += std::string(t(l, "一人一档：", "Personal file: ")) + f.person.name + "（" +
         f.person.staff_no + "）\n";
    o += std::string(t(l, "单位：", "Unit: ")) + f.unit.name + "（" + f.unit.code + "）\n";
    o += std::string(t(l, "岗位：", "Post: ")) + f.person.post + "    " +
         t(l, "用工类型：", "Employment: ") + f.person.employment + "    " +
         t(l, "在工资册：", "On payroll: ") +
         (f.person.on_payroll ? t(l, "是", "yes") : t(l, "否", "no")) + "\n";
    o += std::string(t(l, "截至：", "As of: ")) + day_text(f.as_of) + "\n\n";
    if (f.records.empty()) o += t(l, "（无记录）\n", "(no records)\n");
    for (auto& r : f.records) {
        o += (r.day ? day_text(r.day) : std::string("----------")) + "  " + r.title;
        if (!r.recorded_by.empty())
            o += std::string("  [") + t(l, "记录人 ", "by ") + r.recorded_by + "]";
        o += "\n";
        for (auto& [k, v] : r.details) o += "            " + k + "：" + v + "\n";
    }
    return o;
}

std::string person_file_html(const PersonFile& f) {
    Lang l = f.lang;
    std::string title = std::string(t(l, "一人一档 · ", "Personal file · ")) + f.person.name;
    std::string h = html_begin(title);
    // html_begin closed <head>; a second style block in the body is valid HTML5 and keeps
    // the page frame shared with the other reports.
    h += kPrintCss;
    h += "<table class=\"basic\">\n";
    auto row = [&](const char* zh, const char* en, const std::string& v) {
        h += "<tr><th>" + html_escape(t(l, zh, en)) + "</th><td>" + html_escape(v) + "</td></tr>\n";
    };
    row("工号", "Staff no.", f.person.staff_no);
    row("姓名", "Name", f.person.name);
    row("单位", "Unit", f.unit.name + "（" + f.unit.code + "）");
    row("岗位", "Post", f.person.post);
    row("用工类型", "Employment", f.person.employment);
    row("在工资册", "On payroll", f.person.on_payroll ? t(l, "是", "yes") : t(l, "否", "no"));
    row("截至", "As of", day_text(f.as_of));
    h += "</table>\n<h2>" + std::string(t(l, "记录（按日期）", "Records (by date)")) + "</h2>\n";
    if (f.records.empty()) h += "<p>" + std::string(t(l, "无记录", "No records")) + "</p>\n";
    for (auto& r : f.records) {
        h += "<div class=\"record " + html_escape(r.source) + "\"><span class=\"day\">" +
             html_escape(day_text(r.day)) + "</span> " + html_escape(r.title);
        if (!r.recorded_by.empty())
            h += " <span class=\"by\">" +
                 html_escape(std::string(t(l, "记录人：", "by ")) + r.recorded_by) + "</span>";
        h += "\n<dl>";
        for (auto& [k, v] : r.details)
            h += "<dt>" + html_escape(k) + "</dt><dd>" + html_escape(v) + "</dd>";
        h += "</dl></div>\n";
    }
    return h + html_end();
}

std::string person_file_json(const PersonFile& f) {
    nlohmann::json j{{"staff_no", f.person.staff_no},
                     {"name", f.person.name},
                     {"unit", {{"code", f.unit.code}, {"name", f.unit.name}}},
                     {"post", f.person.post},
                     {"employment", f.person.employment},
                     {"on_payroll", f.person.on_payroll},
                     {"as_of", day_text(f.as_of)},
                     {"records", nlohmann::json::array()}};
    for (auto& r : f.records) {
        nlohmann::json d = nlohmann::json::array();
        for (auto& [k, v] : r.details) d.push_back({{"label", k}, {"value", v}});
        j["records"].push_back({{"day", day_text(r.day)},
                                {"source", r.source},
                                {"title", r.title},
                                {"details", d},
                                {"recorded_by", r.recorded_by},
                                {"recorded_at", r.recorded_at}});
    }
    return j.dump(1);
}

}  // namespace sk::bureau
