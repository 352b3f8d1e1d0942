#include "demo_reports.hpp"

#include <cmath>
#include <vector>

#include "sk/bureau/report_text.hpp"

namespace sk::bureau::demo {

namespace {

// A small deterministic generator (no std::random distributions: their output differs
// between standard libraries, and the screenshots should not).
struct Rng {
    uint64_t s;
    uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<uint32_t>(s >> 33);
    }
    double unit() { return next() / 2147483648.0; }
    int below(int n) { return static_cast<int>(unit() * n); }
};

struct School {
    const char* name;
    int respondents;
    double mood;  // shifts the scale answers: negative is unhappier
};
const School kSchools[] = {{"城关第一小学", 120, 0.4},   {"城关第二小学", 90, 0.1},
                           {"实验中学", 150, 0.6},       {"第二中学", 70, -0.6},
                           {"河口镇中心小学", 40, -0.2}, {"山岔村小学", 3, 0.0}};
const uint32_t kDays[] = {20260312, 20260420, 20260518};

int scale_answer(Rng& r, int lo, int hi, double mood) {
    const double mid = (lo + hi) / 2.0 + mood * (hi - lo) / 4.0;
    const double v = mid + (r.unit() + r.unit() + r.unit() - 1.5) * (hi - lo) / 2.2;
    return std::max(lo, std::min(hi, static_cast<int>(std::lround(v))));
}

const char* const kTexts[] = {"希望减少非教学任务", "建议加强考勤管理", "部分老师上课玩手机",
                              "希望增加培训机会", "工作量太大"};

survey::Answer answer(const survey::Question& q, Rng& r, double mood) {
    using T = survey::QuestionType;
    switch (q.type) {
        case T::single: {
            // Earlier options more likely, as in most real surveys.
            int i = 0;
            while (i + 1 < int(q.options.size()) && r.unit() < 0.45) ++i;
            return survey::Answer::of_choice(q.options[size_t(i)].value);
        }
        case T::multi: {
            std::vector<std::string> v;
            for (const auto& o : q.options) {
                if (r.unit() < 0.25) v.push_back(o.value);
            }
            if (v.empty()) v.push_back(q.options[size_t(r.below(int(q.options.size())))].value);
            return survey::Answer::of_choices(v);
        }
        case T::likert5:
            return survey::Answer::of_integer(scale_answer(r, 1, 5, mood));
        case T::rating10:
            return survey::Answer::of_integer(scale_answer(r, 0, 10, mood));
        case T::number: {
            const double lo = q.min.value_or(0), hi = q.max.value_or(100);
            const double v = lo + std::pow(r.unit(), 2.5) * (hi - lo) * 0.6;
            return q.integer ? survey::Answer::of_integer(std::llround(v))
                             : survey::Answer::of_number(std::round(v * 10) / 10);
        }
        case T::date: {
            survey::Date d{2025, 9 + r.below(4), 1 + r.below(28)};
            if (r.unit() < 0.5) d = {2026, 1 + r.below(5), 1 + r.below(28)};
            return survey::Answer::of_date(d);
        }
        default:
            if (r.unit() < 0.85) return survey::Answer{};
            return survey::Answer::of_text(kTexts[r.below(5)]);
    }
}

}  // namespace

SurveyStats demo_survey_stats(const survey::Survey& def, const std::string& lang, unsigned seed) {
    StatsBuilder b(def, kDefaultMinGroup, lang);
    Rng r{seed};
    for (const School& s : kSchools) {
        for (int i = 0; i < s.respondents; ++i) {
            survey::Answers a;
            for (const auto& q : def.questions) {
                // Unrequired questions are skipped now and then.
                if (!q.required && r.unit() < 0.1) continue;
                survey::Answer ans = answer(q, r, s.mood - 0.3 * (i % 3));
                if (ans.answered()) a.set(q.id, std::move(ans));
            }
            b.add(s.name, a, kDays[size_t(i) % 3]);
        }
    }
    return b.finish();
}

MonthlyReport demo_monthly_report(const std::string& lang) {
    MonthlyReport r;
    r.month = "2026-04";
    r.lang = lang;
    const bool en = lang == "en";
    r.by_category = {
        {"absent_from_post", en ? "Absent from post" : "擅离职守", 14},
        {"muddling_teacher", en ? "“Muddling-through” teacher" : "“浑水摸鱼”式教师", 9},
        {"lying_flat_cadre", en ? "“Lying-flat” cadre" : "“躺平式”干部", 6},
        {"other", en ? "Other" : "其他", 2}};
    r.by_unit = {{"第二中学", "", 8}, {"城关第一小学", "", 7}, {"河口镇中心小学", "", 6},
                 {"实验中学", "", 5}, {"县教育体育局", "", 3}, {"城关第二小学", "", 2}};
    for (const char* st :
         {"new", "under_verification", "substantiated", "not_substantiated", "closed"}) {
        r.by_status.push_back({st, status_label(st, lang), 0});
    }
    r.by_status[0].count = 12;
    r.by_status[1].count = 10;
    r.by_status[2].count = 5;
    r.by_status[3].count = 3;
    r.by_status[4].count = 1;
    r.by_school = {{"实验中学", "", 11},
                   {"城关第一小学", "", 9},
                   {"第二中学", "", 7},
                   {"河口镇中心小学", "", 4}};
    for (const auto& row : r.by_category) r.tips_received += row.count;
    const char* title = en ? "Staff work-style survey" : "干部教师工作作风问卷调查";
    r.participation = {{"staff-workstyle-2026", title, "城关第一小学", 41, false},
                       {"staff-workstyle-2026", title, "实验中学", 50, false},
                       {"staff-workstyle-2026", title, "山岔村小学", 0, true}};
    r.changes = {{"T-2026-0007", "2026-04-03T01:20:00Z", "status", "new", "under_verification",
                  en ? "Inspector sent" : "派员核查"},
                 {"T-2026-0003", "2026-04-11T07:45:00Z", "reply", "", "",
                  en ? "Reply published" : "已答复"}};
    return r;
}

}  // namespace sk::bureau::demo
