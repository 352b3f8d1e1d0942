// Generates the crypto test vectors of docs/FORMAT.md §1–5 from fixed seeds.
// Usage: crypto_gen_vectors > out.md, then paste each "## §N" group under its section.
#include <cctype>
#include <cstdio>
#include <string>

#include "sk/crypto/init.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/sign.hpp"

using namespace sk;
using namespace sk::crypto;

namespace {

Bytes fill(uint8_t b, size_t n) {
    return Bytes(n, b);
}

void begin(const std::string& name, const std::string& expect) {
    std::printf("```vector\nname: %s\nexpect: %s\n", name.c_str(), expect.c_str());
}
void end() {
    std::printf("```\n\n");
}
void text(const char* key, const std::string& v) {
    std::printf("%s: %s\n", key, v.c_str());
}
void hex(const char* key, ByteView v) {
    std::string h = to_hex(v);
    if (h.empty()) {
        std::printf("%s:\n", key);  // no trailing space in the markdown
        return;
    }
    if (h.size() <= 64) {
        std::printf("%s: %s\n", key, h.c_str());
        return;
    }
    std::printf("%s:\n", key);
    for (size_t i = 0; i < h.size(); i += 64) std::printf("  %s\n", h.substr(i, 64).c_str());
}

const Bytes kBureauSealSeed = fill(0x11, 32);
const Bytes kBureauSignSeed = fill(0x22, 32);
const Bytes kOfficeSealSeed = fill(0x33, 32);
const Bytes kKioskSignSeed = fill(0x44, 32);
const Bytes kOtherSealSeed = fill(0x55, 32);

BureauSecretKeys bureau() {
    BureauSecretKeys k;
    auto seal = seal_keypair_from_seed(kBureauSealSeed);
    auto sig = sign_keypair_from_seed(kBureauSignSeed);
    k.pub.seal_pk = seal.pk;
    k.pub.sign_pk = sig.pk;
    k.seal_sk = std::move(seal.sk);
    k.sign_sk = std::move(sig.sk);
    return k;
}

void keys() {
    std::printf("## §1\n\n");
    auto s = seal_keypair_from_seed(kBureauSealSeed);
    begin("keys/seal/bureau", "ok");
    hex("seed", kBureauSealSeed);
    hex("sk", s.sk.view());
    hex("pk", s.pk);
    hex("key-id", s.id());
    end();
    auto g = sign_keypair_from_seed(kKioskSignSeed);
    begin("keys/sign/kiosk", "ok");
    hex("seed", kKioskSignSeed);
    hex("sk", g.sk.view());
    hex("pk", g.pk);
    hex("key-id", g.id());
    end();
}

void key_files() {
    std::printf("## §2\n\n");
    BureauSecretKeys k = bureau();
    Bytes pub = encode_bureau_public(k.pub);
    begin("keyfile/bureau-public/ok", "ok");
    hex("seal-pk", k.pub.seal_pk);
    hex("sign-pk", k.pub.sign_pk);
    hex("file", pub);
    end();
    Bytes bad = pub;
    bad[8] ^= 0x01;
    begin("keyfile/bureau-public/fail/id-mismatch", "bad_format");
    hex("file", bad);
    end();

    auto kiosk = sign_keypair_from_seed(kKioskSignSeed);
    begin("keyfile/kiosk-public/ok", "ok");
    hex("pk", kiosk.pk);
    hex("file", encode_kiosk_public(kiosk.pk));
    end();
    Bytes bad_kiosk = encode_kiosk_public(kiosk.pk);
    bad_kiosk[8] ^= 0x01;
    begin("keyfile/kiosk-public/fail/id-mismatch", "bad_format");
    hex("file", bad_kiosk);
    end();

    const std::string pass = "correct horse battery staple";
    const PwhashCost cost = pwhash_min();
    const Bytes salt = fill(0x66, 16), nonce = fill(0x77, 24);
    Bytes sec = encrypt_bureau_secret_with(k, pass, cost, salt, nonce);
    begin("keyfile/bureau-secret/ok", "ok");
    hex("seal-seed", kBureauSealSeed);
    hex("sign-seed", kBureauSignSeed);
    text("passphrase", pass);
    text("opslimit", std::to_string(cost.opslimit));
    text("memlimit", std::to_string(cost.memlimit));
    hex("salt", salt);
    hex("nonce", nonce);
    hex("file", sec);
    end();
    begin("keyfile/bureau-secret/wrong-passphrase", "wrong_passphrase");
    text("passphrase", "correct horse battery stapler");
    hex("file", sec);
    end();
    Bytes altered = sec;
    altered[100] ^= 0x01;
    begin("keyfile/bureau-secret/fail/altered", "wrong_passphrase");
    text("passphrase", pass);
    hex("file", altered);
    end();
    Bytes absurd = sec;
    absurd[16 + 5] = 0x01;  // memlimit += 2^40
    begin("keyfile/bureau-secret/fail/absurd-cost", "bad_format");
    text("passphrase", pass);
    hex("file", absurd);
    end();
}

void seal() {
    std::printf("## §3\n\n");
    auto b = seal_keypair_from_seed(kBureauSealSeed);
    auto o = seal_keypair_from_seed(kOfficeSealSeed);
    RecordId id{};
    for (size_t i = 0; i < id.size(); ++i) id[i] = static_cast<uint8_t>(0xc0 + i);
    // Valid records (docs/SURVEY_FORMAT.md §4-5), though §3 itself treats them as bytes.
    const std::string tip =
        R"({"type":"tip","format":"sk-tip-1","lang":"en","category":"absent_from_post",)"
        R"("subcategory":"","unit":"No. 2 Middle School","person":"","what":"The back gate )"
        R"(lock has been broken since Monday.","since":"","how_often":"","evidence":"",)"
        R"("contact":"","receipt":")" +
        std::string("23456789ABCDEFGHJ") + receipt_check_symbol("23456789ABCDEFGHJ") + R"("})";
    const std::string response =
        R"({"type":"response","format":"sk-response-1","survey":"wellbeing-2026",)"
        R"("survey_version":3,"lang":"zh-CN","answers":{}})";
    const Bytes seed = fill(0xa0, 32);

    Bytes one = seal_record_deterministic(RecordKind::tip, id, tip, {b.pk}, seed).value();
    begin("seal/ok/one-recipient", "ok");
    text("kind", "01");
    hex("record-id", id);
    hex("plaintext", tip);
    hex("seed", seed);
    hex("recipients", b.pk);
    hex("open-seeds", kBureauSealSeed);
    hex("envelope", one);
    end();

    Bytes two = seal_record_deterministic(RecordKind::tip, id, tip, {b.pk, o.pk}, seed).value();
    Bytes both_pks(b.pk.begin(), b.pk.end());
    append(both_pks, o.pk);
    Bytes both_seeds = kBureauSealSeed;
    append(both_seeds, kOfficeSealSeed);
    begin("seal/ok/two-recipients", "ok");
    text("kind", "01");
    hex("record-id", id);
    hex("plaintext", tip);
    hex("seed", seed);
    hex("recipients", both_pks);
    hex("open-seeds", both_seeds);
    hex("envelope", two);
    end();

    Bytes resp =
        seal_record_deterministic(RecordKind::survey_response, id, response, {b.pk}, seed).value();
    begin("seal/ok/survey-response", "ok");
    text("kind", "02");
    hex("record-id", id);
    hex("plaintext", response);
    hex("seed", seed);
    hex("recipients", b.pk);
    hex("open-seeds", kBureauSealSeed);
    hex("envelope", resp);
    end();

    auto fail = [&](const char* name, const char* expect, const Bytes& env, const Bytes& seeds) {
        begin(name, expect);
        hex("open-seeds", seeds);
        hex("envelope", env);
        end();
    };
    Bytes x = one;
    x[x.size() - 100] ^= 0x04;
    fail("seal/fail/flipped-ciphertext", "decrypt_failed", x, kBureauSealSeed);
    x = one;
    x[2] ^= 0x01;  // record id is associated data
    fail("seal/fail/flipped-header", "decrypt_failed", x, kBureauSealSeed);
    x = one;
    x[19 + 8 + 40] ^= 0x80;  // inside the sealed content key
    fail("seal/fail/flipped-sealed-key", "decrypt_failed", x, kBureauSealSeed);
    fail("seal/fail/wrong-key", "wrong_key", one, kOtherSealSeed);
    x = one;
    x.pop_back();
    fail("seal/fail/truncated", "bad_format", x, kBureauSealSeed);
    x = one;
    x[0] = 2;
    fail("seal/fail/bad-version", "unsupported_version", x, kBureauSealSeed);
}

