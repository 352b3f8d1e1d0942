// The Reports screen's export folder: the folder every export button writes into, typed or
// walked to (up, or into a sub-folder), with the written file's path in the message line.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_export_folder(ViewCtx& v) {
    const FolderBrowser& b = v.desk.export_folder();
    input(v, "reports.export_dir", v.t("reports.export_dir"), FormField::export_dir, 0, 520);
    ImGui::SameLine();
    if (button(v, "reports.use_dir", v.t("reports.use_dir"))) v.emit(intent::ExportDirTo{});
    ImGui::SameLine();
    if (button(v, "reports.dir_up", v.t("import.dir_up"))) v.emit(intent::ExportDirUp{});
    // Sub-folders only (files are not chosen here), on one line that wraps.
    const float right = ImGui::GetWindowContentRegionMax().x;
    for (size_t i = 0; i < b.entries().size(); ++i) {
        const auto& e = b.entries()[i];
        if (!e.is_dir) continue;
        const std::string label = e.name + "/";
        const float w = ImGui::CalcTextSize(label.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
        ImGui::SameLine();
        if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        if (button(v, "reports.dir#" + std::to_string(i), label)) {
            v.emit(intent::ExportDirEnter{i});
        }
    }
}

}  // namespace sk::desk::ui
