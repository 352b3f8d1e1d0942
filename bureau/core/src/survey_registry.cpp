#include "sk/bureau/survey_registry.hpp"

#include "sk/survey/publish_check.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::bureau {

Result<SurveyRegistry> SurveyRegistry::load(storage::BureauStore& store) {
    auto list = store.surveys();
    if (!list) return list.error();
    SurveyRegistry reg;
    for (const auto& s : list.value()) {
        auto parsed = survey::parse_survey(s.definition);
        if (!parsed) {
            return Error{parsed.error().code, "stored survey " + s.survey_id + " version " +
                                                  std::to_string(s.version) + ": " +
                                                  parsed.error().message};
        }
        reg.add(std::move(parsed.value()));
    }
    return reg;
}

const survey::Survey* SurveyRegistry::find(std::string_view id, int64_t version) const {
    auto it = m_.find({std::string(id), version});
    return it == m_.end() ? nullptr : &it->second;
}

const survey::Survey* SurveyRegistry::latest(std::string_view id) const {
    const survey::Survey* best = nullptr;
    for (const auto& [key, s] : m_) {
        if (key.first == id) best = &s;  // map order: versions ascending
    }
    return best;
}

void SurveyRegistry::add(survey::Survey s) {
    std::pair<std::string, int64_t> key{s.id, s.version};
    m_.insert_or_assign(std::move(key), std::move(s));
}

Result<survey::Survey> register_survey(storage::BureauStore& store, ByteView json,
                                       std::string_view now) {
    auto parsed = survey::parse_survey(json);
    if (!parsed) return parsed.error();
    SK_TRY(store.put_survey(parsed->id, parsed->version, json, now));
    return parsed;
}

Result<survey::Survey> check_survey_source(ByteView json, std::string_view today) {
    auto parsed = survey::parse_survey(json);
    if (!parsed) return parsed.error();
    const auto day = survey::parse_date(today);
    if (!day) return Error{Errc::invalid_argument, "today is not a date YYYY-MM-DD"};
    SK_TRY(survey::check_publishable(*parsed, *day));
    return parsed;
}

Result<Bytes> sign_survey(storage::BureauStore& store, ByteView json,
                          const crypto::SignKeyPair& bureau, std::string_view now,
                          std::string_view today) {
    // Parse fully first: a typo must stop here, not on a hundred kiosks.
    auto parsed = check_survey_source(json, today);
    if (!parsed) return parsed.error();
    auto signed_bytes = sync::sign_survey_bundle(json, bureau);
    if (!signed_bytes) return signed_bytes.error();
    SK_TRY(store.put_survey(parsed->id, parsed->version, json, now));
    return signed_bytes;
}

}  // namespace sk::bureau
