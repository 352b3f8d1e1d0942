// Secret memory. sodium_malloc places the buffer against a guard page and mlocks it;
// sodium_free wipes before unmapping, so a secret never reaches swap or a freed heap block.
#include "sk/crypto/secure_buffer.hpp"

#include <sodium.h>

#include <algorithm>
#include <new>
#include <utility>

#include "internal.hpp"

namespace sk::crypto {

SecureBuffer::SecureBuffer(size_t size) {
    if (size == 0) return;
    detail::ensure_init();
    data_ = static_cast<uint8_t*>(sodium_malloc(size));
    if (data_ == nullptr) throw std::bad_alloc();
    sodium_memzero(data_, size);  // sodium_malloc fills with 0xdb
    size_ = capacity_ = size;
}

SecureBuffer::SecureBuffer(ByteView copy_from) : SecureBuffer(copy_from.size) {
    if (copy_from.size != 0) std::copy(copy_from.begin(), copy_from.end(), data_);
}

SecureBuffer::~SecureBuffer() {
    reset();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)) {}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept {
    if (this != &other) {
        reset();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
}

void SecureBuffer::truncate(size_t new_size) {
    if (new_size >= size_) return;
    sodium_memzero(data_ + new_size, size_ - new_size);
    size_ = new_size;
}

void SecureBuffer::reset() {
    if (data_ != nullptr) sodium_free(data_);  // wipes the whole allocation
    data_ = nullptr;
    size_ = capacity_ = 0;
}

void wipe(void* p, size_t n) {
    if (p != nullptr && n != 0) sodium_memzero(p, n);
}

void wipe(std::string& s) {
    // Zero the whole capacity: a shorter current value may sit on a longer, older one.
    // The byte at capacity() is the terminator slot and is part of the allocation.
    if (s.capacity() != 0) sodium_memzero(s.data(), s.capacity());
    s.clear();
}

bool equal_ct(ByteView a, ByteView b) {
    if (a.size != b.size) return false;
    if (a.size == 0) return true;
    return sodium_memcmp(a.data, b.data, a.size) == 0;
}

}  // namespace sk::crypto
