// What a view asks the desk to do. Views emit these and nothing else; the desk (plain C++,
// tested without ImGui) acts on them through the bureau core.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>

#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/bureau/quarter.hpp"
#include "sk/desk/admin_intents.hpp"
#include "sk/desk/case_index.hpp"
#include "sk/desk/person_export.hpp"
#include "sk/desk/reports.hpp"
#include "sk/desk/strings.hpp"

namespace sk::desk {

enum class Screen {
    login,
    today,
    import,
    cases,
    case_file,
    reports,
    absences,
    people,
    unit,
    admin
};

// The tables whose rows open with Enter (a click selects, Enter or a double click opens).
enum class DeskTable { people, units, unit_cases, unit_staff, absences };
constexpr size_t kDeskTables = 5;

namespace intent {
struct Login {};  // with the passphrase typed into the desk's buffer
struct Lock {};
struct Navigate {
    Screen to;
};
struct SetLang {
    Lang lang;
};
struct FilterCases {
    CaseFilter filter;
};
struct SearchEdited {};  // the search buffer changed
struct SortCases {
    CaseColumn column;
    bool ascending;
};
struct OpenCase {
    std::string case_no;
};
struct ChangeStatus {
    std::string to;  // with the note typed into the desk's buffer
};
struct SaveReply {};  // the reply buffer, in the desk's language
struct BrowseTo {};   // the path typed into the desk's buffer
struct BrowseUp {};
struct BrowseEnter {
    size_t entry;
};
struct BrowseToggle {
    size_t entry;
};
struct StartImport {};
struct WriteBack {};
struct SelectSurvey {
    size_t index;
};
struct ExportReport {
    ReportFormat format;
};
struct FilterAbsences {
    std::optional<bureau::AbsenceCategory> category;  // nullopt: all
};
struct SetAbsenceCategory {  // the add form's category
    bureau::AbsenceCategory category;
};
struct AddAbsence {};
struct SearchPeople {};  // the people search buffer
struct OpenPerson {
    std::string staff_no;
};  // staff no., since and note typed into the desk's buffers
// The unit page, the person file's exports, the absence edit form, row keys (s15b).
struct OpenUnit {
    std::string code;
};
struct SetUnitQuarter {
    bureau::Quarter quarter;
};
struct OpenCaseUnit {};  // the open case's unit link
struct ExportPerson {
    PersonExportKind kind;
};
struct EditAbsence {
    int64_t id;
};
struct SetEditChoice {  // the edit form's vocabularies; unset ones stay
    std::optional<bureau::AbsenceCategory> category;
    std::optional<bureau::FoundBy> found_by;
    std::optional<bureau::Handling> handling;
    std::optional<bureau::Outcome> outcome;
};
struct SaveAbsenceEdit {};
struct CancelAbsenceEdit {};
struct SelectRow {  // a click on a row of one of the desk's tables
    DeskTable table;
    size_t row;
};
struct OpenSelected {  // Enter: open the selected row
    DeskTable table;
};
struct Back {};  // Esc
struct Admin {   // the Admin screen's own intents (admin_intents.hpp)
    AdminIntent what;
};
// The case page's ledger actions (case_actions.hpp, talk_form.hpp, sanction_form.hpp); each
// reads the desk's form buffers.
struct ReopenCase {};  // the note buffer: the new facts
struct AssignCase {};
struct LinkCase {};
struct UnlinkCase {
    bool unit;
    bool person;
};
struct SetTalkKind {
    bureau::TalkKind kind;
};
struct AddTalk {};
struct SetSanctionKind {
    bureau::SanctionKind kind;
};
struct AddSanction {};
// Which part of the case page's action panel is up (one at a time fits 1366x768).
enum class CaseSection { status, assign, links, talk, sanction };
struct ShowCaseSection {
    CaseSection section;
};
// The Reports screen's tabs, the monthly report, the unit scores and the export folder.
enum class ReportsTab { survey, monthly, scores };
struct ShowReportsTab {
    ReportsTab tab;
};
struct LoadMonthly {};  // the month buffer
struct ShiftQuarter {
    int by;  // -1: the quarter before, +1: the one after
};
struct ExportMonthly {
    ReportFormat format;
};
struct ExportScores {
    ReportFormat format;
};
struct ExportDirTo {};  // the export folder buffer
struct ExportDirUp {};
struct ExportDirEnter {
    size_t entry;
};
// The Cases table by keyboard: the arrows move a row cursor over the shown rows, Enter
// opens the row under it (ImGui's own navigation cannot enter the scrolling table).
struct MoveCaseCursor {
    int by;
};
struct OpenCaseAtCursor {};
}  // namespace intent

template <class T, class... U>
constexpr bool kOneOf = (std::is_same_v<T, U> || ...);
// The intents desk_unit_actions.cpp handles.
template <class T>
constexpr bool kUnitPageIntent =
    kOneOf<T, intent::OpenUnit, intent::SetUnitQuarter, intent::OpenCaseUnit, intent::ExportPerson,
           intent::EditAbsence, intent::SetEditChoice, intent::SaveAbsenceEdit,
           intent::CancelAbsenceEdit, intent::SelectRow, intent::OpenSelected, intent::Back>;

using Intent = std::variant<
    intent::Login, intent::Lock, intent::Navigate, intent::SetLang, intent::FilterCases,
    intent::SearchEdited, intent::SortCases, intent::OpenCase, intent::ChangeStatus,
    intent::SaveReply, intent::BrowseTo, intent::BrowseUp, intent::BrowseEnter,
    intent::BrowseToggle, intent::StartImport, intent::WriteBack, intent::SelectSurvey,
    intent::ExportReport, intent::FilterAbsences, intent::SetAbsenceCategory, intent::AddAbsence,
    intent::SearchPeople, intent::OpenPerson, intent::OpenUnit, intent::SetUnitQuarter,
    intent::OpenCaseUnit, intent::ExportPerson, intent::EditAbsence, intent::SetEditChoice,
    intent::SaveAbsenceEdit, intent::CancelAbsenceEdit, intent::SelectRow, intent::OpenSelected,
    intent::Back, intent::Admin, intent::ReopenCase, intent::AssignCase, intent::LinkCase,
    intent::UnlinkCase, intent::SetTalkKind, intent::AddTalk, intent::SetSanctionKind,
    intent::AddSanction, intent::ShowReportsTab, intent::LoadMonthly, intent::ShiftQuarter,
    intent::ExportMonthly, intent::ExportScores, intent::ExportDirTo, intent::ExportDirUp,
    intent::ExportDirEnter, intent::ShowCaseSection, intent::MoveCaseCursor,
    intent::OpenCaseAtCursor>;

}  // namespace sk::desk
