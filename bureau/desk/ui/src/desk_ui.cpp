#include "sk/desk/ui/desk_ui.hpp"

#include <vector>

#include "view_kit.hpp"

namespace sk::desk::ui {
namespace {

void draw_nav(ViewCtx& v) {
    using bureau::Permission;
    struct Item {
        Screen screen;
        const char* key;
        Permission needs;
    };
    // The role's rights come from the core; a screen it would refuse is not offered.
    const Item items[] = {{Screen::today, "nav.today", Permission::read_reports},
                          {Screen::import, "nav.import", Permission::import_batches},
                          {Screen::cases, "nav.cases", Permission::read_tips},
                          {Screen::people, "nav.people", Permission::read_files},
                          {Screen::absences, "nav.absences", Permission::read_files},
                          {Screen::reports, "nav.reports", Permission::read_reports},
                          {Screen::admin, "nav.admin", Permission::manage_users}};
    for (const auto& [screen, key, needs] : items) {
        if (!v.desk.can(needs)) continue;
        const bool current = v.desk.screen() == screen ||
                             (screen == Screen::cases && v.desk.screen() == Screen::case_file) ||
                             (screen == Screen::people && v.desk.screen() == Screen::unit);
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 70, 150, 255));
        if (current) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        if (button(v, key, v.t(key))) v.emit(intent::Navigate{screen});
        if (current) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    if (const auto* a = v.desk.actor()) {
        ImGui::SameLine(ImGui::GetWindowWidth() - 420);
        text(v, a->user + " · " +
                    std::string(v.lang() == Lang::zh ? bureau::role_label_zh(a->role)
                                                     : bureau::role_name(a->role)));
    }
    ImGui::SameLine(ImGui::GetWindowWidth() - 200);
    if (button(v, "lang.switch", v.t("lang.switch"))) {
        v.emit(intent::SetLang{v.lang() == Lang::zh ? Lang::en : Lang::zh});
    }
    ImGui::SameLine();
    if (button(v, "lock.now", v.t("lock.now"))) v.emit(intent::Lock{});
    ImGui::Separator();
}

bool any_input(const ImGuiIO& io) {
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0) return true;
    for (bool down : io.MouseDown) {
        if (down) return true;
    }
    for (bool down : io.KeysDown) {
        if (down) return true;
    }
    return io.InputQueueCharacters.Size > 0;
}

// Enter opens the selected row of the table clicked last, Esc goes back; not while a text
// field has the keyboard (Enter submits it, Esc leaves it).
void row_keys(ViewCtx& v) {
    if (v.desk.screen() == Screen::login || ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) v.emit(intent::Back{});
    const auto table = v.desk.active_table();
    if (table && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false))
        v.emit(intent::OpenSelected{*table});
}

}  // namespace

void apply_desk_style(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(16, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.FrameRounding = 3;
    // Text fields are white on a near-white page: a border shows where to type.
    style.FrameBorderSize = 1;
    style.Colors[ImGuiCol_Border] = ImVec4(0.55f, 0.58f, 0.62f, 1.0f);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(color::kText);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(color::kBackground);
    style.Colors[ImGuiCol_Button] = ImVec4(0.82f, 0.87f, 0.94f, 1.0f);
}

int DeskUi::frame(kiosk::ui::HitRegistry* hits) {
    if (hits) hits->begin_frame();
    const ImGuiIO& io = ImGui::GetIO();
    if (any_input(io)) desk_.note_activity();
    std::vector<Intent> out;
    ViewCtx v{desk_, out, hits, fonts_, scroll_px_};
    scroll_px_ = 0;
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("desk", nullptr, flags);
    if (desk_.screen() != Screen::login) draw_nav(v);
    switch (desk_.screen()) {
        case Screen::login:
            draw_login(v);
            break;
        case Screen::today:
            draw_today(v);
            break;
        case Screen::import:
            draw_import(v);
            break;
        case Screen::cases:
            draw_cases(v);
            break;
        case Screen::case_file:
            draw_case_file(v);
            break;
        case Screen::reports:
            draw_reports(v);
            break;
        case Screen::absences:
            draw_absences(v);
            break;
        case Screen::people:
            draw_people(v);
            break;
        case Screen::unit:
            draw_unit(v);
            break;
        case Screen::admin:
            draw_admin(v);
            break;
    }
    row_keys(v);
    ImGui::End();
    for (const auto& i : out) desk_.dispatch(i);
    return static_cast<int>(out.size());
}

}  // namespace sk::desk::ui
