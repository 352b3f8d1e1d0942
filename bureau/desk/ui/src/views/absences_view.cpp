// The absence register: the core's list (category filter; entries past their return
// deadline in red) and, for roles that may edit the registers, the add form with the core's
// refusal beside it.
#include "../view_kit.hpp"

#include <string>

#include "sk/bureau/clock.hpp"
#include "absence_edit_view.hpp"

namespace sk::desk::ui {
namespace {

bureau::Lang core_lang(const ViewCtx& v) {
    return v.lang() == Lang::zh ? bureau::Lang::zh : bureau::Lang::en;
}

std::string category_text(const ViewCtx& v, const bureau::AbsenceEntry& e) {
    std::string s(bureau::label(e.category, core_lang(v)));
    if (!e.category_text.empty()) s += "（" + e.category_text + "）";
    return s;
}

void draw_filter(ViewCtx& v, const AbsenceRegister& reg) {
    const auto current = reg.filter();
    const std::string preview = current ? std::string(bureau::label(*current, core_lang(v)))
                                        : std::string(v.t("absence.all"));
    ImGui::SetNextItemWidth(220);
    const std::string id = std::string(v.t("absence.category")) + "##absence.filter";
    if (ImGui::BeginCombo(id.c_str(), preview.c_str())) {
        if (ImGui::Selectable(v.t("absence.all"), !current)) {
            v.emit(intent::FilterAbsences{std::nullopt});
        }
        for (auto c : bureau::all_categories()) {
            const std::string l(bureau::label(c, core_lang(v)));
            if (ImGui::Selectable(l.c_str(), current == c)) v.emit(intent::FilterAbsences{c});
        }
        ImGui::EndCombo();
    }
    record(v, "absence.filter");
    if (v.hits) v.hits->add_text(preview);
    ImGui::SameLine();
    text(v, std::to_string(reg.rows().size()) + " " + v.t("absence.count") + " · " +
                v.t("absence.overdue") + " " + std::to_string(reg.overdue()));
}

void draw_table(ViewCtx& v, const AbsenceRegister& reg, bool edit) {
    static constexpr const char* kHeaders[] = {
        "absence.staff_no",  "absence.name",     "absence.unit",     "absence.category",
        "absence.since_col", "absence.handling", "absence.deadline", "absence.note"};
    constexpr int kCols = int(sizeof(kHeaders) / sizeof(kHeaders[0]));
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("absences", kCols, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* h : kHeaders) {
        ImGui::TableSetupColumn(v.t(h));
        if (v.hits) v.hits->add_text(v.t(h));
    }
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(reg.rows().size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& r = reg.rows()[size_t(i)];
            const auto& e = r.entry;
            ImGui::TableNextRow();
            const std::string cells[] = {e.staff_no,
                                         r.name,
                                         r.unit_name,
                                         category_text(v, e),
                                         bureau::day_to_iso(e.since),
                                         std::string(bureau::label(e.handling, core_lang(v))),
                                         e.deadline ? bureau::day_to_iso(e.deadline) : "",
                                         e.note};
            bool first = true;
            for (const auto& c : cells) {
                ImGui::TableNextColumn();
                if (first && edit) {
                    // Click selects, Enter or a double click opens the edit form.
                    first = false;
                    const size_t row = size_t(i);
                    ImGui::PushID(i);
                    if (ImGui::Selectable("##row", v.desk.selected(DeskTable::absences) == row,
                                          ImGuiSelectableFlags_SpanAllColumns |
                                              ImGuiSelectableFlags_AllowDoubleClick)) {
                        v.emit(intent::SelectRow{DeskTable::absences, row});
                        if (ImGui::IsMouseDoubleClicked(0))
                            v.emit(intent::OpenSelected{DeskTable::absences});
                    }
                    ImGui::PopID();
                    // The row's hit box for tests: its first cell (the staff number), not the
                    // whole row, whose centre may fall on a column's resize border.
                    if (v.hits) {
                        const ImVec2 lo = ImGui::GetItemRectMin();
                        const ImVec2 hi = ImGui::GetItemRectMax();
                        v.hits->add("absence.row#" + std::to_string(i), lo,
                                    ImVec2(lo.x + ImGui::GetColumnWidth(), hi.y));
                    }
                    ImGui::SameLine();
                }
                // Past the deadline and not back: the row the clerk must act on.
                if (r.overdue)
                    text_colored(v, color::kError, c);
                else
                    text(v, c);
            }
        }
    }
    ImGui::EndTable();
}

void problem(ViewCtx& v, const std::string& m) {
    if (m.empty()) return;
    ImGui::PushTextWrapPos(0);
    text_colored(v, color::kError, m);
    ImGui::PopTextWrapPos();
}

void draw_form(ViewCtx& v) {
    heading(v, v.t("absence.add_title"));
    input(v, "absence.staff_no", v.t("absence.staff_no"), Field::staff_no, 0, -1);
    text(v, v.t("absence.category"));
    int n = 0;
    for (auto c : bureau::all_categories()) {
        const std::string l(bureau::label(c, core_lang(v)));
        const std::string id = "absence.cat." + std::string(bureau::slug(c));
        if (n++ % 2) ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f);
        if (ImGui::RadioButton((l + "##" + id).c_str(), v.desk.absence_form_category() == c)) {
            v.emit(intent::SetAbsenceCategory{c});
        }
        record(v, id);
        if (v.hits) v.hits->add_text(l);
    }
    using F = bureau::AbsenceField;
    const FormProblems& p = v.desk.absence_add_problems();
    problem(v, p.at(F::staff_no, v.lang()));
    if (v.desk.absence_form_category() == bureau::AbsenceCategory::other) {
        input(v, "absence.reason_text", v.t("absence.reason_text"), Field::reason_text, 0, -1);
        problem(v, p.at(F::category_text, v.lang()));
    }
    input(v, "absence.since", v.t("absence.since"), Field::since, 0, -1);
    problem(v, p.at(F::since, v.lang()));
    input(v, "absence.note", v.t("absence.note"), Field::absence_note, 0, -1);
    if (button(v, "absence.add", v.t("absence.add"))) v.emit(intent::AddAbsence{});
    // The core's refusal when it is about no field of this form.
    if (!p.general.empty()) {
        problem(v, p.general);
    } else if (!v.desk.absence_form_error().empty()) {
        // Shown beside its field above.
    } else if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
}

}  // namespace

void draw_absences(ViewCtx& v) {
    const AbsenceRegister* reg = v.desk.absences();
    heading(v, v.t("absence.title"));
    if (!reg) return;
    const bool edit = v.desk.can(bureau::Permission::edit_registers);
    ImGui::BeginChild("register", ImVec2(edit ? ImGui::GetContentRegionAvail().x * 0.68f : 0, 0));
    draw_filter(v, *reg);
    draw_table(v, *reg, edit);
    ImGui::EndChild();
    if (!edit) return;  // inspectors read only
    ImGui::SameLine();
    ImGui::BeginChild("add", ImVec2(0, 0), true);
    if (v.desk.absence_edit().active())
        draw_edit_form(v);
    else
        draw_form(v);
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
