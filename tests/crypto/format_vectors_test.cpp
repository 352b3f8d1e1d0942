// Checks every crypto test vector in docs/FORMAT.md §1–5, so the spec and the code cannot
// drift. Field values are hex except the text fields named in FORMAT.md ("Test vectors").
#include <catch2/catch.hpp>

#include <cstdlib>

#include "common/format_vectors.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/sign.hpp"
#include "test_util.hpp"

using namespace sk;
using namespace sk::crypto;
using sk::crypto::test::code_of;
using sk::crypto::test::unhex;
using sk::testing::Vector;

namespace {

std::vector<Vector> load(const std::string& prefix, size_t at_least) {
    auto v = sk::testing::load_vectors(prefix);
    INFO("vectors with prefix " << prefix);
    REQUIRE(v.size() >= at_least);  // a deleted section fails here
    return v;
}

template <size_t N>
std::array<uint8_t, N> arr(const Vector& v, const std::string& key) {
    Bytes b = unhex(v.at(key));
    INFO(v.name() << ": " << key);
    REQUIRE(b.size() == N);
    std::array<uint8_t, N> a{};
    std::copy(b.begin(), b.end(), a.begin());
    return a;
}

// `expect` is "ok" or an errc name.
void check_outcome(const Vector& v, Errc got) {
    INFO(v.name() << ": expected " << v.at("expect") << ", got " << errc_name(got));
    CHECK(v.at("expect") == errc_name(got));
}

std::vector<Bytes> split32(const Bytes& b) {
    REQUIRE(b.size() % 32 == 0);
    std::vector<Bytes> out;
    for (size_t i = 0; i < b.size(); i += 32) out.emplace_back(b.begin() + i, b.begin() + i + 32);
    return out;
}

}  // namespace

TEST_CASE("crypto: FORMAT.md §1 key vectors", "[crypto][vectors]") {
    test::setup();
    for (const auto& v : load("keys/", 2)) {
        INFO(v.name());
        Bytes seed = unhex(v.at("seed"));
        if (v.name().rfind("keys/seal/", 0) == 0) {
            auto kp = seal_keypair_from_seed(seed);
            CHECK(to_hex(kp.sk.view()) == v.at("sk"));
            CHECK(to_hex(kp.pk) == v.at("pk"));
            CHECK(to_hex(kp.id()) == v.at("key-id"));
        } else {
            auto kp = sign_keypair_from_seed(seed);
            CHECK(to_hex(kp.sk.view()) == v.at("sk"));
            CHECK(to_hex(kp.pk) == v.at("pk"));
            CHECK(to_hex(kp.id()) == v.at("key-id"));
        }
        CHECK(to_hex(key_id_of(unhex(v.at("pk")))) == v.at("key-id"));
    }
}

TEST_CASE("crypto: FORMAT.md §2 key file vectors", "[crypto][vectors]") {
    test::setup();
    auto vs = load("keyfile/", 7);
    for (const auto& v : vs) {
        INFO(v.name());
        Bytes file = unhex(v.at("file"));
        const std::string& n = v.name();
        if (n.rfind("keyfile/bureau-public/", 0) == 0) {
            auto r = decode_bureau_public(file);
            check_outcome(v, code_of(r));
            if (r.ok()) {
                CHECK(to_hex(r->seal_pk) == v.at("seal-pk"));
                CHECK(to_hex(r->sign_pk) == v.at("sign-pk"));
                CHECK(encode_bureau_public(*r) == file);
            }
        } else if (n.rfind("keyfile/kiosk-public/", 0) == 0) {
            auto r = decode_kiosk_public(file);
            check_outcome(v, code_of(r));
            if (r.ok()) {
                CHECK(to_hex(*r) == v.at("pk"));
                CHECK(encode_kiosk_public(*r) == file);
            }
        } else if (n.rfind("keyfile/bureau-secret/", 0) == 0) {
            auto r = decrypt_bureau_secret(file, v.at("passphrase"));
            check_outcome(v, code_of(r));
            if (!r.ok() || !v.has("seal-seed")) continue;
            auto seal = seal_keypair_from_seed(unhex(v.at("seal-seed")));
            auto sig = sign_keypair_from_seed(unhex(v.at("sign-seed")));
            CHECK(r->pub.seal_pk == seal.pk);
            CHECK(r->pub.sign_pk == sig.pk);
            CHECK(equal_ct(r->seal_sk.view(), seal.sk.view()));
            CHECK(equal_ct(r->sign_sk.view(), sig.sk.view()));
            PwhashCost cost{std::strtoull(v.at("opslimit").c_str(), nullptr, 10),
                            std::strtoull(v.at("memlimit").c_str(), nullptr, 10)};
            CHECK(encrypt_bureau_secret_with(*r, v.at("passphrase"), cost, unhex(v.at("salt")),
                                             unhex(v.at("nonce"))) == file);
        } else {
            FAIL("unknown key file vector " << n);
        }
    }
}