void sign() {
    std::printf("## §4\n\n");
    auto kiosk = sign_keypair_from_seed(kKioskSignSeed);
    auto bur = sign_keypair_from_seed(kBureauSignSeed);
    const std::string msg = "batch 42";
    Signature sig = sk::crypto::sign(SignContext::batch, msg, kiosk);
    begin("sign/ok/raw", "ok");
    hex("signer-seed", kKioskSignSeed);
    hex("pk", kiosk.pk);
    text("context", "batch");
    hex("message", msg);
    hex("signature", sig);
    end();
    begin("sign/fail/raw-other-context", "bad_signature");
    hex("pk", kiosk.pk);
    text("context", "ack");
    hex("message", msg);
    hex("signature", sig);
    end();

    const std::string payload = R"({"batch":42})";
    Bytes file = make_signed_file(SignContext::batch, payload, kiosk);
    begin("sign/ok/file", "ok");
    hex("signer-seed", kKioskSignSeed);
    text("context", "batch");
    hex("payload", payload);
    hex("open-pk", kiosk.pk);
    text("open-context", "batch");
    hex("file", file);
    end();
    auto fail = [&](const char* name, const char* expect, const Bytes& f, const SignPublicKey& pk,
                    const char* ctx) {
        begin(name, expect);
        hex("open-pk", pk);
        text("open-context", ctx);
        hex("file", f);
        end();
    };
    Bytes ackf = make_signed_file(SignContext::ack, payload, kiosk);
    fail("sign/fail/wrong-context", "bad_format", ackf, kiosk.pk, "batch");
    Bytes x = file;
    x[x.size() - 70] ^= 0x01;
    fail("sign/fail/bad-signature", "bad_signature", x, kiosk.pk, "batch");
    fail("sign/fail/wrong-signer", "bad_signature", file, bur.pk, "batch");
    x = file;
    x[4] = 2;
    fail("sign/fail/bad-version", "unsupported_version", x, kiosk.pk, "batch");
    x = file;
    x.pop_back();
    fail("sign/fail/truncated", "bad_format", x, kiosk.pk, "batch");
}

