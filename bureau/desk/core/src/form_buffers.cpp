#include "sk/desk/form_buffers.hpp"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace sk::desk {

crypto::SecureBuffer* FormBuffers::slot(FormField f) {
    switch (f) {
        case FormField::assign_to:
            return &assign_to_;
        case FormField::assign_due:
            return &assign_due_;
        case FormField::link_staff:
            return &link_staff_;
        case FormField::link_unit:
            return &link_unit_;
        case FormField::link_reason:
            return &link_reason_;
        case FormField::talk_date:
            return &talk_date_;
        case FormField::talk_by:
            return &talk_by_;
        case FormField::talk_note:
            return &talk_note_;
        case FormField::sanction_date:
            return &sanction_date_;
        case FormField::sanction_decision:
            return &sanction_decision_;
        case FormField::sanction_override:
            return &sanction_override_;
        case FormField::month:
            return &month_;
        case FormField::export_dir:
            return &export_dir_;
    }
    return &month_;
}

char* FormBuffers::buffer(FormField f) {
    return reinterpret_cast<char*>(slot(f)->data());
}

size_t FormBuffers::capacity(FormField f) const {
    return const_cast<FormBuffers*>(this)->slot(f)->size();
}

void FormBuffers::set(FormField f, std::string_view text) {
    wipe(f);
    const size_t n = std::min(text.size(), capacity(f) - 1);
    std::memcpy(buffer(f), text.data(), n);
}

void FormBuffers::wipe(FormField f) {
    crypto::wipe(slot(f)->data(), slot(f)->size());
}

void FormBuffers::wipe_all() {
    for (auto f :
         {FormField::assign_to, FormField::assign_due, FormField::link_staff, FormField::link_unit,
          FormField::link_reason, FormField::talk_date, FormField::talk_by, FormField::talk_note,
          FormField::sanction_date, FormField::sanction_decision, FormField::sanction_override,
          FormField::month, FormField::export_dir}) {
        wipe(f);
    }
}

}  // namespace sk::desk
