#include "sk/bureau/bureau_home.hpp"

#include "home_unlock.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/open.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/user_slots.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/init.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

crypto::SecureBuffer derive_store_key(const crypto::BureauSecretKeys& keys) {
    static constexpr std::string_view kContext = "sk-bureau-db-v1";
    crypto::Hash h = crypto::keyed_hash(keys.seal_sk.view(), kContext);
    crypto::SecureBuffer out{ByteView(h)};
    crypto::wipe(h.data(), h.size());
    return out;
}

Result<crypto::BureauPublicKeys> keygen(const fs::path& dir, std::string_view passphrase,
                                        crypto::PwhashCost cost, std::string_view first_user,
                                        std::string_view now) {
    SK_TRY(crypto::init());
    SK_TRY(store::check_user_name(first_user));
    if (passphrase.size() < 8) {
        return Error{Errc::invalid_argument, "the passphrase must have at least 8 characters"};
    }
    const HomePaths p(dir);
    std::error_code ec;
    for (const fs::path& f : {p.pub, p.sec, p.db, slots_dir(dir)}) {
        if (fs::exists(f, ec)) {
            return Error{Errc::already_exists,
                         f.string() + " already exists; refusing to overwrite bureau keys"};
        }
    }
    fs::create_directories(dir, ec);
    if (ec) return Error{Errc::io_error, "cannot create " + dir.string() + ": " + ec.message()};

    crypto::BureauSecretKeys keys = crypto::generate_bureau_keys();
    const std::string at = now.empty() ? now_rfc3339() : std::string(now);
    // The store first: if it cannot be created, no key file is left behind to confuse a retry.
    {
        crypto::SecureBuffer db_key = derive_store_key(keys);
        auto store = store::open_bureau_store(p.db, db_key.view(), true);
        if (!store) return store.error();
        SK_TRY(detail::add_first_lead(store.value(), first_user, "keygen", at));
    }
    SK_TRY(write_slot(dir, first_user, keys, passphrase, cost, false));
    SK_TRY(write_file(p.pub, crypto::encode_bureau_public(keys.pub), true, 0644));
    return keys.pub;
}

Result<crypto::BureauPublicKeys> read_public(const fs::path& dir) {
    const HomePaths p(dir);
    auto bytes = read_file(p.pub, 4096);
    if (!bytes) return bytes.error();
    auto pub = crypto::decode_bureau_public(bytes.value());
    if (!pub) return Error{pub.error().code, p.pub.string() + ": " + pub.error().message};
    return pub;
}

Result<Session> unlock(const fs::path& dir, std::string_view passphrase) {
    return unlock(dir, {}, passphrase);
}

Result<Session> unlock(const fs::path& dir, std::string_view user, std::string_view passphrase,
                       std::string_view now) {
    SK_TRY(crypto::init());
    const std::string at = now.empty() ? now_rfc3339() : std::string(now);
    auto name = detail::resolve_user(dir, user, passphrase);
    if (!name) return name.error();
    auto keys = detail::open_user_keys(dir, name.value(), passphrase);
    if (!keys) return keys.error();
    crypto::SecureBuffer db_key = derive_store_key(keys.value());
    auto st = store::open_bureau_store(HomePaths(dir).db, db_key.view(), false);
    if (!st) return st.error();
    auto actor = detail::actor_of(dir, st.value(), name.value(), at);
    if (!actor) return actor.error();
    return Session{std::move(keys.value()), std::move(st.value()), std::move(actor.value())};
}

}  // namespace sk::bureau
