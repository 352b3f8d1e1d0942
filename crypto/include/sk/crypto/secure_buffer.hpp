// Memory for secrets: sodium_malloc'd (guard pages, mlock'd where the OS allows),
// wiped and freed on destruction. Move-only so a secret never silently duplicates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sk/bytes.hpp"

namespace sk::crypto {

class SecureBuffer {
  public:
    SecureBuffer() = default;
    explicit SecureBuffer(size_t size);  // zero-filled; throws std::bad_alloc on failure
    SecureBuffer(ByteView copy_from);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    uint8_t* data() { return data_; }
    const uint8_t* data() const { return data_; }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    ByteView view() const { return {data_, size_}; }
    std::string_view str() const { return {reinterpret_cast<const char*>(data_), size_}; }

    // Shrinks the logical size (e.g. after unpadding); the tail is wiped.
    void truncate(size_t new_size);
    // Wipes and frees now.
    void reset();

  private:
    uint8_t* data_ = nullptr;
    size_t size_ = 0;
    size_t capacity_ = 0;
};

// Wipe memory that is not a SecureBuffer (e.g. a std::string that held typed text).
void wipe(void* p, size_t n);
void wipe(std::string& s);  // zeroes the whole capacity, then clears

// Constant-time comparison.
bool equal_ct(ByteView a, ByteView b);

}  // namespace sk::crypto
