// People: find a person or a unit by number, code or name; open the person's file
// (一人一档) as the core renders it, every record in date order, with Export (HTML, XLSX)
// and Print; open a unit's page. A click selects a row, Enter or a double click opens it.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {
namespace {

void found_row(ViewCtx& v, DeskTable table, size_t i, const std::string& label,
               const std::string& id) {
    const bool selected = v.desk.selected(table) == i;
    if (ImGui::Selectable((label + "##" + id).c_str(), selected,
                          ImGuiSelectableFlags_AllowDoubleClick)) {
        v.emit(intent::SelectRow{table, i});
        // A single click on a person opens the file at once (as before); units open with
        // Enter or a double click, as every other table.
        if (table == DeskTable::people || ImGui::IsMouseDoubleClicked(0))
            v.emit(intent::OpenSelected{table});
    }
    record(v, id);
    if (v.hits) v.hits->add_text(label);
}

}  // namespace

void draw_people(ViewCtx& v) {
    heading(v, v.t("people.title"));
    const bool enter = input(v, "people.search", v.t("people.search"), Field::person_search,
                             ImGuiInputTextFlags_EnterReturnsTrue, 400);
    ImGui::SameLine();
    if (button(v, "people.find", v.t("people.find")) || enter) v.emit(intent::SearchPeople{});
    if (!v.desk.message().empty()) {
        ImGui::PushTextWrapPos(0);
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
        ImGui::PopTextWrapPos();
    }
    ImGui::BeginChild("found", ImVec2(ImGui::GetContentRegionAvail().x * 0.3f, 0), true);
    const auto& units = v.desk.units_found();
    if (!units.empty()) {
        heading(v, v.t("people.units"));
        for (size_t i = 0; i < units.size(); ++i) {
            found_row(v, DeskTable::units, i, units[i].code + "  " + units[i].name,
                      "people.unit#" + std::to_string(i));
        }
        heading(v, v.t("people.staff"));
    }
    const auto& people = v.desk.people();
    for (size_t i = 0; i < people.size(); ++i) {
        found_row(v, DeskTable::people, i, people[i].staff_no + "  " + people[i].name,
                  "people.row#" + std::to_string(i));
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("file", ImVec2(0, 0), true);
    if (!v.desk.person_staff_no().empty()) {
        if (button(v, "people.export_html", v.t("people.export_html")))
            v.emit(intent::ExportPerson{PersonExportKind::html});
        ImGui::SameLine();
        if (button(v, "people.export_xlsx", v.t("people.export_xlsx")))
            v.emit(intent::ExportPerson{PersonExportKind::xlsx});
        ImGui::SameLine();
        if (button(v, "people.print", v.t("people.print")))
            v.emit(intent::ExportPerson{PersonExportKind::print});
        ImGui::Separator();
    }
    ImGui::PushTextWrapPos(0);
    text(v, v.desk.person_file());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
