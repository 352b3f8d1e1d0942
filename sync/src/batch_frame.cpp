#include "sk/sync/batch_frame.hpp"

#include <cstring>
#include <string>

#include "sk/crypto/sign.hpp"
#include "sk/sync/batch.hpp"

namespace sk::sync {

namespace {

constexpr size_t kPrefixBytes = kBatchContainerBytes - crypto::kSignatureBytes + kBatchHeaderBytes;

size_t entries_size(const std::vector<ByteView>& envelopes) {
    size_t n = 0;
    for (const auto& e : envelopes) n += kBatchRecordLengthBytes + e.size;
    return n;
}

void append_entries(Bytes& out, const std::vector<ByteView>& envelopes) {
    for (const auto& e : envelopes) {
        put_u32le(out, static_cast<uint32_t>(e.size));
        out.insert(out.end(), e.data, e.data + e.size);
    }
}

}  // namespace

Result<BatchFrame> split_batch_frame(ByteView file, const std::vector<ByteView>& envelopes) {
    const size_t entries = entries_size(envelopes);
    if (file.size != kPrefixBytes + entries + crypto::kSignatureBytes) {
        return Error{Errc::invalid_argument, "batch frame: a file of " + std::to_string(file.size) +
                                                 " bytes does not hold these " +
                                                 std::to_string(envelopes.size()) + " records"};
    }
    // The entries must be these envelopes in this order, or a rebuild would differ.
    const uint8_t* p = file.data + kPrefixBytes;
    for (const auto& e : envelopes) {
        if (get_u32le(p) != e.size || std::memcmp(p + 4, e.data, e.size) != 0) {
            return Error{Errc::invalid_argument,
                         "batch frame: the file's records are not the ones given, in order"};
        }
        p += 4 + e.size;
    }
    BatchFrame f;
    f.prefix.assign(file.data, file.data + kPrefixBytes);
    f.suffix.assign(p, file.data + file.size);
    return f;
}

Bytes assemble_batch(const BatchFrame& frame, const std::vector<ByteView>& envelopes) {
    Bytes out;
    out.reserve(frame.prefix.size() + entries_size(envelopes) + frame.suffix.size());
    out.insert(out.end(), frame.prefix.begin(), frame.prefix.end());
    append_entries(out, envelopes);
    out.insert(out.end(), frame.suffix.begin(), frame.suffix.end());
    return out;
}

}  // namespace sk::sync
