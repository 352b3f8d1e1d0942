// The Admin screen through the bureau core (lead role): users (add with the passphrase typed
// twice, reset, disable, enable, roles) and their refusals; key rotation in two steps; the
// audit viewer (filters, chain check); a role without the right never gets the screen.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "admin_steps.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/storage/sql/bureau_db.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

TEST_CASE("desk admin: add a user; mismatched, short or badly named refused", "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::users);
    Desk& d = *f.desk;
    const size_t before = user_count(d);
    REQUIRE(before >= 2);  // the demo's lead and statistician
    const size_t adds_before = audit_rows(d, "user.add");

    type(d, Field::admin_user, "wang.fang");
    act(d, admin::SetNewUserRole{bureau::Role::handler});
    type(d, Field::admin_passphrase, "correct horse");
    type(d, Field::admin_repeated, "correct horsE");
    act(d, admin::AddUser{});
    CHECK(d.admin().user_error().find("differ") != std::string::npos);
    CHECK(d.message_is_error());
    CHECK(user_count(d) == before);
    CHECK(d.text(Field::admin_passphrase).empty());  // passphrases never linger
    CHECK(d.text(Field::admin_repeated).empty());
    CHECK(d.text(Field::admin_user) == "wang.fang");  // the name stays to correct

    type(d, Field::admin_passphrase, "short");
    type(d, Field::admin_repeated, "short");
    act(d, admin::AddUser{});
    CHECK(d.admin().user_error().find("8") != std::string::npos);
    CHECK(user_count(d) == before);
    CHECK_FALSE(can_unlock(f, "wang.fang", "short"));

    type(d, Field::admin_user, "wang fang");
    type(d, Field::admin_passphrase, "correct horse");
    type(d, Field::admin_repeated, "correct horse");
    act(d, admin::AddUser{});
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK(user_count(d) == before);

    type(d, Field::admin_user, "wang.fang");
    type(d, Field::admin_passphrase, "correct horse");
    type(d, Field::admin_repeated, "correct horse");
    act(d, admin::AddUser{});
    CHECK(d.admin().user_error().empty());
    CHECK_FALSE(d.message_is_error());
    REQUIRE(user_count(d) == before + 1);
    auto it = std::find_if(d.admin().users().begin(), d.admin().users().end(),
                           [](const auto& u) { return u.name == "wang.fang"; });
    REQUIRE(it != d.admin().users().end());
    CHECK(it->role == bureau::Role::handler);
    CHECK(d.text(Field::admin_user).empty());
    CHECK(can_unlock(f, "wang.fang", "correct horse"));

    // A taken name: the core's refusal, nothing added.
    type(d, Field::admin_user, "wang.fang");
    type(d, Field::admin_passphrase, "another one");
    type(d, Field::admin_repeated, "another one");
    act(d, admin::AddUser{});
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK(user_count(d) == before + 1);
    CHECK(can_unlock(f, "wang.fang", "correct horse"));

    act(d, admin::FilterAudit{});
    CHECK(audit_rows(d, "user.add") == adds_before + 1);
}

