#include "json_payload.hpp"
#include "sk/sync/ack.hpp"

#include <nlohmann/json.hpp>

#include "sk/crypto/sign.hpp"
#include "sk/sync/batch.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/hex_codec.hpp"
#include "sk/sync/signed_payload.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::sync {

namespace {

using json = nlohmann::json;

Error bad(const std::string& msg) {
    return Error{Errc::bad_format, "acknowledgement: " + msg};
}

Result<AckEntry> read_entry(const json& e, size_t i) {
    const std::string where = "batches[" + std::to_string(i) + "]";
    if (!e.is_object()) return bad(where + " is not an object");
    AckEntry out;
    auto seq = e.find("seq");
    if (seq == e.end() || !seq->is_number_unsigned() || seq->get<uint64_t>() == 0)
        return bad(where + ".seq must be an integer >= 1");
    out.seq = seq->get<uint64_t>();
    auto hash = e.find("hash");
    if (hash == e.end() || !hash->is_string() ||
        !decode_lower_hex(hash->get_ref<const std::string&>(), out.hash))
        return bad(where + ".hash must be 64 lower-case hex digits");
    auto rec = e.find("records");
    if (rec == e.end() || !rec->is_number_unsigned() || rec->get<uint64_t>() > kMaxBatchRecords)
        return bad(where + ".records must be an integer 0.." + std::to_string(kMaxBatchRecords));
    out.records = static_cast<uint32_t>(rec->get<uint64_t>());
    return out;
}

}  // namespace

Result<Bytes> build_ack(const Ack& ack, const crypto::SignKeyPair& bureau) {
    if (!is_rfc3339_utc(ack.issued))
        return Error{Errc::invalid_argument,
                     "acknowledgement: issued '" + ack.issued + "' is not YYYY-MM-DDTHH:MM:SSZ"};
    nlohmann::ordered_json j;
    j["format"] = kAckFormat;
    j["kiosk"] = to_hex(ack.kiosk);
    j["issued"] = ack.issued;
    j["batches"] = nlohmann::ordered_json::array();
    for (const auto& b : ack.batches) {
        if (b.seq == 0 || b.records > kMaxBatchRecords)
            return Error{Errc::invalid_argument,
                         "acknowledgement: batch entries need seq >= 1 and records <= " +
                             std::to_string(kMaxBatchRecords)};
        nlohmann::ordered_json e;
        e["seq"] = b.seq;
        e["hash"] = to_hex(b.hash);
        e["records"] = b.records;
        j["batches"].push_back(std::move(e));
    }
    // Only ASCII went in, so dump cannot throw on invalid UTF-8.
    const std::string text = j.dump();
    return crypto::make_signed_file(crypto::SignContext::ack, text, bureau);
}

namespace {

// my_kiosk_id null: any kiosk (verify_ack_any_kiosk).
Result<Ack> verify_ack_for(ByteView file, const crypto::SignPublicKey& bureau_pk,
                           const crypto::KeyId* my_kiosk_id) {
    auto sf = open_expected(file, crypto::SignContext::ack, bureau_pk, "acknowledgement");
    if (!sf) return sf.error();
    auto parsed = detail::parse_json_object(sf->payload);
    if (!parsed) return bad(parsed.error().message);
    const json& j = *parsed;
    auto fmt = j.find("format");
    if (fmt == j.end() || !fmt->is_string()) return bad("missing \"format\"");
    if (fmt->get_ref<const std::string&>() != kAckFormat)
        return Error{Errc::unsupported_version,
                     "acknowledgement format '" +
                         printable_excerpt(fmt->get_ref<const std::string&>()) +
                         "' is not supported"};
    Ack ack;
    auto kiosk = j.find("kiosk");
    if (kiosk == j.end() || !kiosk->is_string() ||
        !decode_lower_hex(kiosk->get_ref<const std::string&>(), ack.kiosk))
        return bad("kiosk must be 16 lower-case hex digits");
    // A valid ack for another kiosk must not make this one delete its records.
    if (my_kiosk_id != nullptr && ack.kiosk != *my_kiosk_id)
        return Error{Errc::wrong_key, "acknowledgement is for kiosk " + to_hex(ack.kiosk) +
                                          ", this kiosk is " + to_hex(*my_kiosk_id)};
    auto issued = j.find("issued");
    if (issued == j.end() || !issued->is_string() ||
        !is_rfc3339_utc(issued->get_ref<const std::string&>()))
        return bad("issued must be YYYY-MM-DDTHH:MM:SSZ");
    ack.issued = issued->get<std::string>();
    auto batches = j.find("batches");
    if (batches == j.end() || !batches->is_array()) return bad("batches must be an array");
    for (size_t i = 0; i < batches->size(); ++i) {
        auto e = read_entry((*batches)[i], i);
        if (!e) return e.error();
        ack.batches.push_back(*e);
    }
    return ack;
}

}  // namespace

Result<Ack> verify_ack(ByteView file, const crypto::SignPublicKey& bureau_pk,
                       const crypto::KeyId& my_kiosk_id) {
    return verify_ack_for(file, bureau_pk, &my_kiosk_id);
}

Result<Ack> verify_ack_any_kiosk(ByteView file, const crypto::SignPublicKey& bureau_pk) {
    return verify_ack_for(file, bureau_pk, nullptr);
}

}  // namespace sk::sync
