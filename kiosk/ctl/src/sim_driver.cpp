// Shared driver steps: getting to the home screen, typing into a core text buffer.
#include <cstring>

#include "sim_driver.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::kiosk_sync::sim {

Result<void> AppDriver::to_home() {
    using kiosk::Screen;
    if (view().screen != Screen::attract && view().screen != Screen::home)
        app_.dispatch(kiosk::intent::Exit{});
    if (view().screen == Screen::attract) app_.dispatch(kiosk::intent::TouchAnywhere{});
    if (view().screen != Screen::home) return stuck("going home");
    if (!view().provisioned)
        return Error{Errc::not_found, "kiosk is not provisioned (run kioskctl init first)"};
    return ok();
}

void AppDriver::type(kiosk::FieldId id, const std::string& text) {
    char* buf = app_.text_buffer(id);
    const size_t cap = app_.text_capacity(id);
    if (!buf || cap == 0) return;
    // Like ImGui::InputText: replace the contents in place, always NUL-terminated.
    const std::string fitted = text.size() < cap ? text : cut_code_points(text, (cap - 1) / 4);
    crypto::wipe(buf, cap);
    std::memcpy(buf, fitted.data(), fitted.size());
    app_.dispatch(kiosk::intent::TextEdited{id});
}

Error AppDriver::stuck(const std::string& where) const {
    // Screen names and the core's own one-line messages only: never typed text.
    std::string msg = std::string("simulation stuck ") + where + " on screen '" +
                      kiosk::screen_name(view().screen) + "'";
    if (!view().tip.error.empty()) msg += ": " + view().tip.error;
    if (!view().survey.question.error.empty()) msg += ": " + view().survey.question.error;
    for (const auto& f : view().tip.fields)
        if (!f.error.empty()) msg += ": " + f.label + ": " + f.error;
    if (view().screen == kiosk::Screen::submit_error)
        msg += ": " + view().submit_error.message + " (" + view().submit_error.detail + ")";
    return Error{Errc::internal, msg};
}

}  // namespace sk::kiosk_sync::sim
