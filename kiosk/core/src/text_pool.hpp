// The fixed-capacity text buffers ImGui edits in place (contract: sk/kiosk/text_fields.hpp).
#pragma once

#include <cstddef>
#include <map>
#include <string_view>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/text_fields.hpp"

namespace sk::kiosk {

class TextPool {
  public:
    // Creates a zeroed field of `capacity` bytes (including the NUL) unless it exists.
    void ensure(FieldId id, size_t capacity);
    bool has(FieldId id) const { return fields_.count(id) != 0; }
    char* buffer(FieldId id);  // nullptr if absent
    size_t capacity(FieldId id) const;
    // Text up to the first NUL (the last byte is forced to NUL first: ImGui always keeps
    // one, but a misbehaving caller must not make us read past the buffer).
    std::string_view text(FieldId id);
    // Replaces the text (pickers); cut at capacity - 1 on a UTF-8 boundary.
    void set(FieldId id, std::string_view s);
    void clear(FieldId id);  // zeroes one field
    // On-screen keyboard edits. append() adds a whole UTF-8 string or nothing: false when
    // it does not fit the capacity or would exceed `max_code_points` (0 = no limit).
    bool append(FieldId id, std::string_view utf8, size_t max_code_points);
    bool pop_code_point(FieldId id);  // removes the last code point; false when empty
    size_t code_points(FieldId id);
    // Zeroes every buffer in place; allocations stay until release_all() so a pointer the
    // UI still holds this frame points at zeros, not at freed memory.
    void wipe_all();
    // Frees every buffer (SecureBuffer wipes on free). Between respondents.
    void release_all() { fields_.clear(); }
    size_t size() const { return fields_.size(); }
    bool any_text() const;  // some field holds at least one byte

  private:
    std::map<FieldId, crypto::SecureBuffer> fields_;
};

}  // namespace sk::kiosk
