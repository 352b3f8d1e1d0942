// `bureau export`: every decrypted response as a flat table, one row per response and one
// column per question, the shape ODK Central and KoboToolbox exports have (metadata columns
// first, prefixed with "_"). Not thresholded: this is the raw data set, for analysts only.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/survey_registry.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

struct ExportColumn {
    std::string name;  // "_uuid", ... then the question id ("<survey>/<question>" when the
                       // export holds several surveys)
    std::string survey_id;
    std::string question_id;  // empty for metadata columns
    survey::QuestionType type = survey::QuestionType::short_text;
};

struct ExportCell {
    std::string text;                 // CSV form: multi choices joined with ';'
    std::vector<std::string> values;  // multi choices, for JSON arrays
    bool is_number = false;
    bool empty = true;
};

struct ExportTable {
    std::vector<ExportColumn> columns;
    std::vector<std::vector<ExportCell>> rows;
    int64_t unreadable = 0;  // responses whose survey version is not registered
};

// survey_id empty: every registered survey.
Result<ExportTable> build_export(storage::BureauStore& store, const SurveyRegistry& registry,
                                 std::string_view survey_id);

std::string export_csv(const ExportTable& t, bool bom);
// An array of objects: numbers as numbers, multi choices as arrays, unanswered as null.
std::string export_json(const ExportTable& t);

}  // namespace sk::bureau
