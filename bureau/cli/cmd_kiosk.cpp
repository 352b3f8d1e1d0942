// kiosk add / rename / list: the registry of kiosks whose batches the bureau accepts.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/provisioning.hpp"
#include "sk/bureau/store/kiosk_revocations.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/sync/kiosk_name.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::bureau::cli {

namespace {

// A stored name as the terminal shows it: names stored before they were validated may hold
// any bytes.
std::string shown(const std::string& name) {
    return printable_excerpt(name, 1024);
}

// The kiosk named `which`, or whose key id (as `kiosk list` shows it) is `which`.
storage::BureauKiosk find_kiosk(Session& s, const std::string& which) {
    auto kiosks = fail_on(s.store.list_kiosks());
    for (const auto& k : kiosks)
        if (to_hex(k.key_id) == which || k.name == which) return k;
    throw CliError("no kiosk named or with key id \"" + shown(which) + "\" (bureau kiosk list)");
}

}  // namespace

void add_kiosk_commands(CLI::App& app, Globals& g) {
    auto* kiosk = app.add_subcommand("kiosk", "register and list kiosks");
    kiosk->require_subcommand(1);

    auto* add = kiosk->add_subcommand("add", "register a kiosk by its public key file");
    static std::string pubkey, name;
    static bool replace_key = false;
    add->add_option("--pubkey", pubkey, "the kiosk's 48-byte public key file (kiosk-<name>.pub)")
        ->required();
    add->add_option("--name", name,
                    "school or place, e.g. \"school 城关第一小学\" (default: <name> from the "
                    "file name kiosk-<name>.pub)");
    add->add_flag("--replace-key", replace_key,
                  "the kiosk was re-provisioned: register this key for the existing kiosk of that "
                  "name (its old key stays valid for batches it signed)");
    add->callback([&g] {
        Bytes file = fail_on(read_file(pubkey, 4096));
        auto pk = crypto::decode_kiosk_public(file);
        if (!pk) throw CliError(pubkey + ": " + pk.error().message);
        if (name.empty()) name = kiosk_name_from_pub_file(pubkey);
        if (name.empty())
            throw CliError("--name is required (the file is not named kiosk-<name>.pub)");
        fail_on(sync::check_kiosk_name(name));
        Session s = open_session(g, Permission::manage_kiosks);
        if (replace_key) {
            auto kiosks = fail_on(s.store.list_kiosks());
            auto it = std::find_if(kiosks.begin(), kiosks.end(),
                                   [](const storage::BureauKiosk& k) { return k.name == name; });
            if (it == kiosks.end())
                throw CliError("--replace-key: no kiosk named \"" + name + "\" is registered");
            const std::string old_id = to_hex(it->key_id);
            auto k = fail_on(rekey_kiosk(s, name, pk.value(), now_rfc3339()));
            std::cout << "kiosk \"" << k.name << "\" re-keyed: " << old_id << " -> "
                      << to_hex(k.key_id) << " (batches signed by the old key still import)\n";
            return;
        }
        auto k = register_kiosk(s, pk.value(), name, now_rfc3339());
        if (!k && k.error().code == Errc::already_exists &&
            k.error().message.find("named") != std::string::npos)
            throw CliError(k.error().message + "; if it was re-provisioned, add --replace-key");
        std::cout << "registered kiosk " << to_hex(fail_on(std::move(k)).key_id) << " \"" << name
                  << "\"\n";
    });

    auto* rename = kiosk->add_subcommand("rename", "give a registered kiosk another name");
    static std::string rename_which, rename_to;
    rename->add_option("KIOSK", rename_which, "its key id (as kiosk list shows it) or its name")
        ->required();
    rename->add_option("NAME", rename_to, "the new name: 1-64 characters, no control characters")
        ->required();
    rename->callback([&g] {
        fail_on(sync::check_kiosk_name(rename_to));
        Session s = open_session(g, Permission::manage_kiosks);
        const storage::BureauKiosk k = find_kiosk(s, rename_which);
        fail_on(rename_kiosk(s, k.id, rename_to, now_rfc3339()));
        std::cout << "kiosk " << to_hex(k.key_id) << " renamed: \"" << shown(k.name) << "\" -> \""
                  << rename_to << "\"\n";
    });

    auto* revoke = kiosk->add_subcommand(
        "revoke", "stop accepting a kiosk's batches (lost or stolen kiosk); not undone");
    static std::string revoke_which;
    static bool revoke_yes = false;
    revoke->add_option("KIOSK", revoke_which, "its key id (as kiosk list shows it) or its name")
        ->required();
    revoke->add_flag("--yes", revoke_yes, "confirm: its batches are refused from now on");
    revoke->callback([&g] {
        if (!revoke_yes)
            throw CliError("吊销不可撤销，请加 --yes 确认 (revoking cannot be undone: add --yes)");
        Session s = open_session(g, Permission::manage_kiosks);
        const storage::BureauKiosk k = find_kiosk(s, revoke_which);
        fail_on(revoke_kiosk(s, k.id, now_rfc3339()));
        std::cout << "kiosk " << to_hex(k.key_id) << " \"" << shown(k.name)
                  << "\" revoked: its batches are refused from now on\n";
    });

    auto* list = kiosk->add_subcommand("list", "list registered kiosks");
    static bool as_json = false;
    list->add_flag("--json", as_json, "JSON output");
    list->callback([&g] {
        Session s = open_session(g, Permission::read_reports);
        auto kiosks = fail_on(s.store.list_kiosks());
        const auto revoked = fail_on(store::kiosk_revocations(s.store));
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& k : kiosks) {
            auto batches = fail_on(s.store.batches_of(k.id));
            uint64_t last = batches.empty() ? 0 : batches.back().seq;
            size_t unacked = 0;
            for (const auto& b : batches) unacked += b.acked_at ? 0 : 1;
            if (as_json) {
                arr.push_back(
                    {{"id", to_hex(k.key_id)},
                     {"name", k.name},
                     {"added", k.added_at},
                     {"batches", batches.size()},
                     {"last_seq", last},
                     {"unacked", unacked},
                     {"revoked", revoked.count(k.id) ? revoked.at(k.id).revoked_at : ""}});
            } else {
                std::cout << to_hex(k.key_id) << "  " << shown(k.name) << "  batches "
                          << batches.size() << " (last " << last << ", " << unacked << " not acked)"
                          << (revoked.count(k.id) ? "  REVOKED" : "") << "\n";
            }
        }
        // Names stored before they were validated may not be UTF-8: replaced, not fatal.
        if (as_json)
            std::cout << arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        if (!as_json && kiosks.empty()) std::cout << "no kiosks registered (bureau kiosk add)\n";
    });
}

}  // namespace sk::bureau::cli
