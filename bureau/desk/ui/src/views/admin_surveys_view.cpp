// Admin · surveys and key rotation. Surveys: pick a source file, check it (the errors
// listed), sign and publish it. Rotation: a first click explains and asks for the lead's
// passphrase, a second rotates; the new key ids and the statement are shown after.
#include <string>

#include "admin_views.hpp"

namespace sk::desk::ui {

void draw_admin_surveys(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    draw_admin_browser(v);
    const bool picked = !a.picked().empty();
    if (button(v, "admin.validate", v.t("admin.validate"), picked)) {
        emit_admin(v, admin::ValidateSurvey{});
    }
    ImGui::SameLine();
    if (button(v, "admin.sign", v.t("admin.sign"), picked)) emit_admin(v, admin::SignSurvey{});
    if (const auto& c = a.survey_check()) {
        if (c->ok) {
            text_colored(v, color::kOk,
                         std::string(v.t("admin.survey_valid")) + "：" + c->id + " " +
                             v.t("admin.version") + " " + std::to_string(c->version) + " · " +
                             std::to_string(c->questions) + " " + v.t("admin.questions"));
        } else {
            text(v, v.t("admin.survey_errors"));
            for (const auto& e : c->errors) admin_refusal(v, "• " + e);
        }
    }
    if (const auto& p = a.published()) {
        text_colored(v, color::kOk,
                     std::string(v.t("admin.survey_published")) + "：" + p->id + " " +
                         v.t("admin.version") + " " + std::to_string(p->version) + " → " +
                         p->outbox_file.string());
    }
}

void draw_admin_keys(ViewCtx& v) {
    const AdminDesk& a = v.desk.admin();
    ImGui::PushTextWrapPos(0);
    text(v, v.t("admin.rotate_explain"));
    ImGui::PopTextWrapPos();
    if (!a.rotation_armed()) {
        if (button(v, "admin.rotate_start", v.t("admin.rotate_start"))) {
            emit_admin(v, admin::ArmRotation{});
        }
    } else {
        input(v, "admin.rotate_passphrase", v.t("admin.rotate_confirm"),
              Field::admin_rotate_passphrase, ImGuiInputTextFlags_Password, 360);
        if (button(v, "admin.rotate_now", v.t("admin.rotate_now"))) {
            emit_admin(v, admin::RotateKeys{});
        }
        ImGui::SameLine();
        if (button(v, "admin.cancel", v.t("admin.cancel"))) emit_admin(v, admin::CancelRotation{});
    }
    admin_refusal(v, a.rotation_error());
    if (const auto& r = a.rotation()) {
        heading(v, v.t("admin.rotated"));
        text(v, std::string(v.t("admin.old_keys")) + "：" + r->old_seal + " / " + r->old_sign);
        text(v, std::string(v.t("admin.new_keys")) + "：" + r->new_seal + " / " + r->new_sign);
        text(v, std::string(v.t("admin.statement")) + "：" + r->statement);
        if (!r->slots_dropped.empty()) {
            std::string users;
            for (const auto& u : r->slots_dropped) users += (users.empty() ? "" : "、") + u;
            text_colored(v, color::kStale,
                         std::string(v.t("admin.needs_passphrase")) + "：" + users);
        }
    }
}

}  // namespace sk::desk::ui
