// The Cases table (filter, search, sort, pages) and the case page (status change, reply)
// through the bureau core's ledger.
#include <catch2/catch.hpp>

#include <cstring>
#include <map>
#include <set>

#include "desk_fixture.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/store/audit.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;

TEST_CASE("desk cases: filters, search and sort agree with the store", "[desk]") {
    DeskFixture f;
    f.login();
    const CaseIndex& ix = *f.desk->cases();
    REQUIRE(ix.total() == f.demo.tips_imported);
    REQUIRE(ix.shown() == ix.total());

    // Status filter: exactly the worked cases have left "new".
    CaseFilter st;
    st.status = "new";
    f.desk->dispatch(intent::FilterCases{st});
    const size_t fresh = f.desk->cases()->shown();
    CHECK(fresh < ix.total());
    for (const auto& r : f.desk->cases()->page(0, fresh)) CHECK(*r.status == "new");

    // School filter + search by a unit with a hanzi outside GB2312.
    CaseFilter sc;
    sc.school = ix.schools().front();
    f.desk->dispatch(intent::FilterCases{sc});
    for (const auto& r : f.desk->cases()->page(0, 1000)) CHECK(*r.school == sc.school);
    f.desk->dispatch(intent::FilterCases{CaseFilter{}});
    std::strcpy(f.desk->buffer(Field::search), "堃");
    f.desk->dispatch(intent::SearchEdited{});
    const size_t hits = f.desk->cases()->shown();
    CHECK(hits > 0);
    for (const auto& r : f.desk->cases()->page(0, hits)) {
        CHECK(
            (r.unit->find("堃") != std::string::npos || r.school->find("堃") != std::string::npos));
    }
    // Case numbers match case-insensitively.
    std::strcpy(f.desk->buffer(Field::search), "t-2026-0001");
    f.desk->dispatch(intent::SearchEdited{});
    REQUIRE(f.desk->cases()->shown() >= 1);
    CHECK(*f.desk->cases()->row(0).case_no == "T-2026-0001");
    std::memset(f.desk->buffer(Field::search), 0, 8);
    f.desk->dispatch(intent::SearchEdited{});

    // Sort by day ascending: non-decreasing; pages clamp at the end.
    f.desk->dispatch(intent::SortCases{CaseColumn::day, true});
    const auto all = f.desk->cases()->page(0, ix.total() + 50);
    REQUIRE(all.size() == ix.total());
    for (size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].day <= all[i].day);
    CHECK(f.desk->cases()->page(ix.total() - 2, 10).size() == 2);
    std::set<std::string> seen;
    for (const auto& r : all) seen.insert(*r.case_no);
    CHECK(seen.size() == ix.total());
}

TEST_CASE("desk case page: status change with a note, refusals change nothing, reply", "[desk]") {
    DeskFixture f;
    f.login();
    CaseFilter st;
    st.status = "new";
    f.desk->dispatch(intent::FilterCases{st});
    const std::string no = *f.desk->cases()->row(0).case_no;
    f.desk->dispatch(intent::OpenCase{no});
    REQUIRE(f.desk->screen() == Screen::case_file);
    const CaseFile& cf = *f.desk->case_file();
    REQUIRE(cf.tip);  // the decrypted tip
    CHECK_FALSE(cf.tip->what.empty());
    REQUIRE(cf.next.size() == 1);

    // Not allowed from "new": refused, nothing changes.
    std::strcpy(f.desk->buffer(Field::note), "直接办结");
    f.desk->dispatch(intent::ChangeStatus{"closed"});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->case_file()->row.status == "new");
    // No note: refused.
    std::memset(f.desk->buffer(Field::note), 0, 64);
    f.desk->dispatch(intent::ChangeStatus{"under_verification"});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->case_file()->row.status == "new");

    std::strcpy(f.desk->buffer(Field::note), "转督导组核查");
    f.desk->dispatch(intent::ChangeStatus{"under_verification"});
    CHECK_FALSE(f.desk->message_is_error());
    CHECK(f.desk->case_file()->row.status == "under_verification");
    CHECK(f.desk->case_file()->history.back().note == "转督导组核查");
    // The table follows, and so does the store (read through a second session).
    const auto pos = f.desk->cases()->position_of(no);
    CHECK_FALSE(pos.has_value());  // filtered to "new": it left the list
    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s.ok());
    auto row = s->store.tip(no);
    REQUIRE((row.ok() && row->has_value()));
    CHECK((*row)->status == "under_verification");
    // The change carries the clerk's name in the audit log (the core's change_case_status).
    auto audit = bureau::store::list_audit(s->store, bureau::store::AuditFilter{});
    REQUIRE(audit.ok());
    bool found = false;
    for (const auto& a : *audit) {
        found |=
            a.event.action == "case.status" && a.event.object_id == no && a.event.user == kDemoUser;
    }
    CHECK(found);

    std::strcpy(f.desk->buffer(Field::reply), "已受理，正在核查。");
    f.desk->dispatch(intent::SaveReply{});
    CHECK_FALSE(f.desk->message_is_error());
    CHECK(f.desk->case_file()->row.reply == "已受理，正在核查。");
    f.desk->dispatch(intent::Navigate{Screen::cases});
    CHECK(f.desk->case_file() == nullptr);  // leaving the case wipes it
}

