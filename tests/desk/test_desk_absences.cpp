// The Absence register screen through the bureau core: the list (category filter, overdue
// as of the desk's day), the add form's refusals (nothing stored, the core's line beside the
// form) and a good add (on top of the list, with its audit row); the People screen (search,
// the person's file showing that entry).
#include <catch2/catch.hpp>

#include <cstring>

#include "desk_fixture.hpp"
#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/store/audit.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;

TEST_CASE("desk absences: the register list, its category filter and overdue rows", "[desk]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::absences});
    REQUIRE(f.desk->screen() == Screen::absences);
    const AbsenceRegister* reg = f.desk->absences();
    REQUIRE(reg);
    const size_t all = reg->rows().size();
    REQUIRE(all > 0);  // the demo register set
    // Overdue is the core's rule as of the desk's day.
    size_t overdue = 0;
    for (const auto& r : reg->rows()) {
        CHECK(r.overdue == bureau::is_overdue_on(r.entry, f.clock.s->today));
        overdue += r.overdue;
        CHECK_FALSE(r.name.empty());
    }
    CHECK(reg->overdue() == overdue);
    CHECK(overdue > 0);

    f.desk->dispatch(intent::FilterAbsences{bureau::AbsenceCategory::unauthorised});
    reg = f.desk->absences();
    CHECK(reg->filter() == bureau::AbsenceCategory::unauthorised);
    CHECK(reg->rows().size() < all);
    for (const auto& r : reg->rows())
        CHECK(r.entry.category == bureau::AbsenceCategory::unauthorised);
    f.desk->dispatch(intent::FilterAbsences{std::nullopt});
    CHECK(f.desk->absences()->rows().size() == all);
}

TEST_CASE("desk absences: refused adds change nothing, a good add is listed and audited",
          "[desk]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::absences});
    REQUIRE(f.desk->absences());
    const size_t before = f.desk->absences()->rows().size();
    const size_t audited = audit_rows(f, "absence.add");

    auto refused = [&](const char* staff, const char* since, const char* words) {
        type(*f.desk, Field::staff_no, staff);
        type(*f.desk, Field::since, since);
        f.desk->dispatch(intent::AddAbsence{});
        INFO(f.desk->absence_form_error());
        CHECK(f.desk->absence_form_error().find(words) != std::string::npos);
        CHECK(f.desk->absences()->rows().size() == before);
        CHECK(audit_rows(f, "absence.add") == audited);
        // What the clerk typed stays for correcting.
        CHECK(f.desk->text(Field::staff_no) == staff);
    };
    refused("999999", "2026-11-02", "unknown person");
    refused("510001", "2026-12-05", "in the future");
    refused("510001", "2026-13-45", "not a date");

    f.desk->dispatch(intent::SetAbsenceCategory{bureau::AbsenceCategory::unauthorised});
    type(*f.desk, Field::staff_no, "510001");
    type(*f.desk, Field::since, "2026-11-23");
    type(*f.desk, Field::absence_note, "连续五日未到岗");
    f.desk->dispatch(intent::AddAbsence{});
    CHECK(f.desk->absence_form_error().empty());
    CHECK_FALSE(f.desk->message_is_error());
    const auto& rows = f.desk->absences()->rows();
    REQUIRE(rows.size() == before + 1);
    const auto& top = rows.front();  // newest first
    CHECK(top.entry.staff_no == "510001");
    CHECK(top.entry.category == bureau::AbsenceCategory::unauthorised);
    CHECK(top.entry.since == 20261123u);
    CHECK(top.entry.note == "连续五日未到岗");
    CHECK(top.entry.recorded_by == kDemoUser);
    CHECK(top.name == "任梓明");
    CHECK(audit_rows(f, "absence.add") == audited + 1);
    CHECK(f.desk->text(Field::staff_no).empty());  // the form is cleared for the next one
}

TEST_CASE("desk absences: a statistician may not open the register or the people files", "[desk]") {
    DeskFixture f;
    f.login(kDemoStatsPassphrase, kDemoStatsUser);
    REQUIRE(f.desk->unlocked());
    f.desk->dispatch(intent::Navigate{Screen::absences});
    CHECK(f.desk->screen() == Screen::today);
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->absences() == nullptr);
    f.desk->dispatch(intent::AddAbsence{});
    CHECK(f.desk->absences() == nullptr);
    f.desk->dispatch(intent::Navigate{Screen::people});
    CHECK(f.desk->screen() == Screen::today);
    f.desk->dispatch(intent::SearchPeople{});
    CHECK(f.desk->people().empty());
}

TEST_CASE("desk people: find by number or name, open the person's file", "[desk]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::people});
    REQUIRE(f.desk->screen() == Screen::people);
    type(*f.desk, Field::person_search, "51000");
    f.desk->dispatch(intent::SearchPeople{});
    REQUIRE_FALSE(f.desk->people().empty());
    CHECK(f.desk->people().size() <= 50);
    for (const auto& p : f.desk->people()) CHECK(p.staff_no.rfind("51000", 0) == 0);
    type(*f.desk, Field::person_search, "任梓明");
    f.desk->dispatch(intent::SearchPeople{});
    REQUIRE(f.desk->people().size() >= 1);
    CHECK(f.desk->people().front().staff_no == "510001");

    // The file shows an absence added on the Absence screen.
    type(*f.desk, Field::staff_no, "510001");
    type(*f.desk, Field::since, "2026-11-23");
    type(*f.desk, Field::absence_note, "连续五日未到岗");
    f.desk->dispatch(intent::AddAbsence{});
    REQUIRE(f.desk->absence_form_error().empty());
    f.desk->dispatch(intent::OpenPerson{"510001"});
    CHECK_FALSE(f.desk->message_is_error());
    CHECK(f.desk->person_file().find("任梓明") != std::string::npos);
    CHECK(f.desk->person_file().find("2026-11-23") != std::string::npos);
    // An unknown number: the core's refusal, the open file stays.
    f.desk->dispatch(intent::OpenPerson{"999999"});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->person_file().find("任梓明") != std::string::npos);
    // The lock wipes what was found and shown.
    f.desk->dispatch(intent::Lock{});
    CHECK(f.desk->people().empty());
    CHECK(f.desk->person_file().empty());
}
