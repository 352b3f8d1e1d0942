// Casework domain rules without a store: channels, the case transition table, sanctions
// with their periods and the "reminder first" rule, quarters, the watch list, unit scores
// against a hand-worked example, and the due list.
#include <catch2/catch.hpp>

#include "sk/bureau/calendar.hpp"
#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/due_list.hpp"
#include "sk/bureau/quarter.hpp"
#include "sk/bureau/sanction_kind.hpp"
#include "sk/bureau/score_rules.hpp"
#include "sk/bureau/watch_list.hpp"

using namespace sk;
using namespace sk::bureau;

TEST_CASE("calendar: days and months across boundaries") {
    CHECK(add_days(20261231, 1) == 20270101);
    CHECK(add_days(20280228, 1) == 20280229);
    CHECK(add_days(20260301, -1) == 20260228);
    CHECK(add_months(20260831, 6) == 20270228);
    CHECK(add_months(20260115, -1) == 20251215);
    CHECK(add_months(20260115, 24) == 20280115);
    CHECK(days_between(20260101, 20270101) == 365);
    CHECK(day_from_serial(day_serial(20260314)) == 20260314);
}

TEST_CASE("channels: names, labels, proactive and typed") {
    for (Channel c : all_channels()) {
        auto back = parse_channel(channel_name(c));
        REQUIRE(back);
        CHECK(*back == c);
        CHECK(!channel_label(c, "zh-CN").empty());
        CHECK(channel_label(c, "zh-CN") != channel_label(c, "en"));
    }
    CHECK(is_proactive(Channel::unit_report));
    CHECK_FALSE(is_proactive(Channel::inspection));
    CHECK_FALSE(is_typed_channel(Channel::kiosk));
    CHECK(is_typed_channel(Channel::hotline));
    auto bad = parse_channel("fax");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == Errc::invalid_argument);
    CHECK(bad.error().message.find("hotline") != std::string::npos);
    CHECK(case_no_prefix(Channel::kiosk) == 'T');
    CHECK(case_no_prefix(Channel::hotline) == 'H');
}

TEST_CASE("case flow: the transition table is enforced") {
    using S = CaseState;
    CHECK(check_case_transition(S::new_case, S::under_verification));
    CHECK(check_case_transition(S::under_verification, S::substantiated));
    CHECK(check_case_transition(S::substantiated, S::talk_held));
    CHECK(check_case_transition(S::substantiated, S::sanction_proposed));
    CHECK(check_case_transition(S::talk_held, S::sanction_proposed));
    CHECK(check_case_transition(S::sanction_proposed, S::closed));
    CHECK(check_case_transition(S::not_substantiated, S::closed));

    auto skip = check_case_transition(S::new_case, S::closed);
    REQUIRE_FALSE(skip);
    CHECK(skip.error().message.find("allowed: under_verification") != std::string::npos);
    CHECK_FALSE(check_case_transition(S::not_substantiated, S::talk_held));
    CHECK_FALSE(check_case_transition(S::sanction_proposed, S::talk_held));
    auto closed = check_case_transition(S::closed, S::under_verification);
    REQUIRE_FALSE(closed);
    CHECK(closed.error().message.find("reopen") != std::string::npos);

    CHECK(check_reopen(S::closed));
    CHECK(check_reopen(S::not_substantiated));
    CHECK_FALSE(check_reopen(S::under_verification));
    CHECK_FALSE(check_reopen(S::talk_held));

    for (S s : all_case_states()) {
        auto back = parse_case_state(case_state_name(s));
        REQUIRE(back);
        CHECK(*back == s);
        CHECK(!check_case_transition(s, s));  // no self loops
    }
    CHECK_FALSE(parse_case_state("done"));
}