TEST_CASE("desk admin: reset a passphrase, disable a user, not oneself", "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::users);
    Desk& d = *f.desk;
    type(d, Field::admin_passphrase, "new stats pass");
    type(d, Field::admin_repeated, "new stats pas");
    act(d, admin::ResetPassphrase{kDemoStatsUser});
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK(can_unlock(f, kDemoStatsUser, kDemoStatsPassphrase));

    type(d, Field::admin_passphrase, "new stats pass");
    type(d, Field::admin_repeated, "new stats pass");
    act(d, admin::ResetPassphrase{kDemoStatsUser});
    CHECK(d.admin().user_error().empty());
    CHECK(can_unlock(f, kDemoStatsUser, "new stats pass"));
    CHECK_FALSE(can_unlock(f, kDemoStatsUser, kDemoStatsPassphrase));

    act(d, admin::DisableUser{kDemoUser});  // oneself
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK(can_unlock(f, kDemoUser, kDemoPassphrase));

    act(d, admin::DisableUser{kDemoStatsUser});
    CHECK(d.admin().user_error().empty());
    CHECK_FALSE(can_unlock(f, kDemoStatsUser, "new stats pass"));
    for (const auto& u : d.admin().users()) CHECK(u.disabled == (u.name == kDemoStatsUser));

    // Back with a new passphrase (typed twice); the old one stays dead.
    type(d, Field::admin_passphrase, "stats again");
    type(d, Field::admin_repeated, "stats again!");
    act(d, admin::EnableUser{kDemoStatsUser});
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK_FALSE(can_unlock(f, kDemoStatsUser, "stats again"));
    type(d, Field::admin_passphrase, "stats again");
    type(d, Field::admin_repeated, "stats again");
    act(d, admin::EnableUser{kDemoStatsUser});
    CHECK(d.admin().user_error().empty());
    CHECK(can_unlock(f, kDemoStatsUser, "stats again"));
    CHECK_FALSE(can_unlock(f, kDemoStatsUser, "new stats pass"));
    act(d, admin::EnableUser{kDemoStatsUser});  // not disabled any more
    CHECK_FALSE(d.admin().user_error().empty());
}

TEST_CASE("desk admin: change a role; the last lead keeps theirs", "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::users);
    Desk& d = *f.desk;
    const auto role_of = [&](const std::string& name) {
        for (const auto& u : d.admin().users())
            if (u.name == name) return u.role;
        FAIL("no user " << name);
        return bureau::Role::statistician;
    };
    act(d, admin::ChangeRole{kDemoUser, bureau::Role::handler});
    CHECK_FALSE(d.admin().user_error().empty());
    CHECK(role_of(kDemoUser) == bureau::Role::lead);

    act(d, admin::ChangeRole{kDemoStatsUser, bureau::Role::inspector});
    CHECK(d.admin().user_error().empty());
    CHECK(role_of(kDemoStatsUser) == bureau::Role::inspector);
    auto s = bureau::unlock(f.home, kDemoStatsUser, kDemoStatsPassphrase);
    REQUIRE(s.ok());
    CHECK(s->actor.role == bureau::Role::inspector);

    act(d, admin::ChangeRole{"nobody", bureau::Role::lead});
    CHECK_FALSE(d.admin().user_error().empty());
    act(d, admin::FilterAudit{});
    CHECK(audit_rows(d, "user.role") == 1);
}

TEST_CASE("desk admin: a role without the right never gets the screen", "[desk][admin]") {
    DeskFixture f;
    f.login(kDemoStatsPassphrase, kDemoStatsUser);
    Desk& d = *f.desk;
    CHECK_FALSE(d.can(bureau::Permission::manage_users));
    d.dispatch(intent::Navigate{Screen::admin});
    CHECK(d.screen() != Screen::admin);
    CHECK(d.message_is_error());
    CHECK(d.message().find("权限不足") != std::string::npos);  // the core's refusal
    // Intents sent anyway change nothing.
    type(d, Field::admin_user, "intruder");
    type(d, Field::admin_passphrase, "intruder pass");
    type(d, Field::admin_repeated, "intruder pass");
    act(d, admin::AddUser{});
    CHECK(d.admin().users().empty());
    CHECK_FALSE(can_unlock(f, "intruder", "intruder pass"));
}

