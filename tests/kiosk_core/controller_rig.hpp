// Controller unit tests without ImGui and without App: the shared services on a temp store
// with the demo bureau key and surveys, and a FakeHost that records what a controller asked
// the shell to do (go to a screen, open the keyboard, start or leave a session ...).
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "content.hpp"
#include "flow_host.hpp"
#include "kiosk_clock.hpp"
#include "kiosk_test_util.hpp"
#include "sealer.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "text_pool.hpp"

namespace sk::kiosk::testing {

class FakeHost final : public FlowHost {
  public:
    explicit FakeHost(TextPool& pool) : pool_(&pool) {}

    Screen current = Screen::home;
    Lang language = Lang::zh_CN;
    std::vector<Screen> went;
    std::vector<std::pair<Flow, size_t>> entered;  // flow, Intent index
    int new_sessions = 0;
    int typed_wipes = 0;
    std::optional<Screen> left_to;
    std::vector<FieldId> keyboards;
    std::optional<SubmitFailure> failure;
    std::optional<Screen> retried;
    int reloads = 0;
    bool quitted = false;

    Screen screen() const override { return current; }
    Lang lang() const override { return language; }
    void go(Screen s) override {
        current = s;
        went.push_back(s);
    }
    void enter(Flow f, const Intent& in) override { entered.emplace_back(f, in.index()); }
    void new_session() override {
        ++new_sessions;
        pool_->release_all();
    }
    void wipe_typed() override {
        ++typed_wipes;
        pool_->wipe_all();
    }
    void leave_session(Screen s) override {
        left_to = s;
        current = s;
    }
    void open_keyboard(FieldId f) override { keyboards.push_back(f); }
    void show_submit_error(SubmitFailure f) override {
        failure = std::move(f);
        current = Screen::submit_error;
    }
    void retry_submit(Screen review) override { retried = review; }
    Result<void> reload_content() override {
        ++reloads;
        return ok();
    }
    void quit() override { quitted = true; }

  private:
    TextPool* pool_;
};

// The services a controller is built from, on the demo assets (2026-03-10, zh-CN).
struct ControllerRig {
    ControllerRig();

    TempDir dir;
    FakeClock fake_clock;
    KioskClock clock{fake_clock.clocks()};
    storage::KioskStore store;
    I18n i18n;
    Content content;
    survey::TipCategories categories;
    TextPool pool;
    Sealer sealer{store, content, clock};
    FakeHost host{pool};

    // Builds the view a controller fills for `s` (the rest stays default).
    template <class C>
    AppView view(const C& c, Screen s) const {
        AppView v;
        v.screen = s;
        c.fill_view(s, v);
        return v;
    }
};

}  // namespace sk::kiosk::testing