TEST_CASE("case flow: findings and what the tipster sees") {
    CHECK(finding_after(Finding::none, CaseState::substantiated) == Finding::substantiated);
    CHECK(finding_after(Finding::substantiated, CaseState::talk_held) == Finding::substantiated);
    CHECK(finding_after(Finding::substantiated, CaseState::closed) == Finding::substantiated);
    CHECK(finding_after(Finding::not_substantiated, CaseState::under_verification) ==
          Finding::none);
    CHECK(board_status(CaseState::talk_held) == sync::CaseStatus::substantiated);
    CHECK(board_status(CaseState::sanction_proposed) == sync::CaseStatus::substantiated);
    CHECK(board_status(CaseState::closed) == sync::CaseStatus::closed);
    // The first five names are the board's, so the old `tips set-status` names still parse.
    for (auto s : {sync::CaseStatus::new_case, sync::CaseStatus::under_verification,
                   sync::CaseStatus::substantiated, sync::CaseStatus::not_substantiated,
                   sync::CaseStatus::closed}) {
        CHECK(parse_case_state(sync::case_status_name(s)));
    }
}

TEST_CASE("sanctions: periods of effect") {
    CHECK(effect_end_day(SanctionKind::warning, 20260315) == std::optional<uint32_t>(20260914));
    CHECK(effect_end_day(SanctionKind::demerit, 20260315) == std::optional<uint32_t>(20270314));
    CHECK(effect_end_day(SanctionKind::major_demerit, 20260315) ==
          std::optional<uint32_t>(20270914));
    CHECK(effect_end_day(SanctionKind::demotion, 20260315) == std::optional<uint32_t>(20280314));
    CHECK(effect_end_day(SanctionKind::removal, 20260315) == std::optional<uint32_t>(20280314));
    CHECK_FALSE(effect_end_day(SanctionKind::reminder, 20260315));
    CHECK_FALSE(effect_end_day(SanctionKind::dismissal, 20260315));
    CHECK(in_effect(SanctionKind::warning, 20260315, 20260914));
    CHECK_FALSE(in_effect(SanctionKind::warning, 20260315, 20260915));
    CHECK_FALSE(in_effect(SanctionKind::warning, 20260315, 20260314));
    CHECK(in_effect(SanctionKind::dismissal, 20260315, 20991231));
    CHECK_FALSE(in_effect(SanctionKind::reminder, 20260315, 20260315));
    for (auto k : all_sanction_kinds()) {
        auto back = parse_sanction_kind(sanction_kind_name(k));
        REQUIRE(back);
        CHECK(*back == k);
    }
    CHECK_FALSE(parse_sanction_kind("fine"));
}

TEST_CASE("sanctions: reminder first unless overridden") {
    const std::vector<PriorMeasure> none;
    const std::vector<PriorMeasure> talk_before = {{20260301, "talk"}};
    const std::vector<PriorMeasure> talk_after = {{20260401, "talk"}};
    CHECK(check_reminder_first(SanctionKind::reminder, 20260315, none, ""));
    auto refused = check_reminder_first(SanctionKind::warning, 20260315, none, "");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::invalid_argument);
    CHECK(refused.error().message.find("--override") != std::string::npos);
    CHECK(check_reminder_first(SanctionKind::warning, 20260315, talk_before, ""));
    CHECK(check_reminder_first(SanctionKind::demerit, 20260301, talk_before, ""));  // same day
    CHECK_FALSE(check_reminder_first(SanctionKind::demerit, 20260315, talk_after, ""));
    CHECK_FALSE(check_reminder_first(SanctionKind::dismissal, 20260315, none, "   "));
    CHECK(check_reminder_first(SanctionKind::dismissal, 20260315, none, "纪委移送，情节严重"));
}

