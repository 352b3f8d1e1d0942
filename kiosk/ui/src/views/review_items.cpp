// The review list: every question / tip field with its answer and an edit button. Typed
// text is shown straight from the core's buffer and is never logged (HitRegistry texts).
#include <algorithm>
#include <cstring>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_review_items(ViewContext& ctx, const std::vector<ReviewItem>& items, bool tip) {
    const Metrics& m = ctx.m();
    const std::string edit = ctx.tr("common.edit");
    const float edit_w =
        std::max(m.touch * 2.5f, ImGui::CalcTextSize(edit.c_str()).x + m.body * 1.6f);
    for (size_t i = 0; i < items.size(); ++i) {
        const ReviewItem& it = items[i];
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w - edit_w - m.gap);
        text_wrapped(ctx, it.label, color::kMuted);
        const char* typed = it.field != field::none ? ctx.app().text_buffer(it.field) : nullptr;
        if (typed && typed[0] != '\0') {
            ImGui::TextUnformatted(typed);  // the person's own words: drawn, never recorded
        } else {
            text_wrapped(ctx, it.summary);
        }
        error_text(ctx, it.error);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        if (it.edit_target >= 0) {
            const ImVec2 after = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(ImVec2(top.x + w - edit_w, top.y));
            if (big_button(ctx, "common.edit#" + std::to_string(i), edit, edit_w,
                           ButtonKind::secondary)) {
                if (tip) {
                    ctx.emit(intent::EditTipPage{it.edit_target});
                } else {
                    ctx.emit(intent::EditQuestion{it.edit_target});
                }
            }
            ImGui::SetCursorScreenPos(
                ImVec2(after.x, std::max(after.y, ImGui::GetCursorScreenPos().y)));
        }
        const ImVec2 line = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddLine(line, ImVec2(line.x + w, line.y), color::kPanel, 2.0f);
        ImGui::Dummy(ImVec2(0, m.gap * 0.5f));
        ImGui::PopID();
    }
}

}  // namespace sk::kiosk::ui
