// libFuzzer target: survey definitions (docs/SURVEY_FORMAT.md), parsed by the survey library
// on the bureau (when an author publishes) and on the kiosk (after a bundle verifies).
// Invariants on a survey that parses: the limits the parser promises hold, every condition
// only looks backwards, the skip logic runs over it, and where the bundle header reader also
// accepts the document the two agree on id and version.
#include "fuzz_support.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/skip_logic.hpp"
#include "sk/survey/survey.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace {

using namespace sk;

bool looks_backwards(const survey::Condition& c, size_t question) {
    if (c.kind == survey::Condition::Kind::test) return c.question_index < question;
    for (const auto& child : c.children)
        if (!looks_backwards(child, question)) return false;
    return true;
}

void check_survey(const survey::Survey& s) {
    fuzz::require(!s.questions.empty() && s.questions.size() <= survey::kMaxQuestions);
    fuzz::require(s.version >= 1);
    for (size_t i = 0; i < s.questions.size(); ++i) {
        const auto& q = s.questions[i];
        fuzz::require(s.index_of(q.id) == i);
        fuzz::require(q.options.size() <= survey::kMaxOptions);
        if (q.show_if) fuzz::require(looks_backwards(*q.show_if, i));
    }
    // With nothing answered, paging forward visits exactly the visible questions.
    const survey::Answers none;
    const auto visible = survey::visible_questions(s, none);
    size_t walked = 0;
    for (auto at = survey::first_visible(s, none); at; at = survey::next_visible(s, none, *at)) {
        fuzz::require(walked < visible.size() && visible[walked] == *at);
        ++walked;
    }
    fuzz::require(walked == visible.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const ByteView in = fuzz::input(data, size);
    const auto s = survey::parse_survey(in);
    fuzz::require_clean_error(s);
    if (!s) return 0;
    check_survey(*s);
    const auto header = sync::read_survey_header(in);
    if (header) {
        fuzz::require(header->id == s->id);
        fuzz::require(header->version == static_cast<uint64_t>(s->version));
    }
    return 0;
}
