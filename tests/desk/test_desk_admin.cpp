// The Admin screen through the bureau core (lead role): users (add with the passphrase typed
// twice, reset, disable) and their refusals; kiosks (register from a key file, rename under
// the name rule); surveys (check, sign and publish); key rotation in two steps; the audit
// viewer (filters, chain check); a role without the right never gets the screen.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>

#include "desk_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/storage/sql/bureau_db.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {

void type(Desk& d, Field f, const std::string& s) {
    std::memset(d.buffer(f), 0, d.capacity(f));
    std::strncpy(d.buffer(f), s.c_str(), d.capacity(f) - 1);
}

void act(Desk& d, AdminIntent i) {
    d.dispatch(intent::Admin{std::move(i)});
}

void open_admin(DeskFixture& f, AdminTab tab) {
    f.login();
    f.desk->dispatch(intent::Navigate{Screen::admin});
    REQUIRE(f.desk->screen() == Screen::admin);
    act(*f.desk, admin::ShowTab{tab});
}

size_t audit_rows(Desk& d, const std::string& action) {
    size_t n = 0;
    for (const auto& l : d.admin().audit().lines()) n += l.action == action;
    return n;
}

size_t user_count(const Desk& d) {
    return d.admin().users().size();
}

bool can_unlock(const DeskFixture& f, const std::string& user, const std::string& pass) {
    return bureau::unlock(f.home, user, pass).ok();
}

// The index of `name` among the Admin browser's entries (the fixture's stick folder).
size_t entry(const Desk& d, const std::string& name) {
    const auto& e = d.admin().browser().entries();
    auto it =
        std::find_if(e.begin(), e.end(), [&](const FolderEntry& x) { return x.name == name; });
    REQUIRE(it != e.end());
    return size_t(it - e.begin());
}

void write(const fs::path& p, const std::string& s) {
    REQUIRE(bureau::write_file(p, ByteView(s), false).ok());
}

}  // namespace

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

TEST_CASE("desk admin: kiosks listed, registered from a key file, renamed by the rule",
          "[desk][admin]") {
    DeskFixture f;
    const auto pk = crypto::generate_sign_keypair().pk;
    const Bytes pub = crypto::encode_kiosk_public(pk);
    REQUIRE(bureau::write_file(f.demo.stick / "kiosk-新城小学.pub", pub, false).ok());
    write(f.demo.stick / "kiosk-broken.pub", "not a key");
    open_admin(f, AdminTab::kiosks);
    Desk& d = *f.desk;
    const size_t before = d.admin().kiosks().size();
    REQUIRE(before > 0);
    for (const auto& k : d.admin().kiosks()) {
        CHECK(k.key_id.size() == 16);
        CHECK((k.batches == 0) == k.last_import.empty());
    }

    act(d, admin::RegisterKiosk{});  // nothing picked yet
    CHECK_FALSE(d.admin().kiosk_error().empty());
    act(d, admin::PickFile{entry(d, "kiosk-broken.pub")});
    act(d, admin::RegisterKiosk{});
    CHECK(d.admin().kiosk_error().find("kiosk-broken.pub") != std::string::npos);
    CHECK(d.admin().kiosks().size() == before);

    act(d, admin::PickFile{entry(d, "kiosk-新城小学.pub")});
    act(d, admin::RegisterKiosk{});  // the name from the file name
    CHECK(d.admin().kiosk_error().empty());
    REQUIRE(d.admin().kiosks().size() == before + 1);
    auto added = std::find_if(d.admin().kiosks().begin(), d.admin().kiosks().end(),
                              [](const KioskRow& k) { return k.name == "新城小学"; });
    REQUIRE(added != d.admin().kiosks().end());
    CHECK(added->key_id == to_hex(crypto::key_id_of(pk)));
    CHECK(added->last_import.empty());
    const int64_t id = added->id;

    act(d, admin::RenameKiosk{});  // none selected
    CHECK_FALSE(d.admin().kiosk_error().empty());
    act(d, admin::SelectKiosk{id});
    CHECK(d.admin().kiosk_error().empty());
    for (const std::string& bad :
         {std::string(), std::string("a\nb"), std::string("evil\u202Etxt.exe"),
          std::string(65, 'x'),
          d.admin().kiosks().front().name == "新城小学" ? d.admin().kiosks().back().name
                                                        : d.admin().kiosks().front().name}) {
        INFO(bad);
        type(d, Field::admin_kiosk_name, bad);
        act(d, admin::RenameKiosk{});
        CHECK_FALSE(d.admin().kiosk_error().empty());
        CHECK(std::count_if(d.admin().kiosks().begin(), d.admin().kiosks().end(),
                            [](const KioskRow& k) { return k.name == "新城小学"; }) == 1);
    }
    type(d, Field::admin_kiosk_name, "城关第九小学");
    act(d, admin::RenameKiosk{});
    CHECK(d.admin().kiosk_error().empty());
    CHECK(std::any_of(d.admin().kiosks().begin(), d.admin().kiosks().end(),
                      [&](const KioskRow& k) { return k.id == id && k.name == "城关第九小学"; }));
    CHECK(d.text(Field::admin_kiosk_name).empty());

    act(d, admin::ShowTab{AdminTab::audit});
    act(d, admin::FilterAudit{});
    CHECK(audit_rows(d, "kiosk.add") >= 1);
    CHECK(audit_rows(d, "kiosk.rename") == 1);
}

