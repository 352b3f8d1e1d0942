#include "sk/bureau/bureau_home.hpp"

#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/key_rotation.hpp"
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
                                        crypto::PwhashCost cost) {
    SK_TRY(crypto::init());
    if (passphrase.size() < 8) {
        return Error{Errc::invalid_argument, "the passphrase must have at least 8 characters"};
    }
    const HomePaths p(dir);
    std::error_code ec;
    for (const fs::path& f : {p.pub, p.sec, p.db}) {
        if (fs::exists(f, ec)) {
            return Error{Errc::already_exists,
                         f.string() + " already exists; refusing to overwrite bureau keys"};
        }
    }
    fs::create_directories(dir, ec);
    if (ec) return Error{Errc::io_error, "cannot create " + dir.string() + ": " + ec.message()};

    crypto::BureauSecretKeys keys = crypto::generate_bureau_keys();
    Bytes sec = crypto::encrypt_bureau_secret(keys, passphrase, cost);
    if (sec.empty()) {
        return Error{Errc::crypto_error, "cannot derive the key-file key (out of memory?)"};
    }
    // The store first: if it cannot be created, no key file is left behind to confuse a retry.
    {
        crypto::SecureBuffer db_key = derive_store_key(keys);
        auto store = storage::BureauStore::open(p.db, db_key.view(), true);
        if (!store) return store.error();
    }
    SK_TRY(write_file(p.sec, sec, true, 0600));
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
    SK_TRY(crypto::init());
    const HomePaths p(dir);
    SK_TRY(finish_interrupted_rotation(dir, passphrase));
    auto sec = read_file(p.sec, 4096);
    if (!sec) {
        if (sec.error().code == Errc::not_found) {
            return Error{Errc::not_found, "no bureau key in " + dir.string() +
                                              " (bureau.sec missing; run bureau keygen or "
                                              "pass --dir)"};
        }
        return sec.error();
    }
    auto keys = crypto::decrypt_bureau_secret(sec.value(), passphrase);
    if (!keys) {
        if (keys.error().code == Errc::wrong_passphrase) {
            return Error{Errc::wrong_passphrase,
                         "wrong passphrase for " + p.sec.string() + " (or the file was altered)"};
        }
        return Error{keys.error().code, p.sec.string() + ": " + keys.error().message};
    }
    auto pub = read_public(dir);
    if (pub && !(pub.value() == keys->pub)) {
        return Error{Errc::wrong_key, p.pub.string() + " does not belong to " + p.sec.string()};
    }
    crypto::SecureBuffer db_key = derive_store_key(keys.value());
    auto store = storage::BureauStore::open(p.db, db_key.view(), false);
    if (!store) return store.error();
    return Session{std::move(keys.value()), std::move(store.value())};
}

}  // namespace sk::bureau
