// The case page's ledger forms: who has the case and by when (assign), which person and unit
// it is about (link / unlink), the talk entry and the sanction entry. Every kind comes from
// the core's lists; field messages are the desk's, the refusal line is the core's.
#include "../view_kit.hpp"

#include <string>
#include <utility>
#include <vector>

#include "sk/bureau/clock.hpp"

namespace sk::desk::ui {
namespace {

const char* core_lang(const ViewCtx& v) {
    return v.lang() == Lang::zh ? "zh-CN" : "en";
}

void draw_assign(ViewCtx& v, const CaseFile& f) {
    const FormErrors& e = v.desk.case_errors();
    heading(v, v.t("case.assign"));
    const auto& c = *f.ledger;
    text(v,
         std::string(v.t("case.assignee")) + "：" +
             (c.assignee.empty() ? v.t("case.none") : c.assignee) +
             (c.due_day ? "  " + std::string(v.t("case.due")) + " " + bureau::day_to_iso(c.due_day)
                        : ""));
    input(v, "assign.to", v.t("case.assign_to"), FormField::assign_to, 0, 200);
    field_error(v, e, "assign.to");
    input(v, "assign.due", v.t("case.assign_due"), FormField::assign_due, 0, 200);
    field_error(v, e, "assign.due");
    if (button(v, "case.assign", v.t("case.assign"))) v.emit(intent::AssignCase{});
}

void draw_links(ViewCtx& v, const CaseFile& f) {
    const FormErrors& e = v.desk.case_errors();
    heading(v, v.t("case.links"));
    const auto& c = *f.ledger;
    text(v, std::string(v.t("case.person")) + "：" +
                (c.staff_no.empty() ? v.t("case.none") : c.staff_no) + "    " + v.t("case.unit") +
                "：" + (c.unit_code.empty() ? v.t("case.none") : c.unit_code));
    input(v, "link.staff", v.t("case.link_staff"), FormField::link_staff, 0, 200);
    field_error(v, e, "link.staff");
    input(v, "link.unit", v.t("case.link_unit"), FormField::link_unit, 0, 200);
    field_error(v, e, "link.unit");
    input(v, "link.reason", v.t("case.link_reason"), FormField::link_reason, 0, -1);
    field_error(v, e, "link.reason");
    if (button(v, "case.link", v.t("case.link"))) v.emit(intent::LinkCase{});
    ImGui::SameLine();
    if (button(v, "case.unlink_person", v.t("case.unlink_person"), !c.staff_no.empty())) {
        v.emit(intent::UnlinkCase{false, true});
    }
    ImGui::SameLine();
    if (button(v, "case.unlink_unit", v.t("case.unlink_unit"), !c.unit_code.empty())) {
        v.emit(intent::UnlinkCase{true, false});
    }
}

void draw_talk(ViewCtx& v) {
    const FormErrors& e = v.desk.case_errors();
    heading(v, v.t("talk.title"));
    field_error(v, e, "talk.person");
    text(v, v.t("talk.kind"));
    for (auto k :
         {bureau::TalkKind::talk, bureau::TalkKind::symposium, bureau::TalkKind::interview}) {
        const std::string label(bureau::talk_kind_label(k, core_lang(v)));
        if (ImGui::RadioButton((label + "##talk." + std::string(bureau::talk_kind_name(k))).c_str(),
                               v.desk.talk_kind() == k)) {
            v.emit(intent::SetTalkKind{k});
        }
        record(v, "talk.kind." + std::string(bureau::talk_kind_name(k)));
        if (v.hits) v.hits->add_text(label);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    input(v, "talk.date", v.t("talk.date"), FormField::talk_date, 0, 200);
    field_error(v, e, "talk.date");
    input(v, "talk.by", v.t("talk.by"), FormField::talk_by, 0, 200);
    field_error(v, e, "talk.by");
    input(v, "talk.note", v.t("talk.note"), FormField::talk_note, 0, -1, true);
    field_error(v, e, "talk.note");
    if (button(v, "talk.add", v.t("talk.add"))) v.emit(intent::AddTalk{});
}

void draw_sanction(ViewCtx& v) {
    const FormErrors& e = v.desk.case_errors();
    heading(v, v.t("sanction.title"));
    field_error(v, e, "sanction.person");
    ImGui::SetNextItemWidth(260);
    const std::string preview(bureau::sanction_kind_label(v.desk.sanction_kind(), core_lang(v)));
    const std::string id = std::string(v.t("sanction.kind")) + "##sanction.kind";
    if (ImGui::BeginCombo(id.c_str(), preview.c_str())) {
        for (auto k : bureau::all_sanction_kinds()) {
            const std::string l(bureau::sanction_kind_label(k, core_lang(v)));
            if (ImGui::Selectable(l.c_str(), v.desk.sanction_kind() == k)) {
                v.emit(intent::SetSanctionKind{k});
            }
        }
        ImGui::EndCombo();
    }
    record(v, "sanction.kind");
    if (v.hits) v.hits->add_text(preview);
    input(v, "sanction.date", v.t("sanction.date"), FormField::sanction_date, 0, 200);
    field_error(v, e, "sanction.date");
    input(v, "sanction.decision", v.t("sanction.decision"), FormField::sanction_decision, 0, 260);
    field_error(v, e, "sanction.decision");
    input(v, "sanction.override", v.t("sanction.override"), FormField::sanction_override, 0, -1);
    if (button(v, "sanction.add", v.t("sanction.add"))) v.emit(intent::AddSanction{});
}

}  // namespace

void draw_case_forms(ViewCtx& v, const CaseFile& f) {
    using intent::CaseSection;
    // A tip imported before the ledger has no ledger row: status and reply only.
    std::vector<std::pair<CaseSection, const char*>> sections = {
        {CaseSection::status, "case.change_status"}};
    if (f.ledger) {
        sections.insert(sections.end(), {{CaseSection::assign, "case.assign"},
                                         {CaseSection::links, "case.links"},
                                         {CaseSection::talk, "talk.title"},
                                         {CaseSection::sanction, "sanction.title"}});
    }
    const CaseSection current = f.ledger ? v.desk.case_section() : CaseSection::status;
    for (const auto& [section, key] : sections) {
        const bool on = current == section;
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 70, 150, 255));
        if (on) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        if (button(v, std::string("section.") + key, v.t(key))) {
            v.emit(intent::ShowCaseSection{section});
        }
        if (on) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Separator();
    if (f.ledger && !f.ledger->finding.empty()) {
        text(v,
             std::string(v.t("case.finding")) + "：" + status_label(v.lang(), f.ledger->finding));
    }
    const FormErrors& e = v.desk.case_errors();
    if (!e.refusal.empty()) {
        ImGui::PushTextWrapPos(0);
        text_colored(v, color::kError, e.refusal);
        ImGui::PopTextWrapPos();
    }
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    switch (current) {
        case CaseSection::status:
            draw_case_status(v, f);
            break;
        case CaseSection::assign:
            draw_assign(v, f);
            break;
        case CaseSection::links:
            draw_links(v, f);
            break;
        case CaseSection::talk:
            draw_talk(v);
            break;
        case CaseSection::sanction:
            draw_sanction(v);
            break;
    }
}

}  // namespace sk::desk::ui
