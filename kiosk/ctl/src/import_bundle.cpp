// Installing a survey bundle: a bad one is refused and the installed survey stays, so a
// crafted stick can neither install a questionnaire nor remove the current one.
#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/survey/survey.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::kiosk_sync {

FileOutcome BureauFileImporter::import_bundle(const std::string& name, ByteView file) {
    auto bureau = load_bureau_keys(store_);
    if (!bureau) return refuse(name, bureau.error().message);

    auto info = sync::verify_survey_bundle(file, bureau->sign_pk, local_iso_date(now_));
    if (!info) return refuse(name, "survey bundle refused: " + info.error().message);

    // The signature says the bureau sent it; the full parse says the kiosk can run it.
    auto survey = survey::parse_survey(info->payload);
    if (!survey)
        return refuse(name, "survey bundle '" + info->id + "' refused: " + survey.error().message);
    if (survey->id != info->id || survey->version < 0 || uint64_t(survey->version) != info->version)
        return refuse(name, "survey bundle '" + info->id + "' refused: id or version mismatch");

    FileOutcome out;
    out.file = name;
    auto installed = store_.list_survey_bundles();
    if (!installed) return refuse(name, installed.error().message);
    for (const auto& s : *installed) {
        if (s.survey_id != info->id) continue;
        auto newer = sync::check_bundle_is_newer(s.version, *info);
        if (newer) break;
        if (newer.error().code == Errc::already_exists) {
            auto current = store_.survey_bundle(info->id);
            if (current && crypto::equal_ct(current->signed_bytes, file)) {
                out.action = ImportAction::already_installed;
                out.message = "survey '" + info->id + "' version " + std::to_string(info->version) +
                              " already installed";
                return out;
            }
        }
        return refuse(name, "survey bundle refused: '" + info->id + "' version " +
                                std::to_string(info->version) + " is not newer than installed " +
                                std::to_string(s.version));
    }

    const int64_t expires_at = local_end_of_day(info->expires);
    auto put = store_.put_survey_bundle(
        info->id, info->version, file,
        expires_at < 0 ? std::nullopt : std::optional<int64_t>(expires_at));
    if (!put) return refuse(name, "survey bundle '" + info->id + "': " + put.error().message);
    (void)store_.log_event(storage::EventLevel::info, storage::EventCode::survey_installed,
                           int64_t(info->version));
    out.action = ImportAction::survey_installed;
    out.message = "survey '" + info->id + "' version " + std::to_string(info->version) +
                  " installed (expires " + info->expires + ")";
    return out;
}

}  // namespace sk::kiosk_sync
