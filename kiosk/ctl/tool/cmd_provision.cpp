// kioskctl provision: apply a bureau provisioning bundle (USB stick) and write the kiosk's
// public key back to it for `bureau kiosk add`.
#include <cstdio>
#include <ctime>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/provisioner.hpp"

namespace sk::kioskctl {

namespace {

struct ProvisionOptions {
    std::string from, data = "/var/lib/school-kiosk";
};

int run_provision(const ProvisionOptions& o) {
    auto r = kiosk_sync::provision_from_dir(o.from, o.data, std::time(nullptr));
    if (!r) return fail("provisioning refused, nothing changed: " + r.error().message);
    std::printf("kiosk \"%s\" %s in %s\n", r->kiosk_name.c_str(),
                r->first_time ? "provisioned" : "re-provisioned (new kiosk key)", o.data.c_str());
    std::printf("bureau key: seal %s, sign %s", to_hex(r->bureau.seal_id()).c_str(),
                to_hex(r->bureau.sign_id()).c_str());
    if (r->rotations_applied > 0) std::printf(" (after %zu rotation(s))", r->rotations_applied);
    std::printf("\nsurveys installed: %zu\n", r->surveys_installed);
    if (!r->first_time)
        std::printf("previous kiosk id: %s (pending records kept)\n",
                    kiosk_sync::kiosk_id_hex(r->previous_kiosk_id).c_str());
    std::printf("kiosk id:   %s\n", to_hex(crypto::key_id_of(r->kiosk_pk)).c_str());
    std::printf("public key: %s\n", to_hex(r->kiosk_pk).c_str());
    std::printf("wrote %s: at the bureau run  bureau kiosk add --pubkey %s%s\n",
                r->pub_written.c_str(), r->pub_written.filename().c_str(),
                r->first_time ? "" : " --replace-key");
    return 0;
}

}  // namespace

void add_provision_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<ProvisionOptions>();
    auto* cmd = app.add_subcommand(
        "provision", "Apply a bureau provisioning bundle; write the kiosk public key back to it");
    cmd->add_option("--from", o->from, "Provisioning bundle directory (bureau provision --out)")
        ->required()
        ->check(CLI::ExistingDirectory);
    cmd->add_option("--data", o->data, "Kiosk data directory")->capture_default_str();
    cmd->callback([o, &rc] { rc = run_provision(*o); });
}

}  // namespace sk::kioskctl
