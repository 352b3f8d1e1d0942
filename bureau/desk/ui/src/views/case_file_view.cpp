// One case: the decrypted tip, its history, status change (the next statuses the casework
// core allows from here, and reopen when it allows that, with a required note), the reply
// the tipster reads on the kiosk's status board, then the ledger forms (case_forms_view.cpp).
#include "../view_kit.hpp"

#include <string>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::desk::ui {

void draw_case_file(ViewCtx& v) {
    const CaseFile* f = v.desk.case_file();
    if (!f) return;
    if (button(v, "case.back", v.t("case.back"))) v.emit(intent::Navigate{Screen::cases});
    // Esc goes back to the table through the desk's row keys (desk_ui.cpp: intent::Back).
    ImGui::SameLine();
    heading(v, f->row.case_no + "  " + status_label(v.lang(), f->row.status));
    const bool typed = f->ledger && !f->ledger->tip_id;  // hotline, mailbox, ... not a kiosk
    const char* lang = v.lang() == Lang::zh ? "zh-CN" : "en";
    std::string where = f->row.kiosk_name;
    if (typed) {
        auto ch = bureau::parse_channel(f->ledger->channel);
        where = ch ? std::string(bureau::channel_label(*ch, lang)) : f->ledger->channel;
    }
    text(v, where + " · " + bureau::day_to_iso(f->row.day));
    if (!v.desk.case_unit().empty()) {  // the ledger's unit link opens the unit page
        ImGui::SameLine();
        if (button(v, "case.unit", std::string(v.t("unit.link")) + "：" + v.desk.case_unit()))
            v.emit(intent::OpenCaseUnit{});
    }

    ImGui::BeginChild("tip", ImVec2(ImGui::GetContentRegionAvail().x * 0.55f, 0), true);
    heading(v, v.t("case.text"));
    if (typed) {
        // The case as the casework core stored it: category, what was reported, who reported.
        const auto* cat = v.desk.categories().find(f->ledger->category);
        text(v, std::string(v.t("cases.category")) + "：" +
                    (cat ? cat->label.in(lang) : f->ledger->category));
        ImGui::PushTextWrapPos(0);
        text(v, std::string(v.t("field.what")) + "：" + f->ledger->body);
        if (!f->ledger->source.empty())
            text(v, std::string(v.t("case.source")) + "：" + f->ledger->source);
        ImGui::PopTextWrapPos();
    } else if (!f->tip) {
        text_colored(v, color::kError, v.t("case.unreadable"));
    } else {
        const auto& t = *f->tip;
        const auto* cat = v.desk.categories().find(t.category);
        text(v, std::string(v.t("cases.category")) + "：" +
                    (cat ? cat->label.in(v.lang() == Lang::zh ? "zh-CN" : "en") : t.category));
        const std::pair<const char*, const survey::SecretText*> fields[] = {
            {"field.unit", &t.unit},           {"field.person", &t.person},
            {"field.what", &t.what},           {"field.since", &t.since},
            {"field.how_often", &t.how_often}, {"field.evidence", &t.evidence},
            {"field.contact", &t.contact}};
        for (const auto& [key, value] : fields) {
            if (value->empty()) continue;
            ImGui::PushTextWrapPos(0);
            text(v, std::string(v.t(key)) + "：" + std::string(value->view()));
            ImGui::PopTextWrapPos();
        }
    }
    heading(v, v.t("case.history"));
    for (const auto& h : f->history) {
        const std::string key = "history." + h.action;
        std::string line = h.at.substr(0, 10) + "  " + (has_string(key) ? v.t(key) : h.action);
        if (!h.to_status.empty()) line += " → " + status_label(v.lang(), h.to_status);
        if (!h.note.empty()) line += "  " + h.note;
        ImGui::PushTextWrapPos(0);
        text(v, line);
        ImGui::PopTextWrapPos();
    }
    ImGui::EndChild();
    if (!v.desk.can(bureau::Permission::edit_cases)) return;  // inspectors read only
    ImGui::SameLine();
    ImGui::BeginChild("actions", ImVec2(0, 0), true);
    draw_case_forms(v, *f);  // the section buttons, then the chosen section
    ImGui::EndChild();
}

void draw_case_status(ViewCtx& v, const CaseFile& f) {
    heading(v, v.t("case.change_status"));
    input(v, "case.note", v.t("case.note"), Field::note, 0, -1);
    field_error(v, v.desk.case_errors(), "case.note");
    for (auto s : f.next) {
        const std::string name(bureau::case_state_name(s));
        if (button(v, "case.to." + name, status_label(v.lang(), name))) {
            v.emit(intent::ChangeStatus{name});
        }
        ImGui::SameLine();
    }
    if (f.can_reopen && button(v, "case.reopen", v.t("case.reopen"))) {
        v.emit(intent::ReopenCase{});
    }
    ImGui::NewLine();
    ImGui::Spacing();
    if (!f.row.reply.empty()) {
        ImGui::PushTextWrapPos(0);
        text(v, f.row.reply);
        ImGui::PopTextWrapPos();
    }
    input(v, "case.reply", v.t("case.reply"), Field::reply, 0, -1, true);
    if (button(v, "case.save_reply", v.t("case.save_reply"))) v.emit(intent::SaveReply{});
}

}  // namespace sk::desk::ui
