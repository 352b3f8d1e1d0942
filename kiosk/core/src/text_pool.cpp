#include "text_pool.hpp"

#include <cstring>

namespace sk::kiosk {

void TextPool::ensure(FieldId id, size_t capacity) {
    if (capacity < 2) capacity = 2;
    auto it = fields_.find(id);
    if (it != fields_.end() && it->second.size() == capacity) return;
    fields_[id] = crypto::SecureBuffer(capacity);  // zero-filled; the old one is wiped
}

char* TextPool::buffer(FieldId id) {
    auto it = fields_.find(id);
    if (it == fields_.end()) return nullptr;
    return reinterpret_cast<char*>(it->second.data());
}

size_t TextPool::capacity(FieldId id) const {
    auto it = fields_.find(id);
    return it == fields_.end() ? 0 : it->second.size();
}

std::string_view TextPool::text(FieldId id) {
    auto it = fields_.find(id);
    if (it == fields_.end()) return {};
    auto& b = it->second;
    b.data()[b.size() - 1] = 0;
    return std::string_view(reinterpret_cast<const char*>(b.data()));
}

void TextPool::set(FieldId id, std::string_view s) {
    auto it = fields_.find(id);
    if (it == fields_.end()) return;
    auto& b = it->second;
    size_t n = s.size() < b.size() - 1 ? s.size() : b.size() - 1;
    // Never cut a UTF-8 sequence in half.
    while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    crypto::wipe(b.data(), b.size());
    std::memcpy(b.data(), s.data(), n);
}

void TextPool::clear(FieldId id) {
    auto it = fields_.find(id);
    if (it != fields_.end()) crypto::wipe(it->second.data(), it->second.size());
}

void TextPool::wipe_all() {
    for (auto& [id, b] : fields_) crypto::wipe(b.data(), b.size());
}

}  // namespace sk::kiosk
