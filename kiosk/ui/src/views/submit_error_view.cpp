// Submitting failed (disk full, database error) or was refused (too soon after the last
// tip). What the person typed is kept by the core; they can retry or go back to it.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_submit_error(ViewContext& ctx) {
    const SubmitErrorView& e = ctx.view().submit_error;
    begin_screen(ctx, "##submit_error", ctx.tr("submit.error_title"), true);
    title(ctx, e.message);
    text_wrapped(ctx, ctx.tr("submit.kept"));
    // The technical line helps the admin with a disk or database fault; a refusal because
    // of the interval between tips has nothing more to say than its message.
    if (!e.detail.empty() && e.retry_after_seconds == 0) text_wrapped(ctx, e.detail, color::kMuted);
    end_screen(ctx, "submit.back_to_review", "common.retry", intent::Submit{});
}

}  // namespace sk::kiosk::ui
