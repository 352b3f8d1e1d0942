#include "sk/bureau/survey_publish.hpp"

#include "sk/bureau/actions.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/ingest_server.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::bureau {

namespace fs = std::filesystem;

Result<PublishedSurvey> sign_and_publish_survey(Session& s, const fs::path& home, ByteView json,
                                                std::string_view now, std::string_view today) {
    SK_TRY(authorize(s.actor, Permission::manage_keys));
    auto parsed = survey::parse_survey(json);
    if (!parsed) return parsed.error();
    PublishedSurvey out;
    out.id = parsed->id;
    out.version = parsed->version;
    out.questions = parsed->questions.size();
    store::AuditEvent e{
        "", "", "survey.sign", "survey", out.id + " v" + std::to_string(out.version), "", ""};
    SK_TRY(perform(s, Permission::manage_keys, e, now, [&]() -> Result<void> {
        auto b = sign_survey(s.store, json, crypto::bureau_sign_pair(s.keys), now, today);
        if (!b) return b.error();
        out.bundle = std::move(b.value());
        return ok();
    }));
    out.outbox_file =
        outbox_dir(home) / "bundles" / (out.id + "-v" + std::to_string(out.version) + ".sksurvey");
    std::error_code ec;
    fs::create_directories(out.outbox_file.parent_path(), ec);
    SK_TRY(write_file(out.outbox_file, out.bundle, false));
    return out;
}

}  // namespace sk::bureau
