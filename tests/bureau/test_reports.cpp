// Survey report numbers on a known dataset, the small-group threshold, CSV export, and the
// monthly report.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/export_table.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_stats.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

struct Resp {
    std::string role;
    std::vector<std::string> issues;
    int attitude;
    int score;
    double hours;
    std::string comment;
};

survey::Answers to_answers(const Resp& r) {
    survey::Answers a;
    a.set("role", survey::Answer::of_choice(r.role));
    if (!r.issues.empty()) a.set("issues", survey::Answer::of_choices(r.issues));
    a.set("attitude", survey::Answer::of_integer(r.attitude));
    a.set("score", survey::Answer::of_integer(r.score));
    a.set("hours", survey::Answer::of_number(r.hours));
    if (!r.comment.empty()) a.set("comment", survey::Answer::of_text(r.comment));
    return a;
}

// School A: 6 respondents; school B: 2 (below the threshold); school C: 5.
void load_dataset(Bureau& b) {
    const auto pk = b.keys().pub.seal_pk;
    const std::vector<Resp> a = {
        {"teacher", {"late"}, 5, 10, 2, "很好"},
        {"teacher", {"late", "phone"}, 4, 8, 4, ""},
        {"cadre", {}, 3, 6, 6, ""},
        {"teacher", {"absent"}, 2, 4, 8, "=cmd|' /C calc'!A0"},
        {"cadre", {"phone"}, 1, 2, 10, "需要改进, \"尽快\""},
        {"teacher", {}, 5, 0, 0, ""},
    };
    const std::vector<Resp> bb = {{"cadre", {"late"}, 1, 1, 1, "小学校的意见"},
                                  {"cadre", {"late"}, 1, 1, 1, ""}};
    const std::vector<Resp> c = {{"teacher", {}, 4, 7, 3, ""},
                                 {"teacher", {}, 4, 7, 3, ""},
                                 {"teacher", {}, 4, 7, 3, ""},
                                 {"teacher", {}, 4, 7, 3, ""},
                                 {"teacher", {}, 4, 7, 3, ""}};
    for (auto [name, data] : {std::pair{"school A", &a}, {"school B", &bb}, {"school C", &c}}) {
        SimKiosk k = b.add_kiosk(name);
        std::vector<Bytes> envs;
        for (const Resp& r : *data) envs.push_back(make_response(pk, to_answers(r)).envelope);
        REQUIRE(b.import(k.next_batch(envs)).result == BatchResult::imported);
    }
}

const QuestionStat& q(const GroupStat& g, const std::string& id) {
    for (const auto& x : g.questions) {
        if (x.id == id) return x;
    }
    FAIL("no question " << id);
    throw;
}

const OptionStat& opt(const QuestionStat& qs, const std::string& v) {
    for (const auto& o : qs.options) {
        if (o.value == v) return o;
    }
    FAIL("no option " << v);
    throw;
}

}  // namespace

