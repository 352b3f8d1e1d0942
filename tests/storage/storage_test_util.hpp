// Helpers shared by the storage tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "sk/bytes.hpp"
#include "sk/storage/kiosk_store.hpp"

#include "../common/temp_dir.hpp"

namespace sk::testing {

// A fresh directory under /tmp, removed with everything in it on destruction.

Bytes read_file(const std::filesystem::path& p);
void write_file(const std::filesystem::path& p, ByteView data, unsigned mode = 0600);

// A record with a fresh random id and an envelope of `size` bytes filled with `fill`.
storage::NewRecord make_tip(storage::Day day = 20240917, size_t size = 600, uint8_t fill = 0x5a);
storage::NewRecord make_response(const std::string& survey_id, storage::Day day = 20240917,
                                 size_t size = 600);

// Opens (creating) a store at dir/kiosk.db with a generated key file; REQUIREs success.
storage::KioskStore open_store(const std::filesystem::path& db);

// Rebuilds the current store's sealed_records as schema 6 and earlier kept it (WITHOUT ROWID,
// the batch_seq column, the day index on day alone), rows unchanged, so a test can set
// user_version back and check the migrations from there. REQUIREs success.
void restore_v6_records_table(storage::KioskStore& store);

}  // namespace sk::testing
