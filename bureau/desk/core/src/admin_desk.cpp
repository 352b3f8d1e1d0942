// The Desk's side of the Admin screen: who may open it (the core decides) and handing its
// intents to AdminDesk with the session, home and clock.
#include "sk/desk/desk.hpp"

namespace sk::desk {

bool Desk::open_admin() {
    // Users, keys and kiosks are the lead's: the core's manage_users right stands for all.
    if (!authorized(bureau::Permission::manage_users)) return false;
    const std::filesystem::path start =
        config_.start_dir.empty() ? FolderBrowser::default_start() : config_.start_dir;
    if (auto r = admin_.load(*session_, start); !r) {
        set_error(r.error().message);
        return false;
    }
    ++data_generation_;
    return true;
}

void Desk::act_admin(const AdminIntent& i) {
    if (screen_ != Screen::admin || !authorized(bureau::Permission::manage_users)) return;
    const AdminContext c{*session_, config_.home, clock_.now(), clock_.today(), lang()};
    auto r = admin_.act(c, i);
    ++data_generation_;  // refusals quote what was typed; tables changed
    if (!r) return set_error(r.error().message);
    set_ok(std::move(*r));
}

}  // namespace sk::desk
