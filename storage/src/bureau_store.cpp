// BureauStore: opening, kiosks, surveys, counters and retired keys. Batches and records are
// in bureau_store_batches.cpp, the tip ledger in bureau_store_tips.cpp.
#include "sk/storage/bureau_store.hpp"

#include "bureau_schema.hpp"
#include "bureau_store_impl.hpp"
#include "sk/storage/sql/bureau_db.hpp"
#include "sk/storage/sql/transaction.hpp"

namespace sk::storage {

using sql::Database;
using sql::Transaction;

namespace detail {

BureauKiosk kiosk_from_row(const Statement& st) {
    BureauKiosk k;
    k.id = st.column_int(0);
    k.key_id = column_array<crypto::kKeyIdBytes>(st, 1);
    k.pk = column_array<crypto::kSignPublicKeyBytes>(st, 2);
    k.name = st.column_text(3);
    k.added_at = st.column_text(4);
    return k;
}

}  // namespace detail

sql::Database& sql::bureau_database(BureauStore& s) {
    return s.impl_->db;
}

BureauStore::BureauStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
BureauStore::~BureauStore() = default;
BureauStore::BureauStore(BureauStore&&) noexcept = default;
BureauStore& BureauStore::operator=(BureauStore&&) noexcept = default;

namespace {
constexpr int kBureauCacheKib = 64 * 1024;
}  // namespace

Result<BureauStore> BureauStore::open(const std::filesystem::path& path, ByteView key32,
                                      bool create, const std::vector<SchemaStep>& later) {
    sql::OpenOptions opt;
    opt.create = create;
    opt.max_schema_version = later.empty() ? kBureauBaseSchemaVersion : later.back().version;
    // The bureau workstation has memory to spare, and an import inserts into indexes keyed by
    // random ids (record ids, receipt lookups): with SQLite's 2 MiB cache nearly every insert
    // missed and decrypted pages again, and a batch's commit grew with the store.
    opt.cache_kib = kBureauCacheKib;
    auto db = Database::open_encrypted(path, key32, opt);
    if (!db) {
        Error e = db.error();
        if (e.code == Errc::db_wrong_key) {
            e.message = "the bureau key does not open " + path.string() +
                        " (a database of another bureau key set?); the file was not changed";
        }
        return e;
    }
    SK_TRY(detail::migrate_bureau_schema(db.value(), later));
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(db.value());
    return BureauStore(std::move(impl));
}

Result<BureauKiosk> BureauStore::rename_kiosk(int64_t kiosk_row, std::string_view name) {
    auto current = kiosk_by_id(kiosk_row);
    if (!current) return current.error();
    if (!current.value())
        return Error{Errc::not_found, "no kiosk row " + std::to_string(kiosk_row)};
    auto same_name =
        impl_->db.prepare("SELECT count(*) FROM kiosks WHERE name = ? AND id <> ?", "checking");
    if (!same_name) return same_name.error();
    same_name->bind(1, name).bind(2, kiosk_row);
    auto row = same_name->step();
    if (!row) return row.error();
    if (same_name->column_int(0) != 0)
        return Error{Errc::already_exists,
                     "a kiosk named \"" + std::string(name) + "\" is already registered"};
    auto st = impl_->db.prepare("UPDATE kiosks SET name = ? WHERE id = ?", "renaming a kiosk");
    if (!st) return st.error();
    st->bind(1, name).bind(2, kiosk_row);
    SK_TRY(st->run());
    auto k = kiosk_by_id(kiosk_row);
    if (!k) return k.error();
    if (!k.value()) return Error{Errc::internal, "kiosk vanished after renaming"};
    return *k.value();
}

Result<BureauKiosk> BureauStore::add_kiosk(const crypto::SignPublicKey& pk, std::string_view name,
                                           std::string_view now) {
    const crypto::KeyId id = crypto::key_id_of(pk);
    auto existing = find_kiosk(id);
    if (!existing) return existing.error();
    if (existing.value()) {
        return Error{Errc::already_exists, "kiosk key " + to_hex(id) +
                                               " is already registered as \"" +
                                               existing.value()->name + "\""};
    }
    auto same_name = impl_->db.prepare("SELECT count(*) FROM kiosks WHERE name = ?", "checking");
    if (!same_name) return same_name.error();
    same_name->bind(1, name);
    auto row = same_name->step();
    if (!row) return row.error();
    if (same_name->column_int(0) != 0) {
        return Error{Errc::already_exists,
                     "a kiosk named \"" + std::string(name) + "\" is already registered"};
    }
    auto st =
        impl_->db.prepare("INSERT INTO kiosks (key_id, pubkey, name, added_at) VALUES (?, ?, ?, ?)",
                          "registering a kiosk");
    if (!st) return st.error();
    st->bind(1, ByteView(id)).bind(2, ByteView(pk)).bind(3, name).bind(4, now);
    SK_TRY(st->run());
    auto k = find_kiosk(id);
    if (!k) return k.error();
    if (!k.value()) return Error{Errc::internal, "kiosk vanished after insert"};
    return *k.value();
}

Result<std::vector<BureauKiosk>> BureauStore::list_kiosks() {
    auto st = impl_->db.prepare(
        "SELECT id, key_id, pubkey, name, added_at FROM kiosks ORDER BY name", "listing kiosks");
    if (!st) return st.error();
    std::vector<BureauKiosk> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(detail::kiosk_from_row(st.value()));
    }
    return out;
}

