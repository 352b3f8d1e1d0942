// kiosk add / list: the registry of kiosks whose batches the bureau accepts.
#include <CLI/CLI.hpp>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::bureau::cli {

void add_kiosk_commands(CLI::App& app, Globals& g) {
    auto* kiosk = app.add_subcommand("kiosk", "register and list kiosks");
    kiosk->require_subcommand(1);

    auto* add = kiosk->add_subcommand("add", "register a kiosk by its public key file");
    static std::string pubkey, name;
    add->add_option("--pubkey", pubkey, "the kiosk's 48-byte public key file")->required();
    add->add_option("--name", name, "school or place, e.g. \"school 城关第一小学\"")->required();
    add->callback([&g] {
        Bytes file = fail_on(read_file(pubkey, 4096));
        auto pk = crypto::decode_kiosk_public(file);
        if (!pk) throw CliError(pubkey + ": " + pk.error().message);
        if (name.empty()) throw CliError("--name must not be empty");
        Session s = open_session(g);
        auto k = fail_on(s.store.add_kiosk(pk.value(), name, now_rfc3339()));
        std::cout << "registered kiosk " << to_hex(k.key_id) << " \"" << k.name << "\"\n";
    });

    auto* list = kiosk->add_subcommand("list", "list registered kiosks");
    static bool as_json = false;
    list->add_flag("--json", as_json, "JSON output");
    list->callback([&g] {
        Session s = open_session(g);
        auto kiosks = fail_on(s.store.list_kiosks());
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& k : kiosks) {
            auto batches = fail_on(s.store.batches_of(k.id));
            uint64_t last = batches.empty() ? 0 : batches.back().seq;
            size_t unacked = 0;
            for (const auto& b : batches) unacked += b.acked_at ? 0 : 1;
            if (as_json) {
                arr.push_back({{"id", to_hex(k.key_id)},
                               {"name", k.name},
                               {"added", k.added_at},
                               {"batches", batches.size()},
                               {"last_seq", last},
                               {"unacked", unacked}});
            } else {
                std::cout << to_hex(k.key_id) << "  " << k.name << "  batches " << batches.size()
                          << " (last " << last << ", " << unacked << " not acked)\n";
            }
        }
        if (as_json) std::cout << arr.dump(2) << "\n";
        if (!as_json && kiosks.empty()) std::cout << "no kiosks registered (bureau kiosk add)\n";
    });
}

}  // namespace sk::bureau::cli
