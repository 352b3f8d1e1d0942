// KioskStore's private state and helpers shared by its .cpp files.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "database.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "transaction.hpp"

namespace sk::storage {

struct KioskStore::Impl {
    detail::Database db;
    std::function<int64_t()> now;
    int opened_at_version = 0;
};

namespace detail {

// Runs `body` (returning Result<T>) inside BEGIN IMMEDIATE ... COMMIT; any error rolls back.
template <typename F>
auto in_transaction(Database& db, F&& body) -> decltype(body()) {
    auto tx = Transaction::begin(db);
    if (!tx) return tx.error();
    auto r = body();
    if (!r) return r;  // ~Transaction rolls back
    auto c = tx->commit();
    if (!c) return c.error();
    return r;
}

// Fixed-size blob column into an array; false if the stored size differs.
template <size_t N>
bool copy_blob(ByteView v, std::array<uint8_t, N>& out) {
    if (v.size != N) return false;
    std::copy(v.begin(), v.end(), out.begin());
    return true;
}

Error corrupt_row(std::string_view table);

// Reads rows of (id, kind, survey_id, day, envelope) until done.
Result<std::vector<StoredRecord>> read_records(Statement& st);

// Counter names in the counters table.
constexpr const char* kCounterTips = "submitted.tip";
constexpr const char* kCounterResponses = "submitted.survey_response";
constexpr const char* kCounterLastTip = "flood.last_tip";

}  // namespace detail
}  // namespace sk::storage
