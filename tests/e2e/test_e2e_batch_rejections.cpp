// Batches the bureau must refuse whole, with a one-line reason, leaving its store untouched.
#include <catch2/catch.hpp>

#include <cstring>

#include "e2e_env.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/crypto/init.hpp"

using namespace sk::e2e;

namespace {

// A kiosk with `tips` tips exported as one batch; returns the batch path.
std::filesystem::path one_batch(Env& env, const std::filesystem::path& data, int tips,
                                const std::string& out_name) {
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips " + std::to_string(tips)).code ==
            0);
    const auto out = env.dir(out_name);
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(out)).code == 0);
    auto files = files_in(out);
    REQUIRE(!files.empty());
    return files.back();
}

// Named on the command line, as an operator would retry one file. (In a directory the
// bureau skips files that are not signed batches at all, e.g. a truncated one.)
void expect_rejected(Env& env, const std::filesystem::path& file, const std::string& why) {
    const auto copy = env.dir("bad-" + why) / file.filename();
    write_bytes(copy, read_bytes(file));
    Run r = env.bureau("import " + q(copy));
    INFO(why << ": " << r.out << r.err);
    CHECK(r.code != 0);
    CHECK(r.err.find("rejected") != std::string::npos);
    CHECK(env.bureau_tip_count() == 0);
}

}  // namespace

TEST_CASE("e2e: tampered, truncated and foreign batches are rejected whole", "[e2e]") {
    REQUIRE(sk::crypto::init());
    Env env("tamper");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    const auto batch = one_batch(env, data, 4, "usb");
    const auto good = read_bytes(batch);
    const auto work = env.dir("work");

    // One flipped byte in the header, in a record, and in the signature.
    for (size_t pos : {size_t(30), good.size() / 2, good.size() - 10}) {
        auto bad = good;
        bad[pos] ^= 0x01;
        const auto p = work / batch.filename();
        write_bytes(p, bad);
        expect_rejected(env, p, "flip" + std::to_string(pos));
    }
    {
        auto cut = good;
        cut.resize(good.size() - 100);
        write_bytes(work / batch.filename(), cut);
        expect_rejected(env, work / batch.filename(), "truncated");
    }
    {
        // Same payload (it names kiosk a), re-signed by another key under a's key id.
        auto sf = sk::crypto::parse_signed_file(good);
        REQUIRE(sf);
        auto other = sk::crypto::generate_sign_keypair();
        auto forged =
            sk::crypto::make_signed_file(sk::crypto::SignContext::batch, sf->payload, other);
        std::memcpy(forged.data() + 4 + 1 + 1 + 5, sf->signer.data(), sf->signer.size());
        write_bytes(work / batch.filename(), forged);
        expect_rejected(env, work / batch.filename(), "other-key");
    }
    {
        const auto stranger = env.make_kiosk("stranger", /*register_it=*/false);
        expect_rejected(env, one_batch(env, stranger, 2, "usb-stranger"), "unregistered");
    }

    // The store was left untouched: the genuine batch still imports in full.
    Run ok = env.bureau("import " + q(batch));
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK(env.bureau_tip_count() == 4);
}

TEST_CASE("e2e: re-importing adds nothing; a missing seq is reported as a gap", "[e2e]") {
    Env env("gap");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    const auto b1 = one_batch(env, data, 2, "usb1");
    const auto b2 = one_batch(env, data, 3, "usb2");  // usb2 holds seq 1 again and seq 2
    REQUIRE(b1.filename() != b2.filename());

    Run first = env.bureau("import " + q(b2));
    INFO(first.out << first.err);
    CHECK(first.code == 0);
    CHECK(first.out.find("gap") != std::string::npos);
    CHECK(env.bureau_tip_count() == 3);

    Run again = env.bureau("import " + q(b2));
    CHECK(again.code == 0);
    CHECK(again.out.find("already imported") != std::string::npos);
    CHECK(env.bureau_tip_count() == 3);

    Run fill = env.bureau("import " + q(b1));
    INFO(fill.out << fill.err);
    CHECK(fill.code == 0);
    CHECK(env.bureau_tip_count() == 5);
}
