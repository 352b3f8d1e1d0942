#include "sk/sync/classify.hpp"

#include <string>

#include "sk/sync/signed_payload.hpp"

namespace sk::sync {

Result<crypto::SignContext> classify_file(ByteView file) {
    auto sf = crypto::parse_signed_file(file);
    if (sf) return sf->context;
    if (looks_like_json(file))
        return Error{Errc::bad_format, "file is unsigned JSON, not a signed file"};
    return Error{Errc::bad_format, "file is not a signed file (" + sf.error().message + ")"};
}

}  // namespace sk::sync
