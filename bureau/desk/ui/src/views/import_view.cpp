// Import and sync: pick the stick's folder (or some files in it), import with a progress
// bar, see each batch's result, then write acks, status board and surveys back.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {
namespace {

void draw_results(ViewCtx& v, const bureau::ImportSummary& sum) {
    heading(v, v.t("import.results"));
    text(v, std::string(v.t("import.imported")) + " " + std::to_string(sum.imported) + " · " +
                v.t("import.duplicate") + " " + std::to_string(sum.duplicate) + " · " +
                v.t("import.rejected") + " " + std::to_string(sum.rejected));
    if (ImGui::BeginTable("batches", 4,
                          ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                          ImVec2(0, 200))) {
        for (const auto& b : sum.batches) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text(v, b.kiosk_name.empty() ? std::string("?") : b.kiosk_name);
            ImGui::TableNextColumn();
            text(v, std::to_string(b.seq));
            ImGui::TableNextColumn();
            const char* key = b.result == bureau::BatchResult::imported    ? "import.imported"
                              : b.result == bureau::BatchResult::duplicate ? "import.duplicate"
                                                                           : "import.rejected";
            text_colored(v, b.result == bureau::BatchResult::rejected ? color::kError : color::kOk,
                         v.t(key));
            ImGui::TableNextColumn();
            text(v, b.result == bureau::BatchResult::rejected ? b.reason
                                                              : std::to_string(b.records_new));
        }
        ImGui::EndTable();
    }
    for (const auto& g : sum.gaps)
        text_colored(v, color::kStale, std::string(v.t("import.gap")) + ": " + g);
}

}  // namespace

void draw_import(ViewCtx& v) {
    heading(v, v.t("import.choose"));
    const FolderBrowser& b = v.desk.browser();
    text(v, std::string(v.t("import.path")) + "：" + b.dir().string());
    if (input(v, "import.path", v.t("import.path"), Field::path,
              ImGuiInputTextFlags_EnterReturnsTrue, 600)) {
        v.emit(intent::BrowseTo{});
    }
    if (button(v, "import.dir_up", v.t("import.dir_up"))) v.emit(intent::BrowseUp{});
    if (ImGui::BeginChild("entries", ImVec2(0, 180), true)) {
        for (size_t i = 0; i < b.entries().size(); ++i) {
            const auto& e = b.entries()[i];
            const std::string id = "import.entry#" + std::to_string(i);
            const std::string label = (e.is_dir ? "▶ " : e.selected ? "■ " : "□ ") + e.name;
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::Selectable(label.c_str(), e.selected)) {
                if (e.is_dir)
                    v.emit(intent::BrowseEnter{i});
                else
                    v.emit(intent::BrowseToggle{i});
            }
            record(v, id);
            if (v.hits) v.hits->add_text(label);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    const ImportJob& job = v.desk.import_job();
    if (job.running()) {
        const float frac = job.total() ? float(job.done()) / float(job.total()) : 0.0f;
        ImGui::ProgressBar(frac, ImVec2(600, 0));
        text(v, v.t("import.running"));
        return;
    }
    if (button(v, "import.run", v.t("import.run"))) v.emit(intent::StartImport{});
    ImGui::SameLine();
    if (button(v, "import.write_back", v.t("import.write_back"))) v.emit(intent::WriteBack{});
    if (job.summary()) draw_results(v, *job.summary());
    if (const auto& w = v.desk.written_back()) {
        text(v, std::string(v.t("import.written")) + "：");
        for (const auto& f : w->files) text(v, "  " + f);
    }
}

}  // namespace sk::desk::ui