void receipt() {
    std::printf("## §5\n\n");
    auto bur = sign_keypair_from_seed(kBureauSignSeed);
    const std::string data = "7KQM4TXH29PBRCWE5";
    const std::string code = data + receipt_check_symbol(data);
    begin("receipt/ok", "ok");
    text("data", data);
    text("code", code);
    text("display", format_receipt(code));
    hex("bureau-sign-pk", bur.pk);
    hex("lookup-hash", receipt_lookup_hash(code, bur.pk));
    end();
    std::string typed = format_receipt(code);
    for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    begin("receipt/ok/typed", "ok");
    text("typed", typed.substr(0, 7) + " " + typed.substr(8));
    text("code", code);
    end();
    std::string wrong = format_receipt(code);
    wrong[4] = wrong[4] == 'A' ? 'B' : 'A';
    begin("receipt/fail/check", "bad_format");
    text("typed", wrong);
    end();
    std::string o = format_receipt(code);
    o[0] = 'O';
    begin("receipt/fail/symbol", "bad_format");
    text("typed", o);
    end();
    begin("receipt/fail/length", "bad_format");
    text("typed", format_receipt(code).substr(0, 22));
    end();
}

}  // namespace

int main() {
    if (!init().ok()) return 1;
    keys();
    key_files();
    seal();
    sign();
    receipt();
    return 0;
}
