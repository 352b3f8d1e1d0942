// What went wrong with the last submit of a desk form: messages beside the fields the desk
// could check itself (a date that does not parse, a required field left empty; keys into the
// desk's string table) and the bureau core's refusal as one line (its own words: the core is
// the judge of every rule, the desk only reads what was typed).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sk::desk {

struct FormErrors {
    std::vector<std::pair<std::string, std::string>> fields;  // field id -> message key
    std::string refusal;

    void clear() {
        fields.clear();
        refusal.clear();
    }
    bool empty() const { return fields.empty() && refusal.empty(); }
    void add(std::string field, std::string message_key) {
        fields.emplace_back(std::move(field), std::move(message_key));
    }
    // The message key for `field`, or nullptr.
    const char* field(std::string_view id) const {
        for (const auto& [f, m] : fields) {
            if (f == id) return m.c_str();
        }
        return nullptr;
    }
};

}  // namespace sk::desk
