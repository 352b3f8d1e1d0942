// The bureau CLI with several users: --user before or after the command, one-line refusals,
// disable, and the audit log's list and verify.
#include <catch2/catch.hpp>

#include "e2e_env.hpp"

using namespace sk::e2e;

namespace {

// `bureau` as `user` with the passphrase in root/pass-<user>.
Run as(const Env& env, const std::string& user, const std::string& args) {
    return env.sh(q(std::string(SK_BUREAU_EXE)) + " --dir " + q(env.bureau_home()) + " " + args +
                  " --user " + user + " --passphrase-file " + q(env.root() / ("pass-" + user)));
}

bool one_line(const std::string& s) {
    return !s.empty() && s.find('\n') == s.size() - 1;
}

}  // namespace

TEST_CASE("e2e: users, roles and the audit log through the bureau CLI", "[e2e][users]") {
    Env env("users");
    env.make_bureau();
    write_bytes(env.root() / "pass-lead", read_bytes(env.root() / "passphrase"));
    for (const std::string u : {"wang", "li"}) {
        const std::string p = u + "'s passphrase\n";
        write_bytes(env.root() / ("pass-" + u), std::vector<uint8_t>(p.begin(), p.end()));
    }
    // A single user needs no --user (the old invocation).
    REQUIRE(env.bureau("user list").code == 0);
    Run add =
        as(env, "lead",
           "user add wang --role handler --new-passphrase-file " + q(env.root() / "pass-wang"));
    INFO(add.err);
    REQUIRE(add.code == 0);
    REQUIRE(as(env, "lead",
               "user add li --role statistician --new-passphrase-file " + q(env.root() / "pass-li"))
                .code == 0);

    // Several users: the old invocation must name one.
    Run which = env.bureau("tips list");
    CHECK(which.code != 0);
    CHECK(one_line(which.err));
    CHECK(which.err.find("--user") != std::string::npos);

    Run list = as(env, "wang", "user list --format json");
    REQUIRE(list.code == 0);
    auto users = nlohmann::json::parse(list.out);
    REQUIRE(users.size() == 3);
    CHECK(users[1]["name"] == "li");
    CHECK(users[1]["role"] == "statistician");

    // Refusals are one line starting with 权限不足, and change nothing.
    Run tips = as(env, "li", "tips list");
    CHECK(tips.code == 1);
    CHECK(one_line(tips.err));
    CHECK(tips.err.find("权限不足") != std::string::npos);
    Run report = as(env, "li", "report monthly --month 2026-03 --min-group 2");
    CHECK(report.code == 1);
    CHECK(report.err.find("min-group") != std::string::npos);
    CHECK(as(env, "li", "report monthly --month 2026-03").code == 0);
    CHECK(as(env, "wang", "user disable li").code == 1);
    CHECK(as(env, "wang", "audit verify").code == 1);

    // Disabling removes the slot at once.
    REQUIRE(as(env, "lead", "user disable li").code == 0);
    Run gone = as(env, "li", "report monthly --month 2026-03");
    CHECK(gone.code == 1);
    CHECK(gone.err.find("li") != std::string::npos);

    Run audit = as(env, "lead", "audit list --format csv --lang en");
    REQUIRE(audit.code == 0);
    CHECK(audit.out.find("user.add,user,wang") != std::string::npos);
    CHECK(audit.out.find("user.disable,user,li") != std::string::npos);
    Run by = as(env, "lead", "audit list --by wang --format json");
    REQUIRE(by.code == 0);
    CHECK(nlohmann::json::parse(by.out).empty());  // wang changed nothing
    Run bad_since = as(env, "lead", "audit list --since yesterday");
    CHECK(bad_since.code == 1);
    CHECK(one_line(bad_since.err));
    CHECK(as(env, "lead", "audit list --since 2026-03").code == 0);
    // XLSX, read back by a second reader: the same rows as the CSV.
    const auto xlsx = env.root() / "audit.xlsx";
    REQUIRE(as(env, "lead", "audit list --format xlsx --lang en --out " + q(xlsx)).code == 0);
    Run back = env.sh("xlsx2csv " + q(xlsx));
    REQUIRE(back.code == 0);  // 127: xlsx2csv is missing (deploy/setup installs it)
    CHECK(back.out.find("seq,time,user,action") != std::string::npos);
    CHECK(back.out.find("user.add,user,wang") != std::string::npos);
    CHECK(back.out.find("user.disable,user,li") != std::string::npos);
    const auto users_xlsx = env.root() / "users.xlsx";
    REQUIRE(as(env, "lead", "user list --format xlsx --out " + q(users_xlsx)).code == 0);
    Run users_back = env.sh("xlsx2csv " + q(users_xlsx));
    REQUIRE(users_back.code == 0);
    CHECK(users_back.out.find("用户,角色,状态") != std::string::npos);
    CHECK(users_back.out.find("wang,") != std::string::npos);
    CHECK(users_back.out.find("已停用") != std::string::npos);  // li
    Run no_out = as(env, "lead", "user list --format xlsx");
    CHECK(no_out.code == 1);
    CHECK(one_line(no_out.err));
    Run verify = as(env, "lead", "audit verify");
    INFO(verify.err);
    REQUIRE(verify.code == 0);
    CHECK(verify.out.find("head 4:") != std::string::npos);
}

