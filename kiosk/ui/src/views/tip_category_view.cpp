// Category, then (if the category has them) a sub-kind.
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {

void draw_tip_category(ViewContext& ctx) {
    const TipView& t = ctx.view().tip;
    begin_screen(ctx, "##tip_category", ctx.tr("tip.intro.title"), true);
    progress(ctx, "common.progress", t.page, t.page_count);
    title(ctx, ctx.tr("tip.page.category"));
    for (size_t i = 0; i < t.categories.size(); ++i) {
        ButtonOpts o;
        o.width = -1;
        o.align_left = true;
        o.kind = ButtonKind::secondary;
        o.indicator = Indicator::radio;
        o.on = static_cast<int>(i) == t.category;
        if (touch_button(ctx, "category#" + std::to_string(i), t.categories[i].label, o)) {
            ctx.emit(intent::ChooseTipCategory{static_cast<int>(i)});
        }
    }
    if (t.category >= 0 && t.category < static_cast<int>(t.categories.size())) {
        const TipCategoryView& c = t.categories[static_cast<size_t>(t.category)];
        if (!c.help.empty()) text_wrapped(ctx, c.help, color::kMuted);
        if (!c.subcategory_labels.empty()) {
            ImGui::Dummy(ImVec2(0, ctx.m().gap));
            text_wrapped(ctx, ctx.tr("tip.field.subcategory"));
            for (size_t j = 0; j < c.subcategory_labels.size(); ++j) {
                ButtonOpts o;
                o.width = -1;
                o.align_left = true;
                o.kind = ButtonKind::secondary;
                o.indicator = Indicator::radio;
                o.on = static_cast<int>(j) == t.subcategory;
                if (touch_button(ctx, "subcategory#" + std::to_string(j), c.subcategory_labels[j],
                                 o)) {
                    // Tapping the chosen sub-kind again clears it (it is optional).
                    ctx.emit(intent::ChooseTipSubcategory{o.on ? -1 : static_cast<int>(j)});
                }
            }
        }
    }
    error_text(ctx, t.error);
    end_screen(ctx, "common.back", "common.next", intent::Next{});
}

}  // namespace sk::kiosk::ui
