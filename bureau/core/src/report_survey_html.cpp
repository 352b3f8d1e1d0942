// The HTML survey report: summary on top, then per question the chart its type calls for,
// the schools compared on one chart or heat table, and the trend by month.
#include <algorithm>

#include "sk/bureau/html.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_compare.hpp"
#include "sk/bureau/svg_chart.hpp"

namespace sk::bureau {

namespace {

using survey::QuestionType;

std::string p_meta(const std::string& s) {
    return "<p class=\"meta\">" + html_escape(s) + "</p>\n";
}

std::string heading(const QuestionStat& q, const SurveyReportOptions& o, size_t number) {
    const std::string prefix = o.ids ? q.id + ". " : std::to_string(number) + ". ";
    return "<h3>" + html_escape(prefix + q.text) + "</h3>\n";
}

std::vector<std::string> scale_legend(const QuestionStat& q, const ReportText& t) {
    std::vector<std::string> legend;
    if (q.type == QuestionType::likert5) {
        for (const char* l : t.likert) legend.push_back(l);
    } else {
        for (const OptionStat& o : q.options) legend.push_back(o.label);
    }
    return legend;
}

StackedRow stacked_row(const std::string& label, const QuestionStat* q, const std::string& note) {
    StackedRow r;
    r.label = label;
    if (q == nullptr) {
        r.note = note;
        return r;
    }
    r.n = q->answered;
    for (const OptionStat& o : q->options) r.percents.push_back(o.percent);
    return r;
}

std::string stats_line(const QuestionStat& q, const ReportText& t) {
    std::string s = with_n(t.answered, q.answered);
    if (q.type == QuestionType::number && q.median) {
        s += t.list_sep + std::string(t.median) + " " + short_number(*q.median) + t.list_sep +
             t.quartiles + " " + short_number(*q.q1) + " – " + short_number(*q.q3) + t.list_sep +
             t.min + " " + short_number(*q.min) + t.list_sep + t.max + " " + short_number(*q.max);
    } else if (q.mean) {
        s += t.list_sep + std::string(t.mean) + " " + fixed(*q.mean, 2);
    }
    if (is_scale(q)) {
        const ScaleSplit sp = scale_split(q);
        s += t.list_sep + std::string(t.negative) + " " + fixed(sp.negative, 0) + "%" + t.list_sep +
             t.positive + " " + fixed(sp.positive, 0) + "%";
    }
    return s;
}

// The chart of one group's answers.
std::string overall_chart(const QuestionStat& q, const ReportText& t) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multi: {
            std::vector<Bar> bars;
            for (const OptionStat& o : q.options) bars.push_back({o.label, o.count, o.percent});
            return bar_chart_svg(bars);
        }
        case QuestionType::likert5:
        case QuestionType::rating10:
            return stacked_bars_svg({stacked_row(t.all, &q, "")}, scale_legend(q, t));
        case QuestionType::number:
            if (!q.median) return "";
            return histogram_svg(q.bins, *q.q1, *q.median, *q.q3, q.integer,
                                 std::string(t.median) + " " + short_number(*q.median) +
                                     t.list_sep + t.quartiles + " " + short_number(*q.q1) + " – " +
                                     short_number(*q.q3));
        case QuestionType::date: {
            std::vector<std::pair<std::string, int64_t>> days;
            for (const OptionStat& o : q.options) days.emplace_back(o.value, o.count);
            std::vector<Bar> bars;
            for (const MonthCount& m : monthly_counts(days)) {
                bars.push_back({m.month, m.count, 100.0 * double(m.count) / double(q.answered)});
            }
            return bar_chart_svg(bars, true);
        }
        default:
            return "";
    }
}

// A cell shaded by its share, so a row of schools reads like a heat map.
std::string heat_cell(double percent) {
    const double a = std::clamp(percent / 100.0, 0.0, 1.0) * 0.85;
    return "<td class=\"n\" style=\"background:rgba(59,110,165," + fixed(a, 2) + ")" +
           (a > 0.5 ? ";color:#fff" : "") + "\">" + fixed(percent, 0) + "%</td>";
}

