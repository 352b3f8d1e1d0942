// What every desk view gets: the desk (read; only its text buffers are edited in place by
// InputText), the intent list to append to, fonts, and the test hook that records each
// control's rectangle and every string drawn.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "sk/desk/desk.hpp"
#include "sk/desk/ui/desk_fonts.hpp"
#include "sk/kiosk/ui/hit_registry.hpp"

namespace sk::desk::ui {

struct ViewCtx {
    Desk& desk;
    std::vector<Intent>& out;
    kiosk::ui::HitRegistry* hits;
    DeskFonts fonts;
    float scroll_px = 0;  // requested scroll of the Cases table this frame
    Lang lang() const { return desk.lang(); }
    const char* t(std::string_view key) const { return tr(desk.lang(), key); }
    void emit(Intent i) { out.push_back(std::move(i)); }
};

namespace color {
constexpr ImU32 kText = IM_COL32(20, 20, 20, 255);
constexpr ImU32 kBackground = IM_COL32(250, 250, 250, 255);
constexpr ImU32 kError = IM_COL32(170, 0, 0, 255);
constexpr ImU32 kOk = IM_COL32(0, 100, 40, 255);
constexpr ImU32 kStale = IM_COL32(160, 60, 0, 255);
constexpr ImU32 kBar = IM_COL32(0, 80, 160, 255);
}  // namespace color

// Records the last item under `id` (and, for text, the string) when a registry is given.
void record(ViewCtx& v, std::string_view id);
void text(ViewCtx& v, std::string_view s);
void text_colored(ViewCtx& v, ImU32 col, std::string_view s);
void heading(ViewCtx& v, std::string_view s);
bool button(ViewCtx& v, std::string_view id, std::string_view label, bool enabled = true);
// "label##id" InputText on the desk's buffer for `f`; true when edited this frame.
bool input(ViewCtx& v, std::string_view id, std::string_view label, Field f,
           ImGuiInputTextFlags flags = 0, float width = 0, bool multiline = false);

// BeginTable with a frozen header row of the labels of `keys` ("" for an unlabelled
// column), recorded for the tests; false when the table is clipped (no EndTable then).
bool begin_table(ViewCtx& v, const char* id, const std::vector<const char*>& keys,
                 ImGuiTableFlags flags, ImVec2 size = ImVec2(0, 0));

// The screens.
void draw_login(ViewCtx& v);
void draw_today(ViewCtx& v);
void draw_import(ViewCtx& v);
void draw_cases(ViewCtx& v);
void draw_case_file(ViewCtx& v);
void draw_reports(ViewCtx& v);
void draw_absences(ViewCtx& v);
void draw_people(ViewCtx& v);
void draw_unit(ViewCtx& v);
void draw_admin(ViewCtx& v);

// The case page's forms and the Reports screen's tabs (s15c).
bool input(ViewCtx& v, std::string_view id, std::string_view label, FormField f,
           ImGuiInputTextFlags flags = 0, float width = 0, bool multiline = false);
// The desk's message for `field` of the last submit, in red under the field (nothing if none).
void field_error(ViewCtx& v, const FormErrors& e, std::string_view field);
// A plain table of text cells with a header row; `numeric` columns right-aligned.
void text_table(ViewCtx& v, std::string_view id, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows,
                const std::vector<bool>& numeric = {});
// "导出 HTML / CSV / XLSX" on the current line (ids prefix + key); true with the format pressed.
bool export_buttons(ViewCtx& v, std::string_view prefix, ReportFormat& chosen);
void draw_case_forms(ViewCtx& v, const CaseFile& f);
void draw_case_status(ViewCtx& v, const CaseFile& f);
void draw_monthly(ViewCtx& v);
void draw_scores(ViewCtx& v);
void draw_export_folder(ViewCtx& v);

}  // namespace sk::desk::ui
