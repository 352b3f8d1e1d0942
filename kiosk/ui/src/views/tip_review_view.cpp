#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_tip_review(ViewContext& ctx) {
    const TipView& t = ctx.view().tip;
    begin_screen(ctx, "##tip_review", ctx.tr("tip.intro.title"), true);
    progress(ctx, "common.progress", t.page, t.page_count);
    title(ctx, ctx.tr("tip.page.review"));
    text_wrapped(ctx, ctx.tr("survey.review.hint"), color::kMuted);
    draw_review_items(ctx, t.review, true);
    error_text(ctx, t.error);
    end_screen(ctx, "common.back", "common.submit", intent::Submit{});
}

}  // namespace sk::kiosk::ui
