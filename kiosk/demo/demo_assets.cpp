#include "demo_assets.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "sk/crypto/hash.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::demo {

namespace {

crypto::Hash derive(std::string_view label) {
    std::string s(kDemoSeedText);
    s += label;
    return crypto::hash(s);
}

Result<Bytes> read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Error{Errc::io_error, "cannot read " + p.string()};
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Result<void> write_all(const std::filesystem::path& p, ByteView b) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    if (!out) return Error{Errc::io_error, "cannot write " + p.string()};
    out.write(reinterpret_cast<const char*>(b.data), std::streamsize(b.size));
    if (!out) return Error{Errc::io_error, "cannot write " + p.string()};
    return ok();
}

}  // namespace

crypto::BureauSecretKeys demo_bureau_keys() {
    auto seal_seed = derive("/seal");
    auto sign_seed = derive("/sign");
    crypto::SealKeyPair seal = crypto::seal_keypair_from_seed(seal_seed);
    crypto::SignKeyPair sign = crypto::sign_keypair_from_seed(sign_seed);
    crypto::BureauSecretKeys k;
    k.pub.seal_pk = seal.pk;
    k.pub.sign_pk = sign.pk;
    k.seal_sk = crypto::SecureBuffer(seal.sk.view());
    k.sign_sk = crypto::SecureBuffer(sign.sk.view());
    return k;
}

Result<void> write_demo_assets(const std::filesystem::path& surveys_dir,
                               const std::filesystem::path& out_dir) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    if (ec) return Error{Errc::io_error, "cannot create " + out_dir.string()};
    crypto::BureauSecretKeys k = demo_bureau_keys();

    SK_TRY(write_all(out_dir / "bureau.pub", crypto::encode_bureau_public(k.pub)));
    auto salt = derive("/salt");
    auto nonce = derive("/nonce");
    Bytes sec =
        crypto::encrypt_bureau_secret_with(k, kDemoPassphrase, crypto::pwhash_min(),
                                           ByteView(salt.data(), 16), ByteView(nonce.data(), 24));
    if (sec.empty()) return Error{Errc::crypto_error, "encrypting the demo secret key failed"};
    SK_TRY(write_all(out_dir / "bureau.sec", sec));

    crypto::SignKeyPair signer = crypto::bureau_sign_pair(k);
    std::vector<std::filesystem::path> surveys;
    for (const auto& e : std::filesystem::directory_iterator(surveys_dir, ec))
        if (e.path().extension() == ".json") surveys.push_back(e.path());
    if (ec) return Error{Errc::io_error, "cannot list " + surveys_dir.string()};
    std::sort(surveys.begin(), surveys.end());
    for (const auto& p : surveys) {
        auto json = read_all(p);
        if (!json) return json.error();
        auto bundle = sync::sign_survey_bundle(*json, signer);
        if (!bundle)
            return Error{bundle.error().code,
                         p.filename().string() + ": " + bundle.error().message};
        auto name = p.stem().string() + ".bundle";
        SK_TRY(write_all(out_dir / name, *bundle));
    }
    return ok();
}

}  // namespace sk::demo
