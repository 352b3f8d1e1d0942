// Hex and little-endian helpers. Hex decoding is not constant time: it is used for ids,
// public keys and test vectors, never for secrets.
#include "sk/bytes.hpp"

namespace sk {

std::string to_hex(ByteView b) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(b.size * 2);
    for (uint8_t c : b) {
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0x0f]);
    }
    return out;
}

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

bool from_hex(std::string_view hex, Bytes& out) {
    if (hex.size() % 2 != 0) return false;
    Bytes tmp;
    tmp.reserve(hex.size() / 2);
    for (size_t i = 0; i < hex.size(); i += 2) {
        int hi = hex_value(hex[i]);
        int lo = hex_value(hex[i + 1]);
        if (hi < 0 || lo < 0) return false;
        tmp.push_back(static_cast<uint8_t>((hi << 4) | lo));
    }
    out = std::move(tmp);
    return true;
}

void put_u16le(Bytes& out, uint16_t v) {
    out.push_back(static_cast<uint8_t>(v));
    out.push_back(static_cast<uint8_t>(v >> 8));
}

void put_u32le(Bytes& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

void put_u64le(Bytes& out, uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

uint16_t get_u16le(const uint8_t* p) {
    return static_cast<uint16_t>(p[0] | (static_cast<uint16_t>(p[1]) << 8));
}

uint32_t get_u32le(const uint8_t* p) {
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

uint64_t get_u64le(const uint8_t* p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    return v;
}

void append(Bytes& out, ByteView b) {
    if (b.size != 0) out.insert(out.end(), b.begin(), b.end());
}

}  // namespace sk
