// Shown only after the record was committed. "Finish" wipes and returns to attract.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_survey_thanks(ViewContext& ctx) {
    const SurveyView& s = ctx.view().survey;
    ctx.layout.footer = false;
    begin_screen(ctx, "##survey_thanks", s.title, false);
    title(ctx, ctx.tr("survey.thanks_title"));
    text_wrapped(ctx, s.thanks.empty() ? ctx.tr("survey.thanks") : s.thanks);
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    if (big_button(ctx, "common.done", ctx.tr("common.done"), -1)) ctx.emit(intent::Exit{});
    end_screen(ctx, nullptr, nullptr, intent::Next{});
}

}  // namespace sk::kiosk::ui
