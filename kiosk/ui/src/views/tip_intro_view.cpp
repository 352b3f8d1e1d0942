// What the tip form is: anonymous, sealed to the bureau, text only (no uploads).
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_tip_intro(ViewContext& ctx) {
    begin_screen(ctx, "##tip_intro", ctx.tr("tip.intro.title"), true);
    for (const char* key : {"tip.intro.body", "tip.intro.no_uploads"}) {
        text_wrapped(ctx, ctx.tr(key));
        ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
    }
    end_screen(ctx, "common.back", "tip.intro.start", intent::Next{});
}

}  // namespace sk::kiosk::ui
