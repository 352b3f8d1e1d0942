// Survey definitions the bureau knows (signed by it, or registered for reports): the parsed
// form, keyed by id and version, so responses can be read against the exact version they
// answered.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/survey.hpp"

namespace sk::bureau {

class SurveyRegistry {
  public:
    // Parses every stored definition. A definition that no longer parses (an older parser
    // accepted it) is an error naming it, not silently skipped.
    static Result<SurveyRegistry> load(storage::BureauStore& store);

    const survey::Survey* find(std::string_view id, int64_t version) const;
    const survey::Survey* latest(std::string_view id) const;
    void add(survey::Survey s);
    const std::map<std::pair<std::string, int64_t>, survey::Survey>& all() const { return m_; }

  private:
    std::map<std::pair<std::string, int64_t>, survey::Survey> m_;
};

// Validates with the survey parser, stores the definition (same id+version with other
// content is refused), returns the parsed survey.
Result<survey::Survey> register_survey(storage::BureauStore& store, ByteView json,
                                       std::string_view now);

// What sign_survey() refuses, without signing: the parser's error, or check_publishable's on
// `today` (local date, YYYY-MM-DD). The parsed survey when it would sign.
Result<survey::Survey> check_survey_source(ByteView json, std::string_view today);

// Refuses what survey::check_publishable refuses on `today` (local date, YYYY-MM-DD), then
// register_survey, then signs the bytes unchanged as a survey bundle.
Result<Bytes> sign_survey(storage::BureauStore& store, ByteView json,
                          const crypto::SignKeyPair& bureau, std::string_view now,
                          std::string_view today);

}  // namespace sk::bureau
