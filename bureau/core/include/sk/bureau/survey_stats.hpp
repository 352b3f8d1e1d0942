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

#include "sk/bureau/chart_data.hpp"
#include "sk/bureau/report_text.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/survey.hpp"

namespace sk::bureau {

constexpr int kDefaultMinGroup = 5;

struct OptionStat {
    std::string value;
    std::string label;  // in the report's language (Likert labels; the value for rating10)
    int64_t count = 0;
    double percent = 0;  // of the respondents who answered the question
};

struct QuestionStat {
    std::string id;
    survey::QuestionType type = survey::QuestionType::single;
    std::string text;                 // in the report's language
    int64_t answered = 0;             // respondents in the group who answered it
    bool hidden = false;              // answered < min_group: no numbers, no texts
    std::vector<OptionStat> options;  // single, multi, likert5 (1..5), rating10 (0..10), date
    std::optional<double> mean;       // likert5, rating10, number
    std::optional<double> min, max, median;  // number
    std::optional<double> q1, q3;            // number
    std::vector<HistBin> bins;               // number
    bool integer = false;                    // number: whole numbers only
    std::vector<std::string> texts;          // short_text, long_text (sorted, not by time)
    bool is_text() const {
        return type == survey::QuestionType::short_text || type == survey::QuestionType::long_text;
    }
};

struct GroupStat {
    std::string name;  // "全部" / "All" for everyone, a school (kiosk name) or a month
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
    std::string lang = "zh-CN";  // of every label and note
    int min_group = kDefaultMinGroup;
    uint32_t first_day = 0, last_day = 0;  // YYYYMMDD of the responses; 0 if unknown
    GroupStat overall;
    std::vector<GroupStat> schools;  // by name
    // By month ("YYYY-MM", in order) when the responses span more than one; only the
    // scale questions (likert5, rating10), with the same small-group rules as schools.
    std::vector<GroupStat> months;
    int64_t unreadable = 0;  // responses whose version is unknown or that do not parse
};

// Accumulates parsed responses; pure, so tests can feed known datasets.
class StatsBuilder {
  public:
    StatsBuilder(const survey::Survey& labels, int min_group, std::string lang = "zh-CN");
    ~StatsBuilder();
    StatsBuilder(StatsBuilder&&) noexcept;
    // day: YYYYMMDD the response was exported on (0: unknown, left out of the months).
    void add(const std::string& school, const survey::Answers& answers, uint32_t day = 0);
    void add_unreadable() { ++unreadable_; }
    SurveyStats finish() const;

  private:
    struct Acc;
    const survey::Survey& labels_;
    int min_group_;
    std::string lang_;
    int64_t unreadable_ = 0;
    std::unique_ptr<Acc> acc_;
};

// Reads every response of the survey (any version; each parsed against its own version's
// definition, labelled with the latest). Errc::not_found if no version is registered.
Result<SurveyStats> survey_stats(storage::BureauStore& store, const SurveyRegistry& registry,
                                 std::string_view survey_id, int min_group,
                                 std::optional<uint32_t> day_from = {},
                                 std::optional<uint32_t> day_to = {},
                                 std::string_view lang = "zh-CN");

}  // namespace sk::bureau
