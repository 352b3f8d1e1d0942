// The absence edit form (`absence set`): category (with the "other" reason's text), since,
// found by, handling and deadline, return, outcome and closing, salary stop and recovery,
// note. Each field's problem is drawn under it; Save sends the form to the core, Cancel or
// Esc closes it.
#include "absence_edit_view.hpp"

#include <string>
#include <vector>

namespace sk::desk::ui {
namespace {

bureau::Lang core_lang(const ViewCtx& v) {
    return v.lang() == Lang::zh ? bureau::Lang::zh : bureau::Lang::en;
}

void problem(ViewCtx& v, const std::string& m) {
    if (m.empty()) return;
    ImGui::PushTextWrapPos(0);
    text_colored(v, color::kError, m);
    ImGui::PopTextWrapPos();
}

// Label and field on one line: the form has thirteen fields and must fit a 768-pixel screen.
constexpr float kLabelWidth = 150;

void field(ViewCtx& v, const char* id, const char* label_key, Field f) {
    text(v, v.t(label_key));
    ImGui::SameLine(kLabelWidth);
    ImGui::SetNextItemWidth(-1);
    const std::string l = std::string("##") + id;
    ImGui::InputText(l.c_str(), v.desk.buffer(f), v.desk.capacity(f) - 1);
    record(v, id);
}

// One vocabulary as a combo; `make` turns the chosen value into the intent.
template <class T, class Make>
void choice(ViewCtx& v, const char* id, const char* label_key, T current,
            const std::vector<T>& values, Make make) {
    text(v, v.t(label_key));
    ImGui::SameLine(kLabelWidth);
    const std::string preview(bureau::label(current, core_lang(v)));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), preview.c_str())) {
        for (T x : values) {
            const std::string l(bureau::label(x, core_lang(v)));
            if (ImGui::Selectable(l.c_str(), x == current)) v.emit(make(x));
        }
        ImGui::EndCombo();
    }
    record(v, id);
    if (v.hits) v.hits->add_text(preview);
}

}  // namespace

void draw_edit_form(ViewCtx& v) {
    using F = bureau::AbsenceField;
    const AbsenceEdit& ed = v.desk.absence_edit();
    const FormProblems& p = ed.problems();
    heading(v, std::string(v.t("absence.edit_title")) + " #" + std::to_string(ed.original().id) +
                   "  " + ed.original().staff_no);
    text(v, v.t("absence.date_hint"));
    // Save and Cancel first: always on screen, whatever the form's length.
    if (button(v, "absence.save", v.t("absence.save"))) v.emit(intent::SaveAbsenceEdit{});
    ImGui::SameLine();
    if (button(v, "absence.cancel", v.t("absence.cancel"))) v.emit(intent::CancelAbsenceEdit{});
    choice(v, "absence.edit.category", "absence.category", ed.category, bureau::all_categories(),
           [](bureau::AbsenceCategory c) {
               return intent::SetEditChoice{c, {}, {}, {}};
           });
    if (ed.category == bureau::AbsenceCategory::other) {
        input(v, "absence.edit.reason_text", v.t("absence.reason_text"), Field::edit_reason_text, 0,
              -1);
        problem(v, p.at(F::category_text, v.lang()));
    }
    field(v, "absence.edit.since", "absence.since_col", Field::edit_since);
    problem(v, p.at(F::since, v.lang()));
    choice(v, "absence.edit.found_by", "absence.found_by", ed.found_by,
           {bureau::FoundBy::self_report, bureau::FoundBy::inspection, bureau::FoundBy::tip,
            bureau::FoundBy::payroll_check},
           [](bureau::FoundBy f) {
               return intent::SetEditChoice{{}, f, {}, {}};
           });
    choice(v, "absence.edit.handling", "absence.handling", ed.handling,
           {bureau::Handling::none, bureau::Handling::arranged, bureau::Handling::ordered_back,
            bureau::Handling::salary_stopped, bureau::Handling::sanction_proposed,
            bureau::Handling::contract_ended, bureau::Handling::transferred},
           [](bureau::Handling h) {
               return intent::SetEditChoice{{}, {}, h, {}};
           });
    problem(v, p.at(F::handling, v.lang()));
    field(v, "absence.edit.deadline", "absence.deadline", Field::edit_deadline);
    problem(v, p.at(F::deadline, v.lang()));
    field(v, "absence.edit.returned", "absence.returned", Field::edit_returned);
    problem(v, p.at(F::returned_on, v.lang()));
    choice(v, "absence.edit.outcome", "absence.outcome", ed.outcome,
           {bureau::Outcome::open, bureau::Outcome::returned, bureau::Outcome::transferred,
            bureau::Outcome::contract_ended, bureau::Outcome::retired, bureau::Outcome::other},
           [](bureau::Outcome o) {
               return intent::SetEditChoice{{}, {}, {}, o};
           });
    problem(v, p.at(F::outcome, v.lang()));
    field(v, "absence.edit.closed", "absence.closed", Field::edit_closed);
    problem(v, p.at(F::closed_on, v.lang()));
    field(v, "absence.edit.salary_stopped", "absence.salary_stopped", Field::edit_salary_stopped);
    problem(v, p.at(F::salary_stopped_on, v.lang()));
    field(v, "absence.edit.recovered", "absence.recovered", Field::edit_recovered);
    problem(v, p.at(F::recovered, v.lang()));
    field(v, "absence.edit.recovered_on", "absence.recovered_on", Field::edit_recovered_on);
    problem(v, p.at(F::recovered_on, v.lang()));
    field(v, "absence.edit.note", "absence.note", Field::edit_note);
    problem(v, p.at(F::staff_no, v.lang()));
    problem(v, p.at(F::unit, v.lang()));
    problem(v, p.general);
}

}  // namespace sk::desk::ui
