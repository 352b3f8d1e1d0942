#include "sk/bureau/report_cleanup.hpp"

#include <nlohmann/json.hpp>

#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/csv.hpp"
#include "sk/bureau/html.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

void count(CleanupCounts& c, const AbsenceEntry& e, uint32_t first, uint32_t last, uint32_t start) {
    auto in_month = [&](uint32_t d) { return d && d >= first && d <= last; };
    auto so_far = [&](uint32_t d) { return d && d >= start && d <= last; };
    ++c.registered;
    if (in_month(e.recorded_on)) ++c.new_in_month;
    if (e.handling != Handling::none) {
        if (in_month(e.handled_on)) ++c.handled_in_month;
        if (so_far(e.handled_on)) ++c.handled_total;
    }
    if (in_month(e.returned_on)) ++c.returned_in_month;
    if (so_far(e.returned_on)) ++c.returned_total;
    bool closed = e.outcome != Outcome::open && e.outcome != Outcome::returned;
    if (closed && in_month(e.closed_on)) ++c.closed_in_month;
    if (closed && so_far(e.closed_on)) ++c.closed_total;
    if (is_open_on(e, last)) ++c.still_absent;
    if (is_overdue_on(e, last)) ++c.overdue;
    if (in_month(e.salary_stopped_on)) ++c.salary_stopped_in_month;
    if (so_far(e.salary_stopped_on)) ++c.salary_stopped_total;
    if (in_month(e.recovered_on)) c.recovered_fen_in_month += e.recovered_fen;
    if (so_far(e.recovered_on)) c.recovered_fen_total += e.recovered_fen;
}

std::vector<int64_t> numbers(const CleanupCounts& c) {
    return {c.registered,
            c.new_in_month,
            c.handled_in_month,
            c.handled_total,
            c.returned_in_month,
            c.returned_total,
            c.closed_in_month,
            c.closed_total,
            c.still_absent,
            c.overdue,
            c.salary_stopped_in_month,
            c.salary_stopped_total,
            c.recovered_fen_in_month,
            c.recovered_fen_total};
}
constexpr size_t kFirstMoneyColumn = 12;

std::string day_text_iso(uint32_t d) {
    return d ? sync::iso_from_day_number(d) : "-";
}

std::string total_label(Lang l) {
    return l == Lang::zh ? "合计" : "Total";
}

}  // namespace

std::string yuan_text(int64_t fen) {
    std::string sign = fen < 0 ? "-" : "";
    if (fen < 0) fen = -fen;
    std::string cents = std::to_string(fen % 100);
    if (cents.size() < 2) cents = "0" + cents;
    return sign + std::to_string(fen / 100) + "." + cents;
}

CleanupReport cleanup_report(const std::vector<AbsenceEntry>& entries,
                             const std::map<std::string, std::string>& unit_names,
                             uint32_t month_first, uint32_t campaign_start, Lang lang) {
    CleanupReport r;
    r.month = sync::iso_from_day_number(month_first).substr(0, 7);
    r.month_end = sync::last_day_of_month(month_first);
    r.lang = lang;
    if (!campaign_start) {
        for (auto& e : entries)
            if (e.recorded_on && (!campaign_start || e.recorded_on < campaign_start))
                campaign_start = e.recorded_on;
    }
    r.campaign_start = campaign_start;
    std::map<std::string, CleanupCounts> units;
    std::map<AbsenceCategory, CleanupCounts> cats;
    for (auto& e : entries) {
        if (!e.recorded_on || e.recorded_on > r.month_end) continue;  // not yet registered
        count(r.total, e, month_first, r.month_end, campaign_start);
        count(units[e.unit_code], e, month_first, r.month_end, campaign_start);
        count(cats[e.category], e, month_first, r.month_end, campaign_start);
    }
    for (auto& [code, c] : units) {
        auto it = unit_names.find(code);
        r.by_unit.push_back({code, it == unit_names.end() ? code : it->second, c});
    }
    for (auto cat : all_categories())
        r.by_category.push_back({std::string(slug(cat)), std::string(label(cat, lang)), cats[cat]});
    return r;
}

