// Text fields owned by the core and edited in place by the UI.
//
// Text, long text and receipt codes are edited by the core's own on-screen keyboard
// (intent::KeyboardOpen / KeyPress / CandidatePick ..., keyboard.hpp): the UI draws them as
// display boxes and never as an InputText. The number field's digit pad is intents too
// (NumberKey / NumberBackspace: the core writes the field). The contract below still holds
// for the number field's InputText (a physical keyboard) and for reading any buffer.
//
// CONTRACT WITH kiosk/ui (ImGui::InputText / InputTextMultiline):
//  - Every text a person can type lives in a fixed-capacity, NUL-terminated buffer in
//    sodium memory (sk::crypto::SecureBuffer) owned by the core. The UI never copies it.
//  - Per frame, for a field listed in the view: `char* p = app.text_buffer(id)` and
//    `size_t n = app.text_capacity(id)` (bytes INCLUDING the terminating NUL), then
//    `ImGui::InputText(label, p, n, flags)`. Do not cache `p` across frames: a new session
//    (start_survey / start_tip / start_receipt_lookup / admin) frees the previous buffers and
//    allocates fresh ones. p is nullptr if the field does not exist now: draw nothing.
//  - When InputText returns true (edited), dispatch `intent::TextEdited{id}` so the core
//    resets the idle timer and clears that field's error message.
//  - The core reads the buffer on next / review / submit (validation, serialisation into a
//    SecureBuffer) and zeroes it on every wipe (idle, exit, after submit). A wipe also bumps
//    App::wipe_generation(): the platform must then destroy and recreate the ImGui context
//    so ImGui's own edit-state copy of the text dies too (zero-on-free allocator).
//  - After a wipe the (zeroed) buffers stay allocated until the next session starts, so a
//    stale pointer never points at freed memory within the same frame.
//  - Limits: capacity bounds bytes; the core also checks code points against the survey's
//    max_len / the tip field limits and reports too_long with {max} and {actual}.
#pragma once

#include <cstdint>

namespace sk::kiosk {

// Opaque handle. Fixed ids for the tip form and the receipt lookup; survey text, number
// and date questions get ids from kSurveyFieldBase + question index.
struct FieldId {
    uint32_t value = 0;
    bool operator==(FieldId o) const { return value == o.value; }
    bool operator!=(FieldId o) const { return value != o.value; }
    bool operator<(FieldId o) const { return value < o.value; }
};

namespace field {
constexpr FieldId none{0};
constexpr FieldId tip_unit{1};      // unit or school (required)
constexpr FieldId tip_person{2};    // person or position (optional)
constexpr FieldId tip_what{3};      // what happened (required, multiline)
constexpr FieldId tip_since{4};     // since when (optional)
constexpr FieldId tip_evidence{6};  // evidence and where it is (optional, multiline)
constexpr FieldId tip_contact{7};   // contact details (only when contact is switched on)
constexpr FieldId receipt_code{8};  // receipt lookup input (digits + Latin letters)
constexpr uint32_t kSurveyFieldBase = 1000;
inline FieldId survey_question(uint32_t question_index) {
    return FieldId{kSurveyFieldBase + question_index};
}
}  // namespace field

// What kind of keyboard / widget suits the field (text: the core's keyboard with pinyin /
// handwriting / ABC; receipt_code: its ABC code layout; number: the digit pad).
enum class FieldKind { short_text, long_text, receipt_code, number, date };

}  // namespace sk::kiosk
