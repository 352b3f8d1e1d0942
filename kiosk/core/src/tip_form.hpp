// The anonymous tip form: category + sub-kind, free-text fields in TextPool buffers, "how
// often" as a choice, and the contact switch (off by default; on only after the person
// confirmed they understood that contact details remove anonymity).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/screens.hpp"
#include "sk/result.hpp"
#include "sk/survey/tip.hpp"
#include "sk/survey/tip_categories.hpp"
#include "text_pool.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

// "how often" choices, stored in the record's how_often field by id.
extern const char* const kTipFrequencies[];
extern const size_t kTipFrequencyCount;

struct TipFieldSpec {
    FieldId id;
    survey::TipField tip_field;
    Screen page;
    const char* label_key;
    const char* hint_key;
    bool multiline;
};
const std::vector<TipFieldSpec>& tip_field_specs();
// Form pages in order (tip_contact_confirm is a step, not a page).
const std::vector<Screen>& tip_pages();

class TipForm {
  public:
    TipForm(const survey::TipCategories& cats, TextPool& pool);

    int category = -1;
    int subcategory = -1;
    int frequency = -1;
    bool contact_wanted = false;

    void choose_category(int i);
    void choose_subcategory(int i);
    void choose_frequency(int i);
    void set_contact(bool on);  // off zeroes the contact field
    void text_edited(FieldId f) { field_errors_.erase(f); }

    // Problems on one page (or every page with Screen::tip_review). Returns true if none;
    // sets field errors and the page error.
    bool validate(Screen page);
    // First page that has a problem after validate(tip_review).
    Screen first_invalid_page() const { return first_invalid_; }
    const Message& field_error(FieldId f) const;
    const Message& page_error() const { return page_error_; }

    // Builds the record (SecretText copies of the buffers), serialises, wipes the record.
    Result<crypto::SecureBuffer> serialize(std::string_view receipt, std::string_view lang);

    // Zeroes the fields and resets every choice.
    void wipe();

  private:
    survey::TipRecord build(std::string_view receipt, std::string_view lang);

    const survey::TipCategories* cats_;
    TextPool* pool_;
    std::map<FieldId, Message> field_errors_;
    Message page_error_;
    Screen first_invalid_ = Screen::tip_category;
};

}  // namespace sk::kiosk
