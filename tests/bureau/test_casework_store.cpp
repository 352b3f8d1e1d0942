// Casework over a real bureau store: every command's refusals (bad ids, wrong role, illegal
// transition, sanction without reminder, future dates), audit rows for every change, kiosk
// tips becoming cases, the watch list and due list from stored rows, unit scores from the
// ledger, and no tipster data where it must not be.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "bureau_fixture.hpp"
#include "casework_fixture.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/due_report.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/bureau/monthly_casework.hpp"
#include "sk/bureau/person_file.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/report_table.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/followups.hpp"
#include "sk/bureau/unit_scores.hpp"
#include "sk/crypto/receipt.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

size_t audit_rows(storage::BureauStore& s, const std::string& action) {
    auto rows = store::list_audit(s, {});
    REQUIRE(rows);
    size_t n = 0;
    for (const auto& r : rows.value()) n += r.event.action == action;
    return n;
}

NewCaseInput hotline(const std::string& unit = "U001") {
    NewCaseInput in;
    in.channel = Channel::hotline;
    in.unit = unit;
    in.category = "muddling_teacher";
    in.text = "上课时间经常不在教室";
    in.source = "家长王先生 13900001111";
    return in;
}

}  // namespace

TEST_CASE("case add: numbers per channel and year, audit row, refusals") {
    CaseworkBureau b;
    auto& s = b.store();
    auto c1 = add_case(s, b.lead, hotline(), b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c1);
    CHECK(c1->case_no == "H-2026-0001");
    CHECK(c1->receipt_code.empty());
    auto c2 = add_case(s, b.handler, hotline("U002"), b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c2);
    CHECK(c2->case_no == "H-2026-0002");
    auto u = hotline();
    u.channel = Channel::unit_report;
    auto c3 = add_case(s, b.lead, u, b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c3);
    CHECK(c3->case_no == "U-2026-0001");
    CHECK(audit_rows(s, "case.add") == 3);

    const auto before = s.fingerprint();
    REQUIRE(before);
    auto refuse = [&](NewCaseInput in, const Actor& a, Errc code, const char* what) {
        auto r = add_case(s, a, in, b.categories, nullptr, kCwNow, kToday);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == code);
        INFO(what << ": " << r.error().message);
        CHECK(!r.error().message.empty());
    };
    refuse(hotline(), b.inspector, Errc::permission_denied, "inspector");
    refuse(hotline(), b.statistician, Errc::permission_denied, "statistician");
    refuse(hotline("U999"), b.lead, Errc::not_found, "unknown unit");
    auto bad = hotline();
    bad.staff_no = "000000";
    refuse(bad, b.lead, Errc::not_found, "unknown person");
    bad = hotline();
    bad.category = "nonsense";
    refuse(bad, b.lead, Errc::invalid_argument, "unknown category");
    bad = hotline();
    bad.received_day = 20261201;  // tomorrow
    refuse(bad, b.lead, Errc::invalid_argument, "future date");
    bad = hotline();
    bad.text = "   ";
    refuse(bad, b.lead, Errc::invalid_argument, "empty text");
    bad = hotline();
    bad.channel = Channel::kiosk;
    refuse(bad, b.lead, Errc::invalid_argument, "kiosk typed in");
    const auto after = s.fingerprint();
    REQUIRE(after);
    CHECK(before.value() == after.value());  // refusals change nothing
}

TEST_CASE("case add --issue-receipt: the board carries the code's lookup, not the code") {
    CaseworkBureau b;
    auto in = hotline();
    in.issue_receipt = true;
    const auto pk = b.keys().pub.sign_pk;
    auto c = add_case(b.store(), b.lead, in, b.categories, &pk, kCwNow, kToday);
    REQUIRE(c);
    REQUIRE_FALSE(c->receipt_code.empty());
    auto row = store::find_case(b.store(), c->case_no);
    REQUIRE(row);
    REQUIRE(row.value()->receipt_lookup);
    auto canonical = crypto::normalize_receipt(c->receipt_code);
    REQUIRE(canonical);
    CHECK(*row.value()->receipt_lookup == crypto::receipt_lookup_hash(*canonical, pk));
    CHECK(row.value()->body.find(c->receipt_code) == std::string::npos);
}