TEST_CASE("quarters: parse, bounds, of a day") {
    auto q = parse_quarter("2026Q4");
    REQUIRE(q);
    CHECK(q->first_day() == 20261001);
    CHECK(q->last_day() == 20261231);
    CHECK(format_quarter(q->next()) == "2027Q1");
    CHECK(format_quarter(Quarter{2026, 1}.previous()) == "2025Q4");
    CHECK(Quarter{2028, 1}.last_day() == 20280331);
    CHECK(Quarter{2026, 2}.last_day() == 20260630);
    CHECK(parse_quarter("2026q1"));
    CHECK(parse_quarter("2026-Q3"));
    for (const char* bad : {"2026Q5", "2026Q0", "26Q1", "2026", "2026Q4x", "Q42026", "1999Q1"}) {
        CHECK_FALSE(parse_quarter(bad));
    }
    CHECK(format_quarter(quarter_of(20260930)) == "2026Q3");
    CHECK(format_quarter(quarter_of(20261001)) == "2026Q4");
}

TEST_CASE("watch list: who owes a quarterly entry") {
    std::vector<WatchCandidate> people = {
        {"S003", "王五", "U1", 20261115, false, false, "li"},  // watched during Q4: due
        {"S001", "张三", "U1", 20260310, false, false, ""},    // watched since Q1: due
        {"S002", "李四", "U2", 20260310, false, true, ""},     // has the Q4 entry
        {"S004", "赵六", "U2", 20270105, false, false, ""},    // watched only from 2027
        {"S005", "钱七", "U2", 20260310, true, false, ""},     // dismissed
    };
    auto due = quarterly_due(people, Quarter{2026, 4});
    REQUIRE(due.size() == 2);
    CHECK(due[0].staff_no == "S001");
    CHECK(due[1].staff_no == "S003");
    CHECK(quarterly_deadline(Quarter{2026, 4}) == 20261231);
}

TEST_CASE("due list: this week, overdue, per user") {
    const uint32_t today = 20261130;
    std::vector<DueItem> items = {
        {DueKind::case_deadline, "li", "H-2026-0002", "", 20261207, false},  // today + 7: in
        {DueKind::case_deadline, "li", "H-2026-0003", "", 20261208, false},  // + 8: out
        {DueKind::absence_deadline, "wang", "A-7", "", 20261129, false},     // overdue
        {DueKind::case_deadline, "li", "H-2026-0001", "", 20261130, false},  // today: not overdue
        {DueKind::quarterly_entry, "", "S001", "", 20261231, false},         // out of horizon
        {DueKind::case_deadline, "li", "H-2026-0004", "", 0, false},         // no deadline
    };
    auto all = assemble_due(items, today, std::nullopt);
    REQUIRE(all.size() == 3);
    CHECK(all[0].ref == "H-2026-0001");
    CHECK_FALSE(all[0].overdue);
    CHECK(all[1].ref == "H-2026-0002");
    CHECK(all[2].ref == "A-7");
    CHECK(all[2].overdue);
    auto li = assemble_due(items, today, std::string("li"));
    CHECK(li.size() == 2);
    auto month_end = assemble_due(items, 20261225, std::nullopt);
    bool quarterly_in = false;
    for (const auto& d : month_end) quarterly_in |= d.kind == DueKind::quarterly_entry;
    CHECK(quarterly_in);
    CHECK(is_overdue(20261231, 20270101));
    CHECK_FALSE(is_overdue(20261231, 20261231));
}

namespace {

const char* kRules = R"({"format": "sk-score-rules-1", "base": 100, "only_substantiated": true,
  "proactive_points": 2,
  "passive_points": {"kiosk": 2, "hotline": 2, "mailbox": 1, "letter": 1, "visit": 1,
                     "inspection": 3, "survey": 1},
  "max_gain": 4, "max_loss": 30})";

}  // namespace

