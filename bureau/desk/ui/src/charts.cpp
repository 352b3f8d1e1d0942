#include "charts.hpp"

#include <cstdio>
#include <string>

namespace sk::desk::ui {

ImU32 likert_color(int k) {
    static const ImU32 kColors[5] = {IM_COL32(178, 24, 43, 255), IM_COL32(239, 138, 98, 255),
                                     IM_COL32(186, 186, 186, 255), IM_COL32(103, 169, 207, 255),
                                     IM_COL32(33, 102, 172, 255)};
    return kColors[(k < 1 ? 1 : k > 5 ? 5 : k) - 1];
}

void draw_option_bars(ViewCtx& v, const bureau::QuestionStat& q, float width) {
    const float label_w = width * 0.35f, bar_w = width * 0.45f;
    const float h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const auto& o : q.options) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        text(v, o.label);
        const ImVec2 bar0(p.x + label_w, p.y + 2);
        const float len = bar_w * float(o.percent / 100.0);
        dl->AddRectFilled(bar0, ImVec2(bar0.x + bar_w, bar0.y + h - 4),
                          IM_COL32(230, 230, 230, 255));
        dl->AddRectFilled(bar0, ImVec2(bar0.x + len, bar0.y + h - 4), color::kBar);
        char buf[48];
        std::snprintf(buf, sizeof buf, "%lld (%.0f%%)", static_cast<long long>(o.count), o.percent);
        dl->AddText(ImVec2(bar0.x + bar_w + 8, p.y), color::kText, buf);
        if (v.hits) v.hits->add_text(buf);
    }
}

void draw_likert_row(ViewCtx& v, const std::string& group, const bureau::QuestionStat& q,
                     float width) {
    const float label_w = width * 0.3f, bar_w = width * 0.55f;
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    text(v, group);
    if (q.hidden) {
        ImGui::SameLine(label_w);
        text(v, v.t("reports.hidden"));
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = p.x + label_w;
    for (const auto& o : q.options) {
        const int k = std::atoi(o.value.c_str());
        const float w = bar_w * float(o.percent / 100.0);
        dl->AddRectFilled(ImVec2(x, p.y + 2), ImVec2(x + w, p.y + h - 2), likert_color(k));
        x += w;
    }
    dl->AddRect(ImVec2(p.x + label_w, p.y + 2), ImVec2(p.x + label_w + bar_w, p.y + h - 2),
                IM_COL32(60, 60, 60, 255));
    if (q.mean) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%s %.2f", v.t("reports.mean"), *q.mean);
        dl->AddText(ImVec2(p.x + label_w + bar_w + 8, p.y), color::kText, buf);
        if (v.hits) v.hits->add_text(buf);
    }
}

}  // namespace sk::desk::ui
