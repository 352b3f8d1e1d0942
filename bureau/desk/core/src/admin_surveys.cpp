#include "sk/desk/admin_surveys.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/survey_registry.hpp"

namespace sk::desk {

namespace {

Result<Bytes> read_source(const std::filesystem::path& file) {
    if (file.empty()) {
        return Error{Errc::invalid_argument,
                     "请先选择问卷文件 (choose a survey definition file first)"};
    }
    return bureau::read_file(file, kMaxSurveySourceBytes);
}

}  // namespace

SurveyCheck check_survey_file(const std::filesystem::path& file, std::string_view today) {
    SurveyCheck c;
    c.file = file;
    auto json = read_source(file);
    if (!json) {
        c.errors.push_back(json.error().message);
        return c;
    }
    auto parsed = bureau::check_survey_source(*json, today);
    if (!parsed) {
        c.errors.push_back(parsed.error().message);
        return c;
    }
    c.ok = true;
    c.id = parsed->id;
    c.version = parsed->version;
    c.questions = parsed->questions.size();
    return c;
}

Result<bureau::PublishedSurvey> sign_survey_file(bureau::Session& s,
                                                 const std::filesystem::path& home,
                                                 const std::filesystem::path& file,
                                                 std::string_view now, std::string_view today) {
    SK_TRY(bureau::authorize(s.actor, bureau::Permission::manage_keys));
    auto json = read_source(file);
    if (!json) return json.error();
    return bureau::sign_and_publish_survey(s, home, *json, now, today);
}

}  // namespace sk::desk
