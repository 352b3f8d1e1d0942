#include "json_payload.hpp"

#include <set>
#include <string>
#include <vector>

#include "sk/untrusted_text.hpp"

namespace sk::sync::detail {

Result<nlohmann::json> parse_json_object(ByteView payload) {
    using json = nlohmann::json;
    std::vector<std::set<std::string>> open_objects;
    std::string duplicate;
    bool has_duplicate = false;
    const json::parser_callback_t cb = [&](int, json::parse_event_t ev, json& v) {
        if (ev == json::parse_event_t::object_start) {
            open_objects.emplace_back();
        } else if (ev == json::parse_event_t::object_end) {
            if (!open_objects.empty()) open_objects.pop_back();
        } else if (ev == json::parse_event_t::key && !open_objects.empty()) {
            const std::string& name = v.get_ref<const std::string&>();
            if (!open_objects.back().insert(name).second && !has_duplicate) {
                has_duplicate = true;
                duplicate = name;
            }
        }
        return true;
    };
    json j = json::parse(payload.data, payload.data + payload.size, cb, false);
    if (j.is_discarded() || !j.is_object())
        return Error{Errc::bad_format, "payload is not a JSON object"};
    if (has_duplicate)
        return Error{Errc::bad_format,
                     "payload names member '" + printable_excerpt(duplicate) + "' twice"};
    return j;
}

}  // namespace sk::sync::detail