TEST_CASE("case status: transitions enforced, handler limited to own cases, audit rows") {
    CaseworkBureau b;
    auto& s = b.store();
    auto c = add_case(s, b.lead, hotline(), b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c);
    const std::string no = c->case_no;
    auto skip = change_case_status(s, b.lead, no, "closed", "直接办结", kCwNow);
    REQUIRE_FALSE(skip);
    CHECK(skip.error().message.find("under_verification") != std::string::npos);
    CHECK_FALSE(change_case_status(s, b.lead, no, "under_verification", "", kCwNow));  // no note
    CHECK_FALSE(change_case_status(s, b.lead, "H-2026-0099", "under_verification", "x", kCwNow));
    CHECK_FALSE(change_case_status(s, b.lead, no, "finished", "x", kCwNow));
    auto insp = change_case_status(s, b.inspector, no, "under_verification", "x", kCwNow);
    REQUIRE_FALSE(insp);
    CHECK(insp.error().code == Errc::permission_denied);

    REQUIRE(assign_case(s, b.lead, no, "li", 20261210, "核实", kCwNow, kToday));
    auto other = change_case_status(s, b.handler2, no, "under_verification", "x", kCwNow);
    REQUIRE_FALSE(other);
    CHECK(other.error().code == Errc::permission_denied);
    REQUIRE(change_case_status(s, b.handler, "h-2026-1", "under_verification", "核查", kCwNow));
    REQUIRE(change_case_status(s, b.handler, no, "substantiated", "属实", kCwNow));
    REQUIRE(change_case_status(s, b.handler, no, "closed", "办结", kCwNow));
    auto row = store::find_case(s, no);
    REQUIRE(row);
    CHECK(row.value()->status == "closed");
    CHECK(row.value()->finding == "substantiated");
    CHECK(audit_rows(s, "case.status") == 3);
    CHECK(audit_rows(s, "case.assign") == 1);
    auto hist = store::case_history(s, row.value()->id);
    REQUIRE(hist);
    CHECK(hist->size() == 5);  // created, assign, 3 statuses
    CHECK(hist->back().user == "li");

    CHECK_FALSE(change_case_status(s, b.lead, no, "under_verification", "x", kCwNow));
    REQUIRE(reopen_case(s, b.lead, no, "新线索：另有家长反映", kCwNow));
    row = store::find_case(s, no);
    CHECK(row.value()->status == "under_verification");
    CHECK(row.value()->finding.empty());
    CHECK_FALSE(reopen_case(s, b.lead, no, "again", kCwNow));  // not closed now
    CHECK(audit_rows(s, "case.reopen") == 1);
}

TEST_CASE("case assign and link: refusals") {
    CaseworkBureau b;
    auto& s = b.store();
    auto c = add_case(s, b.lead, hotline(), b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c);
    const std::string no = c->case_no;
    CHECK(assign_case(s, b.lead, no, "nobody", 20261210, "", kCwNow, kToday).error().code ==
          Errc::not_found);
    CHECK_FALSE(assign_case(s, b.lead, no, "stat", 20261210, "", kCwNow, kToday));  // role
    CHECK_FALSE(assign_case(s, b.lead, no, "li", 20261129, "", kCwNow, kToday));    // past
    CHECK(assign_case(s, b.handler, no, "wang", 20261210, "", kCwNow, kToday).error().code ==
          Errc::permission_denied);
    REQUIRE(assign_case(s, b.handler, no, "li", 20261210, "我来办", kCwNow, kToday));

    CHECK(link_case(s, b.lead, no, std::nullopt, std::string("000000"), "x", kCwNow).error().code ==
          Errc::not_found);
    CHECK(link_case(s, b.lead, no, std::string("U999"), std::nullopt, "x", kCwNow).error().code ==
          Errc::not_found);
    CHECK_FALSE(link_case(s, b.lead, no, std::nullopt, std::nullopt, "x", kCwNow));
    CHECK_FALSE(link_case(s, b.lead, no, std::nullopt, std::string(b.teacher), "", kCwNow));
    REQUIRE(link_case(s, b.lead, no, std::nullopt, std::string(b.teacher), "核实为该教师", kCwNow));
    auto row = store::find_case(s, no);
    CHECK(row.value()->staff_no == b.teacher);
    CHECK(row.value()->unit_code == b.teacher_unit);
    CHECK(audit_rows(s, "case.link") == 1);
}

