#include "sk/survey/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <utility>

#include "sk/survey/utf8.hpp"

namespace sk::survey {

SecureJsonWriter::SecureJsonWriter(size_t initial_capacity)
    : buf_(initial_capacity == 0 ? 64 : initial_capacity) {}

void SecureJsonWriter::reserve(size_t extra) {
    if (len_ + extra <= buf_.size()) return;
    size_t cap = buf_.size() * 2;
    while (cap < len_ + extra) cap *= 2;
    // Grow by copying into a new secure buffer; the old one is wiped as it is freed.
    crypto::SecureBuffer next(cap);
    std::memcpy(next.data(), buf_.data(), len_);
    buf_ = std::move(next);
}

void SecureJsonWriter::put(std::string_view s) {
    reserve(s.size());
    std::memcpy(buf_.data() + len_, s.data(), s.size());
    len_ += s.size();
}

void SecureJsonWriter::put(char c) {
    reserve(1);
    buf_.data()[len_++] = static_cast<uint8_t>(c);
}

void SecureJsonWriter::separate() {
    if (after_key_) {  // the value that follows "key":
        after_key_ = false;
        return;
    }
    if (depth_ == 0) return;
    if (!first_[depth_ - 1]) put(',');
    first_[depth_ - 1] = false;
}

void SecureJsonWriter::push() {
    // Our records are three levels deep; deeper is a caller bug, reported through ok().
    if (depth_ == kMaxDepth) {
        ok_ = false;
        return;
    }
    first_[depth_++] = true;
}

void SecureJsonWriter::begin_object() {
    separate();
    put('{');
    push();
}

void SecureJsonWriter::end_object() {
    if (depth_ > 0) --depth_;
    put('}');
}

void SecureJsonWriter::begin_array() {
    separate();
    put('[');
    push();
}

void SecureJsonWriter::end_array() {
    if (depth_ > 0) --depth_;
    put(']');
}

void SecureJsonWriter::key(std::string_view k) {
    string(k);
    put(':');
    after_key_ = true;
}

bool SecureJsonWriter::string(std::string_view s) {
    if (!is_valid_utf8(s)) {
        ok_ = false;
        return false;
    }
    separate();
    // Worst case every byte becomes \u00XX; reserving once avoids repeated growth copies.
    reserve(s.size() * 6 + 2);
    put('"');
    static const char kHex[] = "0123456789abcdef";
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"':
                put("\\\"");
                break;
            case '\\':
                put("\\\\");
                break;
            case '\b':
                put("\\b");
                break;
            case '\f':
                put("\\f");
                break;
            case '\n':
                put("\\n");
                break;
            case '\r':
                put("\\r");
                break;
            case '\t':
                put("\\t");
                break;
            default:
                if (c < 0x20) {
                    const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
                    put(std::string_view(esc, sizeof esc));
                } else {
                    put(ch);  // ASCII and UTF-8 multi-byte sequences (already validated)
                }
        }
    }
    put('"');
    return true;
}

void SecureJsonWriter::integer(int64_t v) {
    separate();
    char tmp[24];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    put(std::string_view(tmp, size_t(r.ptr - tmp)));
    crypto::wipe(tmp, sizeof tmp);  // an answer, even a number, stays out of stack garbage
}

bool SecureJsonWriter::number(double v) {
    if (!std::isfinite(v)) {
        ok_ = false;
        return false;
    }
    separate();
    // to_chars gives the shortest text that reads back to the same double, and, unlike
    // printf, ignores the process locale (a "," decimal separator would break JSON).
    char tmp[32];
    auto r = std::to_chars(tmp, tmp + sizeof tmp, v);
    put(std::string_view(tmp, size_t(r.ptr - tmp)));
    crypto::wipe(tmp, sizeof tmp);
    return true;
}

void SecureJsonWriter::boolean(bool v) {
    separate();
    put(v ? std::string_view("true") : std::string_view("false"));
}

crypto::SecureBuffer SecureJsonWriter::finish() {
    buf_.truncate(len_);  // wipes the unused tail
    crypto::SecureBuffer out = std::move(buf_);
    buf_ = crypto::SecureBuffer(64);
    len_ = 0;
    depth_ = 0;
    after_key_ = false;
    ok_ = true;
    return out;
}

}  // namespace sk::survey
