// Tip records (format "sk-tip-1"): an anonymous report of misconduct. Free-text fields
// are SecretText; there are no uploads (a photo's metadata would identify the tipster).
// An empty contact means anonymous.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/survey/secret_text.hpp"
#include "sk/survey/tip_categories.hpp"
#include "sk/survey/validation.hpp"

namespace sk::survey {

constexpr std::string_view kTipFormat = "sk-tip-1";

enum class TipField {
    category,
    subcategory,
    unit,
    person,
    what,
    since,
    how_often,
    evidence,
    contact,
    receipt,
    lang
};

const char* tip_field_name(TipField f);
// Limit in code points for a free-text field (0 for fields that are not free text).
size_t tip_field_max_len(TipField f);

struct TipRecord {
    std::string category;     // TipCategory id
    std::string subcategory;  // optional; must belong to the category
    SecretText unit;          // unit or school (required)
    SecretText person;        // person or position (optional)
    SecretText what;          // what happened (required)
    SecretText since;         // since when (optional)
    SecretText how_often;     // how often (optional)
    SecretText evidence;      // evidence and where it can be found (optional)
    SecretText contact;       // optional; empty = anonymous
    std::string receipt;      // canonical receipt code (18 symbols, sk/crypto/receipt.hpp)
    std::string lang = std::string(kLangZh);

    bool anonymous() const { return contact.empty(); }
    // Zeroes every field in place.
    void wipe();
};

struct TipIssue {
    TipField field = TipField::what;
    Validation validation;  // required, too_long, invalid_utf8, invalid_option
};

// Form checks for the kiosk (receipt and lang are not checked: the kiosk sets them).
std::vector<TipIssue> validate_tip(const TipRecord& t, const TipCategories& categories);

// {"type":"tip","format":"sk-tip-1","lang":…,"category":…,"subcategory":…,"unit":…,
//  "person":…,"what":…,"since":…,"how_often":…,"evidence":…,"contact":…,"receipt":…}
// Every key is always present (empty string when not given), so the record's shape does
// not reveal which fields were filled. Errc::invalid_argument if validate_tip reports an
// issue, or the receipt or lang is malformed.
Result<crypto::SecureBuffer> serialize_tip(const TipRecord& t, const TipCategories& categories);

// Bureau side. Strict: Errc::bad_format for unknown keys, wrong types or a bad receipt.
// Categories are not checked here (the bureau may hold tips filed under older lists).
Result<TipRecord> parse_tip(ByteView json);

// What the bureau's import keeps of a tip in its case index: parse_tip's checks, verdicts
// and messages exactly, without copying the free texts into secure memory (one
// sodium_malloc each, seven per tip). The unit is the one free text the index holds.
struct TipHeader {
    std::string category;
    std::string subcategory;
    std::string unit;
    std::string receipt;
    std::string lang;
};
Result<TipHeader> parse_tip_header(ByteView json);

}  // namespace sk::survey