TEST_CASE("case unlink: clears the chosen link with a reason, refuses what is not linked") {
    CaseworkBureau b;
    auto& s = b.store();
    auto c = add_case(s, b.lead, hotline(), b.categories, nullptr, kCwNow, kToday);
    REQUIRE(c);
    const std::string no = c->case_no;
    CHECK_FALSE(unlink_case(s, b.lead, no, false, true, "x", kCwNow));  // no person linked
    REQUIRE(link_case(s, b.lead, no, std::nullopt, std::string(b.teacher), "核实为该教师", kCwNow));
    CHECK_FALSE(unlink_case(s, b.lead, no, false, false, "x", kCwNow));  // nothing chosen
    CHECK_FALSE(unlink_case(s, b.lead, no, false, true, " ", kCwNow));   // no reason
    CHECK(unlink_case(s, b.statistician, no, false, true, "x", kCwNow).error().code ==
          Errc::permission_denied);
    CHECK(store::find_case(s, no).value()->staff_no == b.teacher);  // refusals changed nothing
    REQUIRE(unlink_case(s, b.lead, no, false, true, "认定有误", kCwNow));
    auto row = store::find_case(s, no);
    CHECK(row.value()->staff_no.empty());
    CHECK(row.value()->unit_code == b.teacher_unit);  // the unit stays
    REQUIRE(unlink_case(s, b.lead, no, true, false, "单位有误", kCwNow));
    CHECK(store::find_case(s, no).value()->unit_code.empty());
    CHECK(audit_rows(s, "case.link") == 3);
}

TEST_CASE("sanctions: reminder first, override recorded, future dates and wrong case refused") {
    CaseworkBureau b;
    auto& s = b.store();
    const std::string no = b.substantiated_case_about(b.teacher);
    SanctionInput in;
    in.staff_no = b.teacher;
    in.kind = SanctionKind::warning;
    in.case_no = no;
    in.day = 20261120;
    in.decision_no = "教纪〔2026〕1号";
    auto refused = add_sanction(s, b.lead, in, kCwNow, kToday);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.find("--override") != std::string::npos);
    CHECK(audit_rows(s, "sanction.add") == 0);

    auto future = in;
    future.kind = SanctionKind::reminder;
    future.day = 20261201;
    CHECK_FALSE(add_sanction(s, b.lead, future, kCwNow, kToday));
    auto wrong_person = in;
    wrong_person.staff_no = b.other_teacher;
    CHECK_FALSE(add_sanction(s, b.lead, wrong_person, kCwNow, kToday));  // case not about them
    auto stat = add_sanction(s, b.statistician, in, kCwNow, kToday);
    CHECK(stat.error().code == Errc::permission_denied);

    TalkInput t{b.teacher, TalkKind::talk, 20261110, "li", "指出问题，限期整改", no};
    CHECK_FALSE(add_talk(s, b.lead, {b.teacher, TalkKind::talk, 20261201, "li", "x", ""}, kCwNow,
                         kToday));  // future
    CHECK_FALSE(add_talk(s, b.lead, {b.teacher, TalkKind::talk, 20261110, "ghost", "x", ""}, kCwNow,
                         kToday));  // unknown user
    REQUIRE(add_talk(s, b.lead, t, kCwNow, kToday));
    REQUIRE(add_sanction(s, b.lead, in, kCwNow, kToday));  // talk before: allowed
    auto rows = store::sanctions_of(s, b.teacher);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().end_day == 20270519);
    CHECK(rows->front().override_reason.empty());

    // Another person, no talk: only with an override, which is stored and audited.
    const std::string no2 = b.substantiated_case_about(b.other_teacher);
    SanctionInput d{b.other_teacher, SanctionKind::demerit, no2, 20261125, "教纪〔2026〕2号", ""};
    CHECK_FALSE(add_sanction(s, b.lead, d, kCwNow, kToday));
    d.override_reason = "情节严重，纪委直接立案";
    REQUIRE(add_sanction(s, b.lead, d, kCwNow, kToday));
    auto rows2 = store::sanctions_of(s, b.other_teacher);
    REQUIRE(rows2->size() == 1);
    CHECK(rows2->front().override_reason == d.override_reason);
    auto audit = store::list_audit(s, {});
    CHECK(audit->back().event.after.find(d.override_reason) != std::string::npos);
}

