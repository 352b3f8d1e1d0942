// serialize_tip / parse_tip: the "sk-tip-1" plaintext (written into secure memory) and
// the bureau's strict reading of it.
#include "json_read.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/json_writer.hpp"
#include "sk/survey/tip.hpp"

namespace sk::survey {

using detail::fail;
using detail::json;

namespace {

// The canonical form new_receipt_code() produces: 18 alphabet symbols, last one a check.
bool is_canonical_receipt(std::string_view r) {
    if (r.size() != crypto::kReceiptSymbols) return false;
    for (char c : r) {
        if (crypto::kReceiptAlphabet.find(c) == std::string_view::npos) return false;
    }
    return crypto::receipt_check_symbol(r.substr(0, crypto::kReceiptDataSymbols)) == r.back();
}

struct TextField {
    TipField field;
    SecretText TipRecord::*member;
};

// Order of the free-text keys in the record (after category and subcategory).
constexpr TextField kTextFields[] = {
    {TipField::unit, &TipRecord::unit},           {TipField::person, &TipRecord::person},
    {TipField::what, &TipRecord::what},           {TipField::since, &TipRecord::since},
    {TipField::how_often, &TipRecord::how_often}, {TipField::evidence, &TipRecord::evidence},
    {TipField::contact, &TipRecord::contact},
};

// Every check of the strict reading; `text(field, value)` receives each free-text field.
template <class OnText>
TipHeader read_checked(const json& doc, OnText&& text) {
    const std::string ctx = "tip: ";
    detail::check_keys(doc,
                       {"type", "format", "lang", "category", "subcategory", "unit", "person",
                        "what", "since", "how_often", "evidence", "contact", "receipt"},
                       ctx);
    if (detail::get_string(doc, "type", ctx) != "tip") {
        fail("", "not a tip record (type is not \"tip\")");
    }
    if (detail::get_string(doc, "format", ctx) != kTipFormat) {
        fail("", "unsupported tip format (expected sk-tip-1)", Errc::unsupported_version);
    }
    TipHeader t;
    t.lang = detail::get_string(doc, "lang", ctx);
    if (!is_supported_lang(t.lang)) fail(ctx, "unsupported language '" + t.lang + "'");
    t.category = detail::get_identifier(doc, "category", ctx);
    t.subcategory = detail::get_string(doc, "subcategory", ctx);
    if (!t.subcategory.empty() && !detail::is_identifier(t.subcategory)) {
        fail(ctx, "'subcategory' is not an identifier");
    }
    for (const auto& f : kTextFields) {
        const char* name = tip_field_name(f.field);
        const json& v = detail::required(doc, name, ctx);
        if (!v.is_string()) fail(ctx, std::string("'") + name + "' must be a string");
        text(f, v.get_ref<const std::string&>());
    }
    t.receipt = detail::get_string(doc, "receipt", ctx);
    if (!is_canonical_receipt(t.receipt)) fail(ctx, "'receipt' is not a valid receipt code");
    return t;
}

TipRecord read_tip(const json& doc) {
    TipRecord t;
    TipHeader h = read_checked(
        doc, [&](const TextField& f, const std::string& v) { (t.*f.member).assign(v); });
    t.lang = std::move(h.lang);
    t.category = std::move(h.category);
    t.subcategory = std::move(h.subcategory);
    t.receipt = std::move(h.receipt);
    return t;
}

TipHeader read_tip_header(const json& doc) {
    std::string unit;
    TipHeader h = read_checked(doc, [&](const TextField& f, const std::string& v) {
        if (f.field == TipField::unit) unit = v;
    });
    h.unit = std::move(unit);
    return h;
}

}  // namespace

Result<crypto::SecureBuffer> serialize_tip(const TipRecord& t, const TipCategories& categories) {
    const auto issues = validate_tip(t, categories);
    if (!issues.empty()) {
        return Error{
            Errc::invalid_argument,
            std::string("tip field '") + tip_field_name(issues.front().field) +
                "' is not valid: " + validation_error_name(issues.front().validation.error)};
    }
    if (!is_supported_lang(t.lang)) {
        return Error{Errc::invalid_argument, "unsupported language '" + t.lang + "'"};
    }
    if (!is_canonical_receipt(t.receipt)) {
        return Error{Errc::invalid_argument, "tip receipt is not a canonical receipt code"};
    }

    SecureJsonWriter w(2048);
    w.begin_object();
    w.key("type");
    w.string("tip");
    w.key("format");
    w.string(kTipFormat);
    w.key("lang");
    w.string(t.lang);
    w.key("category");
    w.string(t.category);
    w.key("subcategory");
    w.string(t.subcategory);
    for (const auto& f : kTextFields) {
        w.key(tip_field_name(f.field));
        w.string((t.*f.member).view());
    }
    w.key("receipt");
    w.string(t.receipt);
    w.end_object();
    if (!w.ok()) return Error{Errc::internal, "tip could not be written as JSON"};
    return w.finish();
}

Result<TipRecord> parse_tip(ByteView bytes) {
    return detail::parse_guarded<TipRecord>(bytes, "tip", read_tip);
}

Result<TipHeader> parse_tip_header(ByteView bytes) {
    return detail::parse_guarded<TipHeader>(bytes, "tip", read_tip_header);
}

}  // namespace sk::survey
