// Log in: user name and that user's passphrase (empty name: the only user of a one-user
// bureau), the retry wait, and the note after an idle lock. Nothing of the bureau is shown.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_login(ViewCtx& v) {
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ImGui::SetCursorPos(ImVec2(size.x * 0.5f - 220, size.y * 0.25f));
    ImGui::BeginGroup();
    heading(v, v.t("app.title"));
    if (v.desk.locked_by_idle()) text(v, v.t("login.locked_note"));
    const int64_t wait = v.desk.login_wait_ms();
    input(v, "login.user", v.t("login.user"), Field::user, 0, 440);
    const bool submit =
        input(v, "login.passphrase", v.t("login.passphrase"), Field::passphrase,
              ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue, 440);

    if (button(v, "login.submit", v.t("login.submit"), wait == 0) || (submit && wait == 0)) {
        v.emit(intent::Login{});
    }
    if (wait > 0) {
        text_colored(v, color::kError,
                     std::string(v.t("login.wait")) + " " + std::to_string((wait + 999) / 1000));
    }
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    ImGui::Spacing();
    if (button(v, "lang.switch", v.t("lang.switch"))) {
        v.emit(intent::SetLang{v.lang() == Lang::zh ? Lang::en : Lang::zh});
    }
    ImGui::EndGroup();
}

}  // namespace sk::desk::ui