std::string compare_html(const SurveyStats& s, size_t index, const ReportText& t) {
    const QuestionStat& q = s.overall.questions[index];
    if (s.schools.size() < 2 || q.is_text() || q.type == QuestionType::date) return "";
    const std::vector<CompareRow> rows = compare_rows(s, index);
    std::string out = "<h4>" + html_escape(t.by_school) + "</h4>\n";
    if (is_scale(q)) {
        std::vector<StackedRow> bars;
        for (const CompareRow& r : rows) bars.push_back(stacked_row(r.name, r.q, r.hidden_reason));
        return out + stacked_bars_svg(bars, scale_legend(q, t)) + "\n";
    }
    out += "<table><tr><th>" + html_escape(t.school) + "</th><th>n</th>";
    if (q.type == QuestionType::number) {
        out += "<th>" + html_escape(t.median) + "</th><th>" + html_escape(t.quartiles) + "</th>";
    } else {
        for (const OptionStat& o : q.options) out += "<th>" + html_escape(o.label) + "</th>";
    }
    out += "</tr>\n";
    const size_t cols = q.type == QuestionType::number ? 2 : q.options.size();
    for (const CompareRow& r : rows) {
        out += "<tr><td>" + html_escape(r.name) + "</td>";
        if (r.q == nullptr) {
            out += "<td class=\"hidden\" colspan=\"" + std::to_string(cols + 1) + "\">" +
                   html_escape(r.hidden_reason) + "</td></tr>\n";
            continue;
        }
        out += "<td class=\"n\">" + std::to_string(r.q->answered) + "</td>";
        if (q.type == QuestionType::number) {
            out += "<td class=\"n\">" + short_number(r.q->median.value_or(0)) +
                   "</td><td class=\"n\">" + short_number(r.q->q1.value_or(0)) + " – " +
                   short_number(r.q->q3.value_or(0)) + "</td>";
        } else {
            for (const OptionStat& o : r.q->options) out += heat_cell(o.percent);
        }
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

std::string trend_html(const SurveyStats& s, const QuestionStat& q, const ReportText& t) {
    if (s.months.size() < 2 || !is_scale(q)) return "";
    std::vector<StackedRow> bars;
    for (const GroupStat& m : s.months) {
        const QuestionStat* mq = nullptr;
        std::string why =
            m.hidden_by_subtraction ? t.hidden_by_subtraction : hidden_note(s.min_group, s.lang);
        for (const QuestionStat& x : m.questions) {
            if (x.id == q.id && !m.hidden && !x.hidden) mq = &x;
        }
        bars.push_back(stacked_row(m.name, mq, why));
    }
    return "<h4>" + html_escape(t.trend) + "</h4>\n" + stacked_bars_svg(bars, scale_legend(q, t)) +
           "\n";
}

std::string question_html(const SurveyStats& s, size_t index, const SurveyReportOptions& o) {
    const ReportText& t = report_text(s.lang);
    const QuestionStat& q = s.overall.questions[index];
    std::string out = "<section class=\"q\">\n" + heading(q, o, index + 1);
    if (q.hidden) {
        return out + "<p class=\"hidden\">" + html_escape(hidden_note(s.min_group, s.lang)) +
               "</p>\n</section>\n";
    }
    if (q.is_text()) {
        out += p_meta(with_n(t.free_text_count, static_cast<long long>(q.texts.size())));
        if (!o.free_text) out += p_meta(t.free_text_hint);
        if (o.free_text && !q.texts.empty()) {
            out += "<ul class=\"texts\">\n";
            for (const std::string& x : q.texts) out += "<li>" + html_escape(x) + "</li>\n";
            out += "</ul>\n";
        }
        return out + "</section>\n";
    }
    out += p_meta(stats_line(q, t));
    const std::string compare = compare_html(s, index, t);
    // A scale's comparison chart starts with everyone's bar: no need to draw it twice.
    if (compare.empty() || !is_scale(q)) out += overall_chart(q, t) + "\n";
    return out + compare + trend_html(s, q, t) + "</section>\n";
}

std::string summary_html(const SurveyStats& s, const SurveyReportOptions& o) {
    const ReportText& t = report_text(s.lang);
    size_t shown = 0;
    for (const GroupStat& g : s.schools) shown += g.hidden ? 0 : 1;
    std::string out = "<div class=\"summary\"><table>\n";
    auto row = [&](const char* k, const std::string& v) {
        out += "<tr><th>" + html_escape(k) + "</th><td>" + html_escape(v) + "</td></tr>\n";
    };
    row(t.responses, std::to_string(s.overall.respondents));
    row(t.schools,
        std::to_string(s.schools.size()) +
            (shown < s.schools.size()
                 ? " (" +
                       with_n(t.schools_hidden, static_cast<long long>(s.schools.size() - shown)) +
                       ")"
                 : ""));
    if (!report_period(s).empty()) row(t.period, report_period(s));
    const auto neg = most_negative(s.overall, 3);
    if (!neg.empty()) {
        std::string list = "<ol>";
        for (const NegativeQuestion& n : neg) {
            const QuestionStat& q = s.overall.questions[n.index];
            list += "<li>" + html_escape((o.ids ? q.id + ". " : "") + q.text) + " — " +
                    html_escape(t.negative_share) + " " + fixed(n.negative, 0) + "%</li>";
        }
        out += "<tr><th>" + html_escape(t.most_negative) + "</th><td>" + list + "</ol></td></tr>\n";
    }
    out += "</table></div>\n";
    return out;
}

}  // namespace

std::string survey_report_html(const SurveyStats& s, const SurveyReportOptions& o) {
    const ReportText& t = report_text(s.lang);
    std::string out = html_begin(s.title.empty() ? s.survey_id : s.title, t.lang);
    std::string meta = o.ids ? std::string(t.survey) + " " + s.survey_id + t.list_sep : "";
    meta += std::string(t.version) + " " + std::to_string(s.version);
    if (!o.generated.empty()) meta += t.list_sep + std::string(t.generated) + " " + o.generated;
    out += p_meta(meta + t.list_sep + with_n(t.group_rule, s.min_group));
    if (s.unreadable > 0) out += p_meta(with_n(t.unreadable, s.unreadable));
    out += summary_html(s, o);
    if (s.overall.hidden) {
        out += "<p class=\"hidden\">" + html_escape(hidden_note(s.min_group, s.lang)) + "</p>\n";
        return out + html_end();
    }
    out += "<h2>" + html_escape(t.results) + "</h2>\n";
    for (size_t i = 0; i < s.overall.questions.size(); ++i) out += question_html(s, i, o);
    return out + html_end();
}

}  // namespace sk::bureau
