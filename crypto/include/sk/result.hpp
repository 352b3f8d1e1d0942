// A small expected-style result type shared by every module.
// Errors carry a stable code (for tests and callers that branch) and a one-line
// human message (for the UI and the CLI). Exceptions never cross module edges.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace sk {

enum class Errc {
    ok = 0,
    invalid_argument,
    bad_format,  // input is not what the format says (magic, length, version)
    unsupported_version,
    bad_signature,
    decrypt_failed,  // AEAD / sealed box rejected: tampered, truncated or wrong key
    wrong_key,       // no key we hold matches (key id mismatch, wrong recipient)
    wrong_passphrase,
    not_found,
    already_exists,
    io_error,
    disk_full,
    db_error,
    db_wrong_key,
    db_not_a_database,
    db_newer_schema,
    crypto_error,
    rate_limited,
    locked_out,
    conflict,           // replay, fork, duplicate, out-of-order
    permission_denied,  // the acting user's role may not do this (bureau roles)
    internal,
};

const char* errc_name(Errc c);

struct Error {
    Errc code = Errc::internal;
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
  public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error e) : v_(std::move(e)) {}
    Result(Errc c, std::string msg) : v_(Error{c, std::move(msg)}) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T* operator->() { return &std::get<0>(v_); }
    const T* operator->() const { return &std::get<0>(v_); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(v_); }

  private:
    std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
  public:
    Result() = default;
    Result(Error e) : e_(std::move(e)) {}
    Result(Errc c, std::string msg) : e_(Error{c, std::move(msg)}) {}

    bool ok() const { return !e_.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *e_; }

  private:
    std::optional<Error> e_;
};

inline Result<void> ok() {
    return {};
}

}  // namespace sk

// Propagate an error from an expression returning Result<...>.
#define SK_TRY(expr)                                   \
    do {                                               \
        auto sk_try_r_ = (expr);                       \
        if (!sk_try_r_.ok()) return sk_try_r_.error(); \
    } while (0)