TEST_CASE("survey report numbers on a known dataset", "[report]") {
    Bureau b;
    load_dataset(b);
    auto reg = SurveyRegistry::load(b.store());
    REQUIRE(reg.ok());
    auto s = survey_stats(b.store(), reg.value(), "test-survey", 5);
    REQUIRE(s.ok());
    const GroupStat& all = s->overall;
    CHECK(all.respondents == 13);
    CHECK_FALSE(all.hidden);
    const auto& role = q(all, "role");
    CHECK(role.answered == 13);
    CHECK(opt(role, "teacher").count == 9);
    CHECK(opt(role, "teacher").percent == Approx(100.0 * 9 / 13));
    CHECK(opt(role, "cadre").count == 4);
    CHECK(opt(role, "cadre").label == "干部");
    const auto& issues = q(all, "issues");
    CHECK(issues.answered == 6);  // 4 in A, 2 in B
    CHECK(opt(issues, "late").count == 4);
    CHECK(opt(issues, "late").percent == Approx(100.0 * 4 / 6));
    CHECK(opt(issues, "phone").count == 2);
    CHECK(opt(issues, "absent").count == 1);
    const auto& att = q(all, "attitude");
    CHECK(att.mean.value() == Approx((5 + 4 + 3 + 2 + 1 + 5 + 1 + 1 + 4 * 5) / 13.0));
    CHECK(opt(att, "4").count == 6);
    CHECK(att.options.size() == 5);
    const auto& score = q(all, "score");
    CHECK(score.options.size() == 11);
    CHECK(score.mean.value() == Approx((10 + 8 + 6 + 4 + 2 + 0 + 1 + 1 + 7 * 5) / 13.0));
    const auto& hours = q(all, "hours");
    CHECK(hours.min.value() == 0);
    CHECK(hours.max.value() == 10);
    CHECK(hours.median.value() == 3);
    const auto& comment = q(all, "comment");
    CHECK(comment.answered == 4);
    CHECK(comment.hidden);  // 4 free-text answers < 5: not listed
    CHECK(comment.texts.empty());

    REQUIRE(s->schools.size() == 3);
    CHECK(s->schools[0].name == "school A");
    CHECK_FALSE(s->schools[0].hidden);
    CHECK(s->schools[0].respondents == 6);
    CHECK(s->schools[1].name == "school B");
    CHECK(s->schools[1].hidden);
    CHECK(s->schools[1].questions.empty());
    // C (5) is the smallest shown school: hidden too, or B = all - A - C.
    CHECK(s->schools[2].hidden);
    CHECK(s->schools[2].hidden_by_subtraction);

    // With a threshold of 2 nothing is hidden and B's comment is listed.
    auto s2 = survey_stats(b.store(), reg.value(), "test-survey", 2);
    REQUIRE(s2.ok());
    CHECK_FALSE(s2->schools[1].hidden);
    CHECK(q(s2->schools[1], "comment").hidden);  // 1 text answer < 2
    CHECK(q(s2->overall, "comment").texts.size() == 4);

    const std::string csv = survey_report_csv(s.value());
    CHECK(csv.find("全部,13,role,岗位,single,teacher,9,69.2,教师\r\n") != std::string::npos);
    CHECK(csv.find("school B,,,,,hidden,,,少于 5 人作答，不予显示\r\n") != std::string::npos);
    CHECK(csv.find("小学校的意见") == std::string::npos);
    // Written answers are counted, not listed, unless asked for.
    CHECK(survey_report_csv(s2.value()).find("很好") == std::string::npos);
    CHECK(survey_report_html(s2.value()).find("很好") == std::string::npos);
    CHECK(survey_report_csv(s2.value(), {false, true, ""}).find("很好") != std::string::npos);
    auto j = nlohmann::json::parse(survey_report_json(s.value()));
    CHECK(j["overall"]["respondents"] == 13);
    CHECK(j["schools"][1]["hidden"] == true);
    CHECK_FALSE(j["schools"][1].contains("respondents"));
    const std::string html = survey_report_html(s.value());
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("少于 5 人作答，不予显示") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("fewer than") == std::string::npos);  // no English in a zh-CN report
    CHECK(html.find("role.") == std::string::npos);       // no ids unless asked
    CHECK(survey_report_html(s.value(), {true, false, ""}).find("role. ") != std::string::npos);
    auto en = survey_stats(b.store(), reg.value(), "test-survey", 5, {}, {}, "en");
    REQUIRE(en.ok());
    CHECK(en->overall.name == "All");
    CHECK(survey_report_html(en.value()).find("fewer than 5 responses — hidden") !=
          std::string::npos);
    // The monthly report names the survey by its title, in the report's language.
    auto m = monthly_report(b.store(), "2026-03", 5, nullptr, &reg.value(), "en");
    REQUIRE(m.ok());
    REQUIRE_FALSE(m->participation.empty());
    CHECK(m->participation[0].survey_title == "Test survey");
    const std::string mh = monthly_report_html(m.value());
    CHECK(mh.find("Test survey") != std::string::npos);
    CHECK(mh.find("test-survey") == std::string::npos);
    CHECK(mh.find("<html lang=\"en\">") != std::string::npos);
}

