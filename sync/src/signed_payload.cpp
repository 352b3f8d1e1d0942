#include "sk/sync/signed_payload.hpp"

#include <string>

namespace sk::sync {

using crypto::SignContext;

bool looks_like_json(ByteView file) {
    size_t i = 0;
    // A UTF-8 byte order mark is what some Windows editors put in front of JSON.
    if (file.size >= 3 && file.data[0] == 0xEF && file.data[1] == 0xBB && file.data[2] == 0xBF)
        i = 3;
    for (; i < file.size; ++i) {
        uint8_t c = file.data[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{';
    }
    return false;
}

namespace {
Result<crypto::SignedFile> owned(const Result<crypto::SignedFileView>& v) {
    if (!v) return v.error();
    return crypto::SignedFile{v->context, v->signer, v->payload.to_bytes()};
}
}  // namespace

Result<crypto::SignedFileView> parse_expected_view(ByteView file, SignContext expected,
                                                   std::string_view what) {
    auto parsed = crypto::parse_signed_file_view(file);
    if (!parsed) {
        if (looks_like_json(file))
            return Error{Errc::bad_format,
                         std::string(what) +
                             " file is unsigned JSON; only files signed by the bureau are "
                             "accepted"};
        return Error{Errc::bad_format, std::string(what) + " file is not a signed file (" +
                                           parsed.error().message + ")"};
    }
    if (parsed->context != expected)
        return Error{Errc::bad_format, "file is a signed '" +
                                           std::string(crypto::context_name(parsed->context)) +
                                           "' file, not a " + std::string(what)};
    return parsed;
}

Result<crypto::SignedFileView> open_expected_view(ByteView file, SignContext expected,
                                                  const crypto::SignPublicKey& pk,
                                                  std::string_view what) {
    auto parsed = parse_expected_view(file, expected, what);
    if (!parsed) return parsed.error();
    const crypto::KeyId want = crypto::key_id_of(pk);
    // Checked before the signature so the message says which key signed, not just "bad".
    if (parsed->signer != want)
        return Error{Errc::wrong_key, std::string(what) + " is signed by key " +
                                          to_hex(parsed->signer) + ", expected key " +
                                          to_hex(want)};
    auto opened = crypto::open_signed_file_view(file, expected, pk);
    if (!opened)
        return Error{opened.error().code, std::string(what) + ": " + opened.error().message};
    return opened;
}

Result<crypto::SignedFile> parse_expected(ByteView file, SignContext expected,
                                          std::string_view what) {
    return owned(parse_expected_view(file, expected, what));
}

Result<crypto::SignedFile> open_expected(ByteView file, SignContext expected,
                                         const crypto::SignPublicKey& pk, std::string_view what) {
    return owned(open_expected_view(file, expected, pk, what));
}

}  // namespace sk::sync
