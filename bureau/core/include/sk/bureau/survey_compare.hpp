// What the survey report says about its numbers, as plain functions: the negative / neutral
// / positive split of a scale question, the questions with the most negative answers, and
// the rows of a school comparison with the small-group rule applied.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sk/bureau/survey_stats.hpp"

namespace sk::bureau {

// Shares in percent of those who answered. likert5: 1-2 / 3 / 4-5. rating10: 0-4 / 5 / 6-10
// (symmetric around the middle of the scale). Other types: all zero.
struct ScaleSplit {
    double negative = 0, neutral = 0, positive = 0;
};
ScaleSplit scale_split(const QuestionStat& q);
inline bool is_scale(const QuestionStat& q) {
    return q.type == survey::QuestionType::likert5 || q.type == survey::QuestionType::rating10;
}

// Index into g.questions and the disagree share (1-2), for the Likert questions that are
// shown; largest share first, survey order on ties; at most n. Only Likert: a 0-10 rating
// has no known direction ("how heavy is your workload" is worse when high).
struct NegativeQuestion {
    size_t index = 0;
    double negative = 0;
};
std::vector<NegativeQuestion> most_negative(const GroupStat& g, size_t n = 3);

// One row per school for question `index` (everyone first): a hidden school, or a school
// where too few answered this question, has no numbers (q == nullptr) and says why.
struct CompareRow {
    std::string name;
    bool everyone = false;
    const QuestionStat* q = nullptr;  // null: hidden
    std::string hidden_reason;
};
std::vector<CompareRow> compare_rows(const SurveyStats& s, size_t index);

}  // namespace sk::bureau
