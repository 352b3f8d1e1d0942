#include "tip_form.hpp"

#include <algorithm>

namespace sk::kiosk {

using survey::TipField;

const char* const kTipFrequencies[] = {"once",   "a_few_times", "monthly",
                                       "weekly", "daily",       "ongoing"};
const size_t kTipFrequencyCount = sizeof(kTipFrequencies) / sizeof(kTipFrequencies[0]);

const std::vector<TipFieldSpec>& tip_field_specs() {
    static const std::vector<TipFieldSpec> specs = {
        {field::tip_unit, TipField::unit, Screen::tip_subject, "tip.field.unit", "tip.hint.unit",
         false},
        {field::tip_person, TipField::person, Screen::tip_subject, "tip.field.person",
         "tip.hint.person", false},
        {field::tip_what, TipField::what, Screen::tip_details, "tip.field.what", "tip.hint.what",
         true},
        {field::tip_since, TipField::since, Screen::tip_details, "tip.field.since",
         "tip.hint.since", false},
        {field::tip_evidence, TipField::evidence, Screen::tip_evidence, "tip.field.evidence",
         "tip.hint.evidence", true},
        {field::tip_contact, TipField::contact, Screen::tip_contact, "tip.field.contact",
         "tip.hint.contact", false},
    };
    return specs;
}

const std::vector<Screen>& tip_pages() {
    static const std::vector<Screen> pages = {Screen::tip_category, Screen::tip_subject,
                                              Screen::tip_details, Screen::tip_evidence,
                                              Screen::tip_contact};
    return pages;
}

namespace {
const Message kNone{};

Screen page_of(TipField f) {
    switch (f) {
        case TipField::category:
        case TipField::subcategory:
            return Screen::tip_category;
        case TipField::unit:
        case TipField::person:
            return Screen::tip_subject;
        case TipField::what:
        case TipField::since:
        case TipField::how_often:
            return Screen::tip_details;
        case TipField::evidence:
            return Screen::tip_evidence;
        default:
            return Screen::tip_contact;
    }
}

int page_rank(Screen s) {
    const auto& p = tip_pages();
    auto it = std::find(p.begin(), p.end(), s);
    return it == p.end() ? 99 : int(it - p.begin());
}
}  // namespace

TipForm::TipForm(const survey::TipCategories& cats, TextPool& pool) : cats_(&cats), pool_(&pool) {
    for (const auto& s : tip_field_specs())
        // Limit in code points, up to 4 bytes each, plus room to report too_long.
        pool.ensure(s.id, survey::tip_field_max_len(s.tip_field) * 4 + 64);
}

void TipForm::choose_category(int i) {
    if (i < 0 || size_t(i) >= cats_->categories.size()) return;
    if (i != category) subcategory = -1;
    category = i;
    page_error_ = {};
}

void TipForm::choose_subcategory(int i) {
    if (category < 0) return;
    const auto& subs = cats_->categories[size_t(category)].subcategories;
    subcategory = (i >= 0 && size_t(i) < subs.size()) ? i : -1;
    page_error_ = {};
}

void TipForm::choose_frequency(int i) {
    frequency = (i >= 0 && size_t(i) < kTipFrequencyCount) ? i : -1;
}

void TipForm::set_contact(bool on) {
    contact_wanted = on;
    if (!on) {
        pool_->clear(field::tip_contact);
        field_errors_.erase(field::tip_contact);
    }
}

const Message& TipForm::field_error(FieldId f) const {
    auto it = field_errors_.find(f);
    return it == field_errors_.end() ? kNone : it->second;
}

survey::TipRecord TipForm::build(std::string_view receipt, std::string_view lang) {
    survey::TipRecord t;
    if (category >= 0) {
        const auto& c = cats_->categories[size_t(category)];
        t.category = c.id;
        if (subcategory >= 0) t.subcategory = c.subcategories[size_t(subcategory)].id;
    }
    t.unit.assign(pool_->text(field::tip_unit));
    t.person.assign(pool_->text(field::tip_person));
    t.what.assign(pool_->text(field::tip_what));
    t.since.assign(pool_->text(field::tip_since));
    if (frequency >= 0) t.how_often.assign(kTipFrequencies[frequency]);
    t.evidence.assign(pool_->text(field::tip_evidence));
    if (contact_wanted) t.contact.assign(pool_->text(field::tip_contact));
    t.receipt = std::string(receipt);
    t.lang = std::string(lang);
    return t;
}

bool TipForm::validate(Screen page) {
    survey::TipRecord t = build({}, "zh-CN");
    auto issues = survey::validate_tip(t, *cats_);
    t.wipe();
    bool all = page == Screen::tip_review;
    bool ok = true;
    first_invalid_ = Screen::tip_review;
    if (all) field_errors_.clear();
    if (all || page == Screen::tip_category) page_error_ = {};
    // Contact switched on but left empty: the person meant to leave details; say so.
    if (contact_wanted && (all || page == Screen::tip_contact) &&
        pool_->text(field::tip_contact).find_first_not_of(" \t\r\n") == std::string_view::npos) {
        survey::TipIssue i;
        i.field = TipField::contact;
        i.validation.error = survey::ValidationError::required;
        issues.push_back(i);
    }
    for (const auto& is : issues) {
        Screen p = page_of(is.field);
        if (!all && p != page) continue;
        ok = false;
        if (page_rank(p) < page_rank(first_invalid_)) first_invalid_ = p;
        Message m = validation_message(is.validation);
        if (is.field == TipField::category || is.field == TipField::subcategory) {
            page_error_ = {is.field == TipField::category ? "tip.error.choose_category"
                                                          : "tip.error.choose_subcategory",
                           {}};
            continue;
        }
        for (const auto& s : tip_field_specs())
            if (s.tip_field == is.field) field_errors_[s.id] = m;
    }
    return ok;
}

Result<crypto::SecureBuffer> TipForm::serialize(std::string_view receipt, std::string_view lang) {
    survey::TipRecord t = build(receipt, lang);
    auto r = survey::serialize_tip(t, *cats_);
    t.wipe();
    crypto::wipe(t.receipt);
    return r;
}

void TipForm::wipe() {
    for (const auto& s : tip_field_specs()) pool_->clear(s.id);
    category = subcategory = frequency = -1;
    contact_wanted = false;
    field_errors_.clear();
    page_error_ = {};
    first_invalid_ = Screen::tip_category;
}

}  // namespace sk::kiosk
