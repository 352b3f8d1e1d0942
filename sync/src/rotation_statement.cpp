#include "json_payload.hpp"
#include "sk/sync/rotation_statement.hpp"

#include <cstring>

#include <nlohmann/json.hpp>

#include "sk/crypto/key_files.hpp"
#include "sk/crypto/sign.hpp"
#include "sk/sync/dates.hpp"
#include "sk/sync/hex_codec.hpp"
#include "sk/sync/signed_payload.hpp"
#include "sk/untrusted_text.hpp"

namespace sk::sync {

namespace {

using json = nlohmann::json;

Error bad(const std::string& msg) {
    return Error{Errc::bad_format, "key rotation: " + msg};
}

Bytes concat(ByteView a, ByteView b) {
    Bytes out(a.data, a.data + a.size);
    out.insert(out.end(), b.data, b.data + b.size);
    return out;
}

Result<crypto::BureauPublicKeys> read_keys(const json& j, const char* name, Bytes& file) {
    auto it = j.find(name);
    file.assign(crypto::kBureauPublicFileBytes, 0);
    if (it == j.end() || !it->is_string() ||
        !decode_lower_hex(it->get_ref<const std::string&>(), file.data(), file.size()))
        return bad(std::string(name) + " must be 176 lower-case hex digits");
    auto keys = crypto::decode_bureau_public(file);
    if (!keys) return bad(std::string(name) + ": " + keys.error().message);
    return keys;
}

}  // namespace

Result<RotationStatement> parse_rotation_statement(ByteView payload) {
    auto parsed = detail::parse_json_object(payload);
    if (!parsed) return bad(parsed.error().message);
    const json& j = *parsed;
    auto fmt = j.find("format");
    if (fmt == j.end() || !fmt->is_string()) return bad("missing \"format\"");
    if (fmt->get_ref<const std::string&>() != kKeyRotationFormat)
        return Error{Errc::unsupported_version,
                     "key rotation format '" +
                         printable_excerpt(fmt->get_ref<const std::string&>()) +
                         "' is not supported"};
    RotationStatement st;
    auto issued = j.find("issued");
    if (issued == j.end() || !issued->is_string() ||
        !is_rfc3339_utc(issued->get_ref<const std::string&>()))
        return bad("issued must be YYYY-MM-DDTHH:MM:SSZ");
    st.issued = issued->get<std::string>();
    Bytes old_file;
    auto old_keys = read_keys(j, "old_keys", old_file);
    if (!old_keys) return old_keys.error();
    st.old_keys = *old_keys;
    auto new_keys = read_keys(j, "new_keys", st.new_keys_file);
    if (!new_keys) return new_keys.error();
    st.new_keys = *new_keys;
    if (st.old_keys.seal_pk == st.new_keys.seal_pk || st.old_keys.sign_pk == st.new_keys.sign_pk)
        return bad("the new keys must differ from the old ones");
    auto sig = j.find("new_key_signature");
    if (sig == j.end() || !sig->is_string() ||
        !decode_lower_hex(sig->get_ref<const std::string&>(), st.new_key_signature))
        return bad("new_key_signature must be 128 lower-case hex digits");
    return st;
}

Result<Bytes> build_rotation_statement(const crypto::BureauSecretKeys& old_keys,
                                       const crypto::BureauSecretKeys& new_keys,
                                       std::string_view issued) {
    if (!is_rfc3339_utc(issued))
        return Error{Errc::invalid_argument, "key rotation: issued must be YYYY-MM-DDTHH:MM:SSZ"};
    if (old_keys.pub.seal_pk == new_keys.pub.seal_pk ||
        old_keys.pub.sign_pk == new_keys.pub.sign_pk)
        return Error{Errc::invalid_argument, "key rotation: the new keys must differ"};
    const Bytes old_file = crypto::encode_bureau_public(old_keys.pub);
    const Bytes new_file = crypto::encode_bureau_public(new_keys.pub);
    const crypto::Signature cross =
        crypto::sign(crypto::SignContext::key_rotation, concat(old_file, new_file),
                     crypto::bureau_sign_pair(new_keys));
    nlohmann::ordered_json j;
    j["format"] = kKeyRotationFormat;
    j["issued"] = std::string(issued);
    j["old_keys"] = lower_hex(old_file);
    j["new_keys"] = lower_hex(new_file);
    j["new_key_signature"] = lower_hex(cross);
    return crypto::make_signed_file(crypto::SignContext::key_rotation, j.dump(),
                                    crypto::bureau_sign_pair(old_keys));
}

Result<RotationStatement> verify_rotation_statement(ByteView file,
                                                    const crypto::BureauPublicKeys& trusted) {
    auto sf = open_expected(file, crypto::SignContext::key_rotation, trusted.sign_pk,
                            "key rotation statement");
    if (!sf) return sf.error();
    auto st = parse_rotation_statement(sf->payload);
    if (!st) return st.error();
    if (!(st->old_keys == trusted))
        return Error{Errc::wrong_key, "key rotation replaces keys " +
                                          to_hex(st->old_keys.sign_id()) + ", this kiosk trusts " +
                                          to_hex(trusted.sign_id())};
    const Bytes old_file = crypto::encode_bureau_public(st->old_keys);
    if (!crypto::verify(crypto::SignContext::key_rotation, concat(old_file, st->new_keys_file),
                        st->new_key_signature, st->new_keys.sign_pk))
        return Error{Errc::bad_signature,
                     "key rotation: the new key's counter-signature does not verify"};
    return st;
}

}  // namespace sk::sync
