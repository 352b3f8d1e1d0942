// The kiosk's building blocks on top of ImGui: big buttons that register themselves in
// the HitRegistry, toggles, wrapped text that is logged for the glyph test, the screen
// frame (header with Exit, scrolling body, footer with back/next) and text fields that
// edit the core's secure buffers in place.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "sk/kiosk/ui/view_context.hpp"

namespace sk::kiosk::ui {

enum class ButtonKind { primary, secondary, danger, selected };
enum class Indicator { none, radio, check };  // drawn shapes, no glyphs needed

struct ButtonOpts {
    float width = 0;   // 0 = fit the label, < 0 = fill the remaining width
    float height = 0;  // 0 = Metrics::touch; a set height is never below 64 px
    ButtonKind kind = ButtonKind::primary;
    bool enabled = true;
    Indicator indicator = Indicator::none;
    bool on = false;          // indicator state; also draws the selected colours
    ImFont* font = nullptr;   // default: current font
    bool align_left = false;  // long option texts read better left-aligned
};

// The one touch control everything else is made of: wraps long labels, grows to fit,
// records its rectangle under `id` in the HitRegistry.
bool touch_button(ViewContext& ctx, std::string_view id, const std::string& label,
                  const ButtonOpts& opts);

// A button of at least Metrics::touch height. `id` is the stable test id (usually the
// i18n key, "<key>#<n>" for repeated ones); it is also the ImGui id, so two buttons with
// the same label never collide. width 0 = fit the label, < 0 = fill the remaining width.
bool big_button(ViewContext& ctx, std::string_view id, const std::string& label, float width = 0,
                ButtonKind kind = ButtonKind::primary, bool enabled = true, float height = 0);
// Like big_button, drawn as selected (yellow, black text, thick border) when `on`.
bool toggle_button(ViewContext& ctx, std::string_view id, const std::string& label, bool on,
                   float width = 0, float height = 0);

void text(ViewContext& ctx, const std::string& s, ImU32 col = color::kText);
void text_wrapped(ViewContext& ctx, const std::string& s, ImU32 col = color::kText);
void title(ViewContext& ctx, const std::string& s);
void error_text(ViewContext& ctx, const std::string& s);  // no-op when empty
// Bar plus "Question 3 of 10" (`key` takes {position} and {total}).
void progress(ViewContext& ctx, const char* key, int position, int count);

// Drag-to-scroll for the current (child) window: call just before its EndChild (or End).
// A press moving more than half a line scrolls the area it started in and no longer counts
// as a tap on the control under it.
void touch_scroll(ViewContext& ctx);
// Scrolls the current window so that a..b (screen coordinates) is inside its visible part
// with `margin` around it; the top wins when it does not fit.
void scroll_into_view(ImVec2 a, ImVec2 b, float margin);

// Full-screen frame. Returns after the header is drawn and the body child is begun;
// end_screen() closes it. `respondent` adds the Exit / 退出 button (every screen that
// belongs to a person's session).
void begin_screen(ViewContext& ctx, const char* window_id, const std::string& heading,
                  bool respondent);
// Ends the body and draws the footer: Back (if back_key) and Next/Review/Submit (if
// next_key). Emits Back / the given next intent.
void end_screen(ViewContext& ctx, const char* back_key, const char* next_key,
                const Intent& next_intent, bool next_enabled = true);

// A field on a core-owned buffer (text_fields.hpp contract): label, hint, the box, the
// error. Text, long text and receipt codes are display boxes that the core's on-screen
// keyboard edits: a tap dispatches KeyboardOpen; while the keyboard edits the field it
// shows the composition underlined and a caret and is scrolled into view above the
// keyboard. Numbers stay an ImGui::InputText for a physical keyboard (the digit pad's keys
// are intents the core writes). Nothing when the buffer is absent.
void text_field(ViewContext& ctx, FieldId id, FieldKind kind, const std::string& label,
                const std::string& hint, const std::string& error, bool required);

}  // namespace sk::kiosk::ui
