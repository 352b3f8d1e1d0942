#include "tip_view.hpp"

#include <algorithm>

namespace sk::kiosk {

void fill_tip_view(const TipForm& t, const survey::TipCategories& cats, const I18n& i18n,
                   Screen current, TipView& tv) {
    const std::string lc = lang_code(i18n.lang());
    const auto& pages = tip_pages();
    auto it = std::find(pages.begin(), pages.end(),
                        current == Screen::tip_contact_confirm ? Screen::tip_contact : current);
    tv.page = it == pages.end() ? int(pages.size()) : int(it - pages.begin()) + 1;
    tv.page_count = int(pages.size());
    for (const auto& c : cats.categories) {
        TipCategoryView cv{c.id, c.label.in(lc), c.help.in(lc), {}};
        for (const auto& sc : c.subcategories) cv.subcategory_labels.push_back(sc.label.in(lc));
        tv.categories.push_back(std::move(cv));
    }
    tv.category = t.category;
    tv.subcategory = t.subcategory;
    for (size_t i = 0; i < kTipFrequencyCount; ++i)
        tv.frequency_labels.push_back(i18n.tr(std::string("tip.frequency.") + kTipFrequencies[i]));
    tv.frequency = t.frequency;
    tv.contact_wanted = t.contact_wanted;
    tv.contact_warning = i18n.tr("tip.contact.warning");
    tv.error = localize(i18n, t.page_error());
    for (const auto& spec : tip_field_specs()) {
        if (spec.page != current) continue;
        if (spec.id == field::tip_contact && !t.contact_wanted) continue;
        FieldView f;
        f.id = spec.id;
        f.kind = spec.multiline ? FieldKind::long_text : FieldKind::short_text;
        f.label = i18n.tr(spec.label_key);
        f.hint = i18n.tr(spec.hint_key);
        f.required = spec.id == field::tip_unit || spec.id == field::tip_what ||
                     spec.id == field::tip_contact;
        f.max_len = survey::tip_field_max_len(spec.tip_field);
        f.error = localize(i18n, t.field_error(spec.id));
        tv.fields.push_back(std::move(f));
    }
    if (current != Screen::tip_review) return;
    ReviewItem cat{i18n.tr("tip.field.category"), {}, field::none, int(Screen::tip_category), {}};
    if (t.category >= 0) {
        const auto& c = cats.categories[size_t(t.category)];
        cat.summary = c.label.in(lc);
        if (t.subcategory >= 0)
            cat.summary += " / " + c.subcategories[size_t(t.subcategory)].label.in(lc);
    }
    tv.review.push_back(std::move(cat));
    for (const auto& spec : tip_field_specs()) {
        ReviewItem item{i18n.tr(spec.label_key), {}, spec.id, int(spec.page), {}};
        if (spec.id == field::tip_contact && !t.contact_wanted) {
            item.field = field::none;
            item.summary = i18n.tr("tip.review.anonymous");
        }
        tv.review.push_back(std::move(item));
        if (spec.id == field::tip_since) {
            ReviewItem f{
                i18n.tr("tip.field.how_often"), {}, field::none, int(Screen::tip_details), {}};
            f.summary = t.frequency >= 0 ? tv.frequency_labels[size_t(t.frequency)]
                                         : i18n.tr("survey.review.not_answered");
            tv.review.push_back(std::move(f));
        }
    }
}

}  // namespace sk::kiosk
