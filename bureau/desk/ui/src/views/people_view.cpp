// People: find a person by staff number or name, open their file (一人一档) as the core
// renders it, every record in date order.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_people(ViewCtx& v) {
    heading(v, v.t("people.title"));
    const bool enter = input(v, "people.search", v.t("people.search"), Field::person_search,
                             ImGuiInputTextFlags_EnterReturnsTrue, 400);
    ImGui::SameLine();
    if (button(v, "people.find", v.t("people.find")) || enter) v.emit(intent::SearchPeople{});
    if (!v.desk.message().empty() && v.desk.message_is_error()) {
        text_colored(v, color::kError, v.desk.message());
    }
    ImGui::BeginChild("found", ImVec2(ImGui::GetContentRegionAvail().x * 0.3f, 0), true);
    const auto& people = v.desk.people();
    for (size_t i = 0; i < people.size(); ++i) {
        const auto& p = people[i];
        const std::string id = "people.row#" + std::to_string(i);
        if (ImGui::Selectable((p.staff_no + "  " + p.name + "##" + id).c_str())) {
            v.emit(intent::OpenPerson{p.staff_no});
        }
        record(v, id);
        if (v.hits) v.hits->add_text(p.staff_no + "  " + p.name);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("file", ImVec2(0, 0), true);
    ImGui::PushTextWrapPos(0);
    text(v, v.desk.person_file());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
