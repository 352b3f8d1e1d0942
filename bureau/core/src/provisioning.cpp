#include "sk/bureau/provisioning.hpp"

#include <sodium.h>

#include <map>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/pin.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/kiosk_name.hpp"
#include "sk/sync/kiosk_settings.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

namespace {

constexpr int64_t kSecondsPerDay = 86400;

// Latest registered version of each survey that is still open on `today`, signed.
Result<std::vector<std::pair<std::string, Bytes>>> active_bundles(Session& s,
                                                                  const std::string& today) {
    auto all = s.store.surveys();
    if (!all) return all.error();
    std::map<std::string, const storage::StoredSurvey*> latest;
    for (const auto& sv : *all) {
        auto& slot = latest[sv.survey_id];
        if (slot == nullptr || sv.version > slot->version) slot = &sv;
    }
    std::vector<std::pair<std::string, Bytes>> out;
    const crypto::SignKeyPair signer = crypto::bureau_sign_pair(s.keys);
    for (const auto& [id, sv] : latest) {
        auto header = sync::read_survey_header(sv->definition);
        if (!header || header->expires < today) continue;
        auto bundle = sync::sign_survey_bundle(sv->definition, signer);
        if (!bundle) return bundle.error();
        out.emplace_back(id + "-v" + std::to_string(sv->version) + ".sksurvey", std::move(*bundle));
    }
    return out;
}

}  // namespace

std::string kiosk_name_from_pub_file(const std::filesystem::path& file) {
    const std::string f = file.filename().string();
    const std::string prefix = "kiosk-", suffix = ".pub";
    if (f.size() <= prefix.size() + suffix.size() || f.compare(0, prefix.size(), prefix) != 0 ||
        f.compare(f.size() - suffix.size(), suffix.size(), suffix) != 0)
        return "";
    return f.substr(prefix.size(), f.size() - prefix.size() - suffix.size());
}

std::string random_pin(size_t digits) {
    std::string pin;
    for (size_t i = 0; i < digits; ++i) pin += char('0' + randombytes_uniform(10));
    return pin;
}

Result<ProvisionResult> write_provisioning_bundle(Session& s, const fs::path& home,
                                                  const ProvisionRequest& req,
                                                  const fs::path& out_dir, int64_t now_unix) {
    SK_TRY(sync::check_kiosk_name(req.kiosk_name));  // before anything is written
    SK_TRY(authorize(s.actor, Permission::manage_kiosks));
    ProvisionResult out;
    std::string pin = req.pin;
    if (pin.empty()) {
        pin = random_pin(kGeneratedPinDigits);
        out.generated_pin = pin;
    }
    if (auto r = crypto::check_pin_policy(pin); !r)
        return Error{Errc::invalid_argument, "--pin: " + r.error().message};
    auto hash = crypto::hash_pin(pin);
    if (!hash) return hash.error();

    sync::KioskSettings ks;
    ks.kiosk_name = req.kiosk_name;
    ks.issued = sync::format_rfc3339_utc(now_unix);
    ks.expires =
        sync::format_rfc3339_utc(now_unix + int64_t(req.valid_days) * kSecondsPerDay).substr(0, 10);
    ks.idle_timeout_s = req.idle_timeout_s;
    ks.tip_interval_s = req.tip_interval_s;
    ks.languages = req.languages;
    ks.admin_pin_hash = *hash;
    ks.bureau_keys = crypto::encode_bureau_public(s.keys.pub);
    auto settings = sync::build_kiosk_settings(ks, crypto::bureau_sign_pair(s.keys));
    if (!settings) return settings.error();
    out.issued = ks.issued;
    out.expires = ks.expires;

    auto bundles = active_bundles(s, ks.issued.substr(0, 10));
    if (!bundles) return bundles.error();
    auto rotations = rotation_statements(home);
    if (!rotations) return rotations.error();

    std::error_code ec;
    fs::create_directories(out_dir, ec);
    if (ec) return Error{Errc::io_error, "cannot create " + out_dir.string() + ": " + ec.message()};
    auto put = [&](const std::string& name, ByteView data) -> Result<void> {
        SK_TRY(write_file(out_dir / name, data, false));
        out.written.push_back(out_dir / name);
        return ok();
    };
    SK_TRY(put("bureau.pub", ks.bureau_keys));
    for (const auto& r : *rotations) {
        auto bytes = read_file(r, 1u << 20);
        if (!bytes) return bytes.error();
        SK_TRY(put(r.filename().string(), *bytes));
        ++out.rotations;
    }
    for (const auto& [name, bytes] : *bundles) {
        SK_TRY(put(name, bytes));
        ++out.surveys;
    }
    // Recorded before the settings file that completes the bundle: no unrecorded bundle.
    store::AuditEvent e{ks.issued,
                        s.actor.user,
                        "kiosk.provision",
                        "kiosk",
                        req.kiosk_name,
                        "",
                        "bundle valid until " + ks.expires};
    SK_TRY(store::audited(s.store, e, []() -> Result<void> { return ok(); }));
    // Last: a bundle without its settings file is refused by the kiosk as incomplete.
    SK_TRY(put("kiosk-settings.skprov", *settings));
    return out;
}

}  // namespace sk::bureau
