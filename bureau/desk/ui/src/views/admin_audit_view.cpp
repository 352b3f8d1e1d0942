// Admin · audit log: filter by actor and action, the rows newest first through a
// ListClipper, and the hash-chain check (OK with the row count, or the first problem).
#include <string>

#include "admin_views.hpp"

namespace sk::desk::ui {
namespace {

// A clerk reads the action's label; the identifier stays beside it, as the action filter
// takes it ("user." shows every user change). Unknown actions show as they are.
std::string action_label(ViewCtx& v, const std::string& action) {
    const std::string key = "audit." + action;
    if (!has_string(key)) return action;
    return v.lang() == Lang::zh ? std::string(v.t(key)) + "（" + action + "）"
                                : std::string(v.t(key)) + " (" + action + ")";
}

void draw_verdict(ViewCtx& v, const bureau::store::AuditCheck& c) {
    if (c.ok) {
        text_colored(v, color::kOk,
                     std::string(v.t("admin.audit_ok")) + "：" + std::to_string(c.rows) + " " +
                         v.t("admin.audit_rows"));
        return;
    }
    std::string where = c.first_bad > 0 ? " #" + std::to_string(c.first_bad) : "";
    admin_refusal(v, std::string(v.t("admin.audit_broken")) + where + " " + c.problem);
}

void draw_rows(ViewCtx& v, const std::vector<AuditLine>& lines) {
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Resizable;
    if (!begin_table(
            v, "admin.audit",
            {"admin.audit_time", "admin.audit_actor", "admin.audit_action", "admin.audit_target"},
            flags)) {
        return;
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const AuditLine& l = lines[size_t(i)];
            ImGui::TableNextRow();
            const std::string action = action_label(v, l.action);
            for (const std::string* c : {&l.time, &l.actor, &action, &l.target}) {
                ImGui::TableNextColumn();
                text(v, *c);
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_admin_audit(ViewCtx& v) {
    const AuditViewer& audit = v.desk.admin().audit();
    // Each field under its label, side by side; the buttons below.
    ImGui::BeginGroup();
    bool filter = input(v, "admin.audit_actor", v.t("admin.audit_actor"), Field::admin_audit_actor,
                        ImGuiInputTextFlags_EnterReturnsTrue, 220);
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    filter |= input(v, "admin.audit_action", v.t("admin.audit_action_hint"),
                    Field::admin_audit_action, ImGuiInputTextFlags_EnterReturnsTrue, 220);
    ImGui::EndGroup();
    filter |= button(v, "admin.audit_filter", v.t("admin.audit_filter"));
    if (filter) emit_admin(v, admin::FilterAudit{});
    ImGui::SameLine();
    if (button(v, "admin.verify", v.t("admin.verify"))) emit_admin(v, admin::VerifyAudit{});
    text(v, std::to_string(audit.lines().size()) + " " + v.t("admin.audit_rows"));
    if (audit.check()) draw_verdict(v, *audit.check());
    draw_rows(v, audit.lines());
}

}  // namespace sk::desk::ui
