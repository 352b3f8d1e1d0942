// The numbers behind the report charts (bins, quartiles, months, scale shares, the most
// negative questions, the school comparison with its thresholds) and what the rendered
// survey report shows or leaves out.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/chart_data.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_compare.hpp"
#include "sk/bureau/svg_chart.hpp"

using namespace sk;
using namespace sk::bureau;

namespace {

int64_t total(const std::vector<HistBin>& bins) {
    int64_t n = 0;
    for (const auto& b : bins) n += b.count;
    return n;
}

survey::Answers likert(int attitude, int score) {
    survey::Answers a;
    a.set("role", survey::Answer::of_choice("teacher"));
    a.set("attitude", survey::Answer::of_integer(attitude));
    a.set("score", survey::Answer::of_integer(score));
    return a;
}

}  // namespace

TEST_CASE("histogram bins: nice widths, every value in exactly one bin", "[charts]") {
    // Whole numbers 0..10: one bin per value.
    std::vector<double> v = {0, 1, 1, 2, 3, 5, 8, 10};
    auto bins = histogram_bins(v, true);
    REQUIRE(bins.size() == 11);
    CHECK(bins[1].lo == 0 + 1);
    CHECK(bins[1].count == 2);
    CHECK(bins[10].count == 1);
    CHECK(total(bins) == 8);
    // 0..100 in whole numbers: width 10, not 101 bars.
    std::vector<double> w;
    for (int i = 0; i <= 100; ++i) w.push_back(i);
    bins = histogram_bins(w, true);
    CHECK(bins.size() == 11);
    CHECK(bins[0].hi - bins[0].lo == 10);
    CHECK(total(bins) == 101);
    // Reals: width from 1/2/5 x 10^k, the maximum in the last bin.
    std::vector<double> r = {0.12, 0.5, 0.77, 1.0, 1.3, 2.4};
    bins = histogram_bins(r, false);
    CHECK(bins.size() <= 12);
    CHECK(bins.front().lo <= 0.12);
    CHECK(bins.back().hi >= 2.4);
    const double width = bins[0].hi - bins[0].lo;
    CHECK(width == Approx(0.2));
    CHECK(total(bins) == 6);
    // One distinct value: one bin; none: none.
    CHECK(histogram_bins({7, 7, 7}, true).size() == 1);
    CHECK(histogram_bins({}, true).empty());
}

TEST_CASE("quartiles interpolate like Excel's QUARTILE.INC", "[charts]") {
    auto q = quartiles({1, 2, 3, 4});
    CHECK(q.q1 == Approx(1.75));
    CHECK(q.median == Approx(2.5));
    CHECK(q.q3 == Approx(3.25));
    q = quartiles({5});
    CHECK(q.q1 == 5);
    CHECK(q.q3 == 5);
    q = quartiles({0, 10, 20, 30, 40});
    CHECK(q.q1 == 10);
    CHECK(q.median == 20);
    CHECK(q.q3 == 30);
}

TEST_CASE("a date question becomes a monthly histogram with empty months kept", "[charts]") {
    auto m = monthly_counts(
        {{"2026-01-05", 2}, {"2026-01-20", 1}, {"2026-04-01", 4}, {"not a date", 9}});
    REQUIRE(m.size() == 4);
    CHECK(m[0].month == "2026-01");
    CHECK(m[0].count == 3);
    CHECK(m[1].count == 0);
    CHECK(m[2].month == "2026-03");
    CHECK(m[3].count == 4);
    // Across a year end.
    m = monthly_counts({{"2025-12-31", 1}, {"2026-01-01", 1}});
    REQUIRE(m.size() == 2);
    CHECK(m[1].month == "2026-01");
}