std::vector<std::string> cleanup_columns(Lang l) {
    if (l == Lang::zh)
        return {"登记总数",     "本月新增",        "本月处理",        "累计处理",    "本月返岗",
                "累计返岗",     "本月调动/解聘等", "累计调动/解聘等", "月末仍离岗",  "逾期未返岗",
                "本月停发工资", "累计停发工资",    "本月追缴(元)",    "累计追缴(元)"};
    return {"registered",
            "new this month",
            "handled this month",
            "handled in total",
            "returned this month",
            "returned in total",
            "closed this month",
            "closed in total",
            "still absent",
            "overdue",
            "salary stopped this month",
            "salary stopped in total",
            "recovered this month (yuan)",
            "recovered in total (yuan)"};
}

std::vector<std::string> cleanup_values(const CleanupCounts& c) {
    std::vector<std::string> out;
    auto n = numbers(c);
    for (size_t i = 0; i < n.size(); ++i)
        out.push_back(i >= kFirstMoneyColumn ? yuan_text(n[i]) : std::to_string(n[i]));
    return out;
}

std::string cleanup_html_section(const CleanupReport& r) {
    bool zh = r.lang == Lang::zh;
    auto cols = cleanup_columns(r.lang);
    auto table = [&](const std::string& first, const std::vector<CleanupRow>& rows) {
        std::string h = "<table class=\"cleanup\">\n<tr><th>" + html_escape(first) + "</th>";
        for (auto& c : cols) h += "<th>" + html_escape(c) + "</th>";
        h += "</tr>\n";
        auto row = [&](const std::string& label, const CleanupCounts& c, bool strong) {
            h += strong ? "<tr class=\"total\"><th>" : "<tr><td>";
            h += html_escape(label) + (strong ? "</th>" : "</td>");
            for (auto& v : cleanup_values(c)) h += "<td class=\"n\">" + v + "</td>";
            h += "</tr>\n";
        };
        for (auto& x : rows) row(x.label, x.c, false);
        row(total_label(r.lang), r.total, true);
        return h + "</table>\n";
    };
    std::string h = "<section class=\"cleanup\">\n<h2>" +
                    std::string(zh ? "离岗教师清理整顿" : "Clean-up of absent staff") + "</h2>\n";
    h += "<p class=\"meta\">" +
         html_escape(
             zh ? "截至 " + sync::iso_from_day_number(r.month_end) + "；累计自 " +
                      (r.campaign_start ? sync::iso_from_day_number(r.campaign_start) : "-")
                : "As of " + sync::iso_from_day_number(r.month_end) + "; running totals since " +
                      (r.campaign_start ? sync::iso_from_day_number(r.campaign_start) : "-")) +
         "</p>\n";
    h += "<h3>" + std::string(zh ? "按单位" : "By unit") + "</h3>\n" +
         table(zh ? "单位" : "Unit", r.by_unit);
    h += "<h3>" + std::string(zh ? "按离岗类别" : "By category") + "</h3>\n" +
         table(zh ? "类别" : "Category", r.by_category);
    return h + "</section>\n";
}

std::string cleanup_json(const CleanupReport& r) {
    auto counts = [](const CleanupCounts& c) {
        return nlohmann::json{{"registered", c.registered},
                              {"new_in_month", c.new_in_month},
                              {"handled_in_month", c.handled_in_month},
                              {"handled_total", c.handled_total},
                              {"returned_in_month", c.returned_in_month},
                              {"returned_total", c.returned_total},
                              {"closed_in_month", c.closed_in_month},
                              {"closed_total", c.closed_total},
                              {"still_absent", c.still_absent},
                              {"overdue", c.overdue},
                              {"salary_stopped_in_month", c.salary_stopped_in_month},
                              {"salary_stopped_total", c.salary_stopped_total},
                              {"recovered_yuan_in_month", yuan_text(c.recovered_fen_in_month)},
                              {"recovered_yuan_total", yuan_text(c.recovered_fen_total)}};
    };
    nlohmann::json j{
        {"month", r.month},
        {"as_of", sync::iso_from_day_number(r.month_end)},
        {"campaign_start", r.campaign_start ? sync::iso_from_day_number(r.campaign_start) : ""},
        {"total", counts(r.total)}};
    for (auto& u : r.by_unit)
        j["by_unit"].push_back({{"unit", u.key}, {"name", u.label}, {"counts", counts(u.c)}});
    for (auto& c : r.by_category)
        j["by_category"].push_back(
            {{"category", c.key}, {"label", c.label}, {"counts", counts(c.c)}});
    return j.dump(1);
}

