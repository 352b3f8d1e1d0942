// The absence register's edit form and the add form's "other" reason: each refusal beside
// its field with nothing stored (no audit row), a good edit saved through `absence set` and
// audited, and the row keys (Enter opens the selected entry, Esc closes the form).
#include <catch2/catch.hpp>

#include "desk_fixture.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
using F = sk::bureau::AbsenceField;

namespace {

// An open entry not yet ordered back (no deadline), and its row.
size_t plain_open_row(const Desk& d) {
    const auto& rows = d.absences()->rows();
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto& e = rows[i].entry;
        if (e.handling != bureau::Handling::ordered_back && e.outcome == bureau::Outcome::open &&
            e.category != bureau::AbsenceCategory::other && !e.deadline)
            return i;
    }
    FAIL("the demo register has no open entry without a deadline");
    return 0;
}

}  // namespace

TEST_CASE("desk absence edit: refusals beside their fields, then a good save", "[desk][absence]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::absences});
    REQUIRE(f.desk->absences());
    const size_t row = plain_open_row(*f.desk);
    const bureau::AbsenceEntry before = f.desk->absences()->rows()[row].entry;
    const size_t audited = audit_rows(f, "absence.set");

    // Enter on the selected row opens the form, filled from the entry.
    f.desk->dispatch(intent::SelectRow{DeskTable::absences, row});
    f.desk->dispatch(intent::OpenSelected{DeskTable::absences});
    const AbsenceEdit& ed = f.desk->absence_edit();
    REQUIRE(ed.active());
    CHECK(ed.original().id == before.id);
    CHECK(f.desk->text(Field::edit_since) == bureau::day_text(before.since));
    CHECK(f.desk->text(Field::edit_deadline).empty());

    auto refused = [&](F field, const char* words) {
        f.desk->dispatch(intent::SaveAbsenceEdit{});
        INFO(ed.problems().first());
        CHECK(ed.problems().at(field).find(words) != std::string::npos);
        // The Chinese form shows the same problem in Chinese beside the same field.
        const std::string& zh = ed.problems().at(field, Lang::zh);
        CHECK_FALSE(zh.empty());
        CHECK(zh != ed.problems().at(field));
        CHECK(ed.active());  // the form stays with what was typed
        CHECK(audit_rows(f, "absence.set") == audited);
    };
    // Ordered back needs a deadline; a deadline before 'since'; a date that is none.
    f.desk->dispatch(intent::SetEditChoice{{}, {}, bureau::Handling::ordered_back, {}});
    refused(F::deadline, "needs a deadline");
    CHECK(ed.problems().at(F::deadline, Lang::zh) == "限期返岗须填写返岗期限");
    type(*f.desk, Field::edit_deadline, "2020-01-01");
    refused(F::deadline, "before 'since'");
    type(*f.desk, Field::edit_deadline, "2026-02-30");
    refused(F::deadline, "not a date");
    type(*f.desk, Field::edit_deadline, "2026-12-15");
    // "Other" needs its text; several problems show at once, each beside its field.
    f.desk->dispatch(intent::SetEditChoice{bureau::AbsenceCategory::other, {}, {}, {}});
    type(*f.desk, Field::edit_recovered, "abc");
    f.desk->dispatch(intent::SaveAbsenceEdit{});
    CHECK(ed.problems().at(F::recovered).find("not a sum") != std::string::npos);
    type(*f.desk, Field::edit_recovered, "");
    refused(F::category_text, "needs the reason as text");
    type(*f.desk, Field::edit_since, "2026-12-20");
    refused(F::since, "in the future");
    type(*f.desk, Field::edit_since, bureau::day_text(before.since).c_str());

    type(*f.desk, Field::edit_reason_text, "照顾病重家属");
    f.desk->dispatch(intent::SaveAbsenceEdit{});
    INFO(ed.problems().first());
    REQUIRE_FALSE(ed.active());
    CHECK_FALSE(f.desk->message_is_error());
    CHECK(audit_rows(f, "absence.set") == audited + 1);
    const bureau::AbsenceEntry* after = nullptr;
    for (const auto& r : f.desk->absences()->rows())
        if (r.entry.id == before.id) after = &r.entry;
    REQUIRE(after);
    CHECK(after->handling == bureau::Handling::ordered_back);
    CHECK(after->deadline == 20261215u);
    CHECK(after->category == bureau::AbsenceCategory::other);
    CHECK(after->category_text == "照顾病重家属");
    CHECK(after->since == before.since);

    // Esc closes an open form and stores nothing.
    f.desk->dispatch(intent::EditAbsence{before.id});
    REQUIRE(ed.active());
    f.desk->dispatch(intent::Back{});
    CHECK_FALSE(ed.active());
    CHECK(audit_rows(f, "absence.set") == audited + 1);
}

TEST_CASE("desk absence add: 'other' needs its text, shown beside the field", "[desk][absence]") {
    DeskFixture f;
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::absences});
    const size_t before = f.desk->absences()->rows().size();
    const size_t audited = audit_rows(f, "absence.add");
    f.desk->dispatch(intent::SetAbsenceCategory{bureau::AbsenceCategory::other});
    type(*f.desk, Field::staff_no, "510001");
    type(*f.desk, Field::since, "2026-11-23");
    f.desk->dispatch(intent::AddAbsence{});
    const FormProblems& p = f.desk->absence_add_problems();
    CHECK(p.at(F::category_text).find("needs the reason as text") != std::string::npos);
    CHECK(f.desk->absences()->rows().size() == before);
    CHECK(audit_rows(f, "absence.add") == audited);
    // Two problems at once: each beside its own field.
    type(*f.desk, Field::staff_no, "999999");
    type(*f.desk, Field::since, "2026-13-01");
    f.desk->dispatch(intent::AddAbsence{});
    CHECK(p.at(F::since).find("not a date") != std::string::npos);
    type(*f.desk, Field::since, "2026-11-23");
    f.desk->dispatch(intent::AddAbsence{});
    CHECK(p.at(F::staff_no).find("unknown person") != std::string::npos);
    CHECK(p.at(F::category_text).find("needs the reason") != std::string::npos);
    CHECK(f.desk->absences()->rows().size() == before);

    type(*f.desk, Field::staff_no, "510001");
    type(*f.desk, Field::reason_text, "参加县里组织的支教");
    f.desk->dispatch(intent::AddAbsence{});
    CHECK(p.empty());
    REQUIRE(f.desk->absences()->rows().size() == before + 1);
    const auto& top = f.desk->absences()->rows().front().entry;
    CHECK(top.category == bureau::AbsenceCategory::other);
    CHECK(top.category_text == "参加县里组织的支教");
    CHECK(f.desk->text(Field::reason_text).empty());
    CHECK(audit_rows(f, "absence.add") == audited + 1);
}
