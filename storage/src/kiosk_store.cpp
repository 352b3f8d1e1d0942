// KioskStore: opening, settings, identity, bureau keys and survey bundles.
#include "sk/storage/kiosk_store.hpp"

#include <ctime>
#include <system_error>

#include "key_file.hpp"
#include "kiosk_store_impl.hpp"
#include "schema.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::storage {

namespace fs = std::filesystem;
using detail::in_transaction;

namespace {

constexpr size_t kMaxSettingKey = 128;
constexpr size_t kMaxSettingValue = 64 * 1024;
constexpr size_t kMaxSurveyId = 128;
constexpr size_t kMaxLabel = 128;

bool present(const fs::path& p) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(p, ec));
}

}  // namespace

namespace detail {
Error corrupt_row(std::string_view table) {
    return Error{Errc::db_error, "database row in " + std::string(table) + " is malformed"};
}
}  // namespace detail

int64_t KioskStore::Impl::day_stamp() const {
    const std::time_t t = static_cast<std::time_t>(now());
    std::tm tm{};
    if (::localtime_r(&t, &tm) == nullptr) return t - t % 86400;
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    const std::time_t midnight = std::mktime(&tm);
    return midnight == static_cast<std::time_t>(-1) ? t - t % 86400 : midnight;
}

KioskStore::KioskStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KioskStore::KioskStore(KioskStore&&) noexcept = default;
KioskStore& KioskStore::operator=(KioskStore&&) noexcept = default;
KioskStore::~KioskStore() = default;

fs::path KioskStore::key_path_for(const fs::path& db_path) {
    return fs::path(db_path.string() + ".key");
}

namespace {

// Normal open first; on a full disk (SQLite could not size its "-shm" file), except for the
// kiosk UI, again with the WAL index in this process's memory, which needs no new space.
Result<sql::Database> open_database(const fs::path& db_path, ByteView key32, OpenMode mode) {
    sql::OpenOptions opt{mode != OpenMode::read_only, detail::kKioskSchemaVersion};
    opt.query_only = mode == OpenMode::read_only;
    auto db = sql::Database::open_encrypted(db_path, key32, opt);
    if (db || db.error().code != Errc::disk_full || mode == OpenMode::read_write) return db;
    opt.heap_wal_index = true;
    return sql::Database::open_encrypted(db_path, key32, opt);
}

}  // namespace

Result<KioskStore> KioskStore::open_with_key(const fs::path& db_path, ByteView key32,
                                             OpenMode mode) {
    auto db = open_database(db_path, key32, mode);
    if (!db) return db.error();
    if (mode == OpenMode::read_only) {
        // An older schema must be migrated before this program can read it: that one write
        // is allowed (the kiosk itself would do it at its next start anyway).
        auto v = db->user_version();
        if (!v) return v.error();
        if (v.value() != detail::kKioskSchemaVersion) {
            db.value() = sql::Database();  // close first: a heap-index open locks others out
            db = open_database(db_path, key32, OpenMode::maintenance);
            if (!db) return db.error();
            mode = OpenMode::maintenance;
        }
    }
    auto from = db->user_version();
    if (!from) return from.error();
    auto impl = std::make_unique<Impl>();
    impl->db = std::move(db.value());
    impl->now = [] { return static_cast<int64_t>(std::time(nullptr)); };
    impl->opened_at_version = from.value();
    KioskStore store(std::move(impl));
    // A migration may rebuild a table (schema 7): on a full disk it may spend the reserve
    // rather than leave the kiosk unable to start. A failed step changed nothing.
    auto migrated =
        store.with_reserve([&] { return detail::migrate_kiosk_schema(store.impl_->db); },
                           "disk full: reserve file released for the schema migration");
    if (!migrated) return migrated.error();
    if (from.value() != 0 && from.value() != detail::kKioskSchemaVersion) {
        SK_TRY(store.log_event(EventLevel::info, EventCode::schema_migrated,
                               detail::kKioskSchemaVersion));
        // Old versions kept finer times (version 3: the latest tip's minute); their page
        // images must not outlive the migration in the WAL.
        (void)store.impl_->db.checkpoint_truncate();
    }
    if (mode != OpenMode::read_only) store.make_reserve();
    return store;
}

