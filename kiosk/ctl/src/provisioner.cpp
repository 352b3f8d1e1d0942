#include "sk/kiosk_sync/provisioner.hpp"

#include <algorithm>
#include <vector>

#include "sk/crypto/key_files.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/survey/survey.hpp"
#include "sk/sync/kiosk_settings.hpp"
#include "sk/sync/rotation_statement.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxBundleFileBytes = 2u * 1024u * 1024u;

struct NamedFile {
    std::string name;
    Bytes bytes;
};

// Everything read from the stick before any decision.
struct Bundle {
    Bytes bureau_file;
    crypto::BureauPublicKeys bureau;
    Bytes settings_file;
    std::vector<NamedFile> rotations, surveys;
};

Error in_file(const std::string& name, const Error& e) {
    return Error{e.code, name + ": " + e.message};
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<Bundle> read_bundle(const fs::path& dir) {
    Bundle b;
    auto pub = read_file(dir / kBundleBureauKeyFile, 4096);
    if (!pub) return Error{pub.error().code, "not a provisioning bundle: " + pub.error().message};
    auto keys = crypto::decode_bureau_public(*pub);
    if (!keys) return in_file(kBundleBureauKeyFile, keys.error());
    b.bureau_file = std::move(*pub);
    b.bureau = *keys;
    auto settings = read_file(dir / kBundleSettingsFile, kMaxBundleFileBytes);
    if (!settings)
        return Error{settings.error().code,
                     "not a provisioning bundle: " + settings.error().message};
    b.settings_file = std::move(*settings);
    auto files = list_files(dir);
    if (!files) return files.error();
    for (const auto& f : *files) {
        const std::string name = f.filename().string();
        if (name.empty() || name[0] == '.') continue;
        const bool rotation = ends_with(name, kBundleRotationExt);
        if (!rotation && !ends_with(name, kBundleSurveyExt)) continue;
        auto bytes = read_file(f, kMaxBundleFileBytes);
        if (!bytes) return in_file(name, bytes.error());
        (rotation ? b.rotations : b.surveys).push_back({name, std::move(*bytes)});
    }
    return b;
}

// Follows rotation statements from `trusted` as far as they go (any order on the stick).
crypto::BureauPublicKeys follow_rotations(crypto::BureauPublicKeys trusted,
                                          const std::vector<NamedFile>& rotations,
                                          size_t& applied) {
    for (bool progress = true; progress;) {
        progress = false;
        for (const auto& r : rotations) {
            auto st = sync::verify_rotation_statement(r.bytes, trusted);
            if (!st) continue;
            trusted = st->new_keys;
            ++applied;
            progress = true;
        }
    }
    return trusted;
}

Result<void> check_surveys(const Bundle& b, std::time_t now) {
    for (const auto& s : b.surveys) {
        auto info = sync::verify_survey_bundle(s.bytes, b.bureau.sign_pk, local_iso_date(now));
        if (!info) return in_file(s.name, info.error());
        auto survey = survey::parse_survey(info->payload);
        if (!survey) return in_file(s.name, survey.error());
    }
    return ok();
}

Result<void> apply_settings(storage::KioskStore& store, const sync::KioskSettings& s) {
    std::string langs;
    for (const auto& l : s.languages) langs += (langs.empty() ? "" : ",") + l;
    SK_TRY(store.set_setting(kSettingKioskName, s.kiosk_name));
    SK_TRY(store.set_setting("kiosk.idle_timeout_s", std::to_string(s.idle_timeout_s)));
    SK_TRY(store.set_setting("kiosk.tip_min_interval_s", std::to_string(s.tip_interval_s)));
    SK_TRY(store.set_setting(kSettingLanguages, langs));
    SK_TRY(store.set_pin_hash(s.admin_pin_hash));
    return store.set_setting(kSettingProvisionedIssued, s.issued);
}

}  // namespace

std::string kiosk_pub_file_name(const std::string& kiosk_name) {
    std::string safe = kiosk_name;
    for (char& c : safe) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '/' || c == '\\' || u < 0x20 || u == 0x7f) c = '_';
    }
    if (!safe.empty() && safe[0] == '.') safe[0] = '_';
    return "kiosk-" + safe + ".pub";
}

