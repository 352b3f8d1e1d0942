// Opening the signed-file container (docs/FORMAT.md §4) that wraps every sync format.
// crypto/ verifies; this layer adds the checks and messages an operator needs when a
// file arrives on a USB stick: "this is an unsigned JSON file", "this is an ack, not a
// batch", "signed by key X, expected Y".
#pragma once

#include <string_view>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/result.hpp"

namespace sk::sync {

// True if the first non-whitespace byte is '{': someone copied an unsigned JSON file.
bool looks_like_json(ByteView file);

// Parses the container without verifying and checks its context, so a caller can find the
// signer's key by id. Errc::bad_format: not a signed file (or plain JSON), wrong context.
// `what` names the expected file in messages, e.g. "survey bundle".
Result<crypto::SignedFile> parse_expected(ByteView file, crypto::SignContext expected,
                                          std::string_view what);

// parse_expected, then: Errc::wrong_key if the signer key id is not key_id_of(pk);
// the crypto error (Errc::bad_signature, ...) if the signature does not verify.
Result<crypto::SignedFile> open_expected(ByteView file, crypto::SignContext expected,
                                         const crypto::SignPublicKey& pk, std::string_view what);

// The same two without copying the payload (it views into `file`): the batch reader's.
Result<crypto::SignedFileView> parse_expected_view(ByteView file, crypto::SignContext expected,
                                                   std::string_view what);
Result<crypto::SignedFileView> open_expected_view(ByteView file, crypto::SignContext expected,
                                                  const crypto::SignPublicKey& pk,
                                                  std::string_view what);

}  // namespace sk::sync