Result<std::optional<BureauKiosk>> BureauStore::find_kiosk(const crypto::KeyId& key_id) {
    auto st =
        impl_->db.prepare("SELECT id, key_id, pubkey, name, added_at FROM kiosks WHERE key_id = ?",
                          "finding a kiosk");
    if (!st) return st.error();
    st->bind(1, ByteView(key_id));
    auto row = st->step();
    if (!row) return row.error();
    if (row.value()) return std::optional<BureauKiosk>(detail::kiosk_from_row(st.value()));
    // A key the kiosk had before re-provisioning: same row, the old key (ADR 0005).
    auto prev = impl_->db.prepare(
        "SELECT k.id, p.key_id, p.pubkey, k.name, k.added_at FROM kiosk_previous_keys p "
        "JOIN kiosks k ON k.id = p.kiosk_id WHERE p.key_id = ?",
        "finding a previous kiosk key");
    if (!prev) return prev.error();
    prev->bind(1, ByteView(key_id));
    auto prow = prev->step();
    if (!prow) return prow.error();
    if (!prow.value()) return std::optional<BureauKiosk>();
    return std::optional<BureauKiosk>(detail::kiosk_from_row(prev.value()));
}

Result<std::optional<BureauKiosk>> BureauStore::kiosk_by_id(int64_t id) {
    auto st = impl_->db.prepare(
        "SELECT id, key_id, pubkey, name, added_at FROM kiosks WHERE id = ?", "finding a kiosk");
    if (!st) return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<BureauKiosk>();
    return std::optional<BureauKiosk>(detail::kiosk_from_row(st.value()));
}

TableCounts BureauStore::table_counts() {
    TableCounts out;
    for (const char* t : {"kiosks", "batches", "records", "tips", "tip_history", "chain_events",
                          "surveys", "meta", "retired_seal_keys"}) {
        // Table names come from the fixed list above, never from input.
        auto n = impl_->db.query_int(std::string("SELECT count(*) FROM ") + t, "counting rows");
        out[t] = n ? n.value() : -1;
    }
    return out;
}

Result<void> BureauStore::check_integrity() {
    return impl_->db.check_integrity();
}

Result<StoreFingerprint> BureauStore::fingerprint() {
    StoreFingerprint f;
    f.counts = table_counts();
    auto h = impl_->db.content_hash();
    if (!h) return h.error();
    f.content = h.value();
    return f;
}

