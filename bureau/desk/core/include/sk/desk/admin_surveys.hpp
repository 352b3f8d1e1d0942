// The Admin screen's surveys: check a survey source file as sign-survey would, then sign
// and publish it through the core (survey_publish.hpp, the same as `bureau sign-survey`).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/survey_publish.hpp"

namespace sk::desk {

constexpr size_t kMaxSurveySourceBytes = 1u << 20;  // as the CLI reads it

struct SurveyCheck {
    std::filesystem::path file;
    bool ok = false;
    std::string id;
    int64_t version = 0;
    size_t questions = 0;
    std::vector<std::string> errors;  // one line each; empty when ok
};

// Never fails: an unreadable or refused file is a check with errors. `today` YYYY-MM-DD.
SurveyCheck check_survey_file(const std::filesystem::path& file, std::string_view today);

// Reads the file and bureau::sign_and_publish_survey (manage_keys, audited "survey.sign").
Result<bureau::PublishedSurvey> sign_survey_file(bureau::Session& s,
                                                 const std::filesystem::path& home,
                                                 const std::filesystem::path& file,
                                                 std::string_view now, std::string_view today);

}  // namespace sk::desk
