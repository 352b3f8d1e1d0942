// Private state of BureauStore, shared by its bureau_store*.cpp files.
#pragma once

#include <array>
#include <cstring>
#include <string>

#include "sk/storage/sql/database.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/storage/sql/statement.hpp"

namespace sk::storage {

struct BureauStore::Impl {
    sql::Database db;
};

namespace detail {

using sql::Statement;

// Copies a fixed-size blob column; a wrong length (cannot happen past the CHECKs) gives zeros.
template <size_t N>
std::array<uint8_t, N> column_array(const Statement& st, int col) {
    std::array<uint8_t, N> out{};
    ByteView v = st.column_blob_view(col);
    if (v.size == N) std::memcpy(out.data(), v.data, N);
    return out;
}

// Reads one BureauKiosk from columns (id, key_id, pubkey, name, added_at).
BureauKiosk kiosk_from_row(const Statement& st);

}  // namespace detail
}  // namespace sk::storage
