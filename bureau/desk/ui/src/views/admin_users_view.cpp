// Admin · users and roles: the user table (disable, reset passphrase per row) and the add
// form (name, role, passphrase typed twice) with the core's refusal beside it.
#include <string>

#include "admin_views.hpp"

namespace sk::desk::ui {
namespace {

std::string role_text(const ViewCtx& v, bureau::Role r) {
    return std::string(v.lang() == Lang::zh ? bureau::role_label_zh(r) : bureau::role_name(r));
}

constexpr bureau::Role kRoles[] = {bureau::Role::lead, bureau::Role::handler,
                                   bureau::Role::inspector, bureau::Role::statistician};

// An enabled user's role as a choice (the core refuses taking the last lead's role).
void draw_role_choice(ViewCtx& v, const bureau::store::User& u) {
    const std::string current = role_text(v, u.role);
    if (u.disabled) return text(v, current);
    const std::string id = "##admin.role#" + u.name;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo(id.c_str(), current.c_str())) {
        for (auto r : kRoles) {
            if (ImGui::Selectable(role_text(v, r).c_str(), r == u.role) && r != u.role) {
                emit_admin(v, admin::ChangeRole{u.name, r});
            }
        }
        ImGui::EndCombo();
    }
    record(v, "admin.role#" + u.name);
    if (v.hits) v.hits->add_text(current);
}

void draw_user_table(ViewCtx& v) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY;
    if (!begin_table(v, "admin.users",
                     {"admin.user", "admin.role", "admin.state", "admin.created", ""}, flags)) {
        return;
    }
    for (const auto& u : v.desk.admin().users()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        text(v, u.name);
        ImGui::TableNextColumn();
        draw_role_choice(v, u);
        ImGui::TableNextColumn();
        if (u.disabled)
            text_colored(v, color::kStale, v.t("admin.disabled"));
        else
            text(v, v.t("admin.active"));
        ImGui::TableNextColumn();
        text(v, u.created_at);
        ImGui::TableNextColumn();
        ImGui::PushID(u.name.c_str());
        if (u.disabled) {
            if (button(v, "admin.enable#" + u.name, v.t("admin.enable"))) {
                emit_admin(v, admin::EnableUser{u.name});
            }
            ImGui::PopID();
            continue;
        }
        if (button(v, "admin.reset#" + u.name, v.t("admin.reset"))) {
            emit_admin(v, admin::ResetPassphrase{u.name});
        }
        ImGui::SameLine();
        if (button(v, "admin.disable#" + u.name, v.t("admin.disable"))) {
            emit_admin(v, admin::DisableUser{u.name});
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void draw_add_form(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    heading(v, v.t("admin.add_user_title"));
    input(v, "admin.user_name", v.t("admin.user_name"), Field::admin_user, 0, -1);
    text(v, v.t("admin.role"));
    for (auto r : kRoles) {
        const std::string l = role_text(v, r);
        const std::string id = "admin.role." + std::string(bureau::role_name(r));
        if (ImGui::RadioButton((l + "##" + id).c_str(), a.new_user_role() == r)) {
            emit_admin(v, admin::SetNewUserRole{r});
        }
        record(v, id);
        if (v.hits) v.hits->add_text(l);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    input(v, "admin.passphrase", v.t("admin.passphrase"), Field::admin_passphrase,
          ImGuiInputTextFlags_Password, -1);
    input(v, "admin.repeat", v.t("admin.repeat"), Field::admin_repeated,
          ImGuiInputTextFlags_Password, -1);
    if (button(v, "admin.add_user", v.t("admin.add_user"))) emit_admin(v, admin::AddUser{});
    admin_refusal(v, a.user_error());
    ImGui::PushTextWrapPos(0);
    text(v, v.t("admin.reset_hint"));
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_admin_users(ViewCtx& v) {
    ImGui::BeginChild("admin.user_list", ImVec2(ImGui::GetContentRegionAvail().x * 0.6f, 0));
    draw_user_table(v);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("admin.user_form", ImVec2(0, 0), true);
    draw_add_form(v);
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
