// Admin · kiosks: the registry (select a row to rename it) and registering a kiosk from its
// public key file, with the core's refusal (the name rule) beside the name field.
#include <string>

#include "admin_views.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::desk::ui {
namespace {

void draw_kiosk_table(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY;
    if (!begin_table(v, "admin.kiosks",
                     {"admin.kiosk_name", "admin.key_id", "admin.last_import", "admin.batches",
                      "admin.added"},
                     flags, ImVec2(0, 260))) {
        return;
    }
    for (size_t i = 0; i < a.kiosks().size(); ++i) {
        const KioskRow& k = a.kiosks()[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Selectable(k.name.c_str(), a.selected_kiosk() == k.id,
                              ImGuiSelectableFlags_SpanAllColumns)) {
            emit_admin(v, admin::SelectKiosk{k.id});
        }
        record(v, "admin.kiosk#" + std::to_string(i));
        if (v.hits) v.hits->add_text(k.name);
        ImGui::PopID();
        ImGui::TableNextColumn();
        text(v, k.key_id);
        ImGui::TableNextColumn();
        text(v, k.last_import.empty() ? std::string(v.t("today.never"))
                                      : bureau::local_time(k.last_import));
        ImGui::TableNextColumn();
        text(v, std::to_string(k.batches));
        ImGui::TableNextColumn();
        text(v, bureau::local_time(k.added_at));
        if (!k.revoked_at.empty()) {
            ImGui::SameLine();
            text_colored(
                v, color::kError,
                std::string(v.t("admin.revoked")) + " " + bureau::local_time(k.revoked_at));
        }
    }
    ImGui::EndTable();
}

// Revoking the selected kiosk: a button, then its name and a confirmation.
void draw_revoke(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    const KioskRow* sel = nullptr;
    for (const auto& k : a.kiosks())
        if (k.id == a.selected_kiosk()) sel = &k;
    if (!a.revoke_armed()) {
        if (button(v, "admin.revoke", v.t("admin.revoke"), sel && sel->revoked_at.empty())) {
            emit_admin(v, admin::ArmRevoke{});
        }
        return;
    }
    ImGui::PushTextWrapPos(0);
    text_colored(
        v, color::kError,
        std::string(v.t("admin.revoke_confirm")) + " " + (sel ? sel->name : std::string()));
    ImGui::PopTextWrapPos();
    if (button(v, "admin.revoke_now", v.t("admin.revoke_now"))) emit_admin(v, admin::RevokeKiosk{});
    ImGui::SameLine();
    if (button(v, "admin.revoke_cancel", v.t("admin.cancel"))) emit_admin(v, admin::CancelRevoke{});
}

}  // namespace

void draw_admin_kiosks(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    draw_kiosk_table(v);
    ImGui::BeginChild("admin.kiosk_file", ImVec2(ImGui::GetContentRegionAvail().x * 0.55f, 0));
    heading(v, v.t("admin.register_title"));
    draw_admin_browser(v);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("admin.kiosk_form", ImVec2(0, 0), true);
    input(v, "admin.kiosk_name", v.t("admin.name_field"), Field::admin_kiosk_name, 0, -1);
    admin_refusal(v, a.kiosk_error());
    if (button(v, "admin.register", v.t("admin.register"), !a.picked().empty())) {
        emit_admin(v, admin::RegisterKiosk{});
    }
    ImGui::SameLine();
    if (button(v, "admin.rename", v.t("admin.rename"), a.selected_kiosk() != 0)) {
        emit_admin(v, admin::RenameKiosk{});
    }
    draw_revoke(v);
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
