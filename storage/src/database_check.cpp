// Whole-database checks used after a crash and by tests: SQLite's integrity check and a
// content hash that says whether anything at all changed.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "sk/storage/sql/database.hpp"
#include "sqlite.hpp"
#include "sqlite_error.hpp"

namespace sk::storage::sql {

namespace {

// integrity_check stops after this many problems; a few are enough to diagnose.
constexpr int kMaxIntegrityProblems = 10;

// One chaining step: state = H(state || tag || H(value)).
void absorb(crypto::Hash& state, uint8_t tag, ByteView value) {
    const crypto::Hash v = crypto::hash(value);
    uint8_t buf[crypto::kHashBytes * 2 + 1];
    std::memcpy(buf, state.data(), state.size());
    buf[crypto::kHashBytes] = tag;
    std::memcpy(buf + crypto::kHashBytes + 1, v.data(), v.size());
    state = crypto::hash(ByteView(buf, sizeof buf));
}

void absorb_int(crypto::Hash& state, uint8_t tag, int64_t v) {
    uint8_t le[8];
    for (int i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(static_cast<uint64_t>(v) >> (8 * i));
    absorb(state, tag, ByteView(le, sizeof le));
}

std::string quoted(const std::string& name) {
    std::string q = "\"";
    for (char c : name) q += (c == '"') ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

Result<std::vector<std::string>> table_names(Database& db) {
    auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                         "listing tables");
    if (!st) return st.error();
    std::vector<std::string> names;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        names.push_back(st->column_text(0));
    }
    return names;
}

// Every value of one table, in scan order, folded into `state`. Raw API: the column count and
// types are only known at run time.
Result<void> absorb_table(sqlite3* db, const std::string& table, crypto::Hash& state) {
    const std::string sql = "SELECT * FROM " + quoted(table);
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
    if (rc != SQLITE_OK) return sqlite_error(db, rc, "hashing the database");
    const int cols = sqlite3_column_count(st);
    absorb(state, 't', ByteView(reinterpret_cast<const uint8_t*>(table.data()), table.size()));
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        absorb_int(state, 'r', cols);
        for (int c = 0; c < cols; ++c) {
            const int type = sqlite3_column_type(st, c);
            if (type == SQLITE_INTEGER) {
                absorb_int(state, 'i', sqlite3_column_int64(st, c));
            } else if (type == SQLITE_FLOAT) {
                const double d = sqlite3_column_double(st, c);
                absorb(state, 'f', ByteView(reinterpret_cast<const uint8_t*>(&d), sizeof d));
            } else if (type == SQLITE_NULL) {
                absorb(state, 'n', ByteView());
            } else {
                const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(st, c));
                const auto n = static_cast<size_t>(sqlite3_column_bytes(st, c));
                absorb(state, type == SQLITE_TEXT ? 's' : 'b', ByteView(p, n));
            }
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return sqlite_error(db, rc, "hashing the database");
    return ok();
}

}  // namespace

Result<void> Database::check_integrity() {
    auto st = prepare("PRAGMA integrity_check(" + std::to_string(kMaxIntegrityProblems) + ")",
                      "checking database integrity");
    if (!st) return st.error();
    std::vector<std::string> lines;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();  // a page that does not decrypt ends up here
        if (!row.value()) break;
        lines.push_back(st->column_text(0));
    }
    if (lines.size() == 1 && lines[0] == "ok") return ok();
    std::string msg = path_.string() + " failed its integrity check:";
    for (const auto& l : lines) msg += " " + l + ";";
    return Error{Errc::db_error, msg};
}

Result<crypto::Hash> Database::content_hash() {
    auto names = table_names(*this);
    if (!names) return names.error();
    crypto::Hash state{};
    for (const auto& t : names.value()) SK_TRY(absorb_table(db_, t, state));
    return state;
}

}  // namespace sk::storage::sql