TEST_CASE("CSV export has one row per response and one column per question", "[export]") {
    Bureau b;
    load_dataset(b);
    auto reg = SurveyRegistry::load(b.store());
    REQUIRE(reg.ok());
    auto t = build_export(b.store(), reg.value(), "test-survey");
    REQUIRE(t.ok());
    CHECK(t->rows.size() == 13);
    const std::string csv = export_csv(t.value(), false);
    const std::string header = csv.substr(0, csv.find("\r\n"));
    CHECK(header ==
          "_uuid,_survey,_version,_school,_day,_lang,role,issues,attitude,score,hours,"
          "comment");
    CHECK(csv.find(",teacher,late;phone,4,8,4,\r\n") != std::string::npos);
    CHECK(csv.find("\"需要改进, \"\"尽快\"\"\"") != std::string::npos);
    CHECK(csv.find(",'=cmd|' /C calc'!A0\r\n") != std::string::npos);  // not a formula
    CHECK(csv.find("school A,2026-03-14,zh-CN") != std::string::npos);
    size_t lines = 0;
    for (size_t i = csv.find("\r\n"); i != std::string::npos; i = csv.find("\r\n", i + 2)) ++lines;
    CHECK(lines == 14);
    CHECK(export_csv(t.value(), true).rfind("\xEF\xBB\xBF_uuid", 0) == 0);
    auto j = nlohmann::json::parse(export_json(t.value()));
    REQUIRE(j.size() == 13);
    bool saw_multi = false;
    for (const auto& row : j) {
        if (row["issues"].is_array() && row["issues"].size() == 2) saw_multi = true;
        CHECK(row["attitude"].is_number());
    }
    CHECK(saw_multi);
}

TEST_CASE("monthly report counts the month's tips and changes", "[report]") {
    Bureau b;
    SimKiosk k = b.add_kiosk("school A");
    const auto pk = b.keys().pub.seal_pk;
    REQUIRE(b.import(k.next_batch({make_tip(pk, "城关一小", "absent_from_post").envelope,
                                   make_tip(pk, "城关一小", "other").envelope,
                                   make_tip(pk, "二中", "absent_from_post").envelope},
                                  20260310))
                .result == BatchResult::imported);
    REQUIRE(b.import(k.next_batch({make_tip(pk).envelope}, 20260402)).result ==
            BatchResult::imported);
    REQUIRE(set_case_status(b.store(), "T-2026-0001", "under_verification", "派员核查",
                            "2026-03-20T02:00:00Z")
                .ok());
    auto r = monthly_report(b.store(), "2026-03", 5, nullptr);
    REQUIRE(r.ok());
    CHECK(r->tips_received == 3);
    REQUIRE(r->by_category.size() == 2);
    CHECK(r->by_category[0].key == "absent_from_post");
    CHECK(r->by_category[0].count == 2);
    CHECK(r->by_unit[0].key == "城关一小");
    CHECK(r->by_unit[0].count == 2);
    CHECK(r->by_status[0].count == 2);  // new
    CHECK(r->by_status[1].count == 1);  // under_verification
    // Three "created" (imported at kNow, March) and one status change.
    CHECK(r->changes.size() == 5);
    CHECK_FALSE(monthly_report(b.store(), "2026-13", 5, nullptr).ok());
    // The ledger changes are an appendix, not part of the report by default.
    const std::string html = monthly_report_html(r.value());
    CHECK(html.find("派员核查") == std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);  // tips by category and unit
    const std::string with_appendix = monthly_report_html(r.value(), {true, ""});
    CHECK(with_appendix.find("派员核查") != std::string::npos);
    CHECK(with_appendix.find("2026-03-20T02:00:00Z") == std::string::npos);  // local time
    // Sections another module contributes are rendered after the built-in ones.
    r->sections.push_back({"extra",
                           "清理台账",
                           {"单位", "人数"},
                           {{XlsxCell::text("二中"), XlsxCell::integer(2)}},
                           "",
                           ""});
    const std::string extra = monthly_report_html(r.value());
    CHECK(extra.find("<h2>清理台账</h2>") != std::string::npos);
    auto mj = nlohmann::json::parse(monthly_report_json(r.value()));
    CHECK(mj["tables"].back()["key"] == "extra");
    CHECK(mj["tables"].back()["rows"][0][1] == 2);
}

TEST_CASE("monthly report JSON survives a school name that is not UTF-8", "[reports][names]") {
    // Kiosks registered before names were validated may have any bytes as a name.
    MonthlyReport r;
    r.month = "2026-03";
    r.by_school.push_back({"old\xff\x1b name", "", 7});
    r.participation.push_back({"test-survey", "Test survey", "old\xff\x1b name", 9, false});
    std::string text;
    REQUIRE_NOTHROW(text = monthly_report_json(r));
    const auto j = nlohmann::json::parse(text);
    CHECK(j.dump().find("old\xef\xbf\xbd\\u001b name") !=
          std::string::npos);  // U+FFFD, escaped ESC
}
