// Attract: "touch to start" in both languages. The whole screen is the button; the touch
// itself is reported by KioskUi as TouchAnywhere.
#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_attract(ViewContext& ctx) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(color::kPrimary));
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
    float total = 0;
    const float wrap = vp->Size.x * 0.85f;
    for (int i = 0; i < 5; ++i) {
        total += fonts[i]->CalcTextSizeA(fonts[i]->FontSize, FLT_MAX, wrap, lines[i].c_str()).y +
                 ctx.m().gap * (i == 1 ? 3.0f : 1.0f);
    }
    float y = vp->Pos.y + (vp->Size.y - total) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 5; ++i) {
        if (lines[i].empty()) continue;
        const ImVec2 sz =
            fonts[i]->CalcTextSizeA(fonts[i]->FontSize, FLT_MAX, wrap, lines[i].c_str());
        dl->AddText(fonts[i], fonts[i]->FontSize, ImVec2(vp->Pos.x + (vp->Size.x - sz.x) * 0.5f, y),
                    color::kOnPrimary, lines[i].c_str(), nullptr, wrap);
        ctx.shown(lines[i]);
        y += sz.y + ctx.m().gap * (i == 1 ? 3.0f : 1.0f);
    }
    ImGui::End();
    ImGui::PopStyleColor();
}

}  // namespace sk::kiosk::ui
