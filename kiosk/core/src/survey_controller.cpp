#include "survey_controller.hpp"

#include <algorithm>

#include "date_picker.hpp"
#include "survey_view.hpp"

namespace sk::kiosk {

void SurveyController::enter(const Intent& in) {
    const auto* start = std::get_if<intent::StartSurvey>(&in);
    if (!start || !s_.content.bureau) return;
    const auto& surveys = s_.content.surveys;
    auto it = std::find_if(surveys.begin(), surveys.end(),
                           [&](const survey::Survey& s) { return s.id == start->survey_id; });
    if (it == surveys.end()) return;
    s_.host.new_session();
    thanks_text_.clear();
    runner_.emplace(*it, s_.pool);
    s_.host.go(it->intro.empty() ? Screen::survey_question : Screen::survey_intro);
}

void SurveyController::handle(Screen on, const Intent& in) {
    if (on == Screen::survey_thanks) {
        // Any touch (or Done) ends it; the record is stored, nothing to lose.
        if (std::holds_alternative<intent::TouchAnywhere>(in) ||
            std::holds_alternative<intent::Next>(in))
            s_.host.leave_session(Screen::attract);
        return;
    }
    if (!runner_) return;
    if (on == Screen::survey_intro) {
        if (std::holds_alternative<intent::Next>(in)) s_.host.go(Screen::survey_question);
        if (std::holds_alternative<intent::Back>(in)) s_.host.leave_session(Screen::home);
    } else if (on == Screen::survey_question) {
        question_intent(in);
    } else if (on == Screen::survey_review) {
        if (const auto* e = std::get_if<intent::EditQuestion>(&in)) {
            if (e->index >= 0 && runner_->go_to(size_t(e->index)))
                s_.host.go(Screen::survey_question);
        } else if (std::holds_alternative<intent::Back>(in)) {
            s_.host.go(Screen::survey_question);
        } else if (std::holds_alternative<intent::Submit>(in)) {
            submit();
        }
    }
}

void SurveyController::question_intent(const Intent& in) {
    SurveyRunner& r = *runner_;
    if (const auto* i = std::get_if<intent::ChooseOption>(&in)) {
        r.choose(i->index);
    } else if (const auto* t = std::get_if<intent::ToggleOption>(&in)) {
        r.toggle(t->index);
    } else if (std::holds_alternative<intent::ClearAnswer>(in)) {
        r.clear_answer();
    } else if (const auto* n = std::get_if<intent::SetNumber>(&in)) {
        r.set_number(n->value);
    } else if (const auto* d = std::get_if<intent::SetDate>(&in)) {
        r.set_date(survey::Date{d->year, d->month, d->day});
    } else if (const auto* step = std::get_if<intent::DateStep>(&in)) {
        date_step(step->part, step->delta);
    } else if (std::holds_alternative<intent::DateUse>(in)) {
        date_use();
    } else if (const auto* k = std::get_if<intent::NumberKey>(&in)) {
        number_key(k->key);
    } else if (std::holds_alternative<intent::NumberBackspace>(in)) {
        number_backspace();
    } else if (std::holds_alternative<intent::Next>(in)) {
        next();
    } else if (std::holds_alternative<intent::Back>(in)) {
        back();
    } else if (std::holds_alternative<intent::Review>(in)) {
        review();
    }
}

void SurveyController::next() {
    bool at_end = false;
    if (runner_->next(s_.clock.today(), at_end)) return;
    if (at_end) review();
}

void SurveyController::back() {
    if (runner_->back()) return;
    if (!runner_->survey().intro.empty()) {
        s_.host.go(Screen::survey_intro);
    } else {
        s_.host.leave_session(Screen::home);  // back from the first question, no intro
    }
}

void SurveyController::review() {
    runner_->validate_all(s_.clock.today());
    s_.host.go(Screen::survey_review);
}

void SurveyController::submit() {
    if (auto bad = runner_->validate_all(s_.clock.today())) {
        runner_->go_to(*bad);
        s_.host.go(Screen::survey_question);
        return;
    }
    const std::string lc = lang_code(s_.host.lang());
    auto pt = runner_->serialize(lc);
    if (!pt) {
        // Only a bug can get here (validate_all passed); the message carries no answer text.
        s_.host.show_submit_error(submit_failure(pt.error(), Screen::survey_review));
        return;
    }
    const survey::Survey& s = runner_->survey();
    auto r = s_.sealer.seal_and_store(crypto::RecordKind::survey_response, s.id, *pt);
    pt->reset();
    if (!r) {
        s_.host.show_submit_error(submit_failure(r.error(), Screen::survey_review));
        return;
    }
    thanks_text_ = s.thanks.in(lc);
    s_.host.leave_session(Screen::survey_thanks);
    thanks_deadline_ = s_.clock.now() + kThanksTimeout;
}

// The number pad writes into the question's field here, not in the view.
void SurveyController::number_key(char key) {
    const survey::Question& q = runner_->question();
    if (q.type != survey::QuestionType::number) return;
    const bool ok = (key >= '0' && key <= '9') || (key == '-' && !(q.min && *q.min >= 0)) ||
                    (key == '.' && !q.integer);
    if (!ok) return;
    const FieldId f = field::survey_question(uint32_t(runner_->current()));
    if (s_.pool.append(f, std::string_view(&key, 1), 0)) runner_->text_edited(f);
}

void SurveyController::number_backspace() {
    if (runner_->question().type != survey::QuestionType::number) return;
    const FieldId f = field::survey_question(uint32_t(runner_->current()));
    if (s_.pool.pop_code_point(f)) runner_->text_edited(f);
}

void SurveyController::date_step(int part, int delta) {
    const survey::Question& q = runner_->question();
    if (q.type != survey::QuestionType::date || part < 0 || part > 2 || delta == 0) return;
    const survey::Date today = s_.clock.today();
    const DateRange range = date_range(q, today);
    bool chosen = false;
    const FieldId f = field::survey_question(uint32_t(runner_->current()));
    const survey::Date from = picker_date(s_.pool.text(f), range, today, chosen);
    runner_->set_date(step_date(from, part, delta, range));
}

void SurveyController::date_use() {
    const survey::Question& q = runner_->question();
    if (q.type != survey::QuestionType::date) return;
    const survey::Date today = s_.clock.today();
    bool chosen = false;
    const FieldId f = field::survey_question(uint32_t(runner_->current()));
    runner_->set_date(picker_date(s_.pool.text(f), date_range(q, today), today, chosen));
}

void SurveyController::fill_view(Screen current, AppView& v) const {
    if (runner_)
        fill_survey_view(*runner_, s_.pool, s_.i18n, s_.clock.today(),
                         current == Screen::survey_review, v.survey);
    if (current == Screen::survey_thanks)
        v.survey.thanks = thanks_text_.empty() ? s_.i18n.tr("survey.thanks") : thanks_text_;
}

std::optional<KeyboardTarget> SurveyController::keyboard_target(Screen on, FieldId f) const {
    if (on != Screen::survey_question || !runner_ ||
        f != field::survey_question(uint32_t(runner_->current())))
        return std::nullopt;
    const survey::Question& q = runner_->question();
    if (!q.is_text()) return std::nullopt;  // numbers and dates have their own pads
    const FieldKind k =
        q.type == survey::QuestionType::long_text ? FieldKind::long_text : FieldKind::short_text;
    return KeyboardTarget{f, k, effective_max_len(q)};
}

void SurveyController::text_edited(FieldId f) {
    if (runner_) runner_->text_edited(f);
}

bool SurveyController::has_input() const {
    return runner_ && !runner_->answers().empty();
}

void SurveyController::wipe_typed() {
    if (runner_) runner_->wipe();
}

void SurveyController::reset() {
    runner_.reset();
}

std::optional<Clock::time_point> SurveyController::deadline(Screen current) const {
    if (current != Screen::survey_thanks) return std::nullopt;
    return thanks_deadline_;
}

bool SurveyController::on_time(Screen current, Clock::time_point t, const AppView&) {
    if (current != Screen::survey_thanks || t < thanks_deadline_) return false;
    s_.host.leave_session(Screen::attract);
    return true;
}

}  // namespace sk::kiosk
