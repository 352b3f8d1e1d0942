// Files the bureau tool ships (tip categories, score rules): found beside an installed
// binary (<prefix>/share/bureau-tools/...) or, for a build-tree binary, in the source
// tree's assets/.
#pragma once

#include <optional>
#include <string>

#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::cli {

// rel: "tips/categories.json", "bureau/score-rules.json".
std::string default_asset_path(const std::string& rel);
// explicit_path false: a missing file is nullopt (labels fall back to ids); a malformed one
// is always a CliError.
std::optional<survey::TipCategories> load_categories(const std::string& path, bool explicit_path);
// The category ids, or a CliError when the file cannot be read.
std::vector<std::string> category_ids(const std::string& path);

}  // namespace sk::bureau::cli
