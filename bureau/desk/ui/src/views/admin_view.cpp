// The Admin screen (lead role): a row of tab buttons, the desk's last success line, and the
// current tab. Shown only to roles the core lets manage users; the desk refuses it anyway.
#include <string>

#include "admin_views.hpp"

namespace sk::desk::ui {

void admin_refusal(ViewCtx& v, const std::string& error) {
    if (error.empty()) return;
    ImGui::PushTextWrapPos(0);
    text_colored(v, color::kError, error);
    ImGui::PopTextWrapPos();
}

void draw_admin_browser(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    const FolderBrowser& b = a.browser();
    text(v, std::string(v.t("import.path")) + "：" + b.dir().string());
    if (button(v, "admin.dir_up", v.t("import.dir_up"))) emit_admin(v, admin::BrowseUp{});
    if (ImGui::BeginChild("admin.entries", ImVec2(0, 170), true)) {
        for (size_t i = 0; i < b.entries().size(); ++i) {
            const auto& e = b.entries()[i];
            const bool picked = !e.is_dir && a.picked() == b.dir() / e.name;
            const std::string label = (e.is_dir ? "▶ " : picked ? "■ " : "□ ") + e.name;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(label.c_str(), picked)) {
                if (e.is_dir)
                    emit_admin(v, admin::BrowseEnter{i});
                else
                    emit_admin(v, admin::PickFile{i});
            }
            record(v, "admin.entry#" + std::to_string(i));
            if (v.hits) v.hits->add_text(label);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    text(v, std::string(v.t("admin.picked")) + "：" + a.picked().filename().string());
}

void draw_admin(ViewCtx& v) {
    heading(v, v.t("admin.title"));
    const AdminDesk& a = v.desk.admin();
    struct Tab {
        AdminTab tab;
        const char* key;
    };
    static constexpr Tab kTabs[] = {{AdminTab::users, "admin.tab.users"},
                                    {AdminTab::kiosks, "admin.tab.kiosks"},
                                    {AdminTab::surveys, "admin.tab.surveys"},
                                    {AdminTab::keys, "admin.tab.keys"},
                                    {AdminTab::audit, "admin.tab.audit"}};
    for (const auto& [tab, key] : kTabs) {
        const bool current = a.tab() == tab;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 70, 150, 255));
        if (current) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        if (button(v, key, v.t(key))) emit_admin(v, admin::ShowTab{tab});
        if (current) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    // Successes on the message line; refusals stay beside the form they are about.
    if (!v.desk.message().empty() && !v.desk.message_is_error()) {
        text_colored(v, color::kOk, v.desk.message());
    }
    ImGui::Separator();
    switch (a.tab()) {
        case AdminTab::users:
            draw_admin_users(v);
            break;
        case AdminTab::kiosks:
            draw_admin_kiosks(v);
            break;
        case AdminTab::surveys:
            draw_admin_surveys(v);
            break;
        case AdminTab::keys:
            draw_admin_keys(v);
            break;
        case AdminTab::audit:
            draw_admin_audit(v);
            break;
    }
}

}  // namespace sk::desk::ui
