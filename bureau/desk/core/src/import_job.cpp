#include "sk/desk/import_job.hpp"

#include "sk/bureau/actions.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/status_board.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/sync/survey_bundle.hpp"

namespace sk::desk {

Result<void> ImportJob::start(bureau::Session& session, std::vector<std::filesystem::path> paths,
                              std::string now, unsigned threads) {
    if (running()) return Error{Errc::conflict, "an import is already running"};
    wait();
    if (paths.empty()) return Error{Errc::invalid_argument, "choose a folder or batch files first"};
    bureau::ImportOptions opt;
    opt.threads = threads;
    opt.now = std::move(now);
    // create_for: the core checks the role and audits every stored batch with the user.
    auto importer = bureau::Importer::create_for(session, opt);
    if (!importer) return importer.error();
    summary_.reset();
    error_.clear();
    done_ = 0;
    total_ = 0;
    running_ = true;
    worker_ = std::thread([this, im = std::move(*importer), p = std::move(paths)]() mutable {
        summary_ = im->import_paths(p, [this](uint64_t d, uint64_t t) {
            done_ = d;
            total_ = t;
        });
        running_ = false;
    });
    return ok();
}

void ImportJob::wait() {
    if (worker_.joinable()) worker_.join();
}

Result<WriteBackResult> write_back(bureau::Session& session, const std::filesystem::path& dir,
                                   std::string_view now, uint32_t today, bool surveys) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return Error{Errc::not_found, dir.string() + " is not a folder"};
    }
    WriteBackResult out;
    auto put = [&](const std::string& name, ByteView bytes) -> Result<void> {
        SK_TRY(bureau::write_file(dir / name, bytes, false));
        out.files.push_back(name);
        return ok();
    };
    auto kiosks = session.store.list_kiosks();
    if (!kiosks) return kiosks.error();
    for (const auto& k : *kiosks) {
        auto ack = bureau::acknowledge_kiosk(session, k, bureau::AckScope::unacked, now);
        if (!ack) return ack.error();
        if (*ack) SK_TRY(put((*ack)->name, (*ack)->bytes));
    }
    auto board = bureau::publish_board(session, now);
    if (!board) return board.error();
    SK_TRY(put("status-board-v" + std::to_string(board->version) + ".skboard", board->bytes));

    if (!surveys) return out;
    // Re-signing stored surveys uses the bureau's signing key: the core's rule for that.
    SK_TRY(bureau::authorize(session.actor, bureau::Permission::manage_keys));
    auto registry = bureau::SurveyRegistry::load(session.store);
    if (!registry) return registry.error();
    const survey::Date day{int(today / 10000), int(today / 100 % 100), int(today % 100)};
    const auto signer = crypto::bureau_sign_pair(session.keys);
    for (const auto& [key, s] : registry->all()) {
        if (registry->latest(s.id) != &s || s.expired(day)) continue;
        auto stored = session.store.survey(s.id, s.version);
        if (!stored) return stored.error();
        if (!*stored) continue;
        auto bundle = sync::sign_survey_bundle((*stored)->definition, signer);
        if (!bundle) return bundle.error();
        SK_TRY(put(s.id + "-v" + std::to_string(s.version) + ".sksurvey", *bundle));
    }
    return out;
}

}  // namespace sk::desk
