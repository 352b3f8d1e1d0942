// Today: new cases since the last login, open cases by status, and when each kiosk's
// batches last came in (silent kiosks flagged).
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_today(ViewCtx& v) {
    heading(v, v.t("today.title"));
    const TodaySummary* s = v.desk.today();
    if (!s) return;
    auto line = [&](const char* key, size_t n) {
        text(v, std::string(v.t(key)) + "：" + std::to_string(n));
    };
    line("today.new_since_login", s->new_since_login);
    line("today.cases_total", s->cases_total);
    line("today.cases_open", s->cases_open);
    for (const auto& [status, n] : s->by_status) {
        text(v, "  " + status_label(v.lang(), status) + "：" + std::to_string(n));
    }
    if (v.desk.can(bureau::Permission::read_tips) &&
        button(v, "today.open_cases", v.t("nav.cases"))) {
        v.emit(intent::Navigate{Screen::cases});
    }
    ImGui::Spacing();
    heading(v, v.t("today.kiosks"));
    if (ImGui::BeginTable("kiosks", 3, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg)) {
        for (const auto& k : s->kiosks) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(v, k.name);
            ImGui::TableNextColumn();
            text(v, k.last_import.empty() ? v.t("today.never") : k.last_import.substr(0, 10));
            ImGui::TableNextColumn();
            if (k.stale) text_colored(v, color::kStale, v.t("today.stale"));
        }
        ImGui::EndTable();
    }
}

}  // namespace sk::desk::ui
