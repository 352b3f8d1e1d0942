// The input part of a question page, by question type. Options are reported by index
// (intents.hpp); text, number and date live in the question's core-owned field.
#include <algorithm>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {
namespace {

std::string option_id(int i) {
    return "option#" + std::to_string(i);
}

void choice_list(ViewContext& ctx, const QuestionView& q, bool multi) {
    for (size_t i = 0; i < q.options.size(); ++i) {
        ButtonOpts o;
        o.width = -1;
        o.align_left = true;
        o.kind = ButtonKind::secondary;
        o.indicator = multi ? Indicator::check : Indicator::radio;
        o.on = q.options[i].selected;
        if (touch_button(ctx, option_id(static_cast<int>(i)), q.options[i].label, o)) {
            const int idx = static_cast<int>(i);
            if (multi) {
                ctx.emit(intent::ToggleOption{idx});
            } else {
                ctx.emit(intent::ChooseOption{idx});
            }
        }
    }
}

// A row (or two) of equal buttons: likert5 (labels) and rating10 (0..10).
void button_scale(ViewContext& ctx, const QuestionView& q) {
    const int n = static_cast<int>(q.options.size());
    if (n == 0) return;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    int per_row = n;
    // Never below a touch target: wrap to a second row on narrow screens.
    while (per_row > 1 &&
           (avail - gap * static_cast<float>(per_row - 1)) / per_row < ctx.m().touch) {
        per_row = (per_row + 1) / 2;
    }
    const float w = (avail - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    // Same height for the whole row even when one label wraps to more lines.
    float h = ctx.m().touch;
    for (const OptionView& o : q.options) {
        h = std::max(
            h, ImGui::CalcTextSize(o.label.c_str(), nullptr, false, w - ctx.m().body * 1.2f).y +
                   ctx.m().body * 0.7f);
    }
    if (q.kind == QuestionKind::likert5) h = std::max(h, ctx.m().touch * 1.5f);
    for (int i = 0; i < n; ++i) {
        if (i % per_row != 0) ImGui::SameLine();
        if (toggle_button(ctx, option_id(i), q.options[static_cast<size_t>(i)].label,
                          q.options[static_cast<size_t>(i)].selected, w, h)) {
            ctx.emit(intent::ChooseOption{i});
        }
    }
}

bool any_selected(const QuestionView& q) {
    return std::any_of(q.options.begin(), q.options.end(),
                       [](const OptionView& o) { return o.selected; });
}

}  // namespace

void draw_question_input(ViewContext& ctx, const QuestionView& q) {
    switch (q.kind) {
        case QuestionKind::single:
            choice_list(ctx, q, false);
            break;
        case QuestionKind::multi:
            choice_list(ctx, q, true);
            break;
        case QuestionKind::likert5:
        case QuestionKind::rating10:
            button_scale(ctx, q);
            if (q.kind == QuestionKind::rating10) {
                text(ctx, ctx.tr("survey.rating.low") + "    " + ctx.tr("survey.rating.high"),
                     color::kMuted);
            }
            break;
        case QuestionKind::short_text:
        case QuestionKind::long_text:
            text_field(ctx, q.field, q.field_kind, "", "", "", false);
            break;
        case QuestionKind::number:
            text_field(ctx, q.field, FieldKind::number, "", "", "", false);
            break;
        case QuestionKind::date:
            draw_date_picker(ctx, q);
            break;
    }
    // A chosen option cannot be un-chosen by tapping it again; optional questions get a
    // way back to "no answer".
    const bool choice = q.kind == QuestionKind::single || q.kind == QuestionKind::likert5 ||
                        q.kind == QuestionKind::rating10;
    if (choice && !q.required && any_selected(q)) {
        ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
        if (big_button(ctx, "common.clear", ctx.tr("common.clear"), 0, ButtonKind::secondary)) {
            ctx.emit(intent::ClearAnswer{});
        }
    }
}

}  // namespace sk::kiosk::ui
