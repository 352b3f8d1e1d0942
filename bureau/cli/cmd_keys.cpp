// keygen, sign-survey, survey add/list, status-board: the bureau's keys and what it signs.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "passphrase.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/ingest_server.hpp"
#include "sk/bureau/status_board.hpp"
#include "sk/bureau/survey_publish.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::bureau::cli {

namespace fs = std::filesystem;

namespace {

crypto::PwhashCost cost_from_name(const std::string& n) {
    if (n == "sensitive") return crypto::pwhash_sensitive();
    if (n == "moderate") return crypto::pwhash_moderate();
    if (n == "interactive") return crypto::pwhash_interactive();
    if (n == "min") return crypto::pwhash_min();  // tests only; documented as such
    throw CliError("unknown --kdf \"" + n + "\"");
}

// Copies a signed file into outbox/ for `bureau serve` to hand out.
void publish(const fs::path& home, const fs::path& rel, const Bytes& data) {
    const fs::path p = outbox_dir(home) / rel;
    std::error_code ec;
    fs::create_directories(p.parent_path(), ec);
    fail_on(write_file(p, data, false));
}

}  // namespace

void add_keys_commands(CLI::App& app, Globals& g) {
    auto* keygen_cmd = app.add_subcommand("keygen", "create the bureau key set and store");
    static std::string out_dir, kdf = "sensitive";
    keygen_cmd->add_option("--out", out_dir, "new bureau home directory")->required();
    keygen_cmd
        ->add_option("--kdf", kdf,
                     "Argon2id cost: sensitive (default, 1 GiB), moderate, "
                     "interactive")
        ->check(CLI::IsMember({"sensitive", "moderate", "interactive", "min"}));
    keygen_cmd->callback([&g] {
        crypto::SecureBuffer pass =
            g.passphrase_file.empty()
                ? passphrase_from_tty("New bureau passphrase (at least 8 characters): ", true)
                : passphrase_from_file(g.passphrase_file);
        const std::string first = g.user.empty() ? std::string(kDefaultFirstUser) : g.user;
        auto pub = fail_on(keygen(out_dir, pass.str(), cost_from_name(kdf), first, now_rfc3339()));
        std::cout << "bureau keys created in " << out_dir << "\n"
                  << "  seal key id " << to_hex(pub.seal_id()) << "\n"
                  << "  sign key id " << to_hex(pub.sign_id()) << "\n"
                  << "install " << (fs::path(out_dir) / "bureau.pub").string()
                  << " on every kiosk\n"
                  << "first user " << first
                  << " (负责人 lead): add the others with bureau user add\n";
    });

    auto* sign = app.add_subcommand("sign-survey", "validate and sign a survey for kiosks");
    static std::string survey_file, sign_out;
    sign->add_option("SURVEY", survey_file, "survey definition (sk-survey-1 JSON)")->required();
    sign->add_option("--out", sign_out, "signed survey bundle to write")->required();
    sign->callback([&g] {
        Bytes json = fail_on(read_file(survey_file, 1u << 20));
        fail_on(survey::parse_survey(json));  // a typo is reported before the passphrase
        Session s = open_session(g, Permission::manage_keys);
        auto p = fail_on(
            sign_and_publish_survey(s, g.dir, json, now_rfc3339(), day_to_iso(today_day())));
        fail_on(write_file(sign_out, p.bundle, false));
        std::cout << "signed survey " << p.id << " version " << p.version << " (" << p.questions
                  << " questions) -> " << sign_out << "\n";
    });

    auto* survey_cmd = app.add_subcommand("survey", "survey definitions known to reports");
    survey_cmd->require_subcommand(1);
    auto* add = survey_cmd->add_subcommand("add", "register a definition without signing it");
    static std::string add_file;
    add->add_option("SURVEY", add_file, "survey definition (sk-survey-1 JSON)")->required();
    add->callback([&g] {
        Bytes json = fail_on(read_file(add_file, 1u << 20));
        Session s = open_session(g, Permission::import_batches);
        survey::Survey parsed;
        store::AuditEvent e{"", "", "survey.add", "survey", add_file, "", ""};
        fail_on(perform(s, Permission::import_batches, e, now_rfc3339(), [&]() -> Result<void> {
            auto r = register_survey(s.store, json, now_rfc3339());
            if (!r) return r.error();
            parsed = std::move(r.value());
            return ok();
        }));
        std::cout << "registered survey " << parsed.id << " version " << parsed.version << "\n";
    });
    survey_cmd->add_subcommand("list", "list registered surveys")->callback([&g] {
        Session s = open_session(g, Permission::read_reports);
        for (const auto& sv : fail_on(s.store.surveys())) {
            std::cout << sv.survey_id << "\tversion " << sv.version << "\tadded " << sv.added_at
                      << "\n";
        }
    });

    auto* board = app.add_subcommand("status-board", "sign a status board from the ledger");
    static std::string board_out;
    board->add_option("--out", board_out, "status board file to write")->required();
    board->callback([&g] {
        Session s = open_session(g, Permission::edit_cases);
        BoardFile b = fail_on(publish_board(s, now_rfc3339()));
        fail_on(write_file(board_out, b.bytes, false));
        publish(g.dir, "status-board.skboard", b.bytes);
        std::cout << "status board version " << b.version << " with " << b.entries << " cases -> "
                  << board_out << "\n";
    });
}

}  // namespace sk::bureau::cli
