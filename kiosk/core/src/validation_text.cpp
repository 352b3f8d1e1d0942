#include "validation_text.hpp"

#include <cmath>
#include <cstdio>

namespace sk::kiosk {

std::string format_number(double v) {
    char buf[64];
    if (std::isfinite(v) && std::fabs(v) < 1e15 && v == std::floor(v)) {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    } else {
        std::snprintf(buf, sizeof buf, "%g", v);
    }
    return buf;
}

namespace {

std::string date_text(const std::optional<survey::Date>& d) {
    return d ? survey::format_date(*d) : std::string();
}

Message range(const char* both, const char* at_least, const char* at_most, std::string min,
              std::string max, bool has_min, bool has_max) {
    if (has_min && has_max) return {both, {{"min", min}, {"max", max}}};
    if (has_min) return {at_least, {{"min", min}}};
    if (has_max) return {at_most, {{"max", max}}};
    return {both, {{"min", min}, {"max", max}}};
}

}  // namespace

Message validation_message(const survey::Validation& v) {
    using E = survey::ValidationError;
    auto num = [](const std::optional<double>& d) { return d ? format_number(*d) : ""; };
    switch (v.error) {
        case E::none:
            return {};
        case E::required:
            return {"validation.required", {}};
        case E::too_few_choices:
            return {"validation.too_few_choices", {{"min", num(v.min)}}};
        case E::too_many_choices:
            return {"validation.too_many_choices", {{"max", num(v.max)}}};
        case E::out_of_range:
            return range("validation.out_of_range", "validation.at_least", "validation.at_most",
                         num(v.min), num(v.max), v.min.has_value(), v.max.has_value());
        case E::not_integer:
            return {"validation.not_integer", {}};
        case E::too_long:
            return {"validation.too_long",
                    {{"max", num(v.max)}, {"actual", std::to_string(v.actual)}}};
        case E::bad_date:
            return {"validation.bad_date", {}};
        case E::date_out_of_range:
            return range("validation.date_out_of_range", "validation.date_not_before",
                         "validation.date_not_after", date_text(v.min_date), date_text(v.max_date),
                         v.min_date.has_value(), v.max_date.has_value());
        case E::invalid_option:
            return {"validation.invalid_option", {}};
        case E::invalid_utf8:
            return {"validation.invalid_utf8", {}};
        case E::wrong_kind:
            return {"validation.wrong_kind", {}};
    }
    return {"validation.wrong_kind", {}};
}

Message constraint_hint(const survey::Question& q) {
    using T = survey::QuestionType;
    switch (q.type) {
        case T::multi: {
            auto max = q.max_choices ? q.max_choices : q.options.size();
            if (q.min_choices > 0 && max < q.options.size())
                return {"survey.hint.choose_between",
                        {{"min", std::to_string(q.min_choices)}, {"max", std::to_string(max)}}};
            if (q.min_choices > 0)
                return {"survey.hint.choose_at_least", {{"min", std::to_string(q.min_choices)}}};
            if (max < q.options.size())
                return {"survey.hint.choose_at_most", {{"max", std::to_string(max)}}};
            return {"survey.hint.choose_any", {}};
        }
        case T::number:
            if (q.min && q.max)
                return {"survey.hint.number_between",
                        {{"min", format_number(*q.min)}, {"max", format_number(*q.max)}}};
            if (q.min) return {"survey.hint.number_at_least", {{"min", format_number(*q.min)}}};
            if (q.max) return {"survey.hint.number_at_most", {{"max", format_number(*q.max)}}};
            return {};
        case T::short_text:
        case T::long_text:
            return {"survey.hint.max_chars", {{"max", std::to_string(q.max_len)}}};
        case T::date:
            return {"survey.hint.date_format", {}};
        default:
            return {};
    }
}

std::string localize(const I18n& i18n, const Message& m) {
    return m.empty() ? std::string() : i18n.tr(m.key, m.params);
}

}  // namespace sk::kiosk
