// The unit page, the person file's exports, the absence edit form and the row keys (Enter
// opens the selected row, Esc goes back). Everything goes through the bureau core.
#include "sk/desk/desk.hpp"

namespace sk::desk {

namespace {
Screen screen_of(DeskTable t) {
    switch (t) {
        case DeskTable::people:
        case DeskTable::units:
            return Screen::people;
        case DeskTable::unit_cases:
        case DeskTable::unit_staff:
            return Screen::unit;
        case DeskTable::absences:
            return Screen::absences;
    }
    return Screen::login;
}
}  // namespace

std::optional<EditText> Desk::edit_text_of(Field f) const {
    switch (f) {
        case Field::edit_reason_text:
            return EditText::reason_text;
        case Field::edit_since:
            return EditText::since;
        case Field::edit_deadline:
            return EditText::deadline;
        case Field::edit_returned:
            return EditText::returned_on;
        case Field::edit_closed:
            return EditText::closed_on;
        case Field::edit_salary_stopped:
            return EditText::salary_stopped_on;
        case Field::edit_recovered:
            return EditText::recovered;
        case Field::edit_recovered_on:
            return EditText::recovered_on;
        case Field::edit_note:
            return EditText::note;
        default:
            return std::nullopt;
    }
}

void Desk::wipe_unit_state() {
    if (unit_page_) {
        for (auto* rows : {&unit_page_->current, &unit_page_->past}) {
            for (auto& r : *rows) {
                crypto::wipe(r.name);
                crypto::wipe(r.entry.note);
            }
        }
        for (auto& p : unit_page_->staff) crypto::wipe(p.name);
    }
    unit_page_.reset();
    units_found_.clear();
    crypto::wipe(person_staff_no_);
    crypto::wipe(case_unit_);
    absence_edit_.close();
    crypto::wipe(add_problems_.general);
    add_problems_.clear();
    for (auto& s : selected_) s.reset();
    active_table_.reset();
}

void Desk::open_unit(const std::string& code, bureau::Quarter q) {
    if (!authorized(bureau::Permission::read_files)) return;
    auto page =
        load_unit_page(session_->store, session_->actor, code, q, clock_.today(), work_calendar_,
                       config_.assets / "bureau" / "score-rules.json", lang() == Lang::zh);
    if (!page) return set_error(page.error().message);
    if (screen_ != Screen::unit) unit_back_ = screen_;
    unit_page_.emplace(std::move(*page));
    selected_[size_t(DeskTable::unit_cases)].reset();
    selected_[size_t(DeskTable::unit_staff)].reset();
    screen_ = Screen::unit;
    ++data_generation_;
    set_ok("");
}

void Desk::load_case_unit() {
    case_unit_.clear();
    if (!case_file_) return;
    // A case without a ledger row (never linked) simply has no unit link.
    if (auto code = case_unit_code(session_->store, session_->actor, case_file_->row.case_no))
        case_unit_ = std::move(*code);
}

void Desk::handle(const intent::OpenUnit& i) {
    open_unit(i.code, unit_page_ && unit_page_->unit.code == i.code
                          ? unit_page_->quarter
                          : bureau::quarter_of(clock_.today()));
}

void Desk::handle(const intent::SetUnitQuarter& i) {
    if (!unit_page_ || i.quarter.q < 1 || i.quarter.q > 4) return;
    open_unit(unit_page_->unit.code, i.quarter);
}

void Desk::handle(const intent::OpenCaseUnit&) {
    if (!case_file_) return;
    if (case_unit_.empty()) return set_error(tr(lang(), "unit.no_link"));
    open_unit(case_unit_, bureau::quarter_of(clock_.today()));
}

void Desk::handle(const intent::ExportPerson& i) {
    if (person_staff_no_.empty()) return set_error(tr(lang(), "people.none_open"));
    auto p = export_person(session_->store, session_->actor, person_staff_no_, i.kind,
                           config_.export_dir, clock_.today(), lang() == Lang::zh, work_calendar_,
                           clock_.now());
    if (!p) return set_error(p.error().message);
    ++data_generation_;
    const char* key = i.kind == PersonExportKind::print ? "people.print_ready" : "reports.exported";
    set_ok(std::string(tr(lang(), key)) + " " + p->string());
}

void Desk::handle(const intent::EditAbsence& i) {
    if (!authorized(bureau::Permission::edit_registers) || !absences_) return;
    for (const auto& r : absences_->rows()) {
        if (r.entry.id != i.id) continue;
        absence_edit_.open(r.entry);
        ++data_generation_;
        return set_ok("");
    }
    set_error("no absence entry #" + std::to_string(i.id));
}

void Desk::handle(const intent::SetEditChoice& i) {
    if (!absence_edit_.active()) return;
    if (i.category) absence_edit_.category = *i.category;
    if (i.found_by) absence_edit_.found_by = *i.found_by;
    if (i.handling) absence_edit_.handling = *i.handling;
    if (i.outcome) absence_edit_.outcome = *i.outcome;
}

void Desk::handle(const intent::SaveAbsenceEdit&) {
    if (!absence_edit_.active() || !authorized(bureau::Permission::edit_registers)) return;
    auto e = absence_edit_.save(session_->store, session_->actor, clock_.today(), clock_.now());
    ++data_generation_;  // the problems quote what was typed
    if (!e) return;      // shown beside the fields
    reload_absences(absences_ ? absences_->filter() : std::nullopt);
    set_ok(std::string(tr(lang(), "absence.saved")) + " #" + std::to_string(e->id));
}

void Desk::handle(const intent::CancelAbsenceEdit&) {
    absence_edit_.close();
    ++data_generation_;
}

void Desk::handle(const intent::SelectRow& i) {
    selected_[size_t(i.table)] = i.row;
    active_table_ = i.table;
}

void Desk::handle(const intent::OpenSelected& i) {
    const auto row = selected_[size_t(i.table)];
    if (!row || screen_ != screen_of(i.table)) return;
    const size_t n = *row;
    switch (i.table) {
        case DeskTable::people:
            if (n < people_.size()) dispatch(intent::OpenPerson{people_[n].staff_no});
            break;
        case DeskTable::units:
            if (n < units_found_.size())
                open_unit(units_found_[n].code, bureau::quarter_of(clock_.today()));
            break;
        case DeskTable::unit_cases:
            if (unit_page_ && n < unit_page_->cases.size())
                dispatch(intent::OpenCase{unit_page_->cases[n].case_no});
            break;
        case DeskTable::unit_staff:
            if (unit_page_ && n < unit_page_->staff.size()) {
                const std::string no = unit_page_->staff[n].staff_no;
                dispatch(intent::Navigate{Screen::people});
                if (screen_ == Screen::people) dispatch(intent::OpenPerson{no});
            }
            break;
        case DeskTable::absences:
            if (absences_ && n < absences_->rows().size())
                handle(intent::EditAbsence{absences_->rows()[n].entry.id});
            break;
    }
}

void Desk::handle(const intent::Back&) {
    switch (screen_) {
        case Screen::unit:
            // Back to where the page was opened from; a case page only if it is still open.
            if (unit_back_ == Screen::case_file && case_file_) {
                screen_ = Screen::case_file;
                set_ok("");
            } else {
                dispatch(
                    intent::Navigate{unit_back_ == Screen::case_file ? Screen::cases : unit_back_});
            }
            break;
        case Screen::case_file:
            dispatch(intent::Navigate{Screen::cases});
            break;
        case Screen::absences:
            if (absence_edit_.active()) handle(intent::CancelAbsenceEdit{});
            break;
        case Screen::people:
            crypto::wipe(person_file_);
            crypto::wipe(person_staff_no_);
            ++data_generation_;
            break;
        default:
            break;
    }
}

}  // namespace sk::desk
