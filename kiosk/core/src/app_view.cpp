// Builds the AppView snapshot: every string localised here, typed text only by FieldId.
#include <algorithm>

#include "app_impl.hpp"
#include "sk/survey/skip_logic.hpp"
#include "tip_form.hpp"

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

}  // namespace

std::string AppImpl::tr(const Message& m) const {
    return m.empty() ? std::string() : i18n.tr(m.key, m.params);
}

namespace {

void build_question(const AppImpl& a, const SurveyRunner& r, QuestionView& v) {
    const std::string lc = lang_code(a.lang);
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
    const auto bound = [&](const std::optional<survey::DateBound>& b) {
        if (!b) return std::string();
        return survey::format_date(b->today ? a.today() : b->date);
    };
    v.date_min = bound(q.min_date);
    v.date_max = bound(q.max_date);
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
                                    ? a.i18n.tr("survey.likert." + std::to_string(value))
                                    : std::to_string(value);
            v.options.push_back({label, chosen == value});
        }
    } else {
        v.field = field::survey_question(uint32_t(r.current()));
        v.field_kind = field_kind_of(q.type);
        v.max_len = q.is_text() ? effective_max_len(q) : 0;
    }
    v.constraint = a.tr(constraint_hint(q));
    if (q.is_text())
        v.constraint = a.i18n.tr("survey.hint.max_chars", {{"max", std::to_string(v.max_len)}});
    v.error = a.tr(r.error());
}

std::string answer_summary(const AppImpl& a, const survey::Question& q, const survey::Answer* ans) {
    const std::string lc = lang_code(a.lang);
    if (!ans || !ans->answered()) return a.i18n.tr("survey.review.not_answered");
    using K = survey::Answer::Kind;
    std::string sep = a.lang == Lang::en ? ", " : "、";
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
                return a.i18n.tr("survey.likert." + std::to_string(ans->integer()));
            return std::to_string(ans->integer());
        default:
            return {};  // text, number, date: the UI shows the field itself
    }
}

void build_survey(const AppImpl& a, AppView& v) {
    const SurveyRunner& r = *a.runner;
    const std::string lc = lang_code(a.lang);
    const survey::Survey& s = r.survey();
    v.survey.title = s.title.in(lc);
    v.survey.intro = s.intro.in(lc);
    v.survey.position = r.position();
    v.survey.visible_count = r.visible_count();
    v.survey.is_last = r.is_last_visible();
    build_question(a, r, v.survey.question);
    if (a.screen != Screen::survey_review) return;
    for (size_t qi : survey::visible_questions(s, r.answers())) {
        const auto& q = s.questions[qi];
        ReviewItem item;
        item.label = q.text.in(lc);
        item.edit_target = int(qi);
        item.error = a.tr(r.error_of(qi));
        const survey::Answer* ans = r.answers().find(q.id);
        bool typed = q.is_text() || q.type == survey::QuestionType::number ||
                     q.type == survey::QuestionType::date;
        if (typed && ans && ans->answered()) {
            item.field = field::survey_question(uint32_t(qi));
        } else {
            item.summary = answer_summary(a, q, ans);
        }
        v.survey.review.push_back(std::move(item));
    }
}

void build_tip(const AppImpl& a, AppView& v) {
    const TipForm& t = *a.tip;
    const std::string lc = lang_code(a.lang);
    TipView& tv = v.tip;
    const auto& pages = tip_pages();
    auto it = std::find(pages.begin(), pages.end(),
                        a.screen == Screen::tip_contact_confirm ? Screen::tip_contact : a.screen);
    tv.page = it == pages.end() ? int(pages.size()) : int(it - pages.begin()) + 1;
    tv.page_count = int(pages.size());
    for (const auto& c : a.tip_cats.categories) {
        TipCategoryView cv{c.id, c.label.in(lc), c.help.in(lc), {}};
        for (const auto& sc : c.subcategories) cv.subcategory_labels.push_back(sc.label.in(lc));
        tv.categories.push_back(std::move(cv));
    }
    tv.category = t.category;
    tv.subcategory = t.subcategory;
    for (size_t i = 0; i < kTipFrequencyCount; ++i)
        tv.frequency_labels.push_back(
            a.i18n.tr(std::string("tip.frequency.") + kTipFrequencies[i]));
    tv.frequency = t.frequency;
    tv.contact_wanted = t.contact_wanted;
    tv.contact_warning = a.i18n.tr("tip.contact.warning");
    tv.error = a.tr(t.page_error());
    for (const auto& spec : tip_field_specs()) {
        if (spec.page != a.screen) continue;
        if (spec.id == field::tip_contact && !t.contact_wanted) continue;
        FieldView f;
        f.id = spec.id;
        f.kind = spec.multiline ? FieldKind::long_text : FieldKind::short_text;
        f.label = a.i18n.tr(spec.label_key);
        f.hint = a.i18n.tr(spec.hint_key);
        f.required = spec.id == field::tip_unit || spec.id == field::tip_what ||
                     spec.id == field::tip_contact;
        f.max_len = survey::tip_field_max_len(spec.tip_field);
        f.error = a.tr(t.field_error(spec.id));
        tv.fields.push_back(std::move(f));
    }
    if (a.screen != Screen::tip_review) return;
    ReviewItem cat{a.i18n.tr("tip.field.category"), {}, field::none, int(Screen::tip_category), {}};
    if (t.category >= 0) {
        const auto& c = a.tip_cats.categories[size_t(t.category)];
        cat.summary = c.label.in(lc);
        if (t.subcategory >= 0)
            cat.summary += " / " + c.subcategories[size_t(t.subcategory)].label.in(lc);
    }
    tv.review.push_back(std::move(cat));
    for (const auto& spec : tip_field_specs()) {
        ReviewItem item{a.i18n.tr(spec.label_key), {}, spec.id, int(spec.page), {}};
        if (spec.id == field::tip_contact && !t.contact_wanted) {
            item.field = field::none;
            item.summary = a.i18n.tr("tip.review.anonymous");
        }
        tv.review.push_back(std::move(item));
        if (spec.id == field::tip_since) {
            ReviewItem f{
                a.i18n.tr("tip.field.how_often"), {}, field::none, int(Screen::tip_details), {}};
            f.summary = t.frequency >= 0 ? tv.frequency_labels[size_t(t.frequency)]
                                         : a.i18n.tr("survey.review.not_answered");
            tv.review.push_back(std::move(f));
        }
    }
}

