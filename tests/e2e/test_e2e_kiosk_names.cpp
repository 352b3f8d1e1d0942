// Kiosk names through the real `bureau` CLI (issue 12, item 10): refused at every entry unless
// plain text of 1-64 characters; a name stored before that rule (any bytes) neither breaks
// `kiosk list` (table or JSON) nor reaches the terminal raw, and `kiosk rename` fixes it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "e2e_env.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/keys.hpp"

using namespace sk::e2e;
using nlohmann::json;

TEST_CASE("e2e: kiosk names are plain text at every entry; stored junk cannot break listing",
          "[e2e][names]") {
    REQUIRE(sk::crypto::init().ok());
    Env env("names");
    env.make_bureau();
    const auto data = env.make_kiosk("a", false);
    const std::string pub = q(data / "kiosk.pub");
    const std::string bad_names[] = {
        "a\x1b[31mb",              // ESC: a terminal escape
        "line\nbreak",             // a second line in every listing
        std::string(100000, 'x'),  // 100 KB
        "\xff\xfe not UTF-8",
        "invoice\xe2\x80\xaetxt.exe",  // U+202E RIGHT-TO-LEFT OVERRIDE
        "bell\x07",
        "   ",
    };
    for (const auto& bad : bad_names) {
        Run r = env.bureau("kiosk add --pubkey " + pub + " --name " + q(bad));
        CHECK(r.code != 0);
        CHECK(r.err.find("kiosk name") != std::string::npos);
    }
    Run prov = env.bureau("provision --kiosk-name " + q(std::string("bell\x07")) + " --out " +
                          q(env.root() / "stick"));
    CHECK(prov.code != 0);
    CHECK_FALSE(std::filesystem::exists(env.root() / "stick" / "kiosk-settings.skprov"));
    CHECK(json::parse(env.bureau("kiosk list --json").out).empty());

    std::string long_cn;  // 64 characters, 192 bytes: the limit is in characters
    for (int i = 0; i < 64; ++i) long_cn += "校";
    REQUIRE(env.bureau("kiosk add --pubkey " + pub + " --name " + q(long_cn)).code == 0);
    CHECK(env.bureau("kiosk add --pubkey " + pub + " --name " + q(long_cn + "校")).code != 0);

    // A kiosk registered before names were checked: any bytes in the store.
    const std::string junk = "old\xff\x1b[2Jname\n";
    {
        auto s = sk::bureau::unlock(env.bureau_home(), "correct horse battery staple");
        REQUIRE(s.ok());
        const auto kp = sk::crypto::generate_sign_keypair();
        REQUIRE(s->store.add_kiosk(kp.pk, junk, "2026-01-01T00:00:00Z").ok());
    }
    Run lj = env.bureau("kiosk list --json");
    REQUIRE(lj.code == 0);
    const json arr = json::parse(lj.out);
    REQUIRE(arr.size() == 2);
    std::string junk_id;
    for (const auto& k : arr)
        if (k["name"] != long_cn) junk_id = k["id"].get<std::string>();
    REQUIRE_FALSE(junk_id.empty());
    Run lt = env.bureau("kiosk list");
    CHECK(lt.code == 0);
    CHECK(lt.out.find('\x1b') == std::string::npos);
    CHECK(lt.out.find("old\\xff\\x1b[2Jname\\x0a") != std::string::npos);

    // rename: by key id (the junk cannot be typed), to a valid name that is not taken.
    CHECK(env.bureau("kiosk rename " + junk_id + " " + q(std::string("a\nb"))).code != 0);
    CHECK(env.bureau("kiosk rename " + junk_id + " " + q(long_cn)).code != 0);  // taken
    Run rn = env.bureau("kiosk rename " + junk_id + " " + q(std::string("城关第一小学")));
    CHECK(rn.code == 0);
    CHECK(rn.out.find('\x1b') == std::string::npos);
    CHECK(env.bureau("kiosk rename 城关第一小学 " + q(std::string("城关第二小学"))).code ==
          0);  // by name
    const json after = json::parse(env.bureau("kiosk list --json").out);
    std::vector<std::string> names;
    for (const auto& k : after) names.push_back(k["name"].get<std::string>());
    std::vector<std::string> expected{long_cn, "城关第二小学"};
    std::sort(names.begin(), names.end());
    std::sort(expected.begin(), expected.end());
    CHECK(names == expected);
}

TEST_CASE("e2e: global options after the subcommand; a CRLF passphrase file", "[e2e]") {
    Env env("globals");
    env.make_bureau();
    std::ofstream(env.root() / "crlf") << "correct horse battery staple\r\n";
    Run after = env.sh(q(std::string(SK_BUREAU_EXE)) + " kiosk list --json --dir " +
                       q(env.bureau_home()) + " --passphrase-file " + q(env.root() / "crlf"));
    CHECK(after.code == 0);
    CHECK(after.out == "[]\n");
}
