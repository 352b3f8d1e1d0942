// parse_tip_categories: strict reading of assets/tips/categories.json.
#include <set>

#include "json_read.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::survey {

using detail::fail;
using detail::json;

const TipSubcategory* TipCategory::find(std::string_view sub_id) const {
    for (const auto& s : subcategories) {
        if (s.id == sub_id) return &s;
    }
    return nullptr;
}

const TipCategory* TipCategories::find(std::string_view id) const {
    for (const auto& c : categories) {
        if (c.id == id) return &c;
    }
    return nullptr;
}

namespace {

TipCategory read_category(const json& j, std::set<std::string>& seen) {
    detail::require_object(j, "", "each category");
    TipCategory c;
    c.id = detail::get_identifier(j, "id", "category: ");
    const std::string ctx = "category '" + c.id + "': ";
    if (!seen.insert(c.id).second) fail("", "duplicate category id '" + c.id + "'");
    detail::check_keys(j, {"id", "label", "help", "subcategories"}, ctx);
    c.label = detail::get_text(j, "label", ctx);
    c.help = detail::get_optional_text(j, "help", ctx);
    if (const json* subs = detail::optional(j, "subcategories")) {
        if (!subs->is_array()) fail(ctx, "'subcategories' must be a list");
        std::set<std::string> sub_seen;
        for (const auto& sj : *subs) {
            detail::require_object(sj, ctx, "each subcategory");
            detail::check_keys(sj, {"id", "label"}, ctx);
            TipSubcategory s;
            s.id = detail::get_identifier(sj, "id", ctx);
            if (!sub_seen.insert(s.id).second) fail(ctx, "duplicate subcategory id '" + s.id + "'");
            s.label = detail::get_text(sj, "label", ctx);
            c.subcategories.push_back(std::move(s));
        }
    }
    return c;
}

TipCategories read_categories(const json& doc) {
    const std::string format = detail::get_string(doc, "format", "");
    if (format != kTipCategoriesFormat) {
        fail("", "unsupported tip categories format '" + format + "'", Errc::unsupported_version);
    }
    detail::check_keys(doc, {"format", "categories"}, "");
    const json& list = detail::required(doc, "categories", "");
    if (!list.is_array() || list.empty()) fail("", "'categories' must be a non-empty list");
    TipCategories out;
    std::set<std::string> seen;
    for (const auto& j : list) out.categories.push_back(read_category(j, seen));
    return out;
}

}  // namespace

Result<TipCategories> parse_tip_categories(ByteView bytes) {
    return detail::parse_guarded<TipCategories>(bytes, "tip categories", read_categories);
}

}  // namespace sk::survey
