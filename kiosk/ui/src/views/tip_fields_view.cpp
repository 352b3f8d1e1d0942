// The tip form's text pages (subject, details, evidence, contact): the fields the core
// lists for the page, plus the page's extra control (how often / contact switch).
#include <algorithm>
#include <string>

#include "sk/kiosk/ui/widgets.hpp"
#include "views.hpp"

namespace sk::kiosk::ui {
namespace {

const char* heading_key(Screen s) {
    switch (s) {
        case Screen::tip_subject:
            return "tip.page.subject";
        case Screen::tip_details:
            return "tip.page.details";
        case Screen::tip_evidence:
            return "tip.page.evidence";
        default:
            return "tip.page.contact";
    }
}

void frequency_choices(ViewContext& ctx, const TipView& t) {
    if (t.frequency_labels.empty()) return;
    text_wrapped(ctx, ctx.tr("tip.field.how_often"));
    // One row of equal chips (a label wraps inside its chip rather than the row wrapping
    // into a ragged second line); two rows only when a chip would be narrower than a
    // touch target.
    const int n = static_cast<int>(t.frequency_labels.size());
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    int per_row = n;
    while (per_row > 1 && (avail - gap * float(per_row - 1)) / float(per_row) < ctx.m().touch * 2)
        per_row = (per_row + 1) / 2;
    const float w = (avail - gap * float(per_row - 1)) / float(per_row);
    float h = ctx.m().touch;
    for (const std::string& l : t.frequency_labels)
        h = std::max(h, ImGui::CalcTextSize(l.c_str(), nullptr, false, w - ctx.m().body * 1.2f).y +
                            ctx.m().body * 0.7f);
    for (int i = 0; i < n; ++i) {
        const bool on = i == t.frequency;
        if (i % per_row != 0) ImGui::SameLine();
        if (toggle_button(ctx, "frequency#" + std::to_string(i), t.frequency_labels[size_t(i)], on,
                          w, h)) {
            ctx.emit(intent::ChooseTipFrequency{on ? -1 : static_cast<int>(i)});
        }
    }
}

void contact_switch(ViewContext& ctx, const TipView& t) {
    text_wrapped(ctx, ctx.tr("tip.contact.off_note"));
    ButtonOpts o;
    o.width = -1;
    o.align_left = true;
    o.kind = ButtonKind::secondary;
    o.indicator = Indicator::check;
    o.on = t.contact_wanted;
    if (touch_button(ctx, "tip.contact.toggle", ctx.tr("tip.contact.toggle"), o)) {
        ctx.emit(intent::SetContactWanted{!t.contact_wanted});
    }
    if (t.contact_wanted) text_wrapped(ctx, t.contact_warning, color::kError);
}

}  // namespace

void draw_tip_fields(ViewContext& ctx) {
    const AppView& v = ctx.view();
    const TipView& t = v.tip;
    ctx.layout.skip_to_review = v.screen == Screen::tip_details || v.screen == Screen::tip_evidence;
    begin_screen(ctx, "##tip_fields", ctx.tr("tip.intro.title"), true);
    progress(ctx, "common.progress", t.page, t.page_count);
    title(ctx, ctx.tr(heading_key(v.screen)));
    if (v.screen == Screen::tip_contact) contact_switch(ctx, t);
    for (const FieldView& f : t.fields) {
        ImGui::Dummy(ImVec2(0, ctx.m().gap * 0.5f));
        text_field(ctx, f.id, f.kind, f.label, f.hint, f.error, f.required);
    }
    if (v.screen == Screen::tip_details) frequency_choices(ctx, t);
    error_text(ctx, t.error);
    end_screen(ctx, "common.back", "common.next", intent::Next{});
}

}  // namespace sk::kiosk::ui