TEST_CASE("scores: parse and validate the rules") {
    auto r = parse_score_rules(kRules);
    REQUIRE(r);
    CHECK(r->base == 100);
    CHECK(r->passive_points.at(Channel::inspection) == 3);
    CHECK(r->max_gain == std::optional<int>(4));

    std::string s = kRules;
    auto with = [&](const std::string& from, const std::string& to) {
        std::string t = s;
        t.replace(t.find(from), from.size(), to);
        return parse_score_rules(t);
    };
    CHECK_FALSE(with("\"base\": 100", "\"base\": -1"));
    CHECK_FALSE(with("\"base\": 100", "\"base\": 1.5"));
    CHECK_FALSE(with("\"base\": 100", "\"bass\": 100"));
    CHECK_FALSE(with("\"survey\": 1", "\"unit-report\": 1"));
    CHECK_FALSE(with("\"survey\": 1", "\"fax\": 1"));
    CHECK_FALSE(with("\"survey\": 1", "\"survey\": 5000"));
    CHECK_FALSE(with("\"hotline\": 2, ", ""));  // a passive channel missing
    CHECK_FALSE(with("sk-score-rules-1", "sk-score-rules-2"));
    CHECK_FALSE(parse_score_rules("[1,2]"));
    CHECK_FALSE(parse_score_rules("{"));
    auto no_cap = with("\"max_gain\": 4, ", "");
    REQUIRE(no_cap);
    CHECK_FALSE(no_cap->max_gain);
}

TEST_CASE("scores: hand-worked example") {
    // 2026Q4, rules above (gain capped at 4).
    // Unit A: 3 own reports substantiated (+6, capped to +4), 1 hotline substantiated (-2),
    //         1 hotline not substantiated (ignored), 1 inspection in Q3 (other quarter).
    //         100 + 4 - 2 = 102.
    // Unit B: 2 inspections substantiated (-6), 1 kiosk tip substantiated (-2), 1 own
    //         report not yet verified (ignored). 100 - 8 = 92.
    // Unit C: nothing. 100.
    auto rules = parse_score_rules(kRules);
    REQUIRE(rules);
    using F = Finding;
    std::vector<ScoreCase> cases = {
        {"U-1", "A", Channel::unit_report, 20261005, F::substantiated},
        {"U-2", "A", Channel::unit_report, 20261105, F::substantiated},
        {"U-3", "A", Channel::unit_report, 20261231, F::substantiated},
        {"H-1", "A", Channel::hotline, 20261010, F::substantiated},
        {"H-2", "A", Channel::hotline, 20261011, F::not_substantiated},
        {"I-1", "A", Channel::inspection, 20260930, F::substantiated},
        {"I-2", "B", Channel::inspection, 20261001, F::substantiated},
        {"I-3", "B", Channel::inspection, 20261120, F::substantiated},
        {"T-1", "B", Channel::kiosk, 20261120, F::substantiated},
        {"U-4", "B", Channel::unit_report, 20261120, F::none},
    };
    auto scores = score_units(*rules, {"A", "B", "C"}, cases, Quarter{2026, 4});
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].unit == "A");
    CHECK(scores[0].gain_raw == 6);
    CHECK(scores[0].gain == 4);
    CHECK(scores[0].gain_capped());
    CHECK(scores[0].loss == 2);
    CHECK(scores[0].total == 102);
    CHECK(scores[1].loss == 8);
    CHECK(scores[1].gains.empty());
    REQUIRE(scores[1].losses.size() == 2);
    CHECK(scores[1].losses[0].channel == Channel::kiosk);
    CHECK(scores[1].losses[1].count == 2);
    CHECK(scores[1].losses[1].subtotal == -6);
    CHECK(scores[1].total == 92);
    CHECK(scores[2].total == 100);
    CHECK(explain_score(scores[0], "en") ==
          "100 + unit's own report 3×2=6 (gain capped at 4) − hotline 1×2=2 = 102");
    CHECK(explain_score(scores[1], "zh-CN") ==
          "100 − 自助终端举报 1×2=2 − 督导检查发现 2×3=6 = 92");

    // Without only_substantiated, unverified cases count too (never refuted ones).
    auto all = *rules;
    all.only_substantiated = false;
    auto scores2 = score_units(all, {"A", "B", "C"}, cases, Quarter{2026, 4});
    CHECK(scores2[1].gain_raw == 2);
    CHECK(scores2[0].loss == 2);
}
