// Byte containers and a non-owning view (C++17 has no std::span).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk {

using Bytes = std::vector<uint8_t>;

struct ByteView {
    const uint8_t* data = nullptr;
    size_t size = 0;

    ByteView() = default;
    ByteView(const uint8_t* d, size_t n) : data(d), size(n) {}
    ByteView(const Bytes& b) : data(b.data()), size(b.size()) {}
    template <size_t N>
    ByteView(const std::array<uint8_t, N>& a) : data(a.data()), size(N) {}
    ByteView(std::string_view s)
        : data(reinterpret_cast<const uint8_t*>(s.data())), size(s.size()) {}
    ByteView(const std::string& s) : ByteView(std::string_view(s)) {}

    const uint8_t* begin() const { return data; }
    const uint8_t* end() const { return data + size; }
    bool empty() const { return size == 0; }
    ByteView sub(size_t off, size_t n) const { return {data + off, n}; }
    Bytes to_bytes() const { return Bytes(begin(), end()); }
};

std::string to_hex(ByteView b);
// Returns false on odd length or a non-hex character.
bool from_hex(std::string_view hex, Bytes& out);

// Little-endian helpers used by every binary format in docs/FORMAT.md.
void put_u16le(Bytes& out, uint16_t v);
void put_u32le(Bytes& out, uint32_t v);
void put_u64le(Bytes& out, uint64_t v);
uint16_t get_u16le(const uint8_t* p);
uint32_t get_u32le(const uint8_t* p);
uint64_t get_u64le(const uint8_t* p);
void append(Bytes& out, ByteView b);

}  // namespace sk
