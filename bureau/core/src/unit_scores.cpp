#include "sk/bureau/unit_scores.hpp"

#include <algorithm>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/bureau/case_refs.hpp"
#include "sk/bureau/html.hpp"

#include <climits>

namespace sk::bureau {

Result<ScoreRules> load_score_rules(const std::filesystem::path& file) {
    auto text = read_file(file);
    if (!text) return text.error();
    auto rules = parse_score_rules(
        std::string_view(reinterpret_cast<const char*>(text->data()), text->size()));
    if (!rules) return Error{rules.error().code, file.string() + ": " + rules.error().message};
    return rules;
}

Result<std::vector<UnitScoreRow>> unit_score_table(storage::BureauStore& s, const Actor& a,
                                                   const ScoreRules& rules, const Quarter& q,
                                                   std::string_view lang) {
    SK_TRY(authorize(a, Permission::read_reports));
    store::CaseFilter f;
    f.received_from = q.first_day();
    f.received_to = q.last_day();
    auto rows = store::list_cases(s, f);
    if (!rows) return rows.error();
    std::vector<ScoreCase> cases;
    for (const auto& r : rows.value()) {
        auto ch = parse_channel(r.channel);
        if (!ch) return Error{Errc::internal, r.case_no + " has an unknown channel"};
        cases.push_back({r.case_no, r.unit_code, *ch, r.received_day, parse_finding(r.finding)});
    }
    auto names = unit_names(s);
    if (!names) return names.error();
    std::vector<std::string> units;
    for (const auto& [code, name] : names.value()) units.push_back(code);
    std::vector<UnitScoreRow> out;
    for (auto& sc : score_units(rules, units, cases, q)) {
        UnitScoreRow row;
        auto it = names->find(sc.unit);
        row.unit_name = it == names->end() ? sc.unit : it->second;
        row.explanation = explain_score(sc, lang);
        row.score = std::move(sc);
        out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const UnitScoreRow& x, const UnitScoreRow& y) {
        return x.score.total > y.score.total;
    });
    return out;
}

OutTable unit_score_out_table(const std::vector<UnitScoreRow>& rows, const Quarter& q, bool en) {
    OutTable t;
    t.title = (en ? "unit scores " : "单位考核得分 ") + format_quarter(q);
    t.header = en ? std::vector<std::string>{"rank",   "unit",     "name",  "base",
                                             "gained", "deducted", "score", "how"}
                  : std::vector<std::string>{"名次", "单位代码", "单位", "基础分",
                                             "加分", "扣分",     "得分", "计算过程"};
    t.keys = {"rank", "unit", "name", "base", "gained", "deducted", "score", "how"};
    t.numeric = {true, false, false, true, true, true, true, false};
    int rank = 0, prev = INT32_MIN, i = 0;
    for (const auto& r : rows) {
        ++i;
        if (r.score.total != prev) rank = i;
        prev = r.score.total;
        t.rows.push_back({std::to_string(rank), r.score.unit, r.unit_name,
                          std::to_string(r.score.base), std::to_string(r.score.gain),
                          std::to_string(r.score.loss), std::to_string(r.score.total),
                          r.explanation});
    }
    return t;
}

std::string unit_score_html(const OutTable& t) {
    std::string h = html_begin(t.title) + "<h1>" + html_escape(t.title) + "</h1>\n<table>\n<tr>";
    for (const auto& c : t.header) h += "<th>" + html_escape(c) + "</th>";
    h += "</tr>\n";
    for (const auto& r : t.rows) {
        h += "<tr>";
        for (const auto& c : r) h += "<td>" + html_escape(c) + "</td>";
        h += "</tr>\n";
    }
    return h + "</table>\n" + html_end();
}

}  // namespace sk::bureau