TEST_CASE("crypto: FORMAT.md §3 sealed record vectors", "[crypto][vectors]") {
    test::setup();
    size_t ok = 0, failures = 0;
    for (const auto& v : load("seal/", 9)) {
        INFO(v.name());
        Bytes env = unhex(v.at("envelope"));
        for (const Bytes& seed : split32(unhex(v.at("open-seeds")))) {
            auto kp = seal_keypair_from_seed(seed);
            auto r = open_record(env, kp);
            check_outcome(v, code_of(r));
            if (r.ok()) CHECK(to_hex(r->view()) == v.at("plaintext"));
        }
        if (v.at("expect") != "ok") {
            ++failures;
            continue;
        }
        ++ok;
        // The envelope is reproducible from the documented derivation.
        std::vector<SealPublicKey> pks;
        for (const Bytes& pk : split32(unhex(v.at("recipients")))) {
            SealPublicKey a{};
            std::copy(pk.begin(), pk.end(), a.begin());
            pks.push_back(a);
        }
        const auto kind = static_cast<RecordKind>(std::stoi(v.at("kind"), nullptr, 16));
        const auto id = arr<kRecordIdBytes>(v, "record-id");
        auto again =
            seal_record_deterministic(kind, id, unhex(v.at("plaintext")), pks, unhex(v.at("seed")));
        REQUIRE(again.ok());
        CHECK(to_hex(*again) == v.at("envelope"));
        auto h = peek_sealed_header(env);
        REQUIRE(h.ok());
        CHECK(h->kind == kind);
        CHECK(h->record_id == id);
        CHECK(h->recipients.size() == pks.size());
    }
    CHECK(ok >= 3);
    CHECK(failures >= 5);
}

TEST_CASE("crypto: FORMAT.md §4 signature vectors", "[crypto][vectors]") {
    test::setup();
    for (const auto& v : load("sign/", 8)) {
        INFO(v.name());
        if (!v.has("file")) {
            // A raw signature over sk-sig-v1 || 0 || context || 0 || message.
            auto ctx = context_from_name(v.at("context"));
            REQUIRE(ctx.ok());
            auto sig = arr<kSignatureBytes>(v, "signature");
            bool good = verify(*ctx, unhex(v.at("message")), sig, arr<32>(v, "pk"));
            check_outcome(v, good ? Errc::ok : Errc::bad_signature);
            if (v.has("signer-seed")) {
                auto kp = sign_keypair_from_seed(unhex(v.at("signer-seed")));
                CHECK(to_hex(kp.pk) == v.at("pk"));
                CHECK(to_hex(sign(*ctx, unhex(v.at("message")), kp)) == v.at("signature"));
            }
            continue;
        }
        Bytes file = unhex(v.at("file"));
        auto expected = context_from_name(v.at("open-context"));
        REQUIRE(expected.ok());
        auto r = open_signed_file(file, *expected, arr<32>(v, "open-pk"));
        check_outcome(v, code_of(r));
        if (!r.ok()) continue;
        CHECK(to_hex(r->payload) == v.at("payload"));
        auto kp = sign_keypair_from_seed(unhex(v.at("signer-seed")));
        auto ctx = context_from_name(v.at("context"));
        REQUIRE(ctx.ok());
        CHECK(make_signed_file(*ctx, unhex(v.at("payload")), kp) == file);
    }
}

TEST_CASE("crypto: FORMAT.md §5 receipt vectors", "[crypto][vectors]") {
    test::setup();
    for (const auto& v : load("receipt/", 5)) {
        INFO(v.name());
        if (v.has("data")) {
            const std::string& data = v.at("data");
            const std::string& code = v.at("code");
            CHECK(data + receipt_check_symbol(data) == code);
            CHECK(format_receipt(code) == v.at("display"));
            CHECK(to_hex(receipt_lookup_hash(code, arr<32>(v, "bureau-sign-pk"))) ==
                  v.at("lookup-hash"));
        }
        const std::string typed = v.has("typed") ? v.at("typed") : v.at("display");
        auto r = normalize_receipt(typed);
        check_outcome(v, code_of(r));
        if (r.ok()) CHECK(*r == v.at("code"));
    }
}
