// Domain-separated Ed25519 signatures and the signed-file container (docs/FORMAT.md §4).
#include "sk/crypto/sign.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>

#include "internal.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::crypto {

namespace {

constexpr char kSigPrefix[] = "sk-sig-v1";
constexpr char kFileMagic[] = "SKSF";
constexpr uint8_t kFileVersion = 1;

struct ContextEntry {
    SignContext ctx;
    std::string_view name;
};
constexpr ContextEntry kContexts[] = {
    {SignContext::batch, "batch"},
    {SignContext::ack, "ack"},
    {SignContext::survey_bundle, "survey-bundle"},
    {SignContext::status_board, "status-board"},
    {SignContext::provisioning, "provisioning"},
    {SignContext::key_rotation, "key-rotation"},
};

Bytes signed_message(SignContext ctx, ByteView message) {
    Bytes m;
    detail::signed_message_into(m, ctx, message);
    return m;
}

}  // namespace

// "sk-sig-v1" 0x00 name 0x00 message: the name is bound into every signature, so a
// signature over one kind of message never verifies as another kind.
void detail::signed_message_into(Bytes& m, SignContext ctx, ByteView message) {
    const std::string_view name = context_name(ctx);
    m.clear();
    m.reserve(sizeof(kSigPrefix) + name.size() + 1 + message.size);
    append(m, std::string_view(kSigPrefix));
    m.push_back(0);
    append(m, name);
    m.push_back(0);
    append(m, message);
}

std::string_view context_name(SignContext c) {
    for (const auto& e : kContexts)
        if (e.ctx == c) return e.name;
    return "?";
}

Result<SignContext> context_from_name(std::string_view name) {
    for (const auto& e : kContexts)
        if (e.name == name) return e.ctx;
    return Error{Errc::bad_format, "unknown signature context '" + printable_excerpt(name) + "'"};
}

Signature sign(SignContext ctx, ByteView message, const SignKeyPair& signer) {
    detail::ensure_init();
    if (signer.sk.size() != crypto_sign_SECRETKEYBYTES)
        detail::misuse("sign: secret key has the wrong size");
    Bytes m = signed_message(ctx, message);
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, m.data(), m.size(), signer.sk.data());
    return sig;
}

bool verify(SignContext ctx, ByteView message, const Signature& sig, const SignPublicKey& pk) {
    detail::ensure_init();
    Bytes m = signed_message(ctx, message);
    return crypto_sign_verify_detached(sig.data(), m.data(), m.size(), pk.data()) == 0;
}

Bytes make_signed_file(SignContext ctx, ByteView payload, const SignKeyPair& signer) {
    const std::string_view name = context_name(ctx);
    if (payload.size > UINT32_MAX) detail::misuse("make_signed_file: payload over 4 GiB");
    Bytes out;
    out.reserve(4 + 2 + name.size() + kKeyIdBytes + 4 + payload.size + kSignatureBytes);
    append(out, std::string_view(kFileMagic, 4));
    out.push_back(kFileVersion);
    out.push_back(static_cast<uint8_t>(name.size()));
    append(out, name);
    append(out, signer.id());
    put_u32le(out, static_cast<uint32_t>(payload.size));
    append(out, payload);
    Signature sig = sign(ctx, out, signer);
    append(out, sig);
    return out;
}

namespace {
// Parses the container; `body_len` = bytes covered by the signature.
Result<SignedFileView> parse_impl(ByteView file, size_t& body_len) {
    constexpr size_t kMinBytes = 4 + 1 + 1 + kKeyIdBytes + 4 + kSignatureBytes;
    if (file.size < 4 || std::memcmp(file.data, kFileMagic, 4) != 0)
        return Error{Errc::bad_format, "not a signed file (magic is not SKSF)"};
    if (file.size < kMinBytes)
        return Error{Errc::bad_format,
                     "signed file is truncated (" + std::to_string(file.size) + " bytes)"};
    if (file.data[4] != kFileVersion)
        return Error{Errc::unsupported_version, "signed file version " +
                                                    std::to_string(file.data[4]) +
                                                    " is not supported (expected 1)"};
    const size_t name_len = file.data[5];
    if (file.size < kMinBytes + name_len)
        return Error{Errc::bad_format,
                     "signed file is truncated (" + std::to_string(file.size) + " bytes)"};
    const std::string_view name(reinterpret_cast<const char*>(file.data + 6), name_len);
    auto ctx = context_from_name(name);
    if (!ctx.ok()) return ctx.error();
    SignedFileView out;
    out.context = *ctx;
    size_t at = 6 + name_len;
    std::copy_n(file.data + at, kKeyIdBytes, out.signer.begin());
    at += kKeyIdBytes;
    const uint64_t payload_len = get_u32le(file.data + at);
    at += 4;
    const uint64_t expected = at + payload_len + kSignatureBytes;
    if (file.size != expected)
        return Error{Errc::bad_format, "signed file is " + std::to_string(file.size) +
                                           " bytes, its header says " + std::to_string(expected)};
    out.payload = file.sub(at, static_cast<size_t>(payload_len));
    body_len = at + static_cast<size_t>(payload_len);
    return out;
}

Result<SignedFile> owned(const Result<SignedFileView>& v) {
    if (!v.ok()) return v.error();
    return SignedFile{v->context, v->signer, v->payload.to_bytes()};
}
}  // namespace

Result<SignedFileView> parse_signed_file_view(ByteView file) {
    size_t body_len = 0;
    return parse_impl(file, body_len);
}

Result<SignedFile> parse_signed_file(ByteView file) {
    return owned(parse_signed_file_view(file));
}

Result<SignedFile> open_signed_file(ByteView file, SignContext expected, const SignPublicKey& pk) {
    return owned(open_signed_file_view(file, expected, pk));
}

Result<SignedFileView> open_signed_file_view(ByteView file, SignContext expected,
                                             const SignPublicKey& pk) {
    size_t body_len = 0;
    auto parsed = parse_impl(file, body_len);
    if (!parsed.ok()) return parsed.error();
    if (parsed->context != expected)
        return Error{Errc::bad_format, "signed for '" + std::string(context_name(parsed->context)) +
                                           "', expected '" + std::string(context_name(expected)) +
                                           "'"};
    const KeyId want = key_id_of(pk);
    if (parsed->signer != want)
        return Error{Errc::bad_signature,
                     "signed by key " + to_hex(parsed->signer) + ", expected " + to_hex(want)};
    Signature sig{};
    std::copy_n(file.data + body_len, kSignatureBytes, sig.begin());
    if (!verify(expected, file.sub(0, body_len), sig, pk))
        return Error{Errc::bad_signature, "signature does not verify (file altered or forged)"};
    return parsed;
}

}  // namespace sk::crypto
