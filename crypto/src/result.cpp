// Stable names of error codes, for logs and test vectors (docs/FORMAT.md `expect:` fields).
#include "sk/result.hpp"

namespace sk {

const char* errc_name(Errc c) {
    switch (c) {
        case Errc::ok:
            return "ok";
        case Errc::invalid_argument:
            return "invalid_argument";
        case Errc::bad_format:
            return "bad_format";
        case Errc::unsupported_version:
            return "unsupported_version";
        case Errc::bad_signature:
            return "bad_signature";
        case Errc::decrypt_failed:
            return "decrypt_failed";
        case Errc::wrong_key:
            return "wrong_key";
        case Errc::wrong_passphrase:
            return "wrong_passphrase";
        case Errc::not_found:
            return "not_found";
        case Errc::already_exists:
            return "already_exists";
        case Errc::io_error:
            return "io_error";
        case Errc::disk_full:
            return "disk_full";
        case Errc::db_error:
            return "db_error";
        case Errc::db_wrong_key:
            return "db_wrong_key";
        case Errc::db_not_a_database:
            return "db_not_a_database";
        case Errc::db_newer_schema:
            return "db_newer_schema";
        case Errc::crypto_error:
            return "crypto_error";
        case Errc::rate_limited:
            return "rate_limited";
        case Errc::locked_out:
            return "locked_out";
        case Errc::conflict:
            return "conflict";
        case Errc::permission_denied:
            return "permission_denied";
        case Errc::internal:
            return "internal";
    }
    return "unknown";
}

}  // namespace sk
