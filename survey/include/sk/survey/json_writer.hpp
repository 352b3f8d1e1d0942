// A minimal compact-JSON writer whose output lives in a SecureBuffer. Response and tip
// plaintext is written straight into sodium memory: building an nlohmann::json or a
// std::string first would scatter copies of the answers over the ordinary heap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::survey {

class SecureJsonWriter {
  public:
    explicit SecureJsonWriter(size_t initial_capacity = 1024);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view k);  // inside an object, before each value
    // Escapes ", \ and control characters; other UTF-8 is written as is. Returns false
    // (writes nothing, clears ok()) if `s` is not well-formed UTF-8.
    bool string(std::string_view s);
    void integer(int64_t v);
    // Shortest round-trip form. Returns false (clears ok()) for NaN and infinities.
    bool number(double v);
    void boolean(bool v);

    // False once anything was refused (invalid UTF-8, non-finite number, nesting deeper
    // than 16): the document is then not valid JSON and must not be used.
    bool ok() const { return ok_; }
    // The document so far; the writer is left empty. Spare capacity is wiped.
    crypto::SecureBuffer finish();
    size_t size() const { return len_; }

  private:
    void separate();  // comma before a value or key where needed
    void push();      // enter an object or array
    void put(std::string_view s);
    void put(char c);
    void reserve(size_t extra);

    static constexpr size_t kMaxDepth = 16;
    crypto::SecureBuffer buf_;
    size_t len_ = 0;
    size_t depth_ = 0;
    bool first_[kMaxDepth] = {};
    bool after_key_ = false;
    bool ok_ = true;
};

}  // namespace sk::survey
