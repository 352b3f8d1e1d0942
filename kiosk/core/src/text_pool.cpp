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

namespace {
size_t count_code_points(std::string_view s) {
    size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}
}  // namespace

bool TextPool::append(FieldId id, std::string_view utf8, size_t max_code_points) {
    auto it = fields_.find(id);
    if (it == fields_.end() || utf8.empty()) return false;
    const std::string_view cur = text(id);
    auto& b = it->second;
    if (cur.size() + utf8.size() + 1 > b.size()) return false;
    if (max_code_points > 0 && count_code_points(cur) + count_code_points(utf8) > max_code_points)
        return false;
    std::memcpy(b.data() + cur.size(), utf8.data(), utf8.size());
    b.data()[cur.size() + utf8.size()] = 0;
    return true;
}

bool TextPool::pop_code_point(FieldId id) {
    auto it = fields_.find(id);
    if (it == fields_.end()) return false;
    const size_t len = text(id).size();
    if (len == 0) return false;
    uint8_t* p = it->second.data();
    size_t start = len - 1;
    while (start > 0 && (p[start] & 0xC0) == 0x80) --start;
    crypto::wipe(p + start, len - start);
    return true;
}

size_t TextPool::code_points(FieldId id) {
    return count_code_points(text(id));
}

void TextPool::wipe_all() {
    for (auto& [id, b] : fields_) crypto::wipe(b.data(), b.size());
}

bool TextPool::any_text() const {
    for (const auto& [id, buf] : fields_) {
        if (!buf.empty() && buf.data()[0] != '\0') return true;
    }
    return false;
}

}  // namespace sk::kiosk
