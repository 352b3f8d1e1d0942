#include "sk/bureau/survey_stats.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "sk/survey/response.hpp"

namespace sk::bureau {

namespace {

struct QAcc {
    int64_t answered = 0;
    std::map<std::string, int64_t> counts;
    std::vector<double> numbers;
    std::vector<std::string> texts;
};

struct GAcc {
    int64_t respondents = 0;
    std::map<std::string, QAcc> q;  // by question id
};

void add_answer(const survey::Question& q, const survey::Answer& a, QAcc& acc) {
    if (!a.answered()) return;
    ++acc.answered;
    switch (a.kind()) {
        case survey::Answer::Kind::choice:
            ++acc.counts[a.choice()];
            break;
        case survey::Answer::Kind::choices:
            for (const auto& v : a.choices()) ++acc.counts[v];
            break;
        case survey::Answer::Kind::integer:
        case survey::Answer::Kind::number:
            acc.numbers.push_back(a.numeric());
            if (q.type != survey::QuestionType::number) ++acc.counts[std::to_string(a.integer())];
            break;
        case survey::Answer::Kind::text:
            acc.texts.emplace_back(a.text().view());
            break;
        case survey::Answer::Kind::date:
            ++acc.counts[survey::format_date(a.date())];
            break;
        case survey::Answer::Kind::none:
            break;
    }
}

// Option rows in the order a reader expects: the survey's options, the whole scale.
std::vector<std::pair<std::string, std::string>> option_rows(const survey::Question& q,
                                                             const QAcc& acc,
                                                             const std::string& lang) {
    std::vector<std::pair<std::string, std::string>> rows;
    switch (q.type) {
        case survey::QuestionType::single:
        case survey::QuestionType::multi:
            for (const auto& o : q.options) rows.emplace_back(o.value, o.label.in(lang));
            break;
        case survey::QuestionType::likert5:
            for (int i = 1; i <= 5; ++i) {
                rows.emplace_back(std::to_string(i), report_text(lang).likert[i - 1]);
            }
            break;
        case survey::QuestionType::rating10:
            for (int i = 0; i <= 10; ++i) rows.emplace_back(std::to_string(i), std::to_string(i));
            break;
        case survey::QuestionType::date:
            for (const auto& [v, n] : acc.counts) rows.emplace_back(v, v);
            break;
        default:
            break;
    }
    return rows;
}

QuestionStat finish_question(const survey::Question& q, const QAcc& acc, int min_group,
                             const std::string& lang) {
    QuestionStat s;
    s.id = q.id;
    s.type = q.type;
    s.text = q.text.in(lang);
    s.integer = q.integer;
    s.answered = acc.answered;
    if (acc.answered < min_group) {
        s.hidden = true;
        return s;
    }
    for (const auto& [value, label] : option_rows(q, acc, lang)) {
        auto it = acc.counts.find(value);
        const int64_t n = it == acc.counts.end() ? 0 : it->second;
        s.options.push_back({value, label, n, 100.0 * double(n) / double(acc.answered)});
    }
    if (!acc.numbers.empty()) {
        double sum = 0;
        for (double v : acc.numbers) sum += v;
        s.mean = sum / double(acc.numbers.size());
        if (q.type == survey::QuestionType::number) {
            std::vector<double> v = acc.numbers;
            std::sort(v.begin(), v.end());
            s.min = v.front();
            s.max = v.back();
            const Quartiles qs = quartiles(v);
            s.q1 = qs.q1;
            s.median = qs.median;
            s.q3 = qs.q3;
            s.bins = histogram_bins(v, q.integer);
        }
    }
    s.texts = acc.texts;
    // Sorted, so the list order says nothing about which response (or school) came first.
    std::sort(s.texts.begin(), s.texts.end());
    return s;
}

// Complementary suppression: when exactly one group is hidden, the smallest shown one is hidden
// too, or the hidden one could be worked out as "everyone minus the groups shown".
void suppress_by_subtraction(std::vector<GroupStat>& groups, const GroupStat& overall) {
    size_t hidden = 0;
    GroupStat* smallest_shown = nullptr;
    for (auto& g : groups) {
        if (g.hidden) {
            ++hidden;
        } else if (!smallest_shown || g.respondents < smallest_shown->respondents) {
            smallest_shown = &g;
        }
    }
    if (hidden == 1 && smallest_shown != nullptr && !overall.hidden) {
        smallest_shown->hidden = true;
        smallest_shown->hidden_by_subtraction = true;
        smallest_shown->questions.clear();
    }
}

std::string month_of(uint32_t day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u", day / 10000, day / 100 % 100);
    return buf;
}

}  // namespace

struct StatsBuilder::Acc {
    GAcc overall;
    std::map<std::string, GAcc> schools;
    std::map<std::string, GAcc> months;  // scale questions only
    uint32_t first_day = 0, last_day = 0;
};

StatsBuilder::StatsBuilder(const survey::Survey& labels, int min_group, std::string lang)
    : labels_(labels),
      min_group_(min_group),
      lang_(std::move(lang)),
      acc_(std::make_unique<Acc>()) {}
StatsBuilder::~StatsBuilder() = default;
StatsBuilder::StatsBuilder(StatsBuilder&&) noexcept = default;

void StatsBuilder::add(const std::string& school, const survey::Answers& answers, uint32_t day) {
    GAcc* groups[] = {&acc_->overall, &acc_->schools[school]};
    for (GAcc* g : groups) {
        ++g->respondents;
        for (const auto& q : labels_.questions) {
            if (const survey::Answer* a = answers.find(q.id)) add_answer(q, *a, g->q[q.id]);
        }
    }
    if (day == 0) return;
    if (acc_->first_day == 0 || day < acc_->first_day) acc_->first_day = day;
    acc_->last_day = std::max(acc_->last_day, day);
    GAcc& m = acc_->months[month_of(day)];
    ++m.respondents;
    for (const auto& q : labels_.questions) {
        if (q.type != survey::QuestionType::likert5 && q.type != survey::QuestionType::rating10) {
            continue;
        }
        if (const survey::Answer* a = answers.find(q.id)) add_answer(q, *a, m.q[q.id]);
    }
}

SurveyStats StatsBuilder::finish() const {
    SurveyStats s;
    s.survey_id = labels_.id;
    s.version = labels_.version;
    s.title = labels_.title.in(lang_);
    s.lang = lang_;
    s.min_group = min_group_;
    s.unreadable = unreadable_;
    s.first_day = acc_->first_day;
    s.last_day = acc_->last_day;
    auto finish_group = [this](const std::string& name, const GAcc& g, bool scales_only) {
        GroupStat out;
        out.name = name;
        out.respondents = g.respondents;
        if (g.respondents < min_group_) {
            out.hidden = true;
            return out;
        }
        static const QAcc kEmpty;
        for (const auto& q : labels_.questions) {
            if (scales_only && q.type != survey::QuestionType::likert5 &&
                q.type != survey::QuestionType::rating10) {
                continue;
            }
            auto it = g.q.find(q.id);
            out.questions.push_back(
                finish_question(q, it == g.q.end() ? kEmpty : it->second, min_group_, lang_));
        }
        return out;
    };
    s.overall = finish_group(report_text(lang_).all, acc_->overall, false);
    for (const auto& [name, g] : acc_->schools) s.schools.push_back(finish_group(name, g, false));
    suppress_by_subtraction(s.schools, s.overall);
    if (acc_->months.size() > 1) {
        for (const auto& [name, g] : acc_->months) s.months.push_back(finish_group(name, g, true));
        suppress_by_subtraction(s.months, s.overall);
    }
    return s;
}

Result<SurveyStats> survey_stats(storage::BureauStore& store, const SurveyRegistry& registry,
                                 std::string_view survey_id, int min_group,
                                 std::optional<uint32_t> day_from, std::optional<uint32_t> day_to,
                                 std::string_view lang) {
    const survey::Survey* latest = registry.latest(survey_id);
    if (latest == nullptr) {
        return Error{Errc::not_found, "survey \"" + std::string(survey_id) +
                                          "\" is not registered (bureau survey add FILE)"};
    }
    StatsBuilder b(*latest, min_group, std::string(lang));
    SK_TRY(
        store.for_each_response(survey_id, day_from, day_to, [&](const storage::StoredResponse& r) {
            const survey::Survey* def = registry.find(r.survey_id, r.survey_version);
            if (def == nullptr) return b.add_unreadable();
            auto parsed = survey::parse_response(r.plaintext, *def);
            if (!parsed) return b.add_unreadable();
            b.add(r.kiosk_name, parsed->answers, r.day);
        }));
    return b.finish();
}

}  // namespace sk::bureau
