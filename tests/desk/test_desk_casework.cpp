// The case page's ledger actions through the casework core: the statuses offered are the
// core's (talk_held, sanction_proposed, reopen), links, assignment, talk and sanction entry;
// the desk's field messages and the core's refusals, each changing nothing.
#include <catch2/catch.hpp>

#include <cstring>

#include "desk_fixture.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/followups.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;

namespace {

constexpr const char* kStaff = "510002";  // assets/demo/bureau/staff.csv, unit U001

void type_into(Desk& d, FormField f, const char* s) {
    std::memset(d.buffer(f), 0, d.capacity(f));
    std::strcpy(d.buffer(f), s);
}

void note(Desk& d, const char* s) {
    std::memset(d.buffer(Field::note), 0, d.capacity(Field::note));
    std::strcpy(d.buffer(Field::note), s);
}

std::string open_new_case(DeskFixture& f) {
    CaseFilter st;
    st.status = "new";
    f.desk->dispatch(intent::FilterCases{st});
    REQUIRE(f.desk->cases()->shown() > 0);
    const std::string no = *f.desk->cases()->row(0).case_no;
    f.desk->dispatch(intent::OpenCase{no});
    REQUIRE(f.desk->case_file());
    REQUIRE(f.desk->case_file()->ledger);
    return no;
}

std::vector<bureau::CaseState> core_next(const std::string& status) {
    return bureau::next_case_states(bureau::parse_case_state(status).value());
}

size_t audit_count(DeskFixture& f, const std::string& action) {
    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto rows = bureau::store::list_audit(s->store, bureau::store::AuditFilter{});
    REQUIRE(rows.ok());
    size_t n = 0;
    for (const auto& a : *rows) n += a.event.action == action && a.event.user == kDemoUser;
    return n;
}

}  // namespace

TEST_CASE("desk case page: the core's transitions, talk and sanction entry", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    const std::string no = open_new_case(f);
    CHECK(d.case_file()->next == core_next("new"));

    // An illegal move is refused by the core and changes nothing.
    note(d, "直接谈话");
    d.dispatch(intent::ChangeStatus{"talk_held"});
    CHECK(d.message_is_error());
    CHECK(d.message().find("allowed") != std::string::npos);
    CHECK(d.case_file()->row.status == "new");

    note(d, "转核查");
    d.dispatch(intent::ChangeStatus{"under_verification"});
    note(d, "经核查属实");
    d.dispatch(intent::ChangeStatus{"substantiated"});
    REQUIRE(d.case_file()->row.status == "substantiated");
    CHECK(d.case_file()->next == core_next("substantiated"));  // talk_held, sanction_proposed...
    CHECK(d.case_file()->next.size() == 3);

    // A talk needs the case linked to a person: a message beside the form, nothing stored.
    type_into(d, FormField::talk_note, "提醒其按时到岗");
    d.dispatch(intent::AddTalk{});
    CHECK(d.case_errors().field("talk.person"));
    CHECK(audit_count(f, "talk.add") == 0);

    // Link: the reason is required (desk), an unknown staff number is the core's refusal.
    type_into(d, FormField::link_staff, kStaff);
    d.dispatch(intent::LinkCase{});
    CHECK(d.case_errors().field("link.reason"));
    type_into(d, FormField::link_staff, "999999");
    type_into(d, FormField::link_reason, "核实为该教师");
    d.dispatch(intent::LinkCase{});
    CHECK_FALSE(d.case_errors().refusal.empty());
    CHECK(d.case_file()->ledger->staff_no.empty());
    type_into(d, FormField::link_staff, kStaff);
    type_into(d, FormField::link_reason, "核实为该教师");
    d.dispatch(intent::LinkCase{});
    REQUIRE(d.case_errors().empty());
    CHECK(d.case_file()->ledger->staff_no == kStaff);
    CHECK(d.case_file()->ledger->unit_code == "U001");

    // Talk: a date that does not parse (desk), a future date (core), then a good one.
    d.dispatch(intent::SetTalkKind{bureau::TalkKind::interview});
    type_into(d, FormField::talk_note, "提醒其按时到岗");
    type_into(d, FormField::talk_date, "2026-13-01");
    d.dispatch(intent::AddTalk{});
    CHECK(d.case_errors().field("talk.date"));
    type_into(d, FormField::talk_date, "2026-12-02");  // the fixture's today is 2026-12-01
    d.dispatch(intent::AddTalk{});
    CHECK_FALSE(d.case_errors().refusal.empty());
    CHECK(audit_count(f, "talk.add") == 0);
    type_into(d, FormField::talk_date, "2026-11-30");
    d.dispatch(intent::AddTalk{});
    REQUIRE(d.case_errors().empty());
    CHECK(audit_count(f, "talk.add") == 1);
    note(d, "已谈话提醒");
    d.dispatch(intent::ChangeStatus{"talk_held"});
    REQUIRE(d.case_file()->row.status == "talk_held");
    CHECK(d.case_file()->next == core_next("talk_held"));

    // Sanction: the decision number is required; then a warning (the talk came first).
    d.dispatch(intent::SetSanctionKind{bureau::SanctionKind::warning});
    d.dispatch(intent::AddSanction{});
    CHECK(d.case_errors().field("sanction.decision"));
    type_into(d, FormField::sanction_decision, "教纪〔2026〕3号");
    type_into(d, FormField::sanction_date, "2026-12-01");
    d.dispatch(intent::AddSanction{});
    REQUIRE(d.case_errors().empty());
    note(d, "拟给予警告处分");
    d.dispatch(intent::ChangeStatus{"sanction_proposed"});
    CHECK(d.case_file()->row.status == "sanction_proposed");
    CHECK(d.cases()->position_of(no) == std::nullopt);  // the "new" filter: it left the list

    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto talks = bureau::store::talks_of(s->store, kStaff);
    REQUIRE(talks.ok());
    REQUIRE(talks->size() == 1);
    CHECK(talks->front().kind == "interview");
    CHECK(talks->front().case_no == no);
    CHECK(talks->front().by_user == kDemoUser);  // prefilled with the clerk
    auto sanctions = bureau::store::sanctions_of(s->store, kStaff);
    REQUIRE(sanctions.ok());
    REQUIRE(sanctions->size() == 1);
    CHECK(sanctions->front().kind == "warning");
    CHECK(sanctions->front().decision_no == "教纪〔2026〕3号");
    CHECK(sanctions->front().day == 20261201);
}