TEST_CASE("person show names a case's category by its label in the file's language") {
    CaseworkBureau b;
    auto& s = b.store();
    b.substantiated_case_about(b.teacher);  // category muddling_teacher
    const auto* cat = categories().find("muddling_teacher");
    REQUIRE(cat != nullptr);
    auto text = [&](Lang lang, const survey::TipCategories* cats) {
        auto f = load_person_file(s, b.inspector, b.teacher, kToday, lang, WorkCalendar{}, {},
                                  kCwNow, cats);
        REQUIRE(f);
        return person_file_text(f.value());
    };
    auto zh = text(Lang::zh, &categories());
    CHECK(zh.find("类别：" + cat->label.zh_cn) != std::string::npos);
    CHECK(zh.find("muddling_teacher") == std::string::npos);
    auto en = text(Lang::en, &categories());
    REQUIRE_FALSE(cat->label.en.empty());
    CHECK(en.find(cat->label.en) != std::string::npos);
    CHECK(en.find("muddling_teacher") == std::string::npos);
    // Without the labels file the id is shown rather than nothing.
    CHECK(text(Lang::zh, nullptr).find("muddling_teacher") != std::string::npos);
}

TEST_CASE("quarterly entries and the watch list") {
    CaseworkBureau b;
    auto& s = b.store();
    b.substantiated_case_about(b.teacher);
    auto due = quarterly_missing(s, b.inspector, Quarter{2026, 4});
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->front().staff_no == b.teacher);
    CHECK_FALSE(quarterly_missing(s, b.statistician, Quarter{2026, 4}));

    QuarterlyInput q{b.teacher, Quarter{2027, 1}, Rating::poor, "仍有迟到"};
    CHECK_FALSE(add_quarterly(s, b.lead, q, kCwNow, kToday));  // not started
    q.quarter = Quarter{2026, 4};
    REQUIRE(add_quarterly(s, b.handler, q, kCwNow, kToday));
    auto again = add_quarterly(s, b.handler, q, kCwNow, kToday);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == Errc::already_exists);
    CHECK(quarterly_missing(s, b.lead, Quarter{2026, 4})->empty());
    CHECK(quarterly_missing(s, b.lead, Quarter{2027, 1})->size() == 1);
    CHECK(audit_rows(s, "quarterly.add") == 1);
}

TEST_CASE("due list from the store: overdue cases per assignee") {
    CaseworkBureau b;
    auto& s = b.store();
    auto c = add_case(s, b.lead, hotline(), b.categories, nullptr, kCwNow, 20261120);
    REQUIRE(c);
    REQUIRE(assign_case(s, b.lead, c->case_no, "li", 20261125, "", kCwNow, 20261120));
    auto items = due_report(s, b.lead, kToday, std::string("li"));
    REQUIRE(items);
    REQUIRE(items->size() == 1);
    CHECK(items->front().overdue);
    CHECK(items->front().ref == c->case_no);
    CHECK(items->front().what.find("王先生") == std::string::npos);
    CHECK(due_report(s, b.lead, kToday, std::string("wang"))->empty());
    store::CaseFilter f;
    f.due_before = kToday;
    CHECK(find_cases(s, b.lead, f)->size() == 1);
}