TEST_CASE("e2e: a lead changes a role, re-enables a user, revokes a kiosk", "[e2e][users]") {
    Env env("admin");
    env.make_bureau();
    // A kiosk with a batch waiting (registered while the lead is the only user).
    const auto data = env.make_kiosk("r");
    REQUIRE(env.kioskctl("simulate --data " + q(data) + " --tips 2").code == 0);
    const auto stick = env.dir("stick");
    REQUIRE(env.kioskctl("export --data " + q(data) + " --to " + q(stick)).code == 0);
    write_bytes(env.root() / "pass-lead", read_bytes(env.root() / "passphrase"));
    const std::string p = "wang's passphrase\n";
    write_bytes(env.root() / "pass-wang", std::vector<uint8_t>(p.begin(), p.end()));
    REQUIRE(as(env, "lead",
               "user add wang --role handler --new-passphrase-file " + q(env.root() / "pass-wang"))
                .code == 0);
    CHECK(as(env, "wang", "user role wang --role lead").code == 1);  // not a lead
    Run role = as(env, "lead", "user role wang --role inspector");
    INFO(role.err);
    REQUIRE(role.code == 0);
    CHECK(as(env, "wang", "tips list").code == 0);                      // an inspector reads
    CHECK(as(env, "wang", "status-board --out x").code == 1);           // and changes nothing
    CHECK(as(env, "lead", "user role lead --role handler").code == 1);  // the last lead
    REQUIRE(as(env, "lead", "user disable wang").code == 0);
    CHECK(as(env, "wang", "tips list").code == 1);
    REQUIRE(as(env, "lead", "user enable wang --new-passphrase-file " + q(env.root() / "pass-wang"))
                .code == 0);
    CHECK(as(env, "wang", "tips list").code == 0);

    // The kiosk's batch waits on the stick: revoked, it is refused with the reason.
    Run unconfirmed = as(env, "lead", "kiosk revoke " + q(std::string("school r")));
    CHECK(unconfirmed.code == 1);
    CHECK(unconfirmed.err.find("--yes") != std::string::npos);
    CHECK(as(env, "wang", "kiosk revoke " + q(std::string("school r")) + " --yes").code == 1);
    Run revoke = as(env, "lead", "kiosk revoke " + q(std::string("school r")) + " --yes");
    INFO(revoke.err);
    REQUIRE(revoke.code == 0);
    CHECK(as(env, "lead", "kiosk list").out.find("REVOKED") != std::string::npos);
    Run imp = as(env, "lead", "import " + q(stick));
    CHECK(imp.code != 0);
    CHECK((imp.out + imp.err).find("revoked") != std::string::npos);
    Run audit = as(env, "lead", "audit list --format csv --lang en");
    for (const char* a : {"user.role,user,wang", "user.enable,user,wang", "kiosk.revoke,kiosk"})
        CHECK(audit.out.find(a) != std::string::npos);
    CHECK(as(env, "lead", "audit verify").code == 0);
}