TEST_CASE("desk cases: every channel of the case ledger, with a channel filter", "[desk]") {
    DeskFixture f;
    const std::string hotline = f.add_typed_case("hotline", "U003", "电话反映：窗口推诿");
    const std::string letter = f.add_typed_case("letter", "U004", "来信：审批拖延三个月");
    const std::string self = f.add_typed_case("unit-report", "U005", "自查：值班脱岗");
    f.login();
    const CaseIndex& ix = *f.desk->cases();
    // The kiosk tips and the three typed-in cases, each once.
    REQUIRE(ix.total() == f.demo.tips_imported + 3);
    CHECK(ix.channels() == std::vector<std::string>{"kiosk", "hotline", "letter", "unit-report"});
    std::map<std::string, std::string> channel_of;
    for (const auto& r : ix.page(0, ix.total())) channel_of[*r.case_no] = *r.channel;
    CHECK(channel_of.size() == ix.total());
    CHECK(channel_of.at(hotline) == "hotline");
    CHECK(channel_of.at(letter) == "letter");
    CHECK(channel_of.at(self) == "unit-report");

    // The channel filter keeps exactly that channel's cases, and combines with the others.
    CaseFilter ch;
    ch.channel = "hotline";
    f.desk->dispatch(intent::FilterCases{ch});
    REQUIRE(f.desk->cases()->shown() == 1);
    CHECK(*f.desk->cases()->row(0).case_no == hotline);
    CHECK(f.desk->cases()->row(0).school->empty());  // no kiosk
    CHECK(*f.desk->cases()->row(0).unit == "U003");
    CHECK(*f.desk->cases()->row(0).status == "new");
    ch.channel = "kiosk";
    f.desk->dispatch(intent::FilterCases{ch});
    CHECK(f.desk->cases()->shown() == f.demo.tips_imported);
    for (const auto& r : f.desk->cases()->page(0, ix.total())) CHECK(*r.channel == "kiosk");
    ch.channel = "letter";
    ch.status = "closed";
    f.desk->dispatch(intent::FilterCases{ch});
    CHECK(f.desk->cases()->shown() == 0);

    // Search and sort see them too.
    f.desk->dispatch(intent::FilterCases{CaseFilter{}});
    std::strcpy(f.desk->buffer(Field::search), letter.c_str());
    f.desk->dispatch(intent::SearchEdited{});
    REQUIRE(f.desk->cases()->shown() == 1);
    CHECK(*f.desk->cases()->row(0).case_no == letter);
    std::memset(f.desk->buffer(Field::search), 0, 16);
    f.desk->dispatch(intent::SearchEdited{});
    f.desk->dispatch(intent::SortCases{CaseColumn::channel, true});
    const auto all = f.desk->cases()->page(0, ix.total());
    for (size_t i = 1; i < all.size(); ++i) CHECK(*all[i - 1].channel <= *all[i].channel);

    // The hotline case's page: its text and source from the ledger, no tip record.
    f.desk->dispatch(intent::OpenCase{hotline});
    REQUIRE(f.desk->screen() == Screen::case_file);
    const CaseFile& cf = *f.desk->case_file();
    CHECK_FALSE(cf.tip);
    REQUIRE(cf.ledger);
    CHECK(cf.ledger->channel == "hotline");
    CHECK(cf.ledger->body == "电话反映：窗口推诿");
    CHECK(cf.row.case_no == hotline);
    CHECK(cf.row.status == "new");
    REQUIRE_FALSE(cf.history.empty());
    CHECK(cf.history.front().action == "created");
    CHECK_FALSE(cf.next.empty());
    // An unknown number of a typed channel is refused.
    auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
    REQUIRE(s);
    auto none = open_case(s->store, "h-2026-9999");
    REQUIRE_FALSE(none);
    CHECK(none.error().code == Errc::not_found);
}

TEST_CASE("desk demo: typed-in cases of five channels reach the Cases table", "[desk]") {
    DemoOptions o = small_demo();
    o.typed_cases = 5;
    DeskFixture f(o);
    f.login();
    const CaseIndex& ix = *f.desk->cases();
    CHECK(ix.total() == f.demo.tips_imported + 5);
    CHECK(ix.channels() == std::vector<std::string>{"kiosk", "hotline", "mailbox", "letter",
                                                    "unit-report", "inspection"});
    CaseFilter ch;
    ch.channel = "inspection";
    f.desk->dispatch(intent::FilterCases{ch});
    REQUIRE(f.desk->cases()->shown() == 1);
    f.desk->dispatch(intent::OpenCase{*f.desk->cases()->row(0).case_no});
    REQUIRE(f.desk->case_file());
    CHECK(f.desk->case_file()->ledger->channel == "inspection");
    CHECK_FALSE(f.desk->case_file()->ledger->body.empty());
}