Result<void> BureauStore::put_survey(std::string_view survey_id, int64_t version,
                                     ByteView definition, std::string_view now) {
    // Same id and version with different content would make old responses ambiguous.
    auto existing = survey(survey_id, version);
    if (!existing) return existing.error();
    if (existing.value()) {
        if (existing.value()->definition == definition.to_bytes()) return ok();
        return Error{Errc::conflict, "survey " + std::string(survey_id) + " version " +
                                         std::to_string(version) +
                                         " is already stored with different content; raise "
                                         "the version"};
    }
    auto st = impl_->db.prepare(
        "INSERT INTO surveys (survey_id, version, definition, added_at) VALUES (?, ?, ?, ?)",
        "storing a survey");
    if (!st) return st.error();
    st->bind(1, survey_id).bind(2, version).bind(3, definition).bind(4, now);
    return st->run();
}

namespace {
StoredSurvey survey_from_row(const sql::Statement& st) {
    StoredSurvey s;
    s.survey_id = st.column_text(0);
    s.version = st.column_int(1);
    s.definition = st.column_blob(2);
    s.added_at = st.column_text(3);
    return s;
}
}  // namespace

Result<std::optional<StoredSurvey>> BureauStore::survey(std::string_view survey_id,
                                                        std::optional<int64_t> version) {
    auto st =
        impl_->db.prepare(version ? "SELECT survey_id, version, definition, added_at FROM surveys "
                                    "WHERE survey_id = ? AND version = ?"
                                  : "SELECT survey_id, version, definition, added_at FROM surveys "
                                    "WHERE survey_id = ? ORDER BY version DESC LIMIT 1",
                          "reading a survey");
    if (!st) return st.error();
    st->bind(1, survey_id);
    if (version) st->bind(2, *version);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<StoredSurvey>();
    return std::optional<StoredSurvey>(survey_from_row(st.value()));
}

Result<std::vector<StoredSurvey>> BureauStore::surveys() {
    auto st = impl_->db.prepare(
        "SELECT survey_id, version, definition, added_at FROM surveys ORDER BY survey_id, version",
        "listing surveys");
    if (!st) return st.error();
    std::vector<StoredSurvey> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        out.push_back(survey_from_row(st.value()));
    }
    return out;
}

Result<int64_t> BureauStore::next_board_version() {
    auto tx = Transaction::begin(impl_->db);
    if (!tx) return tx.error();
    // No UPSERT in SQLCipher 3.4's SQLite (3.15): seed, then bump.
    SK_TRY(
        impl_->db.exec("INSERT OR IGNORE INTO meta (key, value) VALUES ('board_version', 0); "
                       "UPDATE meta SET value = value + 1 WHERE key = 'board_version'",
                       "advancing the board version"));
    auto v = impl_->db.query_int("SELECT value FROM meta WHERE key = 'board_version'",
                                 "reading the board version");
    if (!v) return v.error();
    SK_TRY(tx->commit());
    return v.value();
}

Result<void> BureauStore::add_retired_seal_key(const crypto::SealKeyPair& k, std::string_view now) {
    auto st = impl_->db.prepare(
        "INSERT OR IGNORE INTO retired_seal_keys (key_id, pk, sk, retired_at) "
        "VALUES (?, ?, ?, ?)",
        "keeping a retired seal key");
    if (!st) return st.error();
    const crypto::KeyId id = k.id();
    st->bind(1, ByteView(id)).bind(2, ByteView(k.pk)).bind(3, k.sk.view()).bind(4, now);
    return st->run();
}

Result<std::vector<crypto::SealKeyPair>> BureauStore::retired_seal_keys() {
    auto st = impl_->db.prepare("SELECT pk, sk FROM retired_seal_keys ORDER BY retired_at",
                                "reading retired seal keys");
    if (!st) return st.error();
    std::vector<crypto::SealKeyPair> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        crypto::SealKeyPair k;
        k.pk = detail::column_array<crypto::kSealPublicKeyBytes>(st.value(), 0);
        k.sk = crypto::SecureBuffer(st->column_blob_view(1));
        out.push_back(std::move(k));
    }
    return out;
}

}  // namespace sk::storage
