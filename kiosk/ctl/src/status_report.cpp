#include "sk/kiosk_sync/status_report.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk_sync {

Result<StatusReport> gather_status(const storage::KioskStore& store) {
    StatusReport r;
    if (auto id = load_kiosk_identity(store); id) r.kiosk_id = kiosk_id_hex(id->id());
    r.bureau_keys = load_bureau_keys(store).ok();

    auto c = store.counts();
    if (!c) return c.error();
    r.tips = c->tips;
    r.responses = c->survey_responses;
    r.responses_by_survey = c->responses_by_survey;
    r.unbatched = c->unbatched;
    r.in_pending_batches = c->in_pending_batches;
    r.submitted_tips_total = c->submitted_tips_total;
    r.submitted_responses_total = c->submitted_responses_total;

    auto head = store.chain_head();
    if (!head) return head.error();
    auto pending = store.pending_batches();
    if (!pending) return pending.error();
    r.last_batch_seq = head->seq;
    r.batches_pending = pending->size();
    // Seqs run 1..head without holes, so everything not pending was acknowledged.
    r.batches_acked = head->seq - r.batches_pending;

    auto surveys = store.list_survey_bundles();
    if (!surveys) return surveys.error();
    for (const auto& s : *surveys) {
        InstalledSurvey i;
        i.id = s.survey_id;
        i.version = s.version;
        // Stored as the first second after the last day; show the last day.
        if (s.expires_at) i.expires = local_iso_date(std::time_t(*s.expires_at - 1));
        r.surveys.push_back(std::move(i));
    }
    if (auto b = store.status_board(); b) r.status_board_version = b->version;

    const LastSync ls = last_sync(store);
    r.last_export = ls.exported;
    r.last_import = ls.imported;
    r.last_push = ls.pushed;
    r.last_sync = ls.latest();
    return r;
}

std::string status_text(const StatusReport& r) {
    std::ostringstream o;
    auto opt = [](const std::optional<std::string>& s) { return s ? *s : std::string("never"); };
    o << "kiosk id:          " << (r.kiosk_id.empty() ? "(not initialised)" : r.kiosk_id) << "\n"
      << "bureau keys:       " << (r.bureau_keys ? "installed" : "missing") << "\n"
      << "sealed records:    " << r.sealed_records() << " (tips " << r.tips << ", responses "
      << r.responses << ")\n";
    for (const auto& [id, n] : r.responses_by_survey)
        o << "  survey " << id << ": " << n << " response(s)\n";
    o << "  not yet batched: " << r.unbatched << ", in pending batches: " << r.in_pending_batches
      << "\n"
      << "submitted ever:    tips " << r.submitted_tips_total << ", responses "
      << r.submitted_responses_total << "\n"
      << "batches:           " << r.batches_pending << " pending, " << r.batches_acked
      << " acknowledged (last seq " << r.last_batch_seq << ")\n"
      << "surveys:           "
      << (r.surveys.empty() ? std::string("none") : std::to_string(r.surveys.size()) + " installed")
      << "\n";
    for (const auto& s : r.surveys)
        o << "  " << s.id << " v" << s.version << ", expires " << opt(s.expires) << "\n";
    o << "status board:      "
      << (r.status_board_version ? "version " + std::to_string(*r.status_board_version)
                                 : std::string("none"))
      << "\n"
      << "last sync:         " << opt(r.last_sync) << " (export " << opt(r.last_export)
      << ", import " << opt(r.last_import) << ", push " << opt(r.last_push) << ")\n";
    return o.str();
}

std::string status_json(const StatusReport& r) {
    using nlohmann::json;
    auto opt = [](const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); };
    json j;
    j["kiosk_id"] = r.kiosk_id;
    j["bureau_keys"] = r.bureau_keys;
    j["records"] = {{"sealed", r.sealed_records()}, {"tips", r.tips},
                    {"responses", r.responses},     {"responses_by_survey", r.responses_by_survey},
                    {"unbatched", r.unbatched},     {"in_pending_batches", r.in_pending_batches}};
    j["submitted_total"] = {{"tips", r.submitted_tips_total},
                            {"responses", r.submitted_responses_total}};
    j["batches"] = {{"pending", r.batches_pending},
                    {"acknowledged", r.batches_acked},
                    {"last_seq", r.last_batch_seq}};
    json surveys = json::array();
    for (const auto& s : r.surveys)
        surveys.push_back({{"id", s.id}, {"version", s.version}, {"expires", opt(s.expires)}});
    j["surveys"] = surveys;
    j["status_board_version"] =
        r.status_board_version ? json(*r.status_board_version) : json(nullptr);
    j["last_sync"] = {{"latest", opt(r.last_sync)},
                      {"export", opt(r.last_export)},
                      {"import", opt(r.last_import)},
                      {"push", opt(r.last_push)}};
    return j.dump(2) + "\n";
}

}  // namespace sk::kiosk_sync
