// Raw SQLCipher baselines for the benchmarks (bench/): the same database settings as the
// stores (raw key, 4 KiB cipher pages, WAL, synchronous=FULL) with none of the store's logic,
// so a benchmark can print "store cost / raw cost". Lives here because only storage/ runs SQL.
#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

#include "sk/bytes.hpp"
#include "sk/result.hpp"

namespace sk::storage {

// Inserts `rows` rows of `payload_bytes` random bytes into a fresh database at `path`, one
// durable transaction per row, and returns each commit's latency in microseconds. With
// `checkpoint_each`, each commit is followed by a WAL checkpoint+truncate inside the timing (what
// KioskStore::insert_record does so the WAL keeps no order of submissions).
Result<std::vector<double>> raw_durable_commits(const std::filesystem::path& path, size_t rows,
                                                size_t payload_bytes, bool checkpoint_each = false);

// The read part of the export baseline (issue 17): opens the kiosk database at `db_path`
// with its key file beside it (`<db>.key`) through bare sqlite3 calls (open, key, 4 KiB
// cipher pages, one SELECT) and returns every `sealed_records` envelope, in the table's key
// order, with none of the store's checks or statement wrappers.
Result<std::vector<Bytes>> raw_read_envelopes(const std::filesystem::path& db_path);

}  // namespace sk::storage
