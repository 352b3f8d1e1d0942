#include "sk/sync/kiosk_name.hpp"

#include <string>

#include "sk/survey/plain_text.hpp"

namespace sk::sync {

Result<void> check_kiosk_name(std::string_view name) {
    const survey::PlainTextRule rule{kMaxKioskNameChars, false, true};
    const auto p = survey::check_plain_text(name, rule);
    if (p == survey::PlainTextProblem::none) return ok();
    return Error{Errc::invalid_argument,
                 std::string("kiosk name ") + survey::plain_text_problem_text(p, rule)};
}

}  // namespace sk::sync
