#include "sk/bureau/acks.hpp"

#include <algorithm>
#include <cctype>

#include "sk/sync/ack.hpp"

namespace sk::bureau {

Result<storage::BureauKiosk> resolve_kiosk(storage::BureauStore& store, std::string_view id) {
    auto list = store.list_kiosks();
    if (!list) return list.error();
    std::string lower;
    for (char c : id) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<const storage::BureauKiosk*> hits;
    for (const auto& k : list.value()) {
        if (k.name == id) return k;
        const std::string hex = to_hex(k.key_id);
        if (lower.size() >= 4 && hex.compare(0, lower.size(), lower) == 0) hits.push_back(&k);
    }
    if (hits.size() == 1) return *hits.front();
    if (hits.size() > 1) {
        return Error{Errc::invalid_argument,
                     "\"" + std::string(id) + "\" matches several kiosks; give more digits"};
    }
    return Error{Errc::not_found, "no registered kiosk \"" + std::string(id) +
                                      "\" (bureau kiosk list shows ids and names)"};
}

Result<AckFile> ack_batches(storage::BureauStore& store, const crypto::BureauSecretKeys& keys,
                            const storage::BureauKiosk& kiosk,
                            const std::vector<storage::ImportedBatch>& batches,
                            std::string_view now) {
    sync::Ack ack;
    ack.kiosk = kiosk.key_id;
    ack.issued = std::string(now);
    AckFile out;
    for (const auto& b : batches) {
        // "records": every record of the file is now held here (new or seen before).
        ack.batches.push_back({b.seq, b.hash, b.record_count});
        out.batch_ids.push_back(b.id);
        out.last_seq = std::max(out.last_seq, b.seq);
    }
    auto bytes = sync::build_ack(ack, crypto::bureau_sign_pair(keys));
    if (!bytes) return bytes.error();
    out.bytes = std::move(bytes.value());
    out.name = "ack-" + to_hex(kiosk.key_id) + "-" + std::to_string(out.last_seq) + ".skack";
    SK_TRY(store.mark_acked(out.batch_ids, now));
    return out;
}

Result<std::optional<AckFile>> ack_kiosk(storage::BureauStore& store,
                                         const crypto::BureauSecretKeys& keys,
                                         const storage::BureauKiosk& kiosk, AckScope scope,
                                         std::string_view now) {
    auto batches = store.batches_of(kiosk.id);
    if (!batches) return batches.error();
    std::vector<storage::ImportedBatch> pick;
    for (auto& b : batches.value()) {
        if (scope == AckScope::all || !b.acked_at) pick.push_back(std::move(b));
    }
    if (pick.empty()) return std::optional<AckFile>();
    auto a = ack_batches(store, keys, kiosk, pick, now);
    if (!a) return a.error();
    return std::optional<AckFile>(std::move(a.value()));
}

}  // namespace sk::bureau