TEST_CASE("desk admin: key rotation needs the confirmation and the lead's passphrase",
          "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::keys);
    Desk& d = *f.desk;
    const auto statements = [&] {
        std::error_code ec;
        size_t n = 0;
        for (auto it = fs::directory_iterator(f.home / "rotations", ec);
             !ec && it != fs::directory_iterator(); ++it)
            ++n;
        return n;
    };
    type(d, Field::admin_rotate_passphrase, kDemoPassphrase);
    act(d, admin::RotateKeys{});  // not armed: a stray click does nothing
    CHECK_FALSE(d.admin().rotation_error().empty());
    CHECK_FALSE(d.admin().rotation());
    CHECK(statements() == 0);

    act(d, admin::ArmRotation{});
    CHECK(d.admin().rotation_armed());
    type(d, Field::admin_rotate_passphrase, "not the passphrase");
    act(d, admin::RotateKeys{});
    CHECK_FALSE(d.admin().rotation_error().empty());
    CHECK(d.text(Field::admin_rotate_passphrase).empty());
    CHECK(statements() == 0);
    CHECK(can_unlock(f, kDemoStatsUser, kDemoStatsPassphrase));

    act(d, admin::CancelRotation{});
    CHECK_FALSE(d.admin().rotation_armed());
    act(d, admin::ArmRotation{});
    type(d, Field::admin_rotate_passphrase, kDemoPassphrase);
    act(d, admin::RotateKeys{});
    INFO(d.admin().rotation_error());
    REQUIRE(d.admin().rotation());
    const auto& r = *d.admin().rotation();
    CHECK(r.old_sign != r.new_sign);
    CHECK(r.old_seal != r.new_seal);
    CHECK(fs::exists(r.statement));
    CHECK(statements() == 1);
    CHECK(std::find(r.slots_dropped.begin(), r.slots_dropped.end(), kDemoStatsUser) !=
          r.slots_dropped.end());
    CHECK_FALSE(d.admin().rotation_armed());
    // The session goes on with the new keys; the lead's passphrase opens them.
    d.dispatch(intent::Navigate{Screen::cases});
    CHECK(d.screen() == Screen::cases);
    CHECK(can_unlock(f, kDemoUser, kDemoPassphrase));
}

TEST_CASE("desk admin: the audit viewer filters and verifies the chain; lock wipes it",
          "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::audit);
    Desk& d = *f.desk;
    const size_t all = d.admin().audit().lines().size();
    REQUIRE(all > 0);
    for (size_t i = 1; i < all; ++i)
        CHECK(d.admin().audit().lines()[i - 1].seq > d.admin().audit().lines()[i].seq);

    type(d, Field::admin_audit_actor, "nobody");
    act(d, admin::FilterAudit{});
    CHECK(d.admin().audit().lines().empty());
    type(d, Field::admin_audit_actor, kDemoUser);
    type(d, Field::admin_audit_action, "user.");  // the demo's statistician was added
    act(d, admin::FilterAudit{});
    CHECK_FALSE(d.admin().audit().lines().empty());
    CHECK(d.admin().audit().lines().size() < all);
    for (const auto& l : d.admin().audit().lines()) {
        CHECK(l.actor == kDemoUser);
        CHECK(l.action.rfind("user.", 0) == 0);
        CHECK(l.time.find('T') == std::string::npos);  // local "YYYY-MM-DD HH:MM"
    }

    act(d, admin::VerifyAudit{});
    REQUIRE(d.admin().audit().check());
    CHECK(d.admin().audit().check()->ok);
    CHECK(d.admin().audit().check()->rows == int64_t(all));
    CHECK_FALSE(d.message_is_error());

    d.dispatch(intent::Lock{});
    CHECK(d.admin().audit().lines().empty());
    CHECK_FALSE(d.admin().audit().check());
    CHECK(d.admin().users().empty());
    CHECK(d.text(Field::admin_audit_actor).empty());
}

TEST_CASE("desk admin: verify names the first altered audit row", "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::audit);
    Desk& d = *f.desk;
    {
        // What someone with the store key and raw SQL could do (the test's tamper hook):
        // the append-only triggers dropped, row 2 edited.
        auto s = bureau::unlock(f.home, kDemoUser, kDemoPassphrase);
        REQUIRE(s.ok());
        auto& db = storage::sql::bureau_database(s->store);
        REQUIRE(db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;", "t")
                    .ok());
        REQUIRE(db.exec("UPDATE audit_log SET user = 'someone' WHERE seq = 2", "tampering").ok());
    }
    act(d, admin::VerifyAudit{});
    REQUIRE(d.admin().audit().check());
    CHECK_FALSE(d.admin().audit().check()->ok);
    CHECK(d.admin().audit().check()->first_bad == 2);
    CHECK(d.message_is_error());
    CHECK(d.message() == d.admin().audit().check()->problem);
}