Result<KioskStore> KioskStore::open(const fs::path& db_path, OpenMode mode) {
    SK_TRY(crypto::init());  // idempotent; the key may have to be generated
    const fs::path key_path = key_path_for(db_path);
    auto key = detail::read_key_file(key_path);
    if (key) return open_with_key(db_path, key->view(), mode);
    if (key.error().code != Errc::not_found) return key.error();
    if (mode == OpenMode::read_only) return key.error();

    // A database (or its WAL) without its key: never mint a new key over it, that would
    // orphan every record still waiting for the bureau.
    if (present(db_path) || present(db_path.string() + "-wal")) {
        return Error{Errc::not_found, "key file " + key_path.string() +
                                          " is missing but database " + db_path.string() +
                                          " exists; restore the key file from backup"};
    }
    crypto::SecureBuffer fresh(sql::kDbKeyBytes);
    crypto::random_bytes(fresh.data(), fresh.size());
    SK_TRY(detail::write_new_key_file(key_path, fresh.view()));
    return open_with_key(db_path, fresh.view());
}

int KioskStore::current_schema_version() {
    return detail::kKioskSchemaVersion;
}

int KioskStore::schema_version() const {
    auto v = impl_->db.user_version();
    return v ? v.value() : -1;
}

int KioskStore::opened_at_schema_version() const {
    return impl_->opened_at_version;
}

void KioskStore::set_clock(std::function<int64_t()> now) {
    if (now) impl_->now = std::move(now);
}

// ---------------------------------------------------------------- settings

Result<std::optional<std::string>> KioskStore::setting(std::string_view key) const {
    auto st = impl_->db.prepare("SELECT value FROM settings WHERE key = ?", "reading a setting");
    if (!st) return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return std::optional<std::string>();
    return std::optional<std::string>(st->column_text(0));
}

Result<void> KioskStore::set_setting(std::string_view key, std::string_view value) {
    if (key.empty() || key.size() > kMaxSettingKey || value.size() > kMaxSettingValue) {
        return Error{Errc::invalid_argument, "setting key or value has an invalid length"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                                    "writing a setting");
        if (!st) return st.error();
        st->bind(1, key).bind(2, value);
        return st->run();
    });
}

Result<void> KioskStore::remove_setting(std::string_view key) {
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare("DELETE FROM settings WHERE key = ?", "removing a setting");
        if (!st) return st.error();
        st->bind(1, key);
        return st->run();
    });
}

// ---------------------------------------------------------------- identity

Result<void> KioskStore::set_identity(const crypto::SecureBuffer& sign_sk) {
    if (sign_sk.size() != crypto::kSignSecretKeyBytes) {
        return Error{Errc::invalid_argument, "kiosk identity must be a 64-byte Ed25519 key"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto n = impl_->db.query_int("SELECT count(*) FROM identity", "reading the identity");
        if (!n) return n.error();
        if (n.value() != 0) {
            return Error{Errc::already_exists, "this kiosk already has an identity"};
        }
        auto st =
            impl_->db.prepare("INSERT INTO identity (id, sign_sk, created_at) VALUES (1, ?, ?)",
                              "writing the identity");
        if (!st) return st.error();
        st->bind(1, sign_sk.view()).bind(2, impl_->day_stamp());
        return st->run();
    });
}

Result<void> KioskStore::replace_identity(const crypto::SecureBuffer& sign_sk) {
    if (sign_sk.size() != crypto::kSignSecretKeyBytes) {
        return Error{Errc::invalid_argument, "kiosk identity must be a 64-byte Ed25519 key"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        SK_TRY(impl_->db.exec("DELETE FROM identity", "removing the old identity"));
        auto st =
            impl_->db.prepare("INSERT INTO identity (id, sign_sk, created_at) VALUES (1, ?, ?)",
                              "writing the identity");
        if (!st) return st.error();
        st->bind(1, sign_sk.view()).bind(2, impl_->day_stamp());
        return st->run();
    });
}

