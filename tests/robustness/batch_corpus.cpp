#include "batch_corpus.hpp"

#include <algorithm>
#include <cstdio>

namespace sk::robustness {

namespace {

std::set<Errc> expected_for_flip(size_t pos, size_t size) {
    if (pos >= size - kSignatureBytes) return {Errc::bad_signature};
    if (pos < kContainerPrefixBytes) return {Errc::bad_format, Errc::unsupported_version};
    return {Errc::bad_format, Errc::unsupported_version, Errc::bad_signature};
}

std::string flip_name(uint8_t pattern, size_t pos) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "flip 0x%02x at byte %zu", pattern, pos);
    return buf;
}

}  // namespace

std::vector<BatchVariant> flipped_variants(const Bytes& good) {
    std::vector<BatchVariant> out;
    out.reserve(good.size() * 2);
    for (uint8_t pattern : {kFlipLowBit, kFlipAllBits}) {
        for (size_t pos = 0; pos < good.size(); ++pos) {
            BatchVariant v;
            v.name = flip_name(pattern, pos);
            v.file = good;
            v.file[pos] ^= pattern;
            v.acceptable = expected_for_flip(pos, good.size());
            out.push_back(std::move(v));
        }
    }
    return out;
}

std::vector<BatchVariant> truncated_variants(const Bytes& good) {
    std::vector<BatchVariant> out;
    out.reserve(good.size());
    for (size_t len = 0; len < good.size(); ++len) {
        BatchVariant v;
        v.name = "truncated to " + std::to_string(len) + " bytes";
        v.file.assign(good.begin(), good.begin() + static_cast<long>(len));
        v.acceptable = {Errc::bad_format};
        out.push_back(std::move(v));
    }
    return out;
}

BatchVariant swapped_signature(const Bytes& good, const Bytes& other) {
    BatchVariant v;
    v.name = "signature of another batch";
    v.file = good;
    std::copy(other.end() - kSignatureBytes, other.end(), v.file.end() - kSignatureBytes);
    v.acceptable = {Errc::bad_signature};
    return v;
}

std::string describe(const std::set<Errc>& codes) {
    std::string s;
    for (Errc c : codes) s += (s.empty() ? "" : " or ") + std::string(errc_name(c));
    return s;
}

}  // namespace sk::robustness
