#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_survey_review(ViewContext& ctx) {
    const SurveyView& s = ctx.view().survey;
    begin_screen(ctx, "##survey_review", s.title, true);
    title(ctx, ctx.tr("survey.review.title"));
    text_wrapped(ctx, ctx.tr("survey.review.hint"), color::kMuted);
    draw_review_items(ctx, s.review, false);
    end_screen(ctx, "common.back", "common.submit", intent::Submit{});
}

}  // namespace sk::kiosk::ui