Result<crypto::SecureBuffer> KioskStore::identity() const {
    auto st =
        impl_->db.prepare("SELECT sign_sk FROM identity WHERE id = 1", "reading the identity");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return Error{Errc::not_found, "this kiosk has no identity yet"};
    const ByteView v = st->column_blob_view(0);
    if (v.size != crypto::kSignSecretKeyBytes) return detail::corrupt_row("identity");
    return crypto::SecureBuffer(v);
}

// ---------------------------------------------------------------- bureau keys

Result<void> KioskStore::set_bureau_public(ByteView public_file) {
    if (public_file.size != crypto::kBureauPublicFileBytes) {
        return Error{Errc::invalid_argument, "bureau public key file must be " +
                                                 std::to_string(crypto::kBureauPublicFileBytes) +
                                                 " bytes"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare(
            "INSERT OR REPLACE INTO bureau_key (id, public_file, installed_at) VALUES (1, ?, ?)",
            "writing the bureau key");
        if (!st) return st.error();
        st->bind(1, public_file).bind(2, impl_->day_stamp());
        return st->run();
    });
}

Result<Bytes> KioskStore::bureau_public() const {
    auto st = impl_->db.prepare("SELECT public_file FROM bureau_key WHERE id = 1",
                                "reading the bureau key");
    if (!st) return st.error();
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) return Error{Errc::not_found, "no bureau key is installed"};
    return st->column_blob(0);
}

Result<void> KioskStore::add_extra_recipient(const crypto::SealPublicKey& pk,
                                             std::string_view label) {
    if (label.empty() || label.size() > kMaxLabel) {
        return Error{Errc::invalid_argument, "recipient label must be 1 to 128 bytes"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare("SELECT count(*), sum(seal_pk = ?) FROM extra_recipients",
                                    "reading recipients");
        if (!st) return st.error();
        st->bind(1, ByteView(pk));
        auto row = st->step();
        if (!row) return row.error();
        if (st->column_int(1) != 0) {
            return Error{Errc::already_exists, "this recipient is already installed"};
        }
        // The bureau always takes one of the envelope's recipient slots.
        if (st->column_int(0) >= static_cast<int64_t>(crypto::kMaxRecipients - 1)) {
            return Error{Errc::invalid_argument, "at most " +
                                                     std::to_string(crypto::kMaxRecipients - 1) +
                                                     " extra recipients can be installed"};
        }
        auto ins = impl_->db.prepare(
            "INSERT INTO extra_recipients (seal_pk, label, added_at) VALUES (?, ?, ?)",
            "adding a recipient");
        if (!ins) return ins.error();
        ins->bind(1, ByteView(pk)).bind(2, label).bind(3, impl_->day_stamp());
        return ins->run();
    });
}

Result<void> KioskStore::remove_extra_recipient(const crypto::SealPublicKey& pk) {
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare("DELETE FROM extra_recipients WHERE seal_pk = ?",
                                    "removing a recipient");
        if (!st) return st.error();
        st->bind(1, ByteView(pk));
        SK_TRY(st->run());
        if (st->changes() == 0) return Error{Errc::not_found, "no such recipient is installed"};
        return ok();
    });
}

Result<std::vector<ExtraRecipient>> KioskStore::extra_recipients() const {
    auto st = impl_->db.prepare(
        "SELECT seal_pk, label, added_at FROM extra_recipients ORDER BY added_at, seal_pk",
        "listing recipients");
    if (!st) return st.error();
    std::vector<ExtraRecipient> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        ExtraRecipient r;
        if (!detail::copy_blob(st->column_blob_view(0), r.seal_pk)) {
            return detail::corrupt_row("extra_recipients");
        }
        r.label = st->column_text(1);
        r.added_at = st->column_int(2);
        out.push_back(std::move(r));
    }
    return out;
}

// ---------------------------------------------------------------- survey bundles

