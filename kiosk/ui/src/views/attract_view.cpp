// Attract: "touch to start" in both languages. The whole screen is the button; the touch
// itself is reported by KioskUi as TouchAnywhere. The page is the same white as every
// other screen (one theme); "touch to start" sits on a band in the button colour.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_attract(ViewContext& ctx) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("##attract", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (ctx.hits()) {
        ctx.hits()->add("attract", vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y));
    }
    const I18n& i18n = ctx.app().i18n();
    const std::string lines[] = {i18n.tr_in(Lang::zh_CN, "attract.title"),
                                 i18n.tr_in(Lang::en, "attract.title"), ctx.tr("attract.subtitle"),
                                 ctx.tr("attract.touch_to_start"), ctx.view().idle_hint};
    ImFont* fonts[] = {ctx.fonts().title, ctx.fonts().title, ctx.fonts().body, ctx.fonts().body,
                       ctx.fonts().body};
    // "Touch to start" (line 3) sits on a band reaching `pad` beyond its text: the space
    // around it includes that, or the band covers the subtitle above it (seen at 1920x1080).
    const float band = ctx.m().pad;
    const auto space_after = [&](int i) {
        return ctx.m().gap * (i == 1 || i == 3 ? 3.0f : 1.0f) + (i == 2 || i == 3 ? band : 0.0f);
    };
    float total = 0;
    const float wrap = vp->Size.x * 0.85f;
    for (int i = 0; i < 5; ++i) {
        total += fonts[i]->CalcTextSizeA(fonts[i]->FontSize, FLT_MAX, wrap, lines[i].c_str()).y +
                 space_after(i);
    }
    float y = vp->Pos.y + (vp->Size.y - total) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 5; ++i) {
        if (lines[i].empty()) continue;
        const ImVec2 sz =
            fonts[i]->CalcTextSizeA(fonts[i]->FontSize, FLT_MAX, wrap, lines[i].c_str());
        const ImVec2 at(vp->Pos.x + (vp->Size.x - sz.x) * 0.5f, y);
        ImU32 col = i == 4 ? color::kMuted : color::kText;
        if (i == 3) {
            dl->AddRectFilled(ImVec2(at.x - 2 * band, at.y - band),
                              ImVec2(at.x + sz.x + 2 * band, at.y + sz.y + band), color::kPrimary,
                              ctx.m().body * 0.25f);
            col = color::kOnPrimary;
        }
        dl->AddText(fonts[i], fonts[i]->FontSize, at, col, lines[i].c_str(), nullptr, wrap);
        ctx.shown(lines[i]);
        y += sz.y + space_after(i);
    }
    ImGui::End();
}

}  // namespace sk::kiosk::ui
