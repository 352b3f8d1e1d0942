#include "sk/kiosk_sync/kiosk_keys.hpp"

#include <cstring>

#include "sk/crypto/key_files.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/hex_codec.hpp"

namespace sk::kiosk_sync {

Result<crypto::SignKeyPair> load_kiosk_identity(const storage::KioskStore& store) {
    auto sk = store.identity();
    if (!sk) {
        if (sk.error().code == Errc::not_found)
            return Error{Errc::not_found, "kiosk has no identity (run kioskctl init first)"};
        return sk.error();
    }
    if (sk->size() != crypto::kSignSecretKeyBytes)
        return Error{Errc::bad_format, "stored kiosk identity has the wrong size"};
    crypto::SignKeyPair pair;
    // libsodium's Ed25519 secret key is seed || public key.
    std::memcpy(pair.pk.data(), sk->data() + crypto::kSignSeedBytes, crypto::kSignPublicKeyBytes);
    pair.sk = std::move(*sk);
    return pair;
}

Result<crypto::BureauPublicKeys> load_bureau_keys(const storage::KioskStore& store) {
    auto file = store.bureau_public();
    if (!file) {
        if (file.error().code == Errc::not_found)
            return Error{Errc::not_found, "no bureau keys installed (run kioskctl init first)"};
        return file.error();
    }
    return crypto::decode_bureau_public(*file);
}

namespace {
constexpr const char* kPreviousIdsSetting = "kiosk.previous_ids";  // comma-separated hex
}  // namespace

std::vector<crypto::KeyId> previous_kiosk_ids(const storage::KioskStore& store) {
    std::vector<crypto::KeyId> out;
    auto v = store.setting(kPreviousIdsSetting);
    if (!v || !v->has_value()) return out;
    const std::string& s = **v;
    for (size_t pos = 0; pos < s.size();) {
        size_t end = s.find(',', pos);
        if (end == std::string::npos) end = s.size();
        crypto::KeyId id{};
        if (sync::decode_lower_hex(std::string_view(s).substr(pos, end - pos), id))
            out.push_back(id);
        pos = end + 1;
    }
    return out;
}

Result<void> add_previous_kiosk_id(storage::KioskStore& store, const crypto::KeyId& id) {
    auto v = store.setting(kPreviousIdsSetting);
    if (!v) return v.error();
    std::string s = v->value_or("");
    if (!s.empty()) s += ",";
    s += to_hex(id);
    return store.set_setting(kPreviousIdsSetting, s);
}

std::string kiosk_id_hex(const crypto::KeyId& id) {
    return to_hex(id);
}

}  // namespace sk::kiosk_sync
