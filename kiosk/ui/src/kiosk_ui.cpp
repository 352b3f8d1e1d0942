#include "sk/kiosk/ui/kiosk_ui.hpp"

#include <cstring>

#include "views/views.hpp"

namespace sk::kiosk::ui {
namespace {

bool pressed_this_frame(const ImGuiIO& io) {
    for (int b = 0; b < 3; ++b) {
        if (io.MouseClicked[b]) return true;
    }
    return io.MouseWheel != 0.0f;
}

bool typed_this_frame(const ImGuiIO& io) {
    if (io.InputQueueCharacters.Size > 0) return true;
    for (float d : io.KeysDownDuration) {
        if (d == 0.0f) return true;  // pressed this frame
    }
    return false;
}

// Development convenience: a physical keyboard types into the field the on-screen one is
// editing (characters as KeyPress, Backspace). The queue is ImGui's (zeroed on free).
void forward_physical_keys(ViewContext& ctx, const ImGuiIO& io) {
    if (!ctx.view().keyboard.open) return;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        ctx.emit(intent::KeyPress{static_cast<char32_t>(io.InputQueueCharacters[i])});
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) {
        ctx.emit(intent::KeyBackspace{});
    }
}

void draw_screen(ViewContext& ctx) {
    switch (ctx.view().screen) {
        case Screen::attract:
            return draw_attract(ctx);
        case Screen::home:
            return draw_home(ctx);
        case Screen::survey_intro:
            return draw_survey_intro(ctx);
        case Screen::survey_question:
            return draw_survey_question(ctx);
        case Screen::survey_review:
            return draw_survey_review(ctx);
        case Screen::survey_thanks:
            return draw_survey_thanks(ctx);
        case Screen::tip_intro:
            return draw_tip_intro(ctx);
        case Screen::tip_category:
            return draw_tip_category(ctx);
        case Screen::tip_subject:
        case Screen::tip_details:
        case Screen::tip_evidence:
        case Screen::tip_contact:
            return draw_tip_fields(ctx);
        case Screen::tip_contact_confirm:
            return draw_tip_contact_confirm(ctx);
        case Screen::tip_review:
            return draw_tip_review(ctx);
        case Screen::receipt_shown:
            return draw_receipt_shown(ctx);
        case Screen::receipt_lookup:
            return draw_receipt_lookup(ctx);
        case Screen::receipt_result:
            return draw_receipt_result(ctx);
        case Screen::submit_error:
            return draw_submit_error(ctx);
        case Screen::admin_pin:
            return draw_admin_pin(ctx);
        case Screen::admin_home:
            return draw_admin_home(ctx);
        case Screen::admin_change_pin:
            return draw_admin_change_pin(ctx);
    }
}

}  // namespace

KioskUi::KioskUi(App& app, const UiFonts& fonts) : app_(app), fonts_(fonts) {
    const char* def = "/media/school-kiosk-usb";  // deploy/udev/70-school-kiosk-usb.rules
    std::strncpy(state_.admin_dir.data(), def, state_.admin_dir.size() - 1);
}

int KioskUi::frame(HitRegistry* hits) {
    ImGuiIO& io = ImGui::GetIO();
    const Metrics m = metrics_for(io.DisplaySize, fonts_);
    // Every frame, not "when the context changed": a recycled context may be allocated
    // at the address of the one it replaces, and a fresh style is ImGui's dark one. The
    // cost is a few hundred bytes copied; Push/PopStyle* are balanced within a frame.
    apply_theme(ImGui::GetStyle(), m);
    if (hits) hits->begin_frame();
    if (app_.wipe_generation() != wipe_seen_) {
        // A new respondent: no stroke in progress.
        wipe_seen_ = app_.wipe_generation();
        state_.pad_drawing = false;
    }
    ViewContext ctx(app_, fonts_, m, state_, hits);
    // Any touch or key counts as activity (attract -> home, idle timer), before whatever
    // the touch also pressed. Not a touch on the "Still there?" overlay: the core would
    // dismiss it on the press and its buttons (continue / clear and exit) would never get
    // their release; the overlay reports touches itself.
    const bool overlay = ctx.view().overlay != Overlay::none;
    if ((pressed_this_frame(io) && !overlay) || typed_this_frame(io)) {
        ctx.emit(intent::TouchAnywhere{});
    }

    forward_physical_keys(ctx, io);
    draw_screen(ctx);
    if (ctx.view().overlay == Overlay::still_there) draw_still_there(ctx);
    if (ctx.view().overlay == Overlay::confirm_exit) draw_confirm_exit(ctx);

    // Hidden admin gesture: a long press in the top-left corner of attract or home. The
    // core decides when it has been long enough (kAdminHold); we report the hold time.
    const Screen s = ctx.view().screen;
    const float corner = m.touch * 1.5f;
    const auto in_corner = [&](ImVec2 p) {
        return p.x >= 0 && p.y >= 0 && p.x < corner && p.y < corner;
    };
    const bool holding = (s == Screen::attract || s == Screen::home) && io.MouseDown[0] &&
                         in_corner(io.MouseClickedPos[0]) && in_corner(io.MousePos);
    if (holding) {
        const auto ms = static_cast<long>(io.MouseDownDuration[0] * 1000.0f);
        ctx.emit(intent::AdminCornerHold{std::chrono::milliseconds(ms)});
    }
    corner_held_ = holding;

    std::vector<Intent> intents = ctx.take_intents();
    // An error the next view shows because of these (validation, "at most 4") is scrolled
    // into view in the next frame.
    state_.reveal_error = false;
    for (const Intent& i : intents) {
        if (std::holds_alternative<intent::Next>(i) || std::holds_alternative<intent::Review>(i) ||
            std::holds_alternative<intent::Submit>(i) ||
            std::holds_alternative<intent::ToggleOption>(i) ||
            std::holds_alternative<intent::ChooseOption>(i) ||
            std::holds_alternative<intent::PinSubmit>(i)) {
            state_.reveal_error = true;
        }
    }
    for (const Intent& i : intents) app_.dispatch(i);
    return static_cast<int>(intents.size());
}

std::optional<double> KioskUi::wants_frame_in() const {
    if (corner_held_) return 0.25;
    return std::nullopt;
}

}  // namespace sk::kiosk::ui