Result<ProvisionOutcome> provision_from_dir(const fs::path& bundle_dir, const fs::path& data_dir,
                                            std::time_t now) {
    auto bundle = read_bundle(bundle_dir);
    if (!bundle) return bundle.error();
    ProvisionOutcome out;
    out.bureau = bundle->bureau;

    // 1. Decide which bureau key to trust, without creating anything.
    std::error_code ec;
    const bool provisioned = fs::exists(kiosk_db_path(data_dir), ec);
    std::optional<storage::KioskStore> store;
    std::optional<std::string> installed_issued;
    if (provisioned) {
        auto s = open_kiosk_store(data_dir);
        if (!s) return s.error();
        store.emplace(std::move(*s));
        if (auto trusted = load_bureau_keys(*store); trusted) {
            const auto reached =
                follow_rotations(*trusted, bundle->rotations, out.rotations_applied);
            if (!(reached == bundle->bureau))
                return Error{Errc::wrong_key,
                             "bundle is from bureau key " + to_hex(bundle->bureau.sign_id()) +
                                 ", this kiosk trusts " + to_hex(reached.sign_id()) +
                                 " (carry the rotation statements, or reset the kiosk)"};
        } else if (trusted.error().code != Errc::not_found) {
            return trusted.error();
        }
        auto issued = store->setting(kSettingProvisionedIssued);
        if (!issued) return issued.error();
        installed_issued = *issued;
        out.first_time = !load_kiosk_identity(*store).ok();
    }

    // 2. Verify everything against that key.
    auto settings = sync::verify_kiosk_settings(bundle->settings_file, bundle->bureau.sign_pk,
                                                local_iso_date(now));
    if (!settings) return in_file(kBundleSettingsFile, settings.error());
    if (installed_issued && settings->issued <= *installed_issued)
        return Error{Errc::conflict, std::string(kBundleSettingsFile) + ": issued " +
                                         settings->issued +
                                         " is not newer than the installed provisioning (" +
                                         *installed_issued + ")"};
    SK_TRY(check_surveys(*bundle, now));

    // 3. Apply. Keys and settings first, identity last (an interrupted run can be repeated).
    if (!store) {
        auto s = create_kiosk_store(data_dir);
        if (!s) return s.error();
        store.emplace(std::move(*s));
    }
    SK_TRY(store->set_bureau_public(bundle->bureau_file));
    (void)store->log_event(storage::EventLevel::info, storage::EventCode::bureau_key_installed, 0,
                           "provisioning");
    SK_TRY(apply_settings(*store, *settings));
    BureauFileImporter importer(*store, now);
    for (const auto& s : bundle->surveys) {
        auto o = importer.import_bytes(s.name, s.bytes);
        if (o.action == ImportAction::survey_installed) ++out.surveys_installed;
        // Older or equal versions than installed are left as they are.
    }
    crypto::SignKeyPair kiosk = crypto::generate_sign_keypair();
    if (out.first_time) {
        SK_TRY(store->set_identity(kiosk.sk));
    } else {
        auto old = load_kiosk_identity(*store);
        if (!old) return old.error();
        out.previous_kiosk_id = old->id();
        SK_TRY(add_previous_kiosk_id(*store, old->id()));
        SK_TRY(store->replace_identity(kiosk.sk));
    }
    (void)store->log_event(storage::EventLevel::info, storage::EventCode::identity_created, 0,
                           "provisioning");
    out.kiosk_name = settings->kiosk_name;
    out.kiosk_pk = kiosk.pk;

    // 4. The public key back to the stick (for bureau kiosk add) and beside the database.
    const Bytes pub = crypto::encode_kiosk_public(kiosk.pk);
    SK_TRY(write_file_atomic(data_dir / "kiosk.pub", pub));
    out.pub_written = bundle_dir / kiosk_pub_file_name(settings->kiosk_name);
    SK_TRY(write_file_atomic(out.pub_written, pub));
    return out;
}

}  // namespace sk::kiosk_sync
