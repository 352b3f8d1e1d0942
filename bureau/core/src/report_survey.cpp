#include "sk/bureau/report_survey.hpp"

#include <nlohmann/json.hpp>

#include "sk/bureau/csv.hpp"
#include "sk/bureau/html.hpp"
#include "sk/bureau/svg_chart.hpp"

namespace sk::bureau {

namespace {

std::string group_hidden_reason(const GroupStat& g, int min_group) {
    return g.hidden_by_subtraction
               ? "hidden so that a smaller hidden school cannot be worked out by subtraction"
               : hidden_note(min_group);
}

void csv_group(std::string& out, const GroupStat& g, int min_group) {
    const std::string name = csv_field(g.name);
    if (g.hidden) {
        // The respondent count of a hidden group is itself withheld.
        csv_row(out, {name, "", "", "", "", "hidden", "", "",
                      csv_field(group_hidden_reason(g, min_group))});
        return;
    }
    const std::string n = std::to_string(g.respondents);
    for (const QuestionStat& q : g.questions) {
        const std::vector<std::string> head = {name, n, csv_field(q.id), csv_field(q.text),
                                               survey::question_type_name(q.type)};
        auto row = [&](const std::string& item, const std::string& count, const std::string& pct,
                       const std::string& value) {
            std::vector<std::string> r = head;
            r.insert(r.end(), {csv_field(item), count, pct, value});
            csv_row(out, r);
        };
        if (q.hidden) {
            row("hidden", "", "", csv_field(hidden_note(min_group)));
            continue;
        }
        for (const OptionStat& o : q.options) {
            row(o.value, std::to_string(o.count), fixed(o.percent, 1), csv_field(o.label));
        }
        if (q.mean) row("mean", std::to_string(q.answered), "", fixed(*q.mean, 2));
        if (q.min) row("min", "", "", fixed(*q.min, 2));
        if (q.max) row("max", "", "", fixed(*q.max, 2));
        if (q.median) row("median", "", "", fixed(*q.median, 2));
        for (const std::string& t : q.texts) row("text", "", "", csv_text_field(t));
    }
}

nlohmann::json group_json(const GroupStat& g, int min_group) {
    nlohmann::json j = {{"name", g.name}, {"hidden", g.hidden}};
    if (g.hidden) {
        j["note"] = group_hidden_reason(g, min_group);
        return j;
    }
    j["respondents"] = g.respondents;
    j["questions"] = nlohmann::json::array();
    for (const QuestionStat& q : g.questions) {
        nlohmann::json qj = {{"id", q.id},
                             {"type", survey::question_type_name(q.type)},
                             {"text", q.text},
                             {"answered", q.answered},
                             {"hidden", q.hidden}};
        if (q.hidden) {
            qj["note"] = hidden_note(min_group);
        } else {
            if (!q.options.empty()) {
                qj["options"] = nlohmann::json::array();
                for (const OptionStat& o : q.options) {
                    qj["options"].push_back({{"value", o.value},
                                             {"label", o.label},
                                             {"count", o.count},
                                             {"percent", o.percent}});
                }
            }
            if (q.mean) qj["mean"] = *q.mean;
            if (q.min) qj["min"] = *q.min;
            if (q.max) qj["max"] = *q.max;
            if (q.median) qj["median"] = *q.median;
            if (q.is_text()) qj["texts"] = q.texts;
        }
        j["questions"].push_back(std::move(qj));
    }
    return j;
}

std::string question_html(const QuestionStat& q, int min_group, bool chart) {
    std::string out = "<h3>" + html_escape(q.id) + ". " + html_escape(q.text) + "</h3>\n";
    if (q.hidden) {
        return out + "<p class=\"hidden\">" + html_escape(hidden_note(min_group)) + "</p>\n";
    }
    out += "<p class=\"meta\">" + std::to_string(q.answered) + " 人作答";
    if (q.mean) out += "，平均 " + fixed(*q.mean, 2);
    if (q.median) {
        out += "，中位数 " + fixed(*q.median, 2) + "，最小 " + fixed(*q.min, 2) + "，最大 " +
               fixed(*q.max, 2);
    }
    out += "</p>\n";
    if (!q.options.empty()) {
        if (chart) {
            std::vector<Bar> bars;
            for (const OptionStat& o : q.options) bars.push_back({o.label, o.count, o.percent});
            out += bar_chart_svg(bars) + "\n";
        } else {
            out += "<table><tr><th>选项</th><th>人数</th><th>%</th></tr>\n";
            for (const OptionStat& o : q.options) {
                out += "<tr><td>" + html_escape(o.label) + "</td><td class=\"n\">" +
                       std::to_string(o.count) + "</td><td class=\"n\">" + fixed(o.percent, 1) +
                       "</td></tr>\n";
            }
            out += "</table>\n";
        }
    }
    if (!q.texts.empty()) {
        out += "<ul class=\"texts\">\n";
        for (const std::string& t : q.texts) out += "<li>" + html_escape(t) + "</li>\n";
        out += "</ul>\n";
    }
    return out;
}

std::string group_html(const GroupStat& g, int min_group, bool chart) {
    std::string out = "<h2>" + html_escape(g.name) + "</h2>\n";
    if (g.hidden) {
        return out + "<p class=\"hidden\">" + html_escape(group_hidden_reason(g, min_group)) +
               "</p>\n";
    }
    out += "<p class=\"meta\">" + std::to_string(g.respondents) + " 份答卷</p>\n";
    for (const QuestionStat& q : g.questions) out += question_html(q, min_group, chart);
    return out;
}

}  // namespace

std::string survey_report_csv(const SurveyStats& s) {
    std::string out;
    csv_row(out, {"group", "respondents", "question_id", "question", "type", "item", "count",
                  "percent", "value"});
    csv_group(out, s.overall, s.min_group);
    for (const GroupStat& g : s.schools) csv_group(out, g, s.min_group);
    return out;
}

std::string survey_report_json(const SurveyStats& s) {
    nlohmann::json j = {
        {"survey", s.survey_id},      {"version", s.version},
        {"title", s.title},           {"min_group", s.min_group},
        {"unreadable", s.unreadable}, {"overall", group_json(s.overall, s.min_group)}};
    j["schools"] = nlohmann::json::array();
    for (const GroupStat& g : s.schools) j["schools"].push_back(group_json(g, s.min_group));
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string survey_report_html(const SurveyStats& s) {
    std::string out = html_begin(s.title.empty() ? s.survey_id : s.title);
    out += "<p class=\"meta\">问卷 " + html_escape(s.survey_id) + "（版本 " +
           std::to_string(s.version) + "）。少于 " + std::to_string(s.min_group) +
           " 人的分组不予显示（" + html_escape(hidden_note(s.min_group)) + "）。</p>\n";
    if (s.unreadable > 0) {
        out += "<p class=\"meta\">" + std::to_string(s.unreadable) +
               " 份答卷的问卷版本未登记，未计入。</p>\n";
    }
    out += group_html(s.overall, s.min_group, true);
    for (const GroupStat& g : s.schools) out += group_html(g, s.min_group, false);
    return out + html_end();
}

}  // namespace sk::bureau
