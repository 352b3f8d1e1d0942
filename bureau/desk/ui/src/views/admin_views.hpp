// The Admin screen's tabs (draw-only: they read Desk::admin() and emit intent::Admin).
#pragma once

#include "../view_kit.hpp"

namespace sk::desk::ui {

inline void emit_admin(ViewCtx& v, AdminIntent i) {
    v.emit(intent::Admin{std::move(i)});
}
// The core's refusal kept beside a form (nothing when empty), wrapped.
void admin_refusal(ViewCtx& v, const std::string& error);
// The Admin screen's file browser: folders open, files are picked (kiosk keys, surveys).
void draw_admin_browser(ViewCtx& v);

void draw_admin_users(ViewCtx& v);
void draw_admin_kiosks(ViewCtx& v);
void draw_admin_surveys(ViewCtx& v);
void draw_admin_keys(ViewCtx& v);
void draw_admin_audit(ViewCtx& v);

}  // namespace sk::desk::ui
