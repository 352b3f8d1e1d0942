// One simulated survey response, from home to the thanks page. The core decides which
// question comes next (skip logic); the driver answers whatever it is shown, validly.
#include <algorithm>
#include <cmath>
#include <ctime>

#include "sim_driver.hpp"

namespace sk::kiosk_sync::sim {

namespace {

survey::Date date_of(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::time_t time_of(const survey::Date& d) {
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day;
    tm.tm_hour = 12;  // noon: safe from DST shifts when adding days
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

survey::Date bound(const std::optional<survey::DateBound>& b, const survey::Date& today,
                   const survey::Date& fallback) {
    if (!b) return fallback;
    return b->today ? today : b->date;
}

}  // namespace

Result<void> AppDriver::answer(const survey::Survey& s, const kiosk::QuestionView& qv,
                               nlohmann::json& answers) {
    namespace in = kiosk::intent;
    if (qv.index < 0 || size_t(qv.index) >= s.questions.size()) return stuck("reading question");
    const survey::Question& q = s.questions[size_t(qv.index)];
    if (!q.required && uniform(0, 4) == 0) return ok();  // skipped optional question

    switch (q.type) {
        case survey::QuestionType::single: {
            const int i = uniform(0, int(q.options.size()) - 1);
            app_.dispatch(in::ChooseOption{i});
            answers[q.id] = q.options[size_t(i)].value;
            break;
        }
        case survey::QuestionType::multi: {
            const int n = int(q.options.size());
            const int hi = q.max_choices ? int(q.max_choices) : n;
            const int lo = std::max(1, int(q.min_choices));
            int k = uniform(lo, std::max(lo, hi));
            std::vector<bool> pick(size_t(n), false);
            while (k > 0) {
                const int i = uniform(0, n - 1);
                if (pick[size_t(i)]) continue;
                pick[size_t(i)] = true;
                app_.dispatch(in::ToggleOption{i});
                --k;
            }
            nlohmann::json values = nlohmann::json::array();  // option order, as serialised
            for (int i = 0; i < n; ++i)
                if (pick[size_t(i)]) values.push_back(q.options[size_t(i)].value);
            answers[q.id] = values;
            break;
        }
        case survey::QuestionType::likert5: {
            const int v = uniform(1, 5);
            app_.dispatch(in::ChooseOption{v - 1});
            answers[q.id] = v;
            break;
        }
        case survey::QuestionType::rating10: {
            const int v = uniform(0, 10);
            app_.dispatch(in::ChooseOption{v});
            answers[q.id] = v;
            break;
        }
        case survey::QuestionType::short_text:
        case survey::QuestionType::long_text: {
            std::string t =
                q.type == survey::QuestionType::short_text ? short_answer(rng_) : long_answer(rng_);
            if (q.max_len) t = cut_code_points(t, q.max_len);
            type(qv.field, t);
            answers[q.id] = t;
            break;
        }
        case survey::QuestionType::number: {
            // Whole numbers are valid for integer and decimal questions alike.
            const int lo = q.min ? int(std::ceil(*q.min)) : 0;
            const int hi = q.max ? int(std::floor(*q.max)) : lo + 100;
            const int v = uniform(lo, std::min(hi, lo + 40));
            app_.dispatch(in::SetNumber{double(v)});
            answers[q.id] = v;
            break;
        }
        case survey::QuestionType::date: {
            const survey::Date today = date_of(std::time(nullptr));
            const survey::Date hi = bound(q.max_date, today, today);
            const std::time_t hi_t = time_of(hi);
            const survey::Date lo = bound(q.min_date, today, date_of(hi_t - 90 * 86400));
            const std::time_t lo_t = time_of(lo);
            const long span_days = std::max(0L, long((hi_t - lo_t) / 86400));
            const survey::Date d = date_of(lo_t + std::time_t(uniform(0, int(span_days))) * 86400);
            app_.dispatch(in::SetDate{d.year, d.month, d.day});
            answers[q.id] = survey::format_date(d);
            break;
        }
    }
    return ok();
}

Result<nlohmann::json> AppDriver::submit_response(const survey::Survey& s) {
    using kiosk::Screen;
    namespace in = kiosk::intent;
    SK_TRY(to_home());
    app_.dispatch(in::StartSurvey{s.id});
    nlohmann::json answers = nlohmann::json::object();
    for (int step = 0; step < 4 * int(s.questions.size()) + 10; ++step) {
        switch (view().screen) {
            case Screen::survey_intro:
                app_.dispatch(in::Next{});
                break;
            case Screen::survey_question: {
                const kiosk::QuestionView q = view().survey.question;
                SK_TRY(answer(s, q, answers));
                app_.dispatch(in::Next{});
                if (view().screen == Screen::survey_question &&
                    view().survey.question.index == q.index)
                    return stuck("after answering question '" + q.id + "'");
                break;
            }
            case Screen::survey_review:
                app_.dispatch(in::Submit{});
                break;
            case Screen::survey_thanks: {
                app_.dispatch(in::TouchAnywhere{});  // ends the session
                if (!record_) return nlohmann::json();
                return nlohmann::json{
                    {"survey", s.id}, {"survey_version", s.version}, {"answers", answers}};
            }
            default:
                return stuck("answering survey '" + s.id + "'");
        }
    }
    return stuck("after too many steps");
}

}  // namespace sk::kiosk_sync::sim