TEST_CASE("desk admin: a survey checked (errors listed), signed and published", "[desk][admin]") {
    DeskFixture f;
    auto src = bureau::read_file(source_dir() / "assets" / "surveys" / "staff-workstyle.json");
    REQUIRE(src.ok());
    std::string good(src->begin(), src->end());
    std::string expired = good;
    const auto at = expired.find("\"expires\": \"");
    REQUIRE(at != std::string::npos);
    expired.replace(at + 12, 10, "2020-01-31");
    write(f.demo.stick / "good.json", good);
    write(f.demo.stick / "expired.json", expired);
    write(f.demo.stick / "broken.json", "{\"id\": ");
    open_admin(f, AdminTab::surveys);
    Desk& d = *f.desk;

    act(d, admin::ValidateSurvey{});  // nothing picked
    REQUIRE(d.admin().survey_check());
    CHECK_FALSE(d.admin().survey_check()->ok);

    for (const char* bad : {"expired.json", "broken.json"}) {
        INFO(bad);
        act(d, admin::PickFile{entry(d, bad)});
        act(d, admin::ValidateSurvey{});
        REQUIRE(d.admin().survey_check());
        CHECK_FALSE(d.admin().survey_check()->ok);
        CHECK(d.admin().survey_check()->errors.size() == 1);
        act(d, admin::SignSurvey{});
        CHECK_FALSE(d.admin().published());
        CHECK(d.message_is_error());
    }
    act(d, admin::PickFile{entry(d, "good.json")});
    act(d, admin::ValidateSurvey{});
    REQUIRE(d.admin().survey_check());
    CHECK(d.admin().survey_check()->ok);
    CHECK(d.admin().survey_check()->errors.empty());
    CHECK(d.admin().survey_check()->questions > 0);
    act(d, admin::SignSurvey{});
    REQUIRE(d.admin().published());
    const auto& p = *d.admin().published();
    CHECK(p.id == d.admin().survey_check()->id);
    CHECK(fs::exists(p.outbox_file));
    CHECK(p.outbox_file.parent_path() == f.home / "outbox" / "bundles");
    act(d, admin::ShowTab{AdminTab::audit});
    act(d, admin::FilterAudit{});
    CHECK(audit_rows(d, "survey.sign") == 1);
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

TEST_CASE("desk admin: revoking a kiosk needs a confirmation; its batches are refused",
          "[desk][admin]") {
    DeskFixture f;
    open_admin(f, AdminTab::kiosks);
    Desk& d = *f.desk;
    // A kiosk with a batch waiting on the demo stick.
    REQUIRE_FALSE(d.admin().kiosks().empty());
    const KioskRow victim = d.admin().kiosks().front();
    act(d, admin::RevokeKiosk{});  // nothing selected, nothing confirmed
    CHECK_FALSE(d.admin().kiosk_error().empty());
    act(d, admin::SelectKiosk{victim.id});
    act(d, admin::RevokeKiosk{});  // not confirmed
    CHECK_FALSE(d.admin().kiosk_error().empty());
    CHECK(d.admin().kiosks().front().revoked_at.empty());
    act(d, admin::ArmRevoke{});
    CHECK(d.admin().revoke_armed());
    act(d, admin::SelectKiosk{d.admin().kiosks().back().id});  // another row: not confirmed
    CHECK_FALSE(d.admin().revoke_armed());
    act(d, admin::SelectKiosk{victim.id});
    act(d, admin::ArmRevoke{});
    act(d, admin::CancelRevoke{});
    act(d, admin::RevokeKiosk{});
    CHECK(d.admin().kiosks().front().revoked_at.empty());

    act(d, admin::ArmRevoke{});
    act(d, admin::RevokeKiosk{});
    CHECK(d.admin().kiosk_error().empty());
    for (const auto& k : d.admin().kiosks()) CHECK(k.revoked_at.empty() == (k.id != victim.id));
    CHECK_FALSE(d.admin().revoke_armed());
    act(d, admin::ArmRevoke{});
    act(d, admin::RevokeKiosk{});  // once is enough
    CHECK_FALSE(d.admin().kiosk_error().empty());

    // The stick: the revoked kiosk's batch is refused, the others import.
    d.dispatch(intent::Navigate{Screen::import});
    d.dispatch(intent::StartImport{});
    const_cast<ImportJob&>(d.import_job()).wait();  // the worker reached its end
    d.tick();
    const auto& sum = d.import_job().summary();
    REQUIRE(sum);
    size_t refused = 0;
    for (const auto& b : sum->batches) {
        if (b.kiosk_row != victim.id) continue;
        CHECK(b.result == bureau::BatchResult::rejected);
        CHECK(b.reason.find("revoked") != std::string::npos);
        ++refused;
    }
    CHECK(refused >= 1);
    CHECK(sum->imported + refused == f.demo.stick_batches);
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
