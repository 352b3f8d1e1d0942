#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_survey_intro(ViewContext& ctx) {
    const SurveyView& s = ctx.view().survey;
    begin_screen(ctx, "##survey_intro", s.title, true);
    if (!s.intro.empty()) text_wrapped(ctx, s.intro);
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    text_wrapped(ctx, ctx.tr("survey.anonymous_note"), color::kMuted);
    end_screen(ctx, "common.back", "survey.start", intent::Next{});
}

}  // namespace sk::kiosk::ui
