// The Admin screen's kiosks and surveys through the bureau core: register from a key file,
// rename under the name rule, revoke after a confirmation (its batches then refused); check,
// sign and publish a survey source.
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
