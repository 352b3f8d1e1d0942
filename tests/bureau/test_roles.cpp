// Roles: each refuses what it must, with one line, and a refused action changes nothing.
#include <catch2/catch.hpp>

#include "bureau_fixture.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/bureau/user_admin.hpp"

using namespace sk;
using namespace sk::bureau;
using namespace sk::bureau::test;

namespace {

constexpr const char* kUserPass = "user passphrase 1";

// A bureau with a tip and one user of each role besides the first lead.
struct Staffed {
    Bureau b;
    Staffed() {
        SimKiosk k = b.add_kiosk("school A");
        REQUIRE(b.import(k.next_batch({make_tip(b.keys().pub.seal_pk).envelope})).result ==
                BatchResult::imported);
        for (auto [name, role] : {std::pair{"hana", Role::handler},
                                  {"ina", Role::inspector},
                                  {"stan", Role::statistician}}) {
            auto u = add_user(*b.session, b.home, name, role, kUserPass, kNow);
            if (!u) FAIL(u.error().message);
        }
    }
    Session as(const std::string& user) {
        auto s = unlock(b.home, user, kUserPass, kNow);
        if (!s) FAIL(s.error().message);
        return std::move(s.value());
    }
    int64_t audit_rows() {
        auto c = store::verify_audit(b.store());
        REQUIRE(c.ok());
        REQUIRE(c->ok);
        return c->rows;
    }
};

template <typename T>
Result<void> as_void(const Result<T>& r) {
    if (r) return ok();
    return r.error();
}

void check_refused(const Result<void>& r, const std::string& role) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::permission_denied);
    CHECK(r.error().message.rfind("权限不足：", 0) == 0);
    CHECK(r.error().message.find("is a " + role) != std::string::npos);
    CHECK(r.error().message.find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("roles: the permission table", "[roles]") {
    for (int p = 0; p <= static_cast<int>(Permission::manage_users); ++p)
        CHECK(allowed(Role::lead, static_cast<Permission>(p)));
    CHECK(allowed(Role::statistician, Permission::read_reports));
    for (Permission p :
         {Permission::read_tips, Permission::read_files, Permission::read_audit,
          Permission::edit_cases, Permission::edit_registers, Permission::import_batches,
          Permission::export_identifiable, Permission::manage_kiosks, Permission::manage_keys,
          Permission::manage_users})
        CHECK_FALSE(allowed(Role::statistician, p));
    for (Permission p : {Permission::read_tips, Permission::read_files, Permission::read_audit})
        CHECK(allowed(Role::inspector, p));
    for (Permission p :
         {Permission::edit_cases, Permission::edit_registers, Permission::import_batches,
          Permission::export_identifiable, Permission::manage_users})
        CHECK_FALSE(allowed(Role::inspector, p));
    for (Permission p : {Permission::edit_cases, Permission::edit_registers,
                         Permission::import_batches, Permission::read_tips})
        CHECK(allowed(Role::handler, p));
    for (Permission p : {Permission::manage_kiosks, Permission::manage_keys,
                         Permission::manage_users, Permission::read_audit})
        CHECK_FALSE(allowed(Role::handler, p));
}

TEST_CASE("roles: refused actions change nothing and are not audited", "[roles]") {
    Staffed st;
    const int64_t rows = st.audit_rows();
    auto pk = crypto::generate_sign_keypair().pk;
    for (const std::string who : {"ina", "stan"}) {
        Session s = st.as(who);
        const std::string role(role_name(s.actor.role));
        check_refused(change_case_status(s, "T-2026-0001", "under_verification", "x", kNow), role);
        check_refused(change_case_reply(s, "T-2026-0001", "收到", "zh-CN", kNow), role);
        check_refused(record_export(s, "responses", "x", kNow), role);
        check_refused(as_void(add_user(s, st.b.home, "eve", Role::lead, kUserPass, kNow)), role);
        auto im = Importer::create_for(s);
        REQUIRE_FALSE(im.ok());
        CHECK(im.error().code == Errc::permission_denied);
        CHECK(register_kiosk(s, pk, "rogue", kNow).error().code == Errc::permission_denied);
        CHECK(publish_board(s, kNow).error().code == Errc::permission_denied);
    }
    Session stan = st.as("stan");
    check_refused(authorize(stan.actor, Permission::read_tips), "statistician");
    check_refused(authorize_report(stan.actor, 2), "statistician");
    CHECK(authorize_report(stan.actor, kDefaultMinGroup).ok());
    Session ina = st.as("ina");
    CHECK(authorize(ina.actor, Permission::read_tips).ok());
    CHECK(authorize_report(ina.actor, 1).ok());

    Session hana = st.as("hana");
    check_refused(as_void(register_kiosk(hana, pk, "rogue", kNow)), "handler");
    check_refused(as_void(rename_kiosk(hana, 1, "rogue", kNow)), "handler");
    check_refused(revoke_kiosk(hana, 1, kNow), "handler");
    check_refused(set_user_role(hana, "stan", Role::lead, kNow), "handler");
    check_refused(enable_user(hana, st.b.home, "stan", "new passphrase 2", kNow), "handler");
    check_refused(disable_user(hana, st.b.home, "stan", kNow), "handler");
    check_refused(set_user_passphrase(hana, st.b.home, "stan", "new passphrase 2", kNow),
                  "handler");
    CHECK(rotate_keys(hana, st.b.home, kUserPass, kNow).error().code == Errc::permission_denied);
    check_refused(authorize(hana.actor, Permission::read_audit), "handler");

    // Nothing above left a trace: same tip status, same kiosks, same users, same audit log.
    CHECK(st.b.store().tip("T-2026-0001").value()->status == "new");
    CHECK(st.b.store().list_kiosks().value().size() == 1);
    CHECK(store::list_users(st.b.store()).value().size() == 4);
    CHECK(st.audit_rows() == rows);

    // And what each may do works, with the actor's name in the log.
    REQUIRE(change_case_status(hana, "T-2026-0001", "under_verification", "checking", kNow).ok());
    store::AuditFilter f;
    f.user = "hana";
    auto mine = store::list_audit(st.b.store(), f);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->at(0).event.action == "case.status");
    CHECK(mine->at(0).event.object_id == "T-2026-0001");
    CHECK(mine->at(0).event.before == "new");
    CHECK(mine->at(0).event.after == "under_verification");
}
