// The text buffers of the case page's forms (assign, link, talk, sanction) and of the
// Reports screen (month, export folder): sodium-allocated like the desk's other buffers, so
// what a clerk types about a person is wiped on lock.
#pragma once

#include <cstddef>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::desk {

enum class FormField {
    assign_to,
    assign_due,
    link_staff,
    link_unit,
    link_reason,
    talk_date,
    talk_by,
    talk_note,
    sanction_date,
    sanction_decision,
    sanction_override,
    month,
    export_dir
};

class FormBuffers {
  public:
    char* buffer(FormField f);
    size_t capacity(FormField f) const;
    // Replaces the text (cut to capacity-1 bytes).
    void set(FormField f, std::string_view text);
    void wipe(FormField f);
    void wipe_all();

  private:
    crypto::SecureBuffer* slot(FormField f);
    crypto::SecureBuffer assign_to_{64}, assign_due_{32}, link_staff_{64}, link_unit_{64},
        link_reason_{1024}, talk_date_{32}, talk_by_{64}, talk_note_{4096}, sanction_date_{32},
        sanction_decision_{256}, sanction_override_{1024}, month_{16}, export_dir_{1024};
};

}  // namespace sk::desk
