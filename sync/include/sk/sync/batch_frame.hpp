// A batch file split around its records (docs/FORMAT.md §6.4), so a kiosk can keep the few
// bytes around them instead of a second copy of every envelope, and rebuild the identical
// file from the records it still holds for a re-export.
//
// A batch file is `prefix || entries || suffix`: prefix = the signed-file container's head
// and the batch header; entries = each record as u32le length + envelope, in file order;
// suffix = the Ed25519 signature. Rebuilding needs no key: the signature is kept, not redone.
// Pure functions, thread-safe.
#pragma once

#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::sync {

struct BatchFrame {
    Bytes prefix;
    Bytes suffix;
};

// Splits `file` (as build_batch_in_order made it from `envelopes`, in that order) into its
// frame. Errc::invalid_argument if the file is not that batch: sizes or entries differ.
Result<BatchFrame> split_batch_frame(ByteView file, const std::vector<ByteView>& envelopes);

// prefix || entries of `envelopes` (in order) || suffix. The caller checks the result's
// batch_hash against the hash it recorded: a different record set or order cannot match.
Bytes assemble_batch(const BatchFrame& frame, const std::vector<ByteView>& envelopes);

}  // namespace sk::sync