std::string cleanup_csv(const CleanupReport& r, bool bom) {
    bool zh = r.lang == Lang::zh;
    std::string out = bom ? std::string(kUtf8Bom) : std::string();
    std::vector<std::string> head = {csv_field(zh ? "表" : "table"),
                                     csv_field(zh ? "名称" : "name")};
    for (auto& c : cleanup_columns(r.lang)) head.push_back(csv_field(c));
    csv_row(out, head);
    auto row = [&](std::string_view table, const std::string& name, const CleanupCounts& c) {
        std::vector<std::string> f = {csv_field(table), csv_text_field(name)};
        for (auto& v : cleanup_values(c)) f.push_back(v);
        csv_row(out, f);
    };
    row(zh ? "合计" : "total", total_label(r.lang), r.total);
    for (auto& u : r.by_unit) row(zh ? "按单位" : "unit", u.label, u.c);
    for (auto& c : r.by_category) row(zh ? "按类别" : "category", c.label, c.c);
    return out;
}

std::vector<XlsxSheet> cleanup_xlsx_sheets(const CleanupReport& r) {
    bool zh = r.lang == Lang::zh;
    auto cols = cleanup_columns(r.lang);
    auto cells = [](const CleanupCounts& c) {
        std::vector<XlsxCell> v;
        auto n = numbers(c);
        for (size_t i = 0; i < n.size(); ++i)
            v.push_back(i >= kFirstMoneyColumn ? XlsxCell::real(static_cast<double>(n[i]) / 100)
                                               : XlsxCell::integer(n[i]));
        return v;
    };
    auto sheet = [&](std::string name, std::string first, const std::vector<CleanupRow>& rows,
                     const std::string& total_name) {
        XlsxSheet s;
        s.name = std::move(name);
        s.header = {std::move(first)};
        s.header.insert(s.header.end(), cols.begin(), cols.end());
        for (auto& x : rows) {
            std::vector<XlsxCell> row = {XlsxCell::text(x.label)};
            for (auto& c : cells(x.c)) row.push_back(c);
            s.rows.push_back(std::move(row));
        }
        std::vector<XlsxCell> total = {XlsxCell::text(total_name)};
        for (auto& c : cells(r.total)) total.push_back(c);
        s.rows.push_back(std::move(total));
        return s;
    };
    return {sheet(zh ? "清理汇总" : "Clean-up total", zh ? "月份" : "Month", {}, r.month),
            sheet(zh ? "清理按单位" : "Clean-up by unit", zh ? "单位" : "Unit", r.by_unit,
                  total_label(r.lang)),
            sheet(zh ? "清理按类别" : "Clean-up by category", zh ? "类别" : "Category",
                  r.by_category, total_label(r.lang))};
}

std::vector<ReportTable> cleanup_report_tables(const CleanupReport& r) {
    static const char* kKeys[] = {"cleanup_total", "cleanup_by_unit", "cleanup_by_category"};
    std::vector<ReportTable> out;
    auto sheets = cleanup_xlsx_sheets(r);
    for (size_t i = 0; i < sheets.size(); ++i) {
        ReportTable t;
        t.key = kKeys[i];
        t.title = sheets[i].name;
        t.header = std::move(sheets[i].header);
        t.rows = std::move(sheets[i].rows);
        if (i == 0)
            t.note = (r.lang == Lang::zh ? "截至 " : "As of ") + day_text_iso(r.month_end) +
                     (r.lang == Lang::zh ? "；累计自 " : "; running totals since ") +
                     day_text_iso(r.campaign_start);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace sk::bureau
