// App facade and boot: open the store, load strings, categories and content.
#include "sk/kiosk/app.hpp"

#include <cstdlib>

#include "app_impl.hpp"
#include "local_date.hpp"
#include "sk/crypto/init.hpp"

namespace sk::kiosk {

namespace {

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

void AppImpl::load_settings() {
    idle_timeout = setting_seconds(store, kSettingIdleTimeout, kDefaultIdleTimeout, 10, 3600);
    tip_min_interval =
        setting_seconds(store, kSettingTipMinInterval, kDefaultTipMinInterval, 0, 86400);
    if (cfg.ignore_tip_interval) tip_min_interval = std::chrono::seconds(0);
}

Result<void> AppImpl::reload_content() {
    // Survey runners point into the old content: a reload only happens outside a session.
    runner.reset();
    auto c = load_content(store, today());
    if (!c) return c.error();
    content = std::move(*c);
    load_settings();
    return ok();
}

survey::Date AppImpl::today() const {
    return local_date(cfg.clocks.wall_now());
}

void AppImpl::log(storage::EventLevel lvl, storage::EventCode code, int64_t n) {
    (void)store.log_event(lvl, code, n);  // best effort: logging never blocks a flow
}

Result<App> App::open(const AppConfig& cfg_in) {
    SK_TRY(crypto::init());
    AppConfig cfg = cfg_in;
    if (!cfg.clocks.now) cfg.clocks.now = [] { return Clock::now(); };
    if (!cfg.clocks.wall_now) cfg.clocks.wall_now = [] { return WallClock::now(); };

    auto t = I18n::load(cfg.assets_dir);
    if (!t) return t.error();
    auto cats = load_tip_categories(cfg.assets_dir);
    if (!cats) return cats.error();

    std::error_code ec;
    std::filesystem::create_directories(cfg.data_dir, ec);
    if (ec) return Error{Errc::io_error, "cannot create " + cfg.data_dir.string()};
    auto s = storage::KioskStore::open(cfg.data_dir / "kiosk.db");
    if (!s) return s.error();
    auto wall = cfg.clocks.wall_now;
    s->set_clock([wall] { return unix_seconds(wall()); });

    if (cfg.demo) SK_TRY(provision_demo(*s, cfg.assets_dir, local_date(wall())));

    auto impl = std::make_unique<AppImpl>(cfg, std::move(*t), std::move(*s), std::move(*cats));
    SK_TRY(impl->reload_content());
    impl->sync = cfg.make_sync_actions ? cfg.make_sync_actions(impl->store) : nullptr;
    if (!impl->sync) impl->sync = std::make_unique<NullSyncActions>();
    impl->load_input_engines();
    impl->lang = cfg.lang;
    impl->i18n.set_lang(cfg.lang);
    impl->last_activity = impl->now();
    // The anti-flood clock is not on disk (only the day of the latest tip is): a start on a
    // day with a tip counts as a tip just now, so restarting never lets a flood through. If
    // the day cannot be read, the same (fail closed).
    auto last_tip_day = impl->store.last_tip_day();
    if (!last_tip_day || *last_tip_day == std::optional<storage::Day>(day_number(impl->today())))
        impl->last_tip_at = impl->now();
    // The PIN lock-out is not on disk either (only the failure count is): a start after
    // failures at or over the threshold starts the lock afresh, so a restart never shortens
    // it. If the count cannot be read, the PIN pad refuses every attempt until it can.
    if (auto pin = impl->store.pin_attempts()) impl->take_pin_attempts(*pin);
    impl->log(storage::EventLevel::info, storage::EventCode::kiosk_started,
              int64_t(impl->content.surveys.size()));
    impl->rebuild_view();
    return App(std::move(impl));
}

App::App(std::unique_ptr<AppImpl> impl) : impl_(std::move(impl)) {}
App::App(App&&) noexcept = default;
App& App::operator=(App&&) noexcept = default;
App::~App() = default;

const AppView& App::view() const {
    return impl_->view;
}

void App::dispatch(const Intent& intent) {
    impl_->dispatch(intent);
    impl_->rebuild_view();
}

void App::tick(Clock::time_point now) {
    impl_->tick(now);
    if (impl_->dirty) impl_->rebuild_view();
}

bool App::needs_redraw() const {
    return impl_->dirty;
}
void App::mark_drawn() {
    impl_->dirty = false;
}
std::optional<Clock::time_point> App::next_deadline() const {
    return impl_->next_deadline();
}

char* App::text_buffer(FieldId id) {
    return impl_->pool.buffer(id);
}
size_t App::text_capacity(FieldId id) const {
    return impl_->pool.capacity(id);
}
uint64_t App::wipe_generation() const {
    return impl_->wipe_gen;
}

std::string App::tr(std::string_view key, const Params& params) const {
    return impl_->i18n.tr(key, params);
}
const I18n& App::i18n() const {
    return impl_->i18n;
}

std::vector<std::string> App::all_display_strings() const {
    std::vector<std::string> out = impl_->i18n.all_strings();
    auto add = [&](const survey::LocalizedText& t) {
        if (!t.zh_cn.empty()) out.push_back(t.zh_cn);
        if (!t.en.empty()) out.push_back(t.en);
    };
    for (const auto& s : impl_->content.surveys) {
        add(s.title);
        add(s.intro);
        add(s.thanks);
        for (const auto& q : s.questions) {
            add(q.text);
            add(q.help);
            for (const auto& o : q.options) add(o.label);
        }
    }
    for (const auto& c : impl_->tip_cats.categories) {
        add(c.label);
        add(c.help);
        for (const auto& sc : c.subcategories) add(sc.label);
    }
    for (const auto& n : impl_->notices) out.push_back(n);
    return out;
}

std::vector<std::string> App::input_characters() const {
    return impl_->keyboard.handwriting_characters();
}

bool App::keyboard_memory_zeroed() const {
    return impl_->keyboard.memory_zeroed();
}

bool App::quit_requested() const {
    return impl_->quit;
}
storage::KioskStore& App::store() {
    return impl_->store;
}

}  // namespace sk::kiosk
