#include "sk/bureau/report_survey.hpp"

#include <nlohmann/json.hpp>

#include "sk/bureau/csv.hpp"
#include "sk/bureau/html.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::string group_hidden_reason(const GroupStat& g, const SurveyStats& s) {
    return g.hidden_by_subtraction ? report_text(s.lang).hidden_by_subtraction
                                   : hidden_note(s.min_group, s.lang);
}

void csv_group(std::string& out, const GroupStat& g, const SurveyStats& s,
               const SurveyReportOptions& o) {
    const std::string name = csv_field(g.name);
    if (g.hidden) {
        // The respondent count of a hidden group is itself withheld.
        csv_row(out,
                {name, "", "", "", "", "hidden", "", "", csv_field(group_hidden_reason(g, s))});
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
            row("hidden", "", "", csv_field(hidden_note(s.min_group, s.lang)));
            continue;
        }
        for (const OptionStat& o : q.options) {
            row(o.value, std::to_string(o.count), fixed(o.percent, 1), csv_field(o.label));
        }
        if (q.mean) row("mean", std::to_string(q.answered), "", fixed(*q.mean, 2));
        if (q.min) row("min", "", "", fixed(*q.min, 2));
        if (q.q1) row("q1", "", "", fixed(*q.q1, 2));
        if (q.median) row("median", "", "", fixed(*q.median, 2));
        if (q.q3) row("q3", "", "", fixed(*q.q3, 2));
        if (q.max) row("max", "", "", fixed(*q.max, 2));
        if (q.is_text()) row("texts", std::to_string(q.texts.size()), "", "");
        if (!o.free_text) continue;
        for (const std::string& t : q.texts) row("text", "", "", csv_text_field(t));
    }
}

nlohmann::json group_json(const GroupStat& g, const SurveyStats& s, const SurveyReportOptions& o) {
    nlohmann::json j = {{"name", g.name}, {"hidden", g.hidden}};
    if (g.hidden) {
        j["note"] = group_hidden_reason(g, s);
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
            qj["note"] = hidden_note(s.min_group, s.lang);
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
            if (q.q1) qj["q1"] = *q.q1;
            if (q.q3) qj["q3"] = *q.q3;
            if (!q.bins.empty()) {
                qj["bins"] = nlohmann::json::array();
                for (const HistBin& b : q.bins) {
                    qj["bins"].push_back({{"from", b.lo}, {"to", b.hi}, {"count", b.count}});
                }
            }
            if (q.is_text()) {
                qj["text_count"] = q.texts.size();
                if (o.free_text) qj["texts"] = q.texts;
            }
        }
        j["questions"].push_back(std::move(qj));
    }
    return j;
}

}  // namespace

std::string survey_report_csv(const SurveyStats& s, const SurveyReportOptions& o) {
    std::string out;
    csv_row(out, {"group", "respondents", "question_id", "question", "type", "item", "count",
                  "percent", "value"});
    csv_group(out, s.overall, s, o);
    for (const GroupStat& g : s.schools) csv_group(out, g, s, o);
    return out;
}

std::string survey_report_json(const SurveyStats& s, const SurveyReportOptions& o) {
    nlohmann::json j = {{"survey", s.survey_id},
                        {"version", s.version},
                        {"title", s.title},
                        {"lang", s.lang},
                        {"min_group", s.min_group},
                        {"unreadable", s.unreadable},
                        {"overall", group_json(s.overall, s, o)}};
    if (s.first_day != 0) {
        j["first_day"] = sync::iso_from_day_number(s.first_day);
        j["last_day"] = sync::iso_from_day_number(s.last_day);
    }
    j["schools"] = nlohmann::json::array();
    for (const GroupStat& g : s.schools) j["schools"].push_back(group_json(g, s, o));
    j["months"] = nlohmann::json::array();
    for (const GroupStat& g : s.months) j["months"].push_back(group_json(g, s, o));
    return j.dump(2) + "\n";
}

std::string report_period(const SurveyStats& s) {
    if (!sync::is_valid_day_number(s.first_day) || !sync::is_valid_day_number(s.last_day)) {
        return "";
    }
    const std::string a = sync::iso_from_day_number(s.first_day);
    const std::string b = sync::iso_from_day_number(s.last_day);
    return a == b ? a : a + " – " + b;
}

}  // namespace sk::bureau
