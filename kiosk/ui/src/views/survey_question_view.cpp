// One question per page: progress, question text, help, constraint, the input for its
// type, the validation message; back / next (review on the last page).
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_survey_question(ViewContext& ctx) {
    const SurveyView& s = ctx.view().survey;
    const QuestionView& q = s.question;
    if (q.kind == QuestionKind::number) {
        ctx.layout.numeric_field = q.field;
        ctx.layout.numeric_negative = q.number_negative;
        ctx.layout.numeric_decimal = q.number_decimal;
    }
    begin_screen(ctx, "##survey_question", s.title, true);
    progress(ctx, "survey.progress", s.position, s.visible_count);
    ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
    title(ctx, q.text);
    if (q.required) text(ctx, ctx.tr("survey.required_mark"), color::kError);
    if (!q.help.empty()) text_wrapped(ctx, q.help, color::kMuted);
    if (!q.constraint.empty()) text_wrapped(ctx, q.constraint, color::kMuted);
    ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
    draw_question_input(ctx, q);
    error_text(ctx, q.error);
    if (s.is_last) {
        end_screen(ctx, "common.back", "common.review", intent::Review{});
    } else {
        end_screen(ctx, "common.back", "common.next", intent::Next{});
    }
}

}  // namespace sk::kiosk::ui
