#include "survey_view.hpp"

#include <algorithm>

#include "date_picker.hpp"
#include "sk/survey/skip_logic.hpp"

namespace sk::kiosk {

namespace {

QuestionKind kind_of(survey::QuestionType t) {
    using T = survey::QuestionType;
    switch (t) {
        case T::single:
            return QuestionKind::single;
        case T::multi:
            return QuestionKind::multi;
        case T::likert5:
            return QuestionKind::likert5;
        case T::rating10:
            return QuestionKind::rating10;
        case T::short_text:
            return QuestionKind::short_text;
        case T::long_text:
            return QuestionKind::long_text;
        case T::number:
            return QuestionKind::number;
        case T::date:
            return QuestionKind::date;
    }
    return QuestionKind::single;
}

FieldKind field_kind_of(survey::QuestionType t) {
    using T = survey::QuestionType;
    switch (t) {
        case T::long_text:
            return FieldKind::long_text;
        case T::number:
            return FieldKind::number;
        case T::date:
            return FieldKind::date;
        default:
            return FieldKind::short_text;
    }
}

void build_question(const SurveyRunner& r, TextPool& pool, const I18n& i18n,
                    const survey::Date& today, QuestionView& v) {
    const std::string lc = lang_code(i18n.lang());
    const survey::Question& q = r.question();
    const survey::Answer* ans = r.answers().find(q.id);
    v = QuestionView{};
    v.index = int(r.current());
    v.id = q.id;
    v.kind = kind_of(q.type);
    v.text = q.text.in(lc);
    v.help = q.help.in(lc);
    v.required = q.required;
    v.number_negative = !(q.min && *q.min >= 0);
    v.number_decimal = !q.integer;
    const DateRange range = date_range(q, today);
    if (range.min) v.date_min = survey::format_date(*range.min);
    if (range.max) v.date_max = survey::format_date(*range.max);
    using T = survey::QuestionType;
    if (q.type == T::single || q.type == T::multi) {
        for (const auto& o : q.options) {
            bool sel = false;
            if (ans && ans->kind() == survey::Answer::Kind::choice) sel = ans->choice() == o.value;
            if (ans && ans->kind() == survey::Answer::Kind::choices)
                sel = std::find(ans->choices().begin(), ans->choices().end(), o.value) !=
                      ans->choices().end();
            v.options.push_back({o.label.in(lc), sel});
        }
        v.min_choices = int(q.min_choices);
        v.max_choices = int(q.max_choices ? q.max_choices : q.options.size());
    } else if (q.type == T::likert5 || q.type == T::rating10) {
        int n = q.type == T::likert5 ? 5 : 11;
        int64_t chosen = ans && ans->kind() == survey::Answer::Kind::integer ? ans->integer() : -1;
        for (int i = 0; i < n; ++i) {
            int value = q.type == T::likert5 ? i + 1 : i;
            std::string label = q.type == T::likert5
                                    ? i18n.tr("survey.likert." + std::to_string(value))
                                    : std::to_string(value);
            v.options.push_back({label, chosen == value});
        }
    } else {
        v.field = field::survey_question(uint32_t(r.current()));
        v.field_kind = field_kind_of(q.type);
        v.max_len = q.is_text() ? effective_max_len(q) : 0;
    }
    if (q.type == T::date) {
        bool chosen = false;
        const survey::Date d = picker_date(pool.text(v.field), range, today, chosen);
        v.picker = {d.year, d.month, d.day, chosen};
    }
    v.constraint = localize(i18n, constraint_hint(q));
    if (q.is_text())
        v.constraint = i18n.tr("survey.hint.max_chars", {{"max", std::to_string(v.max_len)}});
    v.error = localize(i18n, r.error());
}

std::string answer_summary(const I18n& i18n, const survey::Question& q, const survey::Answer* ans) {
    const std::string lc = lang_code(i18n.lang());
    if (!ans || !ans->answered()) return i18n.tr("survey.review.not_answered");
    using K = survey::Answer::Kind;
    std::string sep = i18n.lang() == Lang::en ? ", " : "、";
    auto label = [&](const std::string& value) {
        for (const auto& o : q.options)
            if (o.value == value) return o.label.in(lc);
        return value;
    };
    switch (ans->kind()) {
        case K::choice:
            return label(ans->choice());
        case K::choices: {
            std::string s;
            for (const auto& c : ans->choices()) s += (s.empty() ? "" : sep) + label(c);
            return s;
        }
        case K::integer:
            if (q.type == survey::QuestionType::likert5)
                return i18n.tr("survey.likert." + std::to_string(ans->integer()));
            return std::to_string(ans->integer());
        default:
            return {};  // text, number, date: the UI shows the field itself
    }
}

}  // namespace

void fill_survey_view(const SurveyRunner& r, TextPool& pool, const I18n& i18n,
                      const survey::Date& today, bool review, SurveyView& out) {
    const std::string lc = lang_code(i18n.lang());
    const survey::Survey& s = r.survey();
    out.title = s.title.in(lc);
    out.intro = s.intro.in(lc);
    out.position = r.position();
    out.visible_count = r.visible_count();
    out.is_last = r.is_last_visible();
    build_question(r, pool, i18n, today, out.question);
    if (!review) return;
    for (size_t qi : survey::visible_questions(s, r.answers())) {
        const auto& q = s.questions[qi];
        ReviewItem item;
        item.label = q.text.in(lc);
        item.edit_target = int(qi);
        item.error = localize(i18n, r.error_of(qi));
        const survey::Answer* ans = r.answers().find(q.id);
        bool typed = q.is_text() || q.type == survey::QuestionType::number ||
                     q.type == survey::QuestionType::date;
        if (typed && ans && ans->answered()) {
            item.field = field::survey_question(uint32_t(qi));
        } else {
            item.summary = answer_summary(i18n, q, ans);
        }
        out.review.push_back(std::move(item));
    }
}

}  // namespace sk::kiosk