TEST_CASE("publish: lead only, closed substantiated, never tipster data") {
    CaseworkBureau b;
    auto& s = b.store();
    const std::string no = b.substantiated_case_about(b.teacher);
    PublishInput p{no, "某校一名教师长期敷衍教学，经核实给予警告处分。", false, false};
    CHECK_FALSE(publish_case(s, b.lead, p, kCwNow, kToday));  // not closed yet
    REQUIRE(change_case_status(s, b.lead, no, "closed", "办结", kCwNow));
    CHECK(publish_case(s, b.handler, p, kCwNow, kToday).error().code == Errc::permission_denied);
    auto leak = p;
    leak.summary = "家长王先生 13900001111 反映的问题属实。";
    CHECK_FALSE(publish_case(s, b.lead, leak, kCwNow, kToday));
    auto named = p;
    named.summary = b.teacher_name + "长期敷衍教学。";
    CHECK_FALSE(publish_case(s, b.lead, named, kCwNow, kToday));
    named.show_name = true;
    REQUIRE(publish_case(s, b.lead, p, kCwNow, kToday));
    CHECK(publish_case(s, b.lead, p, kCwNow, kToday).error().code == Errc::already_exists);
    auto pubs = store::published_cases(s, 0, 0);
    REQUIRE(pubs->size() == 1);
    CHECK(pubs->front().summary.find("13900001111") == std::string::npos);
    CHECK(audit_rows(s, "case.publish") == 1);

    // The monthly report's casework section: the published summary, counts, no tipster.
    auto m = monthly_casework(s, "2026-11");
    REQUIRE(m);
    CHECK(m->received == 1);
    CHECK(m->closed == 1);
    REQUIRE(m->published.size() == 1);
    CHECK(m->published[0].summary == p.summary);
    std::string html, json;
    for (const auto& t : casework_report_tables(*m, false)) {
        html += report_table_html(t);
        json += report_table_json(t).dump();
    }
    for (const std::string& out : {json, html}) {
        CHECK(out.find("王先生") == std::string::npos);
        CHECK(out.find("13900001111") == std::string::npos);
        CHECK(out.find("上课时间") == std::string::npos);  // the case text
        CHECK(out.find(b.teacher) == std::string::npos);
    }
    CHECK(html.find("典型案例") != std::string::npos);
}

TEST_CASE("statistician: scores yes, cases no, and no tipster data in audit summaries") {
    CaseworkBureau b;
    auto& s = b.store();
    b.substantiated_case_about(b.teacher);
    CHECK(find_cases(s, b.statistician, {}).error().code == Errc::permission_denied);
    CHECK(get_case(s, b.statistician, "H-2026-0001").error().code == Errc::permission_denied);
    auto rules = parse_score_rules(R"({"format": "sk-score-rules-1", "base": 100,
        "proactive_points": 2, "passive_points": {"kiosk": 2, "hotline": 2, "mailbox": 2,
        "letter": 2, "visit": 2, "inspection": 3, "survey": 1}})");
    REQUIRE(rules);
    auto table = unit_score_table(s, b.statistician, *rules, Quarter{2026, 4}, "zh-CN");
    REQUIRE(table);
    bool found = false;
    for (const auto& r : table.value()) {
        if (r.score.unit == b.teacher_unit) {
            found = true;
            CHECK(r.score.total == 98);
            CHECK(r.explanation.find("举报电话 1×2=2") != std::string::npos);
        }
    }
    CHECK(found);
    // Kept in a variable: a range-for over value() of a temporary Result would dangle.
    auto audit = store::list_audit(s, {});
    REQUIRE(audit.ok());
    for (const auto& r : audit.value()) {
        CHECK(r.event.before.find("王先生") == std::string::npos);
        CHECK(r.event.after.find("王先生") == std::string::npos);
        CHECK(r.event.after.find("上课时间") == std::string::npos);
    }
}

TEST_CASE("kiosk tips become cases on import, and the board follows case statuses") {
    CaseworkBureau b;
    auto k = b.add_kiosk("school 城关第一小学");
    auto tip = make_tip(b.keys().pub.seal_pk);
    auto out = b.import(k.next_batch({tip.envelope}, 20261120));
    REQUIRE(out.result == BatchResult::imported);
    REQUIRE(out.new_cases.size() == 1);
    auto c = store::find_case(b.store(), out.new_cases[0]);
    REQUIRE(c);
    REQUIRE(c.value());
    CHECK(c.value()->channel == "kiosk");
    CHECK(c.value()->unit_code.empty());  // a tip's free text is never auto-linked
    CHECK(c.value()->staff_no.empty());
    const std::string no = c.value()->case_no;
    REQUIRE(change_case_status(b.store(), b.lead, no, "under_verification", "核查", kCwNow));
    REQUIRE(change_case_status(b.store(), b.lead, no, "substantiated", "属实", kCwNow));
    REQUIRE(change_case_status(b.store(), b.lead, no, "talk_held", "已谈话", kCwNow));
    auto t = b.store().tip(no);
    REQUIRE(t);
    CHECK(t.value()->status == "substantiated");  // what the tipster reads
}
