// Survey statistics for reports: per question counts and percentages per option, Likert and
// rating means, number statistics and free-text answers, overall and per school (kiosk).
// Small groups are hidden: a school where fewer than `min_group` people answered would let
// a head teacher single out a colleague's answers.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/survey_registry.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/survey.hpp"

namespace sk::bureau {

constexpr int kDefaultMinGroup = 5;
// What reports print in place of a hidden group or question:
// "fewer than 5 responses — hidden".
std::string hidden_note(int min_group);

struct OptionStat {
    std::string value;
    std::string label;  // zh-CN label (the value itself for scales)
    int64_t count = 0;
    double percent = 0;  // of the respondents who answered the question
};

struct QuestionStat {
    std::string id;
    survey::QuestionType type = survey::QuestionType::single;
    std::string text;                 // zh-CN
    int64_t answered = 0;             // respondents in the group who answered it
    bool hidden = false;              // answered < min_group: no numbers, no texts
    std::vector<OptionStat> options;  // single, multi, likert5 (1..5), rating10 (0..10), date
    std::optional<double> mean;       // likert5, rating10, number
    std::optional<double> min, max, median;  // number
    std::vector<std::string> texts;          // short_text, long_text (sorted, not by time)
    bool is_text() const {
        return type == survey::QuestionType::short_text || type == survey::QuestionType::long_text;
    }
};

struct GroupStat {
    std::string name;  // "全部" for everyone, else the school (kiosk name)
    int64_t respondents = 0;
    bool hidden = false;
    // Hidden although large enough: the only other hidden school could otherwise be worked
    // out as "everyone minus the schools shown" (complementary suppression).
    bool hidden_by_subtraction = false;
    std::vector<QuestionStat> questions;  // empty when hidden
};

struct SurveyStats {
    std::string survey_id;
    int64_t version = 0;  // the definition used for labels (the latest registered)
    std::string title;
    int min_group = kDefaultMinGroup;
    GroupStat overall;
    std::vector<GroupStat> schools;  // by name
    int64_t unreadable = 0;          // responses whose version is unknown or that do not parse
};

// Accumulates parsed responses; pure, so tests can feed known datasets.
class StatsBuilder {
  public:
    StatsBuilder(const survey::Survey& labels, int min_group);
    ~StatsBuilder();
    StatsBuilder(StatsBuilder&&) noexcept;
    void add(const std::string& school, const survey::Answers& answers);
    void add_unreadable() { ++unreadable_; }
    SurveyStats finish() const;

  private:
    struct Acc;
    const survey::Survey& labels_;
    int min_group_;
    int64_t unreadable_ = 0;
    std::unique_ptr<Acc> acc_;
};

// Reads every response of the survey (any version; each parsed against its own version's
// definition, labelled with the latest). Errc::not_found if no version is registered.
Result<SurveyStats> survey_stats(storage::BureauStore& store, const SurveyRegistry& registry,
                                 std::string_view survey_id, int min_group,
                                 std::optional<uint32_t> day_from = {},
                                 std::optional<uint32_t> day_to = {});

}  // namespace sk::bureau
