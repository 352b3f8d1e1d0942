// Typed free text (text answers, tip fields) held in sodium-allocated memory.
// std::string would leave copies behind on every reallocation and move; a SecureBuffer is
// mlocked, move-only and wiped when freed, so the words a teacher typed do not linger in
// the ordinary heap after the session ends.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::survey {

class SecretText {
  public:
    SecretText() = default;
    explicit SecretText(std::string_view s) { assign(s); }
    // Moved-from text is empty (a defaulted move would keep a size with no buffer).
    SecretText(SecretText&& o) noexcept
        : buf_(std::move(o.buf_)), size_(std::exchange(o.size_, 0)) {}
    SecretText& operator=(SecretText&& o) noexcept {
        buf_ = std::move(o.buf_);
        size_ = std::exchange(o.size_, 0);
        return *this;
    }
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;

    // Replaces the text; the previous buffer is wiped as it is freed.
    void assign(std::string_view s);
    // Zeroes the stored bytes in place and makes the text empty. The (zeroed) storage is
    // kept until assign() or destruction so callers and tests can check it.
    void wipe();

    std::string_view view() const;
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    // The underlying storage (capacity() bytes), for checking that wipe() zeroed it.
    const uint8_t* storage() const { return buf_.data(); }
    size_t capacity() const { return buf_.size(); }

  private:
    crypto::SecureBuffer buf_;
    size_t size_ = 0;
};

// Not constant time: for tests and form logic, not for comparing secrets to attacker input.
inline bool operator==(const SecretText& a, std::string_view b) {
    return a.view() == b;
}

}  // namespace sk::survey
