// App facade and boot: open the store, load strings and categories, start the shell.
#include "sk/kiosk/app.hpp"

#include "kiosk_shell.hpp"
#include "local_date.hpp"
#include "sk/crypto/init.hpp"

namespace sk::kiosk {

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

    auto shell = std::make_unique<KioskShell>(cfg, std::move(*t), std::move(*s), std::move(*cats));
    SK_TRY(shell->start());
    return App(std::move(shell));
}

App::App(std::unique_ptr<KioskShell> shell) : impl_(std::move(shell)) {}
App::App(App&&) noexcept = default;
App& App::operator=(App&&) noexcept = default;
App::~App() = default;

const AppView& App::view() const {
    return impl_->view();
}

void App::dispatch(const Intent& intent) {
    impl_->dispatch(intent);
    impl_->rebuild_view();
}

void App::tick(Clock::time_point now) {
    impl_->tick(now);
    if (impl_->dirty()) impl_->rebuild_view();
}

bool App::needs_redraw() const {
    return impl_->dirty();
}
void App::mark_drawn() {
    impl_->mark_drawn();
}
std::optional<Clock::time_point> App::next_deadline() const {
    return impl_->next_deadline();
}

char* App::text_buffer(FieldId id) {
    return impl_->pool().buffer(id);
}
size_t App::text_capacity(FieldId id) const {
    return impl_->pool().capacity(id);
}
uint64_t App::wipe_generation() const {
    return impl_->wipe_generation();
}

std::string App::tr(std::string_view key, const Params& params) const {
    return impl_->i18n().tr(key, params);
}
const I18n& App::i18n() const {
    return impl_->i18n();
}

std::vector<std::string> App::all_display_strings() const {
    return impl_->all_display_strings();
}

std::vector<std::string> App::input_characters() const {
    return impl_->keyboard().handwriting_characters();
}

bool App::keyboard_memory_zeroed() const {
    return impl_->keyboard().memory_zeroed();
}

bool App::quit_requested() const {
    return impl_->quit_requested();
}
storage::KioskStore& App::store() {
    return impl_->store();
}

}  // namespace sk::kiosk
