// Bureau files the kiosk must refuse, one clear line each, while still applying good ones.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "e2e_env.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/survey_bundle.hpp"

using namespace sk::e2e;
using nlohmann::json;

TEST_CASE("e2e: a stick with acks for several kiosks: each applies its own, skips the rest",
          "[e2e]") {
    Env env("foreign-ack");
    env.make_bureau();
    const auto a = env.make_kiosk("a");
    const auto b = env.make_kiosk("b");
    for (const auto& data : {a, b}) {
        REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 2").code == 0);
        const auto usb = env.dir("usb-" + data.filename().string());
        REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(usb)).code == 0);
        REQUIRE(env.bureau("import " + q(usb)).code == 0);
    }
    const auto back = env.dir("back");
    REQUIRE(env.bureau("ack --kiosk " + env.kiosk_id(b) + " --out " + q(back)).code == 0);

    // Only b's ack on the stick: a skips it with a note, exits 0, purges nothing.
    Run r = env.kioskctl("import --data " + q(a) + " --from " + q(back));
    INFO(r.out << r.err);
    CHECK(r.code == 0);
    CHECK(r.out.find("an ack for kiosk " + env.kiosk_id(b) + ", not this one: skipped") !=
          std::string::npos);
    CHECK(r.err.find("refused") == std::string::npos);
    CHECK(env.status(a)["records"]["sealed"] == 2);

    // Both acks on one stick: each kiosk applies its own and skips the other's.
    REQUIRE(env.bureau("ack --kiosk " + env.kiosk_id(a) + " --out " + q(back)).code == 0);
    for (const auto& data : {a, b}) {
        Run ok = env.kioskctl("import --data " + q(data) + " --from " + q(back));
        INFO(ok.out << ok.err);
        CHECK(ok.code == 0);
        CHECK(ok.out.find("ack applied") != std::string::npos);
        CHECK(ok.out.find("not this one: skipped") != std::string::npos);
        CHECK(env.status(data)["records"]["sealed"] == 0);
    }

    // A forged ack naming another kiosk is still refused (exit 1), not skipped.
    const auto forged_dir = env.dir("forged");
    for (const auto& f : files_in(back)) {
        auto bytes = read_bytes(f);
        bytes[bytes.size() / 2] ^= 0x01;
        write_bytes(forged_dir / f.filename(), bytes);
    }
    Run bad = env.kioskctl("import --data " + q(a) + " --from " + q(forged_dir));
    INFO(bad.out << bad.err);
    CHECK(bad.code != 0);
    CHECK(bad.err.find("refused") != std::string::npos);
}

TEST_CASE("e2e: expired and unsigned survey bundles are refused; installed surveys stay", "[e2e]") {
    REQUIRE(sk::crypto::init());
    Env env("bundles");
    env.make_bureau();
    const auto data = env.make_kiosk("a");
    env.install_surveys(data);

    const auto raw =
        read_bytes(std::string(SK_SOURCE_DIR) + "/assets/surveys/staff-workstyle.json");
    json j = json::parse(raw);
    j["version"] = 2;
    j["expires"] = "2024-01-31";
    const std::string expired_json = j.dump();

    // Sign as the bureau would, with its (first user's) key slot and passphrase.
    auto sec = sk::crypto::decrypt_bureau_secret(
        read_bytes(env.bureau_home() / "slots" / "lead.sec"), "correct horse battery staple");
    REQUIRE(sec);
    auto expired = sk::sync::sign_survey_bundle(sk::ByteView(expired_json),
                                                sk::crypto::bureau_sign_pair(*sec));
    REQUIRE(expired);

    const auto in = env.dir("in");
    write_bytes(in / "expired.sksurvey", *expired);
    j["expires"] = "2099-12-31";
    const std::string unsigned_json = j.dump();
    write_bytes(in / "unsigned.json", {unsigned_json.begin(), unsigned_json.end()});

    Run r = env.kioskctl("import --data " + q(data) + " --from " + q(in));
    INFO(r.out << r.err);
    CHECK(r.code != 0);
    CHECK(r.err.find("expired.sksurvey: refused") != std::string::npos);
    CHECK(r.err.find("expired") != std::string::npos);
    CHECK(r.err.find("unsigned.json: refused") != std::string::npos);

    const json st = env.status(data);
    REQUIRE(st["surveys"].size() == 2);
    for (const auto& s : st["surveys"]) CHECK(s["version"] == 1);
}
