#include "keyboard_pad.hpp"

#include <algorithm>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {

// Pad units, kept inside [0, 1) like the engines expect.
ImVec2 to_pad(ImVec2 p, ImVec2 origin, float side) {
    const float x = std::clamp((p.x - origin.x) / side, 0.0f, 0.999f);
    const float y = std::clamp((p.y - origin.y) / side, 0.0f, 0.999f);
    return {x, y};
}

// 米字格: the guide lines a Chinese writing exercise book has.
void guides(ImDrawList* dl, ImVec2 a, ImVec2 b) {
    const ImU32 c = color::kSecondary;
    const ImVec2 mid((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
    dl->AddLine(ImVec2(a.x, mid.y), ImVec2(b.x, mid.y), c, 2.0f);
    dl->AddLine(ImVec2(mid.x, a.y), ImVec2(mid.x, b.y), c, 2.0f);
    dl->AddLine(a, b, c, 1.0f);
    dl->AddLine(ImVec2(b.x, a.y), ImVec2(a.x, b.y), c, 1.0f);
}

}  // namespace

void handwriting_pad(ViewContext& ctx, const KeyboardView& kb, float side) {
    const Metrics& m = ctx.m();
    ImGui::InvisibleButton("osk.pad", ImVec2(side, side));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (ctx.hits()) ctx.hits()->add("osk.pad", a, b);
    const ImGuiIO& io = ImGui::GetIO();
    bool& drawing = ctx.state().pad_drawing;
    const ImVec2 p = to_pad(io.MousePos, a, side);
    if (ImGui::IsItemActivated()) {
        drawing = true;
        ctx.emit(intent::StrokeBegin{p.x, p.y});
    } else if (drawing && ImGui::IsItemActive() && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
        ctx.emit(intent::StrokeMove{p.x, p.y});
    }
    if (drawing && ImGui::IsItemDeactivated()) {
        drawing = false;
        ctx.emit(intent::StrokeEnd{p.x, p.y});
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, color::kBackground, m.body * 0.15f);
    guides(dl, a, b);
    dl->AddRect(a, b, color::kBorder, m.body * 0.15f, 0, 3.0f);
    if (kb.strokes.empty() && !drawing) {
        const std::string hint = ctx.tr("ui.osk_pad_hint");
        ctx.shown(hint);
        const float wrap = side - m.body;
        const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(m.body, FLT_MAX, wrap, hint.c_str());
        dl->AddText(ImGui::GetFont(), m.body,
                    ImVec2(a.x + (side - ts.x) * 0.5f, a.y + (side - ts.y) * 0.5f), color::kMuted,
                    hint.c_str(), nullptr, wrap);
    }
    // The strokes (the person's writing), straight from the core's secure memory into the
    // draw list's path (ImGui's allocator: zeroed on free), no copy of our own.
    const float thick = std::max(4.0f, side / 40.0f);
    for (const StrokeView& s : kb.strokes) {
        if (s.count == 1) {
            dl->AddCircleFilled(ImVec2(a.x + s.points[0].x * side, a.y + s.points[0].y * side),
                                thick * 0.5f, color::kText);
            continue;
        }
        for (size_t i = 0; i < s.count; ++i)
            dl->PathLineTo(ImVec2(a.x + s.points[i].x * side, a.y + s.points[i].y * side));
        dl->PathStroke(color::kText, 0, thick);
    }
}

}  // namespace sk::kiosk::ui
