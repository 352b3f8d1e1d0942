// The survey report as tables (one XLSX sheet each): summary, results, schools compared,
// by month, and the written answers only when asked for.
#include <cmath>

#include "sk/bureau/html.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_compare.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

using C = XlsxCell;

C pct(double p) {
    return C::real(std::round(p * 10) / 10);  // one decimal, as the HTML shows it
}

C day_cell(uint32_t day) {
    if (!sync::is_valid_day_number(day)) return C{};
    return C::date({int(day / 10000), int(day / 100 % 100), int(day % 100)});
}

std::string qname(const QuestionStat& q, const SurveyReportOptions& o) {
    return o.ids ? q.id + ". " + q.text : q.text;
}

// Rows of one group's answers to one question: option, count, share, or the statistics.
void question_rows(std::vector<std::vector<C>>& rows, std::vector<C> lead, const QuestionStat& q,
                   const SurveyStats& s, const SurveyReportOptions& o) {
    const ReportText& t = report_text(s.lang);
    auto add = [&](C item, C count, C share) {
        std::vector<C> r = lead;
        r.insert(r.end(),
                 {C::text(qname(q, o)), std::move(item), std::move(count), std::move(share)});
        rows.push_back(std::move(r));
    };
    if (q.hidden) return add(C::text(hidden_note(s.min_group, s.lang)), C{}, C{});
    for (const OptionStat& op : q.options)
        add(C::text(op.label), C::integer(op.count), pct(op.percent));
    auto stat = [&](const char* name, const std::optional<double>& v) {
        if (v) add(C::text(name), C{}, C::real(std::round(*v * 100) / 100));
    };
    stat(t.mean, q.mean);
    stat(t.min, q.min);
    stat("Q1", q.q1);
    stat(t.median, q.median);
    stat("Q3", q.q3);
    stat(t.max, q.max);
    if (q.is_text()) add(C::text(t.written_answers), C::integer(int64_t(q.texts.size())), C{});
}

}  // namespace

std::vector<ReportTable> survey_report_tables(const SurveyStats& s, const SurveyReportOptions& o) {
    const ReportText& t = report_text(s.lang);
    std::vector<ReportTable> out;

    ReportTable sum{"summary", t.summary, {t.summary, t.value}, {}, "", ""};
    sum.rows.push_back({C::text(t.survey), C::text(s.title)});
    if (o.ids) sum.rows.push_back({C::text("id"), C::text(s.survey_id)});
    sum.rows.push_back({C::text(t.version), C::integer(s.version)});
    sum.rows.push_back({C::text(t.responses), C::integer(s.overall.respondents)});
    sum.rows.push_back({C::text(t.schools), C::integer(int64_t(s.schools.size()))});
    if (s.first_day != 0) {
        sum.rows.push_back({C::text(t.period), day_cell(s.first_day)});
        sum.rows.push_back({C::text(""), day_cell(s.last_day)});
    }
    if (!o.generated.empty()) {
        auto d = survey::parse_date(o.generated);
        sum.rows.push_back({C::text(t.generated), d ? C::date(*d) : C::text(o.generated)});
    }
    for (const NegativeQuestion& n : most_negative(s.overall, 3)) {
        sum.rows.push_back({C::text(t.most_negative),
                            C::text(qname(s.overall.questions[n.index], o) + " — " +
                                    t.negative_share + " " + fixed(n.negative, 0) + "%")});
    }
    sum.note = with_n(t.group_rule, s.min_group);
    out.push_back(std::move(sum));

    ReportTable res{"results", t.results, {t.question, t.option, t.count, t.percent}, {}, "", ""};
    for (const QuestionStat& q : s.overall.questions) question_rows(res.rows, {}, q, s, o);
    out.push_back(std::move(res));

    if (s.schools.size() > 1) {
        ReportTable cmp{
            "schools", t.by_school, {t.school, t.question, t.option, t.count, t.percent},
            {},        "",          ""};
        for (const GroupStat& g : s.schools) {
            if (g.hidden) {
                cmp.rows.push_back(
                    {C::text(g.name),
                     C::text(g.hidden_by_subtraction ? t.hidden_by_subtraction
                                                     : hidden_note(s.min_group, s.lang))});
                continue;
            }
            for (const QuestionStat& q : g.questions) {
                if (!q.is_text()) question_rows(cmp.rows, {C::text(g.name)}, q, s, o);
            }
        }
        out.push_back(std::move(cmp));
    }

    if (s.months.size() > 1) {
        ReportTable tr{
            "months", t.trend, {t.month, t.question, "n", t.negative, t.neutral, t.positive},
            {},       "",      ""};
        for (const GroupStat& m : s.months) {
            for (const QuestionStat& q : m.questions) {
                if (m.hidden || q.hidden) {
                    tr.rows.push_back({C::text(m.name), C::text(qname(q, o)), C{},
                                       C::text(hidden_note(s.min_group, s.lang))});
                    continue;
                }
                const ScaleSplit sp = scale_split(q);
                tr.rows.push_back({C::text(m.name), C::text(qname(q, o)), C::integer(q.answered),
                                   pct(sp.negative), pct(sp.neutral), pct(sp.positive)});
            }
            if (m.hidden && m.questions.empty()) {
                tr.rows.push_back(
                    {C::text(m.name), C{}, C{},
                     C::text(m.hidden_by_subtraction ? t.hidden_by_subtraction
                                                     : hidden_note(s.min_group, s.lang))});
            }
        }
        out.push_back(std::move(tr));
    }

    if (o.free_text) {
        ReportTable ft{"texts", t.written_answers, {t.question, t.value}, {}, "", ""};
        for (const QuestionStat& q : s.overall.questions) {
            if (!q.is_text() || q.hidden) continue;
            for (const std::string& x : q.texts)
                ft.rows.push_back({C::text(qname(q, o)), C::text(x)});
        }
        out.push_back(std::move(ft));
    }
    return out;
}

}  // namespace sk::bureau