Result<void> KioskStore::put_survey_bundle(std::string_view survey_id, uint64_t version,
                                           ByteView signed_bytes,
                                           std::optional<int64_t> expires_at) {
    if (survey_id.empty() || survey_id.size() > kMaxSurveyId || signed_bytes.empty() ||
        version > static_cast<uint64_t>(INT64_MAX)) {
        return Error{Errc::invalid_argument, "survey bundle id, version or bytes are invalid"};
    }
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto cur = impl_->db.prepare(
            "SELECT version, signed_bytes FROM survey_bundles WHERE survey_id = ?",
            "reading a survey bundle");
        if (!cur) return cur.error();
        cur->bind(1, survey_id);
        auto row = cur->step();
        if (!row) return row.error();
        auto cmp = detail::compare_with_installed(*cur, row.value(), version, signed_bytes,
                                                  "survey " + std::string(survey_id));
        if (!cmp) return cmp.error();
        if (cmp.value() == detail::Replace::unchanged) return ok();  // re-import of the same file
        auto st = impl_->db.prepare(
            "INSERT OR REPLACE INTO survey_bundles "
            "(survey_id, version, signed_bytes, installed_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            "installing a survey bundle");
        if (!st) return st.error();
        st->bind(1, survey_id)
            .bind(2, static_cast<int64_t>(version))
            .bind(3, signed_bytes)
            .bind(4, impl_->day_stamp());
        if (expires_at) {
            st->bind(5, *expires_at);
        } else {
            st->bind_null(5);
        }
        return st->run();
    });
}

Result<std::vector<SurveyBundleInfo>> KioskStore::list_survey_bundles() const {
    auto st = impl_->db.prepare(
        "SELECT survey_id, version, installed_at, expires_at FROM survey_bundles "
        "ORDER BY survey_id",
        "listing survey bundles");
    if (!st) return st.error();
    std::vector<SurveyBundleInfo> out;
    for (;;) {
        auto row = st->step();
        if (!row) return row.error();
        if (!row.value()) break;
        SurveyBundleInfo i;
        i.survey_id = st->column_text(0);
        i.version = static_cast<uint64_t>(st->column_int(1));
        i.installed_at = st->column_int(2);
        if (!st->is_null(3)) i.expires_at = st->column_int(3);
        out.push_back(std::move(i));
    }
    return out;
}

Result<SurveyBundle> KioskStore::survey_bundle(std::string_view survey_id) const {
    auto st = impl_->db.prepare(
        "SELECT survey_id, version, installed_at, expires_at, signed_bytes FROM survey_bundles "
        "WHERE survey_id = ?",
        "reading a survey bundle");
    if (!st) return st.error();
    st->bind(1, survey_id);
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) {
        return Error{Errc::not_found, "survey " + std::string(survey_id) + " is not installed"};
    }
    SurveyBundle b;
    b.info.survey_id = st->column_text(0);
    b.info.version = static_cast<uint64_t>(st->column_int(1));
    b.info.installed_at = st->column_int(2);
    if (!st->is_null(3)) b.info.expires_at = st->column_int(3);
    b.signed_bytes = st->column_blob(4);
    return b;
}

Result<void> KioskStore::remove_survey_bundle(std::string_view survey_id) {
    return in_transaction(impl_->db, [&]() -> Result<void> {
        auto st = impl_->db.prepare("DELETE FROM survey_bundles WHERE survey_id = ?",
                                    "removing a survey bundle");
        if (!st) return st.error();
        st->bind(1, survey_id);
        SK_TRY(st->run());
        if (st->changes() == 0) {
            return Error{Errc::not_found, "survey " + std::string(survey_id) + " is not installed"};
        }
        return ok();
    });
}

Result<uint64_t> KioskStore::remove_expired_survey_bundles(int64_t now) {
    return in_transaction(impl_->db, [&]() -> Result<uint64_t> {
        auto st = impl_->db.prepare(
            "DELETE FROM survey_bundles WHERE expires_at IS NOT NULL AND expires_at <= ?",
            "removing expired survey bundles");
        if (!st) return st.error();
        st->bind(1, now);
        SK_TRY(st->run());
        return static_cast<uint64_t>(st->changes());
    });
}

Result<void> KioskStore::checkpoint() {
    return impl_->db.checkpoint_truncate();
}

Result<void> KioskStore::check_integrity() {
    return impl_->db.check_integrity();
}

}  // namespace sk::storage
