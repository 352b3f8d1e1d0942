// Tip categories (assets/tips/categories.json, format "sk-tip-categories-1"): the kinds
// of misconduct the campaign asks about, with sub-kinds where the bureau's plan names
// them. Data rather than code so the bureau can reword labels without a kiosk release.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"
#include "sk/survey/lang.hpp"

namespace sk::survey {

constexpr std::string_view kTipCategoriesFormat = "sk-tip-categories-1";

struct TipSubcategory {
    std::string id;
    LocalizedText label;
};

struct TipCategory {
    std::string id;
    LocalizedText label;
    LocalizedText help;  // optional
    std::vector<TipSubcategory> subcategories;

    const TipSubcategory* find(std::string_view sub_id) const;
};

struct TipCategories {
    std::vector<TipCategory> categories;

    const TipCategory* find(std::string_view id) const;
};

Result<TipCategories> parse_tip_categories(ByteView json);

}  // namespace sk::survey
