#include "sk/bureau/survey_compare.hpp"

#include <algorithm>

#include "sk/bureau/report_text.hpp"

namespace sk::bureau {

ScaleSplit scale_split(const QuestionStat& q) {
    ScaleSplit s;
    if (!is_scale(q)) return s;
    const int neutral = q.type == survey::QuestionType::likert5 ? 3 : 5;
    for (const OptionStat& o : q.options) {
        const int v = std::stoi(o.value);
        (v < neutral ? s.negative : v == neutral ? s.neutral : s.positive) += o.percent;
    }
    return s;
}

std::vector<NegativeQuestion> most_negative(const GroupStat& g, size_t n) {
    std::vector<NegativeQuestion> out;
    if (g.hidden) return out;
    for (size_t i = 0; i < g.questions.size(); ++i) {
        const QuestionStat& q = g.questions[i];
        if (q.hidden || q.type != survey::QuestionType::likert5) continue;
        out.push_back({i, scale_split(q).negative});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.negative > b.negative; });
    if (out.size() > n) out.resize(n);
    return out;
}

std::vector<CompareRow> compare_rows(const SurveyStats& s, size_t index) {
    std::vector<CompareRow> rows;
    auto row_of = [&](const GroupStat& g, bool everyone) {
        CompareRow r;
        r.name = g.name;
        r.everyone = everyone;
        if (g.hidden) {
            r.hidden_reason = g.hidden_by_subtraction ? report_text(s.lang).hidden_by_subtraction
                                                      : hidden_note(s.min_group, s.lang);
        } else if (index >= g.questions.size() || g.questions[index].hidden) {
            r.hidden_reason = hidden_note(s.min_group, s.lang);
        } else {
            r.q = &g.questions[index];
        }
        return r;
    };
    rows.push_back(row_of(s.overall, true));
    for (const GroupStat& g : s.schools) rows.push_back(row_of(g, false));
    return rows;
}

}  // namespace sk::bureau
