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

void threshold_rows(std::vector<CleanupRow>& rows, int min_group) {
    size_t hidden = 0;
    CleanupRow* smallest_shown = nullptr;
    for (auto& x : rows) {
        // An empty row names nobody, and hiding it would not shield another.
        if (x.c.registered > 0 && x.c.registered < min_group) {
            x.hidden = true;
            ++hidden;
        } else if (x.c.registered > 0 &&
                   (!smallest_shown || x.c.registered < smallest_shown->c.registered)) {
            smallest_shown = &x;
        }
    }
    if (hidden == 1 && smallest_shown) {
        smallest_shown->hidden = true;
        smallest_shown->hidden_by_subtraction = true;
    }
    for (auto& x : rows)
        if (x.hidden) x.c = CleanupCounts{};
}

}  // namespace

void threshold_cleanup(CleanupReport& r, int min_group) {
    r.min_group = min_group;
    threshold_rows(r.by_unit, min_group);
    threshold_rows(r.by_category, min_group);
}

std::string cleanup_hidden_note(const CleanupReport& r, const CleanupRow& row) {
    bool zh = r.lang == Lang::zh;
    if (row.hidden_by_subtraction)
        return zh ? "为防止由合计推算出较小的隐藏项，不予显示"
                  : "hidden so that a smaller hidden row cannot be worked out by subtraction";
    return zh ? "少于 " + std::to_string(r.min_group) + " 条，不予显示"
              : "fewer than " + std::to_string(r.min_group) + " entries — hidden";
}

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
        for (auto& x : rows) {
            if (!x.hidden) {
                row(x.label, x.c, false);
                continue;
            }
            h += "<tr class=\"hidden\"><td>" + html_escape(x.label) + "</td><td colspan=\"" +
                 std::to_string(cols.size()) + "\">" + html_escape(cleanup_hidden_note(r, x)) +
                 "</td></tr>\n";
        }
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
    if (r.min_group) j["min_group"] = r.min_group;
    auto body = [&](nlohmann::json o, const CleanupRow& x) {
        if (x.hidden) {
            o["hidden"] = true;
            o["note"] = cleanup_hidden_note(r, x);
        } else {
            o["counts"] = counts(x.c);
        }
        return o;
    };
    for (auto& u : r.by_unit) j["by_unit"].push_back(body({{"unit", u.key}, {"name", u.label}}, u));
    for (auto& c : r.by_category)
        j["by_category"].push_back(body({{"category", c.key}, {"label", c.label}}, c));
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
    auto part = [&](std::string_view table, const CleanupRow& x) {
        if (!x.hidden) return row(table, x.label, x.c);
        std::vector<std::string> f = {csv_field(table), csv_text_field(x.label),
                                      csv_field(cleanup_hidden_note(r, x))};
        f.resize(head.size());  // as wide as the others
        csv_row(out, f);
    };
    row(zh ? "合计" : "total", total_label(r.lang), r.total);
    for (auto& u : r.by_unit) part(zh ? "按单位" : "unit", u);
    for (auto& c : r.by_category) part(zh ? "按类别" : "category", c);
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
            if (x.hidden) row.push_back(XlsxCell::text(cleanup_hidden_note(r, x)));
            for (auto& c : x.hidden ? std::vector<XlsxCell>{} : cells(x.c)) row.push_back(c);
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