TEST_CASE("scale shares, most negative questions and school rows keep the thresholds", "[charts]") {
    const survey::Survey& def = test::test_survey();
    StatsBuilder b(def, 5);
    // School A: 6 answers, attitude mostly negative; school B: 5, positive; school C: 2.
    for (int i = 0; i < 6; ++i) b.add("A", likert(i < 4 ? 1 : 5, 9), 20260110);
    for (int i = 0; i < 5; ++i) b.add("B", likert(4, i < 3 ? 2 : 8), 20260215);
    for (int i = 0; i < 2; ++i) b.add("C", likert(3, 5), 20260215);
    const SurveyStats s = b.finish();

    const auto& att = s.overall.questions[2];
    REQUIRE(att.id == "attitude");
    CHECK(att.options[0].label == "非常不同意");  // the scale's label, not "1"
    const ScaleSplit sp = scale_split(att);
    CHECK(sp.negative == Approx(100.0 * 4 / 13));
    CHECK(sp.neutral == Approx(100.0 * 2 / 13));
    CHECK(sp.positive == Approx(100.0 * 7 / 13));
    CHECK(sp.negative + sp.neutral + sp.positive == Approx(100));
    const auto& score = s.overall.questions[3];
    CHECK(scale_split(score).negative == Approx(100.0 * 3 / 13));  // 0-4 on a 0..10 scale

    const auto neg = most_negative(s.overall);
    REQUIRE(neg.size() == 1);  // Likert only: a rating has no known direction
    CHECK(neg[0].index == 2);
    CHECK(neg[0].negative == Approx(sp.negative));

    // C is below the threshold, so B (the smallest shown) goes too: A = all - B - C.
    const auto rows = compare_rows(s, 2);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].everyone);
    CHECK(rows[1].q != nullptr);
    CHECK(rows[2].q == nullptr);
    CHECK(rows[2].hidden_reason.find("相减") != std::string::npos);
    CHECK(rows[3].q == nullptr);
    CHECK(rows[3].hidden_reason == hidden_note(5));

    // Two months: January (6) shown; February (7) shown; trends present for scales only.
    REQUIRE(s.months.size() == 2);
    CHECK(s.months[0].name == "2026-01");
    CHECK_FALSE(s.months[1].hidden);
    CHECK(s.months[0].questions.size() == 2);
    CHECK(s.first_day == 20260110);
    CHECK(s.last_day == 20260215);
    CHECK(report_period(s) == "2026-01-10 – 2026-02-15");
}

TEST_CASE("the survey report draws each question type its own way", "[charts]") {
    const survey::Survey& def = test::test_survey();
    StatsBuilder b(def, 5);
    for (int i = 0; i < 12; ++i) {
        survey::Answers a = likert(1 + i % 5, i % 11);
        a.set("hours", survey::Answer::of_number(i * 3));
        a.set("comment", survey::Answer::of_text("意见" + std::to_string(i)));
        b.add(i % 2 ? "A" : "B", a, i < 6 ? 20260110 : 20260301);
    }
    const SurveyStats s = b.finish();
    const std::string html = survey_report_html(s, {false, false, "2026-03-20"});
    CHECK(html.find("非常同意") != std::string::npos);  // Likert legend
    CHECK(html.find("各校对比") != std::string::npos);
    CHECK(html.find("按月变化") != std::string::npos);  // 2 months
    CHECK(html.find("12 条文字回答") != std::string::npos);
    CHECK(html.find("意见3") == std::string::npos);
    CHECK(html.find("@page{size:A4") != std::string::npos);
    CHECK(html.find("不同意比例最高的题目") != std::string::npos);
    CHECK(survey_report_html(s, {false, true, ""}).find("意见3") != std::string::npos);
    // The tables of the XLSX report: summary, results, schools, months.
    const auto tables = survey_report_tables(s);
    REQUIRE(tables.size() == 4);
    CHECK(tables[3].key == "months");
    CHECK(survey_report_tables(s, {false, true, ""}).back().rows.size() == 12);
    // The number question's histogram is in the JSON too.
    auto j = nlohmann::json::parse(survey_report_json(s));
    CHECK(j["overall"]["questions"][4]["bins"].size() >= 2);
    CHECK(j["overall"]["questions"][4]["q1"].is_number());
}

TEST_CASE("the report's Likert labels are the kiosk's", "[charts]") {
    for (const char* lang : {"zh-CN", "en"}) {
        std::ifstream in(std::string(SK_SOURCE_DIR) + "/assets/i18n/" + lang + ".json");
        REQUIRE(in);
        const auto j = nlohmann::json::parse(in);
        for (int i = 1; i <= 5; ++i) {
            CHECK(j["survey.likert." + std::to_string(i)] == report_text(lang).likert[i - 1]);
        }
    }
}

TEST_CASE("diverging colours run from red through grey to blue", "[charts]") {
    CHECK(diverging_color(0, 5) == "#ca0020");
    CHECK(diverging_color(2, 5) == "#d9d9d9");
    CHECK(diverging_color(4, 5) == "#0571b0");
    CHECK(diverging_color(5, 11) == "#d9d9d9");
    CHECK(short_number(2.50) == "2.5");
    CHECK(short_number(3.0) == "3");
}
