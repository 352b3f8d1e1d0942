#include "sk/desk/admin_kiosks.hpp"

#include "sk/bureau/actions.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/provisioning.hpp"
#include "sk/bureau/store/kiosk_revocations.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::desk {

namespace {

KioskRow row_of(const storage::BureauKiosk& k) {
    KioskRow r;
    r.id = k.id;
    r.name = k.name;
    r.key_id = to_hex(k.key_id);
    r.added_at = k.added_at;
    return r;
}

}  // namespace

Result<std::vector<KioskRow>> list_kiosk_rows(bureau::Session& s) {
    SK_TRY(bureau::authorize(s.actor, bureau::Permission::read_reports));
    auto kiosks = s.store.list_kiosks();
    if (!kiosks) return kiosks.error();
    auto revoked = bureau::store::kiosk_revocations(s.store);
    if (!revoked) return revoked.error();
    std::vector<KioskRow> out;
    for (const auto& k : *kiosks) {
        KioskRow r = row_of(k);
        if (auto it = revoked->find(k.id); it != revoked->end())
            r.revoked_at = it->second.revoked_at;
        auto batches = s.store.batches_of(k.id);
        if (!batches) return batches.error();
        r.batches = batches->size();
        for (const auto& b : *batches) r.last_import = std::max(r.last_import, b.imported_at);
        out.push_back(std::move(r));
    }
    return out;
}

Result<KioskRow> register_kiosk_file(bureau::Session& s, const std::filesystem::path& pub,
                                     std::string_view name, std::string_view now) {
    if (pub.empty()) {
        return Error{Errc::invalid_argument,
                     "请先选择终端公钥文件 kiosk-<名称>.pub (choose the kiosk's public key file)"};
    }
    auto file = bureau::read_file(pub, 4096);
    if (!file) return file.error();
    auto pk = crypto::decode_kiosk_public(*file);
    if (!pk) return Error{pk.error().code, pub.filename().string() + ": " + pk.error().message};
    const std::string chosen =
        name.empty() ? bureau::kiosk_name_from_pub_file(pub) : std::string(name);
    if (chosen.empty()) {
        return Error{Errc::invalid_argument,
                     "请填写终端名称（文件名不是 kiosk-<名称>.pub） (type the kiosk's name: the "
                     "file is not named kiosk-<name>.pub)"};
    }
    auto k = bureau::register_kiosk(s, *pk, chosen, now);
    if (!k) return k.error();
    return row_of(*k);
}

}  // namespace sk::desk
