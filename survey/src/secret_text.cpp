#include "sk/survey/secret_text.hpp"

#include <cstring>

namespace sk::survey {

void SecretText::assign(std::string_view s) {
    // A new buffer of exactly the right size; the move-assignment frees (and so wipes)
    // the old one. Empty text keeps no buffer at all.
    crypto::SecureBuffer next;
    if (!s.empty()) {
        next = crypto::SecureBuffer(s.size());
        std::memcpy(next.data(), s.data(), s.size());
    }
    buf_ = std::move(next);
    size_ = s.size();
}

void SecretText::wipe() {
    crypto::wipe(buf_.data(), buf_.size());
    size_ = 0;
}

std::string_view SecretText::view() const {
    if (size_ == 0) return {};
    return {reinterpret_cast<const char*>(buf_.data()), size_};
}

}  // namespace sk::survey
