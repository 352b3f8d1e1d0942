// The frame every screen shares: a full-screen window, a header with the heading and (on
// respondent screens) the Exit / 退出 button, a scrolling body, a footer with back/next.
#include <algorithm>

#include "sk/kiosk/ui/osk.hpp"
#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {
constexpr ImGuiWindowFlags kScreenFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
}

void begin_screen(ViewContext& ctx, const char* window_id, const std::string& heading,
                  bool respondent) {
    const Metrics& m = ctx.m();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin(window_id, nullptr, kScreenFlags);

    // Header: heading on the left; Exit (respondent screens) or the language switch on
    // the right.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float full_w = ImGui::GetContentRegionAvail().x;
    float right_w = 0;
    if (respondent && ctx.layout.exit_in_header) {
        const std::string exit_label = ctx.tr_both("common.exit");
        right_w = ImGui::GetFont()->CalcTextSizeA(m.body, FLT_MAX, 0, exit_label.c_str()).x +
                  m.body * 1.6f;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + full_w - right_w, origin.y));
        if (big_button(ctx, "common.exit", exit_label, right_w, ButtonKind::danger)) {
            ctx.emit(intent::Exit{});
        }
        ImGui::SetCursorScreenPos(origin);
    } else if (ctx.layout.language_in_header) {
        // Each language is named in itself, so a person who cannot read the current one
        // still finds theirs.
        const I18n& i18n = ctx.app().i18n();
        const float lang_w = m.touch * 3.0f;
        right_w = lang_w * 2 + m.gap;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + full_w - right_w, origin.y));
        const Lang cur = ctx.view().lang;
        if (toggle_button(ctx, "lang.zh_cn", i18n.tr_in(Lang::zh_CN, "lang.zh_cn"),
                          cur == Lang::zh_CN, lang_w)) {
            ctx.emit(intent::SetLanguage{Lang::zh_CN});
        }
        ImGui::SameLine(0, m.gap);
        if (toggle_button(ctx, "lang.en", i18n.tr_in(Lang::en, "lang.en"), cur == Lang::en,
                          lang_w)) {
            ctx.emit(intent::SetLanguage{Lang::en});
        }
        ImGui::SetCursorScreenPos(origin);
    }
    const float exit_w = right_w;
    ImFont* tf = ctx.fonts().title;
    ImGui::PushFont(tf);
    const float heading_w = std::max(1.0f, full_w - exit_w - m.gap);
    const float th = tf->CalcTextSizeA(tf->FontSize, FLT_MAX, heading_w, heading.c_str()).y;
    ImGui::SetCursorScreenPos(
        ImVec2(origin.x, origin.y + std::max(0.0f, (m.touch - std::min(th, m.touch)) * 0.5f)));
    ImGui::PushTextWrapPos(origin.x - ImGui::GetWindowPos().x + heading_w);
    ctx.shown(heading);
    ImGui::TextUnformatted(heading.c_str(), heading.c_str() + heading.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float header_bottom = std::max(origin.y + m.touch, ImGui::GetCursorScreenPos().y);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, header_bottom + m.gap * 0.5f),
                                        ImVec2(origin.x + full_w, header_bottom + m.gap * 0.5f),
                                        color::kBorder, 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, header_bottom + m.gap));
    float bottom = ctx.layout.footer ? m.footer : 0.0f;
    if (ctx.view().keyboard.open) {
        bottom += keyboard_height(ctx) + m.gap * 0.5f;
    } else if (ctx.layout.numeric_field != field::none) {
        bottom += numeric_keypad_height(ctx) + m.gap;
    }
    ImGui::BeginChild("##body", ImVec2(0, bottom > 0 ? -bottom : 0.0f), false,
                      ImGuiWindowFlags_NoSavedSettings);
}

void end_screen(ViewContext& ctx, const char* back_key, const char* next_key,
                const Intent& next_intent, bool next_enabled) {
    const Metrics& m = ctx.m();
    touch_scroll(ctx);
    ImGui::EndChild();
    // Docked above the footer; the body above shrank and scrolls the field into view.
    if (ctx.view().keyboard.open) {
        onscreen_keyboard(ctx);
    } else if (ctx.layout.numeric_field != field::none) {
        ImGui::Dummy(ImVec2(0, m.gap * 0.5f));
        numeric_keypad(ctx, ctx.layout.numeric_negative, ctx.layout.numeric_decimal);
    }
    if (!ctx.layout.footer) {
        ImGui::End();
        return;
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float full_w = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddLine(origin, ImVec2(origin.x + full_w, origin.y), color::kBorder,
                                        2.0f);
    const float y = origin.y + (m.footer - m.touch) * 0.5f;
    const float button_w = std::max(m.touch * 3.0f, full_w * 0.3f);
    if (back_key) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x, y));
        if (big_button(ctx, back_key, ctx.tr(back_key), button_w, ButtonKind::secondary)) {
            ctx.emit(intent::Back{});
        }
    }
    if (ctx.layout.skip_to_review) {
        const float mid_w = full_w - 2 * button_w - 2 * m.gap;
        ImGui::SetCursorScreenPos(ImVec2(origin.x + button_w + m.gap, y));
        if (big_button(ctx, "tip.skip_to_review", ctx.tr("tip.skip_to_review"), mid_w,
                       ButtonKind::secondary)) {
            ctx.emit(intent::Review{});
        }
    }
    if (next_key) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + full_w - button_w, y));
        if (big_button(ctx, next_key, ctx.tr(next_key), button_w, ButtonKind::primary,
                       next_enabled)) {
            ctx.emit(next_intent);
        }
    }
    ImGui::End();
}

}  // namespace sk::kiosk::ui