void build_admin(const AppImpl& a, AppView& v) {
    AdminView& ad = v.admin;
    ad.pin_digits = int(a.pin_len);
    ad.pin_max_digits = int(crypto::kMaxPinDigits);
    ad.locked_seconds = a.screen == Screen::admin_pin ? int(a.pin_locked_seconds()) : 0;
    ad.failed_attempts = int(a.pin_attempts.failed);
    ad.message = a.tr(a.admin_msg);
    if (ad.locked_seconds > 0) {
        ad.message = a.i18n.tr("admin.locked", {{"seconds", std::to_string(ad.locked_seconds)}});
    } else if (a.admin_msg.key == "admin.locked") {
        ad.message.clear();  // the lock-out is over: "try again in 30 s" would be a lie
    }
    ad.sync_available = a.sync && a.sync->available();
    ad.usb_drives = a.admin_usb_drives;
    ad.change_stage = a.change_stage;
    ad.notices = a.notices;
    const std::string lc = lang_code(a.lang);
    for (const auto& c : a.admin_counts) {
        std::string label;
        if (!c.survey_id.empty()) {
            std::string title = c.survey_id;
            for (const auto& s : a.content.surveys)
                if (s.id == c.survey_id) title = s.title.in(lc);
            label = a.i18n.tr(c.key, {{"title", title}});
        } else {
            label = a.i18n.tr(c.key);
        }
        ad.counts.push_back({std::move(label), c.count});
    }
}

}  // namespace

void AppImpl::rebuild_view() {
    AppView v;
    v.screen = screen;
    v.overlay = overlay;
    v.still_there_seconds = still_there_seconds;
    v.lang = lang;
    v.provisioned = content.bureau.has_value();
    if (!v.provisioned) v.not_provisioned_msg = i18n.tr("home.not_provisioned");
    v.idle_hint = i18n.tr("attract.privacy");
    const std::string lc = lang_code(lang);
    for (const auto& s : content.surveys)
        v.surveys.push_back(
            {s.id, s.title.in(lc), s.intro.in(lc), int(s.questions.size()),
             i18n.tr(s.audience == survey::Audience::parents ? "home.audience.parents"
                                                             : "home.audience.staff")});
    if (runner) build_survey(*this, v);
    if (screen == Screen::survey_thanks)
        v.survey.thanks = thanks_text.empty() ? i18n.tr("survey.thanks") : thanks_text;
    if (tip) build_tip(*this, v);

    ReceiptView& rv = v.receipt;
    // The code only ever appears on the screen that shows it after a committed tip.
    if (screen == Screen::receipt_shown && !receipt.empty())
        rv.code = std::string_view(reinterpret_cast<const char*>(receipt.data()));
    if (screen == Screen::receipt_shown && !receipt_grouped.empty())
        rv.code_grouped = std::string_view(reinterpret_cast<const char*>(receipt_grouped.data()));
    rv.error = tr(lookup_error);
    rv.board_installed = lookup_board;
    rv.found = lookup_found;
    if (lookup_found) {
        rv.status = i18n.tr(lookup_status_key);
        rv.reply = lang == Lang::en && !lookup_reply_en.empty() ? lookup_reply_en : lookup_reply_zh;
        if (rv.reply.empty()) rv.reply = lookup_reply_en;
        rv.board_date = lookup_updated;
        rv.result_text = i18n.tr("receipt.result.found", {{"date", lookup_updated}});
    } else {
        rv.result_text =
            i18n.tr(lookup_board ? "receipt.result.not_on_board" : "receipt.result.no_board");
    }

    v.submit_error.message = tr(submit_msg);
    v.submit_error.detail = submit_detail;
    v.submit_error.retry_after_seconds = submit_retry_after;
    v.submit_error.back_to = submit_back;
    build_admin(*this, v);
    keyboard.fill_view(v.keyboard);

    for (auto& r : view.survey.review) crypto::wipe(r.summary);
    for (auto& r : view.tip.review) crypto::wipe(r.summary);
    view = std::move(v);
    dirty = true;
}

}  // namespace sk::kiosk
