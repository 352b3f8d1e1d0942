// provision, rotate-keys: provisioning bundles for kiosks and bureau key rotation
// (docs/BUREAU.md, docs/adr/0005-provisioning-and-rotation.md).
#include <CLI/CLI.hpp>

#include <ctime>
#include <iostream>
#include <sstream>

#include "cli_util.hpp"
#include "passphrase.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/key_rotation.hpp"
#include "sk/bureau/provisioning.hpp"

namespace sk::bureau::cli {

namespace {

std::vector<std::string> split_languages(const std::string& csv) {
    std::vector<std::string> out;
    std::stringstream in(csv);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) out.push_back(item);
    return out;
}

}  // namespace

void add_provision_commands(CLI::App& app, Globals& g) {
    auto* prov = app.add_subcommand("provision", "write a provisioning bundle for one kiosk");
    static ProvisionRequest req;
    static std::string out_dir, languages = "zh-CN,en";
    prov->add_option("--kiosk-name", req.kiosk_name, "school or place, e.g. \"城关第一小学\"")
        ->required();
    prov->add_option("--out", out_dir, "directory to write the bundle to (e.g. a USB stick)")
        ->required();
    prov->add_option(
        "--pin", req.pin,
        "initial admin PIN, 6..12 digits (default: a random 8-digit PIN, printed once)");
    prov->add_option("--idle-timeout", req.idle_timeout_s,
                     "seconds before an idle session is wiped")
        ->default_val(90)
        ->check(CLI::Range(10, 3600));
    prov->add_option("--tip-interval", req.tip_interval_s, "minimum seconds between two tips")
        ->default_val(600)
        ->check(CLI::Range(0, 86400));
    prov->add_option("--languages", languages, "language tags, first is the default")
        ->default_val("zh-CN,en");
    prov->add_option("--valid-days", req.valid_days, "days the bundle may be applied")
        ->default_val(kDefaultBundleValidDays)
        ->check(CLI::Range(1, 366));
    prov->callback([&g] {
        req.languages = split_languages(languages);
        Session s = open_session(g, Permission::manage_kiosks);
        auto r =
            fail_on(write_provisioning_bundle(s, g.dir, req, out_dir, int64_t(std::time(nullptr))));
        std::cout << "provisioning bundle for \"" << req.kiosk_name << "\" -> " << out_dir << "\n"
                  << "  bureau sign key " << to_hex(s.keys.pub.sign_id()) << ", " << r.surveys
                  << " survey(s), " << r.rotations << " rotation statement(s)\n"
                  << "  valid until " << r.expires << "\n";
        if (!r.generated_pin.empty())
            std::cout << "  initial admin PIN: " << r.generated_pin
                      << "  (shown once; not stored anywhere)\n";
        std::cout << "on the kiosk: kioskctl provision --from <stick>; then here: bureau kiosk add "
                     "--pubkey <stick>/kiosk-<name>.pub\n";
    });

    auto* rot = app.add_subcommand(
        "rotate-keys", "replace the bureau key set; write a rotation statement for kiosks");
    static std::string rot_out;
    rot->add_option("--out", rot_out, "also copy the rotation statement into this directory");
    rot->callback([&g] {
        crypto::SecureBuffer pass = g.passphrase_file.empty()
                                        ? passphrase_from_tty("Bureau passphrase: ", false)
                                        : passphrase_from_file(g.passphrase_file);
        Session s = fail_on(unlock(g.dir, g.user, pass.str()));
        auto r = fail_on(rotate_keys(s, g.dir, pass.str(), now_rfc3339()));
        if (!rot_out.empty()) {
            std::error_code ec;
            std::filesystem::create_directories(rot_out, ec);
            std::filesystem::copy_file(r.statement,
                                       std::filesystem::path(rot_out) / r.statement.filename(),
                                       std::filesystem::copy_options::overwrite_existing, ec);
            if (ec) throw CliError("cannot copy the statement to " + rot_out + ": " + ec.message());
        }
        std::cout << "bureau keys rotated\n"
                  << "  old: seal " << to_hex(r.old_keys.seal_id()) << ", sign "
                  << to_hex(r.old_keys.sign_id()) << " (seal key kept: old records still open)\n"
                  << "  new: seal " << to_hex(r.new_keys.seal_id()) << ", sign "
                  << to_hex(r.new_keys.sign_id()) << "\n"
                  << "  statement " << r.statement.string() << "\n"
                  << "carry it to every kiosk (kioskctl import --from DIR); new provisioning "
                     "bundles include it\n";
        for (const std::string& u : r.slots_dropped)
            std::cout << "  用户 " << u << " 须重设口令 (user " << u
                      << " needs a new passphrase: bureau user passwd " << u << ")\n";
    });
}

}  // namespace sk::bureau::cli
