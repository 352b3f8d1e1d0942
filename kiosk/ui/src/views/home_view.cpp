// Home: language switch (header), the active questionnaires on the left, anonymous tip
// and receipt lookup on the right.
#include <cmath>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {
namespace {

void surveys_column(ViewContext& ctx) {
    const AppView& v = ctx.view();
    text(ctx, ctx.tr("home.surveys"), color::kMuted);
    if (v.surveys.empty()) text_wrapped(ctx, ctx.tr("home.no_surveys"));
    for (const SurveyCardView& s : v.surveys) {
        ButtonOpts o;
        o.width = -1;
        o.align_left = true;
        o.font = ctx.fonts().title;
        if (touch_button(ctx, "survey#" + s.id, s.title, o)) ctx.emit(intent::StartSurvey{s.id});
        // For whom first: a parent must not take the staff questionnaire for theirs.
        text(ctx,
             s.audience + "    " +
                 ctx.tr("home.survey_questions", {{"count", std::to_string(s.question_count)}}),
             color::kMuted);
        ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
    }
}

void tip_column(ViewContext& ctx) {
    ButtonOpts tip;
    tip.width = -1;
    tip.font = ctx.fonts().title;
    tip.kind = ButtonKind::danger;
    if (touch_button(ctx, "home.tip", ctx.tr("home.tip"), tip)) ctx.emit(intent::StartTip{});
    text_wrapped(ctx, ctx.tr("home.tip_desc"), color::kMuted);
    ImGui::Dummy(ImVec2(0, ctx.m().gap));
    ButtonOpts lookup;
    lookup.width = -1;
    lookup.kind = ButtonKind::secondary;
    if (touch_button(ctx, "home.lookup", ctx.tr("home.lookup"), lookup)) {
        ctx.emit(intent::StartReceiptLookup{});
    }
    text_wrapped(ctx, ctx.tr("home.lookup_desc"), color::kMuted);
}

}  // namespace

void draw_home(ViewContext& ctx) {
    const AppView& v = ctx.view();
    const Metrics& m = ctx.m();
    ctx.layout.footer = false;
    ctx.layout.language_in_header = true;
    begin_screen(ctx, "##home", ctx.tr("home.title"), false);
    if (!v.provisioned) {
        error_text(ctx, v.not_provisioned_msg);
        ImGui::Dummy(ImVec2(0, m.gap));
    }
    const float w = ImGui::GetContentRegionAvail().x;
    const float left_w = std::round((w - m.pad) * 0.58f);
    ImGui::BeginChild("##surveys", ImVec2(left_w, 0), false, ImGuiWindowFlags_NoSavedSettings);
    if (v.provisioned) surveys_column(ctx);
    touch_scroll(ctx);
    ImGui::EndChild();
    ImGui::SameLine(0, m.pad);
    ImGui::BeginChild("##tip", ImVec2(0, 0), false, ImGuiWindowFlags_NoSavedSettings);
    if (v.provisioned) {
        tip_column(ctx);
    } else {
        // Without a bureau key nothing can be sealed; only lookups make sense.
        if (touch_button(ctx, "home.lookup", ctx.tr("home.lookup"), ButtonOpts{-1})) {
            ctx.emit(intent::StartReceiptLookup{});
        }
    }
    touch_scroll(ctx);
    ImGui::EndChild();
    end_screen(ctx, nullptr, nullptr, intent::Next{});
}

}  // namespace sk::kiosk::ui
