// TipRecord: field limits, wiping and the kiosk's form checks.
#include "sk/survey/tip.hpp"

namespace sk::survey {

const char* tip_field_name(TipField f) {
    switch (f) {
        case TipField::category:
            return "category";
        case TipField::subcategory:
            return "subcategory";
        case TipField::unit:
            return "unit";
        case TipField::person:
            return "person";
        case TipField::what:
            return "what";
        case TipField::since:
            return "since";
        case TipField::how_often:
            return "how_often";
        case TipField::evidence:
            return "evidence";
        case TipField::contact:
            return "contact";
        case TipField::receipt:
            return "receipt";
        case TipField::lang:
            return "lang";
    }
    return "?";
}

size_t tip_field_max_len(TipField f) {
    // Generous for the narrative, tight for the fields that should be a name or a phrase.
    switch (f) {
        case TipField::unit:
            return 100;
        case TipField::person:
            return 100;
        case TipField::what:
            return 2000;
        case TipField::since:
            return 100;
        case TipField::how_often:
            return 100;
        case TipField::evidence:
            return 1000;
        case TipField::contact:
            return 100;
        default:
            return 0;
    }
}

void TipRecord::wipe() {
    crypto::wipe(category);
    crypto::wipe(subcategory);
    unit.wipe();
    person.wipe();
    what.wipe();
    since.wipe();
    how_often.wipe();
    evidence.wipe();
    contact.wipe();
    crypto::wipe(receipt);
}

namespace {

void check_text(std::vector<TipIssue>& issues, TipField f, const SecretText& t, bool required) {
    Validation v = validate_text(t.view(), tip_field_max_len(f), required);
    if (!v.ok()) issues.push_back({f, v});
}

}  // namespace

std::vector<TipIssue> validate_tip(const TipRecord& t, const TipCategories& categories) {
    std::vector<TipIssue> issues;
    auto fail = [&](TipField f, ValidationError e) {
        Validation v;
        v.error = e;
        issues.push_back({f, v});
    };
    const TipCategory* cat = categories.find(t.category);
    if (t.category.empty()) {
        fail(TipField::category, ValidationError::required);
    } else if (cat == nullptr) {
        fail(TipField::category, ValidationError::invalid_option);
    } else if (!t.subcategory.empty() && cat->find(t.subcategory) == nullptr) {
        // Sub-kinds are optional: a tipster may know it is "lying flat" but not which kind.
        fail(TipField::subcategory, ValidationError::invalid_option);
    }
    check_text(issues, TipField::unit, t.unit, true);
    check_text(issues, TipField::person, t.person, false);
    check_text(issues, TipField::what, t.what, true);
    check_text(issues, TipField::since, t.since, false);
    check_text(issues, TipField::how_often, t.how_often, false);
    check_text(issues, TipField::evidence, t.evidence, false);
    check_text(issues, TipField::contact, t.contact, false);
    return issues;
}

}  // namespace sk::survey
