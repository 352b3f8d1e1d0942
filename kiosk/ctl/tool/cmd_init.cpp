// kioskctl init: create the kiosk identity and database, install the bureau public keys.
#include <cstdio>
#include <string>
#include <vector>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"

namespace sk::kioskctl {

namespace fs = std::filesystem;

namespace {

struct InitOptions {
    std::string data, bureau_keys;
    std::vector<std::string> extra;
};

// A second office's key: its 88-byte bureau public key file (the seal key is used) or a raw
// 32-byte X25519 public key.
Result<crypto::SealPublicKey> read_recipient(const fs::path& p) {
    auto bytes = kiosk_sync::read_file(p, 4096);
    if (!bytes) return bytes.error();
    crypto::SealPublicKey pk{};
    if (bytes->size() == crypto::kBureauPublicFileBytes) {
        auto k = crypto::decode_bureau_public(*bytes);
        if (!k) return Error{k.error().code, p.string() + ": " + k.error().message};
        return k->seal_pk;
    }
    if (bytes->size() == crypto::kSealPublicKeyBytes) {
        std::copy(bytes->begin(), bytes->end(), pk.begin());
        return pk;
    }
    return Error{Errc::bad_format, p.string() + ": not a bureau public key file (88 bytes) or " +
                                       "a 32-byte X25519 public key"};
}

int run_init(const InitOptions& o) {
    auto file = kiosk_sync::read_file(o.bureau_keys, 4096);
    if (!file) return fail(file.error());
    auto bureau = crypto::decode_bureau_public(*file);
    if (!bureau) return fail(o.bureau_keys + ": " + bureau.error().message);
    if (o.extra.size() + 1 > crypto::kMaxRecipients)
        return fail("at most " + std::to_string(crypto::kMaxRecipients - 1) + " extra recipients");
    std::vector<std::pair<crypto::SealPublicKey, std::string>> extras;
    for (const auto& e : o.extra) {
        auto pk = read_recipient(e);
        if (!pk) return fail(pk.error());
        extras.emplace_back(*pk, fs::path(e).stem().string());
    }

    auto store = kiosk_sync::create_kiosk_store(o.data);
    if (!store) return fail(store.error());
    if (auto id = kiosk_sync::load_kiosk_identity(*store); id)
        return fail("kiosk in " + o.data + " is already initialised (kiosk id " +
                    kiosk_sync::kiosk_id_hex(id->id()) + "); refusing to re-initialise");

    // Keys first, identity last: an interrupted init leaves no identity and can be rerun.
    if (auto r = store->set_bureau_public(*file); !r) return fail(r.error());
    (void)store->log_event(storage::EventLevel::info, storage::EventCode::bureau_key_installed);
    for (const auto& [pk, label] : extras) {
        auto r = store->add_extra_recipient(pk, label);
        if (!r && r.error().code != Errc::already_exists) return fail(r.error());
        (void)store->log_event(storage::EventLevel::info, storage::EventCode::recipient_added);
    }
    crypto::SignKeyPair kiosk = crypto::generate_sign_keypair();
    if (auto r = store->set_identity(kiosk.sk); !r) return fail(r.error());
    (void)store->log_event(storage::EventLevel::info, storage::EventCode::identity_created);

    const fs::path pub = fs::path(o.data) / "kiosk.pub";
    if (auto r = kiosk_sync::write_file_atomic(pub, crypto::encode_kiosk_public(kiosk.pk)); !r)
        return fail(r.error());
    std::printf("kiosk initialised in %s\n", o.data.c_str());
    std::printf("kiosk id:   %s\n", kiosk_sync::kiosk_id_hex(kiosk.id()).c_str());
    std::printf("public key: %s\n", to_hex(kiosk.pk).c_str());
    std::printf("wrote %s: register it with  bureau kiosk add --pubkey %s --name \"...\"\n",
                pub.c_str(), pub.filename().c_str());
    return 0;
}

}  // namespace

void add_init_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand(
        "init", "Create the kiosk identity and database, install the bureau public keys");
    cmd->add_option("--data", o->data, "Kiosk data directory (created if missing)")->required();
    cmd->add_option("--bureau-keys", o->bureau_keys, "Bureau public key file (88 bytes)")
        ->required()
        ->check(CLI::ExistingFile);
    cmd->add_option("--extra-recipient", o->extra,
                    "Another office's public key file that can also open records (repeatable)")
        ->check(CLI::ExistingFile);
    cmd->callback([o, &rc] { rc = run_init(*o); });
}

}  // namespace sk::kioskctl
