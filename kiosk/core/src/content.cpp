#include "content.hpp"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <iterator>

#include "local_date.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/pin.hpp"
#include "sk/kiosk/app_config.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::kiosk {

Result<Bytes> read_binary_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Error{Errc::io_error, "cannot read " + p.string()};
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Result<Content> load_content(const storage::KioskStore& store, const survey::Date& today) {
    Content c;
    auto pub = store.bureau_public();
    if (!pub) {
        if (pub.error().code == Errc::not_found) return c;
        return pub.error();
    }
    auto keys = crypto::decode_bureau_public(*pub);
    if (!keys) return keys.error();
    c.bureau = *keys;
    c.recipients.push_back(keys->seal_pk);
    auto extras = store.extra_recipients();
    if (!extras) return extras.error();
    for (const auto& e : *extras) {
        if (c.recipients.size() >= crypto::kMaxRecipients) break;
        if (std::find(c.recipients.begin(), c.recipients.end(), e.seal_pk) == c.recipients.end())
            c.recipients.push_back(e.seal_pk);
    }

    auto list = store.list_survey_bundles();
    if (!list) return list.error();
    std::string today_iso = iso_date(today);
    for (const auto& info : *list) {
        auto b = store.survey_bundle(info.survey_id);
        if (!b) return b.error();
        auto v = sync::verify_survey_bundle(b->signed_bytes, keys->sign_pk, today_iso);
        if (!v) {
            // Expired bundles are simply not offered; anything else is a bad bundle at rest.
            if (v.error().code != Errc::conflict) ++c.rejected_bundles;
            continue;
        }
        auto s = survey::parse_survey(v->payload);
        if (!s || s->id != info.survey_id || s->expired(today)) {
            if (!s) ++c.rejected_bundles;
            continue;
        }
        c.surveys.push_back(std::move(*s));
    }
    return c;
}

Result<survey::TipCategories> load_tip_categories(const std::filesystem::path& assets_dir) {
    auto bytes = read_binary_file(assets_dir / "tips" / "categories.json");
    if (!bytes) return bytes.error();
    auto cats = survey::parse_tip_categories(*bytes);
    if (!cats) return Error{cats.error().code, "tips/categories.json: " + cats.error().message};
    return cats;
}

namespace {

// End of the expiry day (UTC midnight after it): the store's expiry sweep must not remove a
// survey on its last day.
std::optional<int64_t> expires_at(const std::string& iso) {
    auto day = sync::day_number_from_iso(iso);
    if (!day) return std::nullopt;
    std::tm tm{};
    tm.tm_year = int(*day / 10000) - 1900;
    tm.tm_mon = int(*day / 100 % 100) - 1;
    tm.tm_mday = int(*day % 100) + 1;
    return int64_t(timegm(&tm));
}

}  // namespace

Result<void> provision_demo(storage::KioskStore& store, const std::filesystem::path& assets_dir,
                            const survey::Date& today) {
    auto demo = assets_dir / "demo";
    auto file = read_binary_file(demo / "bureau.pub");
    if (!file) return file.error();
    auto keys = crypto::decode_bureau_public(*file);
    if (!keys) return Error{keys.error().code, "demo/bureau.pub: " + keys.error().message};

    auto installed = store.bureau_public();
    if (!installed) {
        if (installed.error().code != Errc::not_found) return installed.error();
        SK_TRY(store.set_bureau_public(*file));
        SK_TRY(store.log_event(storage::EventLevel::info, storage::EventCode::bureau_key_installed,
                               0, "demo key"));
    } else if (*installed != *file) {
        // A real key is installed: never let --demo replace it.
        return Error{Errc::conflict, "--demo: a different bureau key is already installed"};
    }

    auto pin = store.pin_hash();
    if (!pin) return pin.error();
    if (!pin->has_value()) {
        auto h = crypto::hash_pin(kDemoAdminPin);
        if (!h) return h.error();
        SK_TRY(store.set_pin_hash(*h));
    }

    auto list = store.list_survey_bundles();
    if (!list) return list.error();
    std::vector<std::filesystem::path> bundles;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(demo, ec))
        if (e.path().extension() == ".bundle") bundles.push_back(e.path());
    std::sort(bundles.begin(), bundles.end());
    for (const auto& p : bundles) {
        auto bytes = read_binary_file(p);
        if (!bytes) return bytes.error();
        auto v = sync::verify_survey_bundle(*bytes, keys->sign_pk, iso_date(today));
        if (!v) {
            if (v.error().code == Errc::conflict) continue;  // expired demo survey
            return Error{v.error().code, p.filename().string() + ": " + v.error().message};
        }
        auto it = std::find_if(list->begin(), list->end(), [&](const storage::SurveyBundleInfo& i) {
            return i.survey_id == v->id;
        });
        if (it != list->end() && it->version >= v->version) continue;
        SK_TRY(store.put_survey_bundle(v->id, v->version, *bytes, expires_at(v->expires)));
        SK_TRY(store.log_event(storage::EventLevel::info, storage::EventCode::survey_installed,
                               int64_t(v->version), "demo"));
    }
    return ok();
}

}  // namespace sk::kiosk
