// The kiosk's operational event log. It must never hold a tip, an answer, or anything that
// could identify who used the kiosk. So an entry is only: a code from the enum below, a level,
// a number (a count, a batch seq, a version), and optionally a note that can only be built
// from a string literal: the caller promises the literal is content-free and short.
// There is deliberately no way to log a runtime string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sk::storage {

enum class EventLevel : uint8_t { info = 0, warning = 1, error = 2 };

// Stored by name (event_code_name), so reordering the enum never relabels old rows.
// Note: there is no per-record event on purpose: a row per tip would carry the exact time of
// each tip. insert_record bumps a counter instead.
enum class EventCode : uint16_t {
    unknown = 0,  // a code this program does not know (written by a newer version)
    kiosk_started,
    kiosk_stopped,
    schema_migrated,  // number = new schema version
    identity_created,
    bureau_key_installed,
    recipient_added,
    recipient_removed,
    survey_installed,  // number = bundle version
    survey_removed,
    survey_expired,          // number = how many
    status_board_installed,  // number = board version
    batch_created,           // number = batch seq
    batch_exported,          // number = batch seq
    ack_imported,            // number = records deleted
    import_rejected,
    admin_login_ok,
    admin_login_failed,  // number = failed attempts so far
    admin_locked_out,
    pin_changed,
    flood_limited,  // unused: a row per anti-flood refusal would date the tip before it
    storage_error,
    export_failed,
};

std::string_view event_code_name(EventCode c);
EventCode event_code_from_name(std::string_view name);  // EventCode::unknown if not known
std::string_view event_level_name(EventLevel l);

// A note that can only be made from a string literal (or a char array), never from a
// std::string: keeps typed text out of the log by construction.
class EventNote {
  public:
    constexpr EventNote() = default;
    template <size_t N>
    constexpr EventNote(const char (&literal)[N]) : text_(literal, length(literal, N)) {}
    constexpr std::string_view text() const { return text_; }

  private:
    static constexpr size_t length(const char* s, size_t cap) {
        size_t n = 0;
        while (n < cap && s[n] != '\0') ++n;
        return n;
    }
    std::string_view text_;
};
constexpr size_t kMaxEventNoteBytes = 80;  // longer notes are cut

struct EventEntry {
    int64_t id = 0;    // increasing
    int64_t time = 0;  // unix seconds
    EventLevel level = EventLevel::info;
    EventCode code = EventCode::unknown;
    std::string code_name;  // as stored (useful when code == unknown)
    int64_t number = 0;
    std::string note;
};

// Appends prune the log to the newest kDefaultEventLogKeep entries.
constexpr size_t kDefaultEventLogKeep = 5000;

}  // namespace sk::storage
