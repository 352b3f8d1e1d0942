// Routing: overlays first, then the keyboard, then the current screen's controller (a
// lookup in the screen table). An intent that makes no sense on the current screen is
// ignored (the UI may be one frame behind); none of them can crash the core.
#include "kiosk_shell.hpp"

#include <cstdlib>

#include "keyboard_session.hpp"
#include "screen_table.hpp"

namespace sk::kiosk {

namespace {

std::unique_ptr<SyncActions> make_sync(const AppConfig& cfg, storage::KioskStore& store) {
    std::unique_ptr<SyncActions> s = cfg.make_sync_actions ? cfg.make_sync_actions(store) : nullptr;
    if (!s) s = std::make_unique<NullSyncActions>();
    return s;
}

std::chrono::seconds setting_seconds(const storage::KioskStore& s, const char* key,
                                     std::chrono::seconds fallback, long lo, long hi) {
    auto v = s.setting(key);
    if (!v || !v->has_value()) return fallback;
    char* end = nullptr;
    long n = std::strtol((*v)->c_str(), &end, 10);
    if (end == (*v)->c_str() || *end != '\0' || n < lo || n > hi) return fallback;
    return std::chrono::seconds(n);
}

}  // namespace

KioskShell::KioskShell(AppConfig cfg, I18n i18n, storage::KioskStore store,
                       survey::TipCategories categories)
    : cfg_(std::move(cfg)),
      clock_(cfg_.clocks),
      i18n_(std::move(i18n)),
      store_(std::move(store)),
      categories_(std::move(categories)),
      sync_(make_sync(cfg_, store_)),
      home_(*this, content_, i18n_),
      survey_({*this, content_, pool_, i18n_, clock_, sealer_}),
      tip_({*this, content_, categories_, pool_, i18n_, clock_, sealer_}),
      lookup_({*this, content_, pool_, i18n_, store_}),
      submit_error_(*this, i18n_),
      admin_({*this, store_, content_, i18n_, clock_, *sync_, notices_}) {
    flows_[size_t(Flow::home)] = &home_;
    flows_[size_t(Flow::survey)] = &survey_;
    flows_[size_t(Flow::tip)] = &tip_;
    flows_[size_t(Flow::receipt_lookup)] = &lookup_;
    flows_[size_t(Flow::submit_error)] = &submit_error_;
    flows_[size_t(Flow::admin)] = &admin_;
}

KioskShell::~KioskShell() {
    wipe_all();
}

Result<void> KioskShell::start() {
    SK_TRY(reload_content());
    notices_ = load_input_engines(cfg_, keyboard_);
    set_lang(cfg_.lang);
    idle_.activity(clock_.now());
    // The anti-flood clock is not on disk (only the day of the latest tip is): a start on a
    // day with a tip counts as a tip just now, so restarting never lets a flood through. If
    // the day cannot be read, the same (fail closed).
    auto last_tip_day = store_.last_tip_day();
    if (!last_tip_day || *last_tip_day == std::optional<storage::Day>(day_number(clock_.today())))
        tip_.assume_tip_now();
    // The PIN lock-out is not on disk either (only the failure count is): a start after
    // failures at or over the threshold starts the lock afresh, so a restart never shortens
    // it. If the count cannot be read, the PIN pad refuses every attempt until it can.
    if (auto pin = store_.pin_attempts()) admin_.take_pin_attempts(*pin);
    log_event(store_, storage::EventLevel::info, storage::EventCode::kiosk_started,
              int64_t(content_.surveys.size()));
    rebuild_view();
    return ok();
}

void KioskShell::load_settings() {
    idle_.set_timeout(setting_seconds(store_, kSettingIdleTimeout, kDefaultIdleTimeout, 10, 3600));
    auto tip_interval =
        setting_seconds(store_, kSettingTipMinInterval, kDefaultTipMinInterval, 0, 86400);
    tip_.set_min_interval(cfg_.ignore_tip_interval ? std::chrono::seconds(0) : tip_interval);
}

Result<void> KioskShell::reload_content() {
    // The survey runner points into the old content: a reload only happens outside a session.
    survey_.reset();
    auto c = load_content(store_, clock_.today());
    if (!c) return c.error();
    content_ = std::move(*c);
    load_settings();
    return ok();
}

FlowController& KioskShell::controller_of(Screen s) {
    return *flows_[size_t(flow_of(s).value_or(Flow::home))];
}

const FlowController& KioskShell::controller_of(Screen s) const {
    return *flows_[size_t(flow_of(s).value_or(Flow::home))];
}

void KioskShell::go(Screen s) {
    screen_ = s;
    dirty_ = true;
}

void KioskShell::set_lang(Lang l) {
    lang_ = l;
    i18n_.set_lang(l);
    dirty_ = true;
}

void KioskShell::enter(Flow f, const Intent& in) {
    flows_[size_t(f)]->enter(in);
}

// Returns true when the overlay took the intent.
bool KioskShell::overlay_intent(const Intent& in) {
    if (overlay_ == Overlay::confirm_exit) {
        // Only the question's two answers count; the screen underneath is not live.
        if (std::holds_alternative<intent::ConfirmExit>(in)) {
            end_session();
        } else if (std::holds_alternative<intent::KeepGoing>(in)) {
            overlay_ = Overlay::none;
            dirty_ = true;
        }
        return true;
    }
    if (overlay_ != Overlay::still_there) return false;
    overlay_ = Overlay::none;  // any input means someone is there
    dirty_ = true;
    return std::holds_alternative<intent::KeepGoing>(in) ||
           std::holds_alternative<intent::TouchAnywhere>(in);
}

void KioskShell::dispatch(const Intent& in) {
    idle_.activity(clock_.now());
    const bool from_still_there = overlay_ == Overlay::still_there;
    if (overlay_intent(in)) return;
    dirty_ = true;
    if (screen_ == Screen::attract) {
        home_.handle(Screen::attract, in);  // every touch wakes it, the corner opens admin
        return;
    }
    FieldId edited = field::none;
    if (keyboard_intent(
            keyboard_, in, [this](FieldId f) { return keyboard_target(f); }, lang_, edited)) {
        if (edited != field::none) text_edited(edited);
        return;
    }
    // Leaving the field or the page (Next, Back, Review, a choice...): pinyin letters not
    // yet turned into characters go in as typed, before anything validates the field.
    if (keyboard_.is_open() && keyboard_.has_pending() &&
        !std::holds_alternative<intent::TouchAnywhere>(in) &&
        !std::holds_alternative<intent::Exit>(in)) {
        keyboard_.commit_letters();
        text_edited(keyboard_.field());
    }
    if (const auto* l = std::get_if<intent::SetLanguage>(&in)) {
        set_lang(l->lang);
    } else if (const auto* t = std::get_if<intent::TextEdited>(&in)) {
        text_edited(t->field);
    } else if (std::holds_alternative<intent::Exit>(in)) {
        // Nothing to lose once the record is stored (receipt, thanks).
        const bool stored = screen_ == Screen::receipt_shown || screen_ == Screen::survey_thanks;
        if (from_still_there || stored || !is_session_screen(screen_) || !session_has_input()) {
            end_session();
        } else {
            overlay_ = Overlay::confirm_exit;
        }
    } else if (!std::holds_alternative<intent::ConfirmExit>(in) &&
               !std::holds_alternative<intent::KeepGoing>(in)) {
        current().handle(screen_, in);
    }
    // The keyboard closes when its field left the screen (page change, contact off).
    if (keyboard_.is_open() && !keyboard_target(keyboard_.field())) keyboard_.close();
}

void KioskShell::tick(Clock::time_point t) {
    if (screen_ == Screen::attract) return;
    if (current().on_time(screen_, t, view_)) dirty_ = true;
    if (screen_ == Screen::attract) return;  // the flow ended the session (thanks page)
    switch (idle_.tick(t, overlay_ == Overlay::still_there)) {
        case IdleTimer::Event::expired:
            end_session();
            break;
        case IdleTimer::Event::still_there:
            overlay_ = Overlay::still_there;
            dirty_ = true;
            break;
        case IdleTimer::Event::countdown_changed:
            dirty_ = true;
            break;
        case IdleTimer::Event::none:
            break;
    }
}

std::optional<Clock::time_point> KioskShell::next_deadline() const {
    if (screen_ == Screen::attract) return std::nullopt;
    const Clock::time_point t = clock_.now();
    if (overlay_ == Overlay::still_there) return idle_.next(t, true);
    Clock::time_point d = idle_.next(t, false);
    if (auto own = controller_of(screen_).deadline(screen_); own && *own < d) d = *own;
    return d;
}

std::optional<KeyboardTarget> KioskShell::keyboard_target(FieldId f) const {
    if (f == field::none || !pool_.has(f)) return std::nullopt;
    return controller_of(screen_).keyboard_target(screen_, f);
}

void KioskShell::open_keyboard(FieldId f) {
    if (auto t = keyboard_target(f)) keyboard_.open(*t, lang_);
}

void KioskShell::text_edited(FieldId f) {
    for (FlowController* c : flows_) c->text_edited(f);
}

void KioskShell::show_submit_error(SubmitFailure f) {
    submit_error_.show(std::move(f));
}

void KioskShell::retry_submit(Screen review) {
    if (review != Screen::submit_error) controller_of(review).handle(review, intent::Submit{});
}

void KioskShell::wipe_typed() {
    for (FlowController* c : flows_) c->wipe_typed();
    keyboard_.wipe();
    pool_.wipe_all();
    // Review summaries in the view name the choices someone made.
    for (auto& r : view_.survey.review) crypto::wipe(r.summary);
    for (auto& r : view_.tip.review) crypto::wipe(r.summary);
    view_.survey.review.clear();
    view_.tip.review.clear();
    ++wipe_gen_;
    dirty_ = true;
}

void KioskShell::wipe_all() {
    wipe_typed();
    for (FlowController* c : flows_) c->reset();
}

void KioskShell::new_session() {
    wipe_all();
    pool_.release_all();  // the previous respondent's (zeroed) buffers
}

void KioskShell::leave_session(Screen s) {
    if (s == Screen::attract) {
        end_session();
        return;
    }
    wipe_all();
    go(s);
}

void KioskShell::end_session() {
    wipe_all();
    overlay_ = Overlay::none;
    set_lang(cfg_.lang);  // the next person starts in the default language
    go(Screen::attract);
}

void KioskShell::quit() {
    wipe_all();
    quit_ = true;
    dirty_ = true;
}

bool KioskShell::session_has_input() const {
    if (pool_.any_text() || keyboard_.has_pending()) return true;
    for (const FlowController* c : flows_)
        if (c->has_input()) return true;
    return false;
}

void KioskShell::rebuild_view() {
    AppView v;
    v.screen = screen_;
    v.overlay = overlay_;
    v.still_there_seconds = idle_.seconds_left();
    v.lang = lang_;
    for (const FlowController* c : flows_) c->fill_view(screen_, v);
    keyboard_.fill_view(v.keyboard);
    for (auto& r : view_.survey.review) crypto::wipe(r.summary);
    for (auto& r : view_.tip.review) crypto::wipe(r.summary);
    view_ = std::move(v);
    dirty_ = true;
}

std::vector<std::string> KioskShell::all_display_strings() const {
    std::vector<std::string> out = i18n_.all_strings();
    auto add = [&](const survey::LocalizedText& t) {
        if (!t.zh_cn.empty()) out.push_back(t.zh_cn);
        if (!t.en.empty()) out.push_back(t.en);
    };
    for (const auto& s : content_.surveys) {
        add(s.title);
        add(s.intro);
        add(s.thanks);
        for (const auto& q : s.questions) {
            add(q.text);
            add(q.help);
            for (const auto& o : q.options) add(o.label);
        }
    }
    for (const auto& c : categories_.categories) {
        add(c.label);
        add(c.help);
        for (const auto& sc : c.subcategories) add(sc.label);
    }
    for (const auto& n : notices_) out.push_back(n);
    return out;
}

}  // namespace sk::kiosk