TEST_CASE("desk case page: assign, unlink and reopen through the core", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    open_new_case(f);

    // Assign: a date that does not parse (desk), a past due date (core), then a good one.
    type_into(d, FormField::assign_due, "明天");
    d.dispatch(intent::AssignCase{});
    CHECK(d.case_errors().field("assign.due"));
    type_into(d, FormField::assign_due, "2026-11-20");
    d.dispatch(intent::AssignCase{});
    CHECK_FALSE(d.case_errors().refusal.empty());
    CHECK(d.case_file()->ledger->assignee.empty());
    type_into(d, FormField::assign_due, "2026-12-15");
    d.dispatch(intent::AssignCase{});
    REQUIRE(d.case_errors().empty());
    CHECK(d.case_file()->ledger->assignee == kDemoUser);
    CHECK(d.case_file()->ledger->due_day == 20261215);

    // Unlink: nothing linked is the core's refusal; linked, the reason is required.
    type_into(d, FormField::link_reason, "误关联");
    d.dispatch(intent::UnlinkCase{false, true});
    CHECK_FALSE(d.case_errors().refusal.empty());
    type_into(d, FormField::link_staff, kStaff);
    type_into(d, FormField::link_reason, "核实为该教师");
    d.dispatch(intent::LinkCase{});
    REQUIRE(d.case_file()->ledger->staff_no == kStaff);
    d.dispatch(intent::UnlinkCase{false, true});
    CHECK(d.case_errors().field("link.reason"));
    type_into(d, FormField::link_reason, "认定有误");
    d.dispatch(intent::UnlinkCase{false, true});
    REQUIRE(d.case_errors().empty());
    CHECK(d.case_file()->ledger->staff_no.empty());
    CHECK(d.case_file()->ledger->unit_code == "U001");

    // Not substantiated: the core allows closing and reopening; reopen needs the new facts.
    note(d, "转核查");
    d.dispatch(intent::ChangeStatus{"under_verification"});
    note(d, "查无实据");
    d.dispatch(intent::ChangeStatus{"not_substantiated"});
    REQUIRE(d.case_file()->row.status == "not_substantiated");
    CHECK(d.case_file()->can_reopen);
    CHECK(d.case_file()->next == core_next("not_substantiated"));
    d.dispatch(intent::ReopenCase{});
    CHECK(d.case_errors().field("case.note"));
    note(d, "家长提供了新的照片");
    d.dispatch(intent::ReopenCase{});
    CHECK(d.case_file()->row.status == "under_verification");
    CHECK_FALSE(d.case_file()->can_reopen);
    CHECK(audit_count(f, "case.reopen") == 1);
}

TEST_CASE("desk cases: the keyboard cursor moves over the shown rows and opens one", "[desk]") {
    DeskFixture f;
    f.login();
    Desk& d = *f.desk;
    d.dispatch(intent::Navigate{Screen::cases});
    CHECK_FALSE(d.case_cursor());
    d.dispatch(intent::OpenCaseAtCursor{});  // no cursor yet: nothing opens
    CHECK(d.screen() == Screen::cases);
    d.dispatch(intent::MoveCaseCursor{+1});
    CHECK(d.case_cursor() == std::optional<size_t>(0));
    d.dispatch(intent::MoveCaseCursor{-1});  // clamped at the top
    CHECK(d.case_cursor() == std::optional<size_t>(0));
    d.dispatch(intent::MoveCaseCursor{+2});
    CHECK(d.case_cursor() == std::optional<size_t>(2));
    d.dispatch(intent::MoveCaseCursor{+100000});  // clamped at the bottom
    CHECK(d.case_cursor() == std::optional<size_t>(d.cases()->shown() - 1));
    // A filter that shortens the list keeps the cursor on a shown row.
    CaseFilter st;
    st.status = "closed";
    d.dispatch(intent::FilterCases{st});
    REQUIRE(d.cases()->shown() > 0);
    CHECK(*d.case_cursor() < d.cases()->shown());
    const std::string no = *d.cases()->row(*d.case_cursor()).case_no;
    d.dispatch(intent::OpenCaseAtCursor{});
    REQUIRE(d.screen() == Screen::case_file);
    CHECK(d.case_file()->row.case_no == no);
}
