// Admin home: counts only (never content) on the left; export / import to a folder,
// change PIN and quit on the right.
#include <array>
#include <cmath>
#include <cstdio>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {
namespace {

void counts_column(ViewContext& ctx, const AdminView& a) {
    const Metrics& m = ctx.m();
    text_wrapped(ctx, ctx.tr("admin.home.counts"), color::kMuted);
    if (!ImGui::BeginTable("##counts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        return;
    }
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##count", ImGuiTableColumnFlags_WidthFixed, m.body * 3);
    for (const CountRow& row : a.counts) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        text_wrapped(ctx, row.label);
        ImGui::TableSetColumnIndex(1);
        text(ctx, std::to_string(row.count));
    }
    ImGui::EndTable();
    if (a.notices.empty()) return;
    // E.g. an input engine whose data package is missing (that keyboard mode is off).
    ImGui::Dummy(ImVec2(0, m.gap));
    text_wrapped(ctx, ctx.tr("admin.home.notices"), color::kError);
    for (const std::string& n : a.notices) text_wrapped(ctx, n, color::kError);
}

// One button per USB drive found (docs/DEPLOY.md: /media/school-kiosk-usb); a tap puts its
// mount point in the folder field (which starts at the package's fixed mount point).
void usb_drive_buttons(ViewContext& ctx, const AdminView& a, std::array<char, 512>& dir) {
    for (size_t i = 0; i < a.usb_drives.size(); ++i) {
        const std::string& drive = a.usb_drives[i];
        if (big_button(ctx, "admin.usb#" + std::to_string(i), drive, -1, ButtonKind::secondary)) {
            std::snprintf(dir.data(), dir.size(), "%s", drive.c_str());
        }
    }
}

void actions_column(ViewContext& ctx, const AdminView& a) {
    const Metrics& m = ctx.m();
    text(ctx, ctx.tr("admin.choose_folder"), color::kMuted);
    auto& dir = ctx.state().admin_dir;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(m.body * 0.4f, (m.touch - m.body) * 0.5f));
    ImGui::SetNextItemWidth(-1);
    // A mount point, not respondent text: typed with a keyboard by the administrator.
    ImGui::InputText("##dir", dir.data(), dir.size());
    ImGui::PopStyleVar();
    usb_drive_buttons(ctx, a, dir);
    const float half = (ImGui::GetContentRegionAvail().x - m.gap) * 0.5f;
    if (big_button(ctx, "admin.export", ctx.tr("admin.export"), half, ButtonKind::primary,
                   a.sync_available)) {
        ctx.emit(intent::AdminExport{std::string(dir.data())});
    }
    ImGui::SameLine();
    if (big_button(ctx, "admin.import", ctx.tr("admin.import"), half, ButtonKind::primary,
                   a.sync_available)) {
        ctx.emit(intent::AdminImport{std::string(dir.data())});
    }
    if (!a.sync_available) text_wrapped(ctx, ctx.tr("admin.sync_unavailable"), color::kMuted);
    if (!a.message.empty()) text_wrapped(ctx, a.message, color::kPrimary);
    ImGui::Dummy(ImVec2(0, m.gap));
    if (big_button(ctx, "admin.change_pin", ctx.tr("admin.change_pin"), -1,
                   ButtonKind::secondary)) {
        ctx.emit(intent::AdminChangePin{});
    }
    // Quitting leaves the school without a kiosk: ask once more.
    bool& confirming = ctx.state().admin_quit_confirm;
    if (!confirming) {
        if (big_button(ctx, "admin.quit", ctx.tr("admin.quit"), -1, ButtonKind::danger)) {
            confirming = true;
        }
        return;
    }
    text_wrapped(ctx, ctx.tr("admin.quit_confirm"), color::kError);
    if (big_button(ctx, "common.cancel", ctx.tr("common.cancel"), half, ButtonKind::secondary)) {
        confirming = false;
    }
    ImGui::SameLine();
    if (big_button(ctx, "admin.quit.yes", ctx.tr("common.yes"), half, ButtonKind::danger)) {
        confirming = false;
        ctx.emit(intent::AdminQuit{});
    }
}

}  // namespace

void draw_admin_home(ViewContext& ctx) {
    const AdminView& a = ctx.view().admin;
    const Metrics& m = ctx.m();
    begin_screen(ctx, "##admin_home", ctx.tr("admin.home.title"), false);
    const float left_w = std::round((ImGui::GetContentRegionAvail().x - m.pad) * 0.5f);
    ImGui::BeginChild("##admin_counts", ImVec2(left_w, 0), false, ImGuiWindowFlags_NoSavedSettings);
    counts_column(ctx, a);
    touch_scroll(ctx);
    ImGui::EndChild();
    ImGui::SameLine(0, m.pad);
    ImGui::BeginChild("##admin_actions", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings);
    actions_column(ctx, a);
    touch_scroll(ctx);
    ImGui::EndChild();
    end_screen(ctx, nullptr, "admin.leave", intent::AdminLeave{});
}

}  // namespace sk::kiosk::ui
