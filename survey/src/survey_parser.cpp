// parse_survey: strict reading of "sk-survey-1" (docs/SURVEY_FORMAT.md).
#include <algorithm>
#include <cmath>
#include <set>

#include "json_read.hpp"
#include "sk/survey/survey.hpp"

namespace sk::survey {

using detail::fail;
using detail::json;

namespace {

constexpr int kMaxConditionDepth = 4;

std::string question_ctx(const std::string& id) {
    return "question '" + id + "': ";
}

bool is_numeric(QuestionType t) {
    return t == QuestionType::likert5 || t == QuestionType::rating10 || t == QuestionType::number;
}

std::optional<ConditionOp> op_from_name(std::string_view n) {
    for (auto op :
         {ConditionOp::eq, ConditionOp::ne, ConditionOp::in, ConditionOp::not_in, ConditionOp::gte,
          ConditionOp::lte, ConditionOp::answered, ConditionOp::not_answered}) {
        if (n == condition_op_name(op)) return op;
    }
    return std::nullopt;
}

// Reads one operand of a test, typed by the question it refers to.
void add_operand(Condition& c, const json& v, const Question& target, const std::string& ctx) {
    if (target.type == QuestionType::single || target.type == QuestionType::multi) {
        if (!v.is_string() || !target.has_option(v.get<std::string>())) {
            fail(ctx, "show_if value " + v.dump() + " is not an option of '" + target.id + "'");
        }
        c.options.push_back(v.get<std::string>());
    } else if (target.type == QuestionType::date) {
        std::optional<Date> d;
        if (v.is_string()) d = parse_date(v.get<std::string>());
        if (!d) fail(ctx, "show_if value for date question '" + target.id + "' must be YYYY-MM-DD");
        c.dates.push_back(*d);
    } else {
        if (!v.is_number() || !std::isfinite(v.get<double>())) {
            fail(ctx, "show_if value for '" + target.id + "' must be a number");
        }
        c.numbers.push_back(v.get<double>());
    }
}

Condition parse_condition(const json& j, const std::vector<Question>& earlier,
                          const std::string& ctx, int depth) {
    if (depth > kMaxConditionDepth) fail(ctx, "show_if is nested too deeply");
    detail::require_object(j, ctx, "show_if");
    Condition c;
    for (const char* group : {"all", "any"}) {
        if (const json* list = detail::optional(j, group)) {
            detail::check_keys(j, {group}, ctx);
            if (!list->is_array() || list->empty()) {
                fail(ctx, std::string("show_if '") + group + "' needs a non-empty list");
            }
            c.kind = group[1] == 'l' ? Condition::Kind::all : Condition::Kind::any;
            for (const auto& child : *list) {
                c.children.push_back(parse_condition(child, earlier, ctx, depth + 1));
            }
            return c;
        }
    }

    detail::check_keys(j, {"q", "op", "value", "values"}, ctx);
    c.kind = Condition::Kind::test;
    c.question = detail::get_string(j, "q", ctx);
    auto it = std::find_if(earlier.begin(), earlier.end(),
                           [&](const Question& q) { return q.id == c.question; });
    if (it == earlier.end()) {
        fail(ctx, "show_if refers to unknown or later question '" + c.question + "'");
    }
    const Question& target = *it;
    c.question_index = size_t(it - earlier.begin());

    const std::string op_name = detail::get_string(j, "op", ctx);
    auto op = op_from_name(op_name);
    if (!op) fail(ctx, "show_if has unknown op '" + op_name + "'");
    c.op = *op;

    const bool ordered = c.op == ConditionOp::gte || c.op == ConditionOp::lte;
    const bool presence = c.op == ConditionOp::answered || c.op == ConditionOp::not_answered;
    const bool list = c.op == ConditionOp::in || c.op == ConditionOp::not_in;
    if (target.is_text() && !presence) {
        fail(ctx, "show_if op '" + op_name + "' cannot test text question '" + target.id +
                      "' (only answered/not_answered)");
    }
    if (ordered && !is_numeric(target.type) && target.type != QuestionType::date) {
        fail(ctx, "show_if op '" + op_name + "' needs a numeric or date question, '" + target.id +
                      "' is " + question_type_name(target.type));
    }

    const json* value = detail::optional(j, "value");
    const json* values = detail::optional(j, "values");
    if (presence) {
        if (value || values) fail(ctx, "show_if op '" + op_name + "' takes no value");
    } else if (list) {
        if (value || !values) fail(ctx, "show_if op '" + op_name + "' needs 'values' (a list)");
        if (!values->is_array() || values->empty()) {
            fail(ctx, "show_if 'values' must be a non-empty list");
        }
        for (const auto& v : *values) add_operand(c, v, target, ctx);
    } else {
        if (values || !value) fail(ctx, "show_if op '" + op_name + "' needs 'value'");
        add_operand(c, *value, target, ctx);
    }
    return c;
}

// Keys that only make sense for some types; using one elsewhere is an author's mistake.
bool key_allowed(std::string_view key, QuestionType t) {
    if (key == "options") return t == QuestionType::single || t == QuestionType::multi;
    if (key == "min_choices" || key == "max_choices") return t == QuestionType::multi;
    if (key == "min" || key == "max" || key == "integer") return t == QuestionType::number;
    if (key == "max_len") return t == QuestionType::short_text || t == QuestionType::long_text;
    if (key == "min_date" || key == "max_date") return t == QuestionType::date;
    return true;
}

void parse_options(const json& j, Question& q, const std::string& ctx) {
    const json* opts = detail::optional(j, "options");
    if (opts == nullptr || !opts->is_array() || opts->empty()) {
        fail(ctx, std::string("type '") + question_type_name(q.type) + "' needs options");
    }
    if (opts->size() < 2) fail(ctx, "needs at least 2 options");
    if (opts->size() > kMaxOptions) fail(ctx, "has more than 30 options");
    std::set<std::string> seen;
    for (const auto& o : *opts) {
        detail::require_object(o, ctx, "each option");
        detail::check_keys(o, {"value", "label"}, ctx);
        Option opt;
        opt.value = detail::get_identifier(o, "value", ctx);
        if (!seen.insert(opt.value).second) fail(ctx, "duplicate option value '" + opt.value + "'");
        opt.label = detail::get_text(o, "label", ctx);
        q.options.push_back(std::move(opt));
    }
    if (q.type != QuestionType::multi) return;
    const auto n = int64_t(q.options.size());
    q.min_choices = detail::optional(j, "min_choices")
                        ? size_t(detail::get_integer(j, "min_choices", 0, n, ctx))
                        : 0;
    q.max_choices = detail::optional(j, "max_choices")
                        ? size_t(detail::get_integer(j, "max_choices", 1, n, ctx))
                        : size_t(n);
    if (q.min_choices > q.max_choices) fail(ctx, "min_choices is greater than max_choices");
}

std::optional<DateBound> parse_date_bound(const json& j, const char* key, const std::string& ctx) {
    if (!detail::optional(j, key)) return std::nullopt;
    const std::string s = detail::get_string(j, key, ctx);
    DateBound b;
    if (s == "today") {
        b.today = true;
        return b;
    }
    auto d = parse_date(s);
    if (!d) fail(ctx, std::string("'") + key + "' must be YYYY-MM-DD or \"today\"");
    b.date = *d;
    return b;
}

void parse_type_specific(const json& j, Question& q, const std::string& ctx) {
    switch (q.type) {
        case QuestionType::single:
        case QuestionType::multi:
            parse_options(j, q, ctx);
            break;
        case QuestionType::number:
            if (const json* v = detail::optional(j, "min"))
                q.min = detail::get_number(*v, "min", ctx);
            if (const json* v = detail::optional(j, "max"))
                q.max = detail::get_number(*v, "max", ctx);
            if (q.min && q.max && *q.min > *q.max) fail(ctx, "min is greater than max");
            q.integer = detail::get_bool(j, "integer", false, ctx);
            break;
        case QuestionType::short_text:
        case QuestionType::long_text:
            q.max_len =
                q.type == QuestionType::short_text ? kDefaultShortTextLen : kDefaultLongTextLen;
            if (detail::optional(j, "max_len")) {
                q.max_len = size_t(detail::get_integer(j, "max_len", 1, kMaxTextLen, ctx));
            }
            break;
        case QuestionType::date:
            q.min_date = parse_date_bound(j, "min_date", ctx);
            q.max_date = parse_date_bound(j, "max_date", ctx);
            if (q.min_date && q.max_date && !q.min_date->today && !q.max_date->today &&
                q.max_date->date < q.min_date->date) {
                fail(ctx, "min_date is after max_date");
            }
            break;
        case QuestionType::likert5:
        case QuestionType::rating10:
            break;  // fixed scales, labelled by the kiosk's i18n
    }
}

Question parse_question(const json& j, size_t index, const std::vector<Question>& earlier) {
    const std::string pos_ctx = "question #" + std::to_string(index + 1) + ": ";
    detail::require_object(j, pos_ctx, "a question");
    Question q;
    q.id = detail::get_identifier(j, "id", pos_ctx);
    for (const auto& e : earlier) {
        if (e.id == q.id) fail("", "duplicate question id '" + q.id + "'");
    }
    const std::string ctx = question_ctx(q.id);
    const std::string type = detail::get_string(j, "type", ctx);
    auto t = question_type_from_name(type);
    if (!t) fail(ctx, "unknown type '" + type + "'");
    q.type = *t;

    detail::check_keys(
        j,
        {"id", "type", "required", "text", "help", "options", "min_choices", "max_choices", "min",
         "max", "integer", "max_len", "min_date", "max_date", "show_if"},
        ctx);
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (!key_allowed(it.key(), q.type)) {
            fail(ctx, "'" + it.key() + "' is not allowed for type '" + type + "'");
        }
    }
    q.required = detail::get_bool(j, "required", false, ctx);
    q.text = detail::get_text(j, "text", ctx);
    q.help = detail::get_optional_text(j, "help", ctx);
    parse_type_specific(j, q, ctx);
    if (const json* c = detail::optional(j, "show_if")) {
        q.show_if = parse_condition(*c, earlier, ctx, 1);
    }
    return q;
}

Survey parse_survey_document(const json& doc) {
    const std::string format = detail::get_string(doc, "format", "");
    if (format != kSurveyFormat) {
        fail("", "unsupported survey format '" + format + "' (expected sk-survey-1)",
             Errc::unsupported_version);
    }
    detail::check_keys(
        doc,
        {"format", "id", "version", "expires", "audience", "title", "intro", "thanks", "questions"},
        "");
    Survey s;
    s.id = detail::get_identifier(doc, "id", "");
    s.version = detail::get_integer(doc, "version", 1, INT32_MAX, "");
    auto expires = parse_date(detail::get_string(doc, "expires", ""));
    if (!expires) fail("", "'expires' must be YYYY-MM-DD");
    s.expires = *expires;
    const std::string audience = detail::get_string(doc, "audience", "");
    if (audience == "staff") {
        s.audience = Audience::staff;
    } else if (audience == "parents") {
        s.audience = Audience::parents;
    } else {
        fail("", "unknown audience '" + audience + "' (staff or parents)");
    }
    s.title = detail::get_text(doc, "title", "");
    s.intro = detail::get_optional_text(doc, "intro", "");
    s.thanks = detail::get_optional_text(doc, "thanks", "");

    const json& qs = detail::required(doc, "questions", "");
    if (!qs.is_array() || qs.empty()) fail("", "'questions' must be a non-empty list");
    if (qs.size() > kMaxQuestions) fail("", "more than 100 questions");
    for (size_t i = 0; i < qs.size(); ++i) {
        s.questions.push_back(parse_question(qs[i], i, s.questions));
    }
    return s;
}

}  // namespace

Result<Survey> parse_survey(ByteView bytes) {
    return detail::parse_guarded<Survey>(bytes, "survey", parse_survey_document);
}

}  // namespace sk::survey
