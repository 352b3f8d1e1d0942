// The absence register's edit form (the CLI's `absence set`): an entry's fields as the
// clerk types them (dates, the recovered sum, the "other" reason's text, the note) and the
// vocabularies as chosen, checked field by field (absence_form.hpp), then saved through the
// core's set_absence (which checks again, refuses with one line and audits). The text
// buffers are secure buffers, wiped on close and on lock.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "sk/bureau/registers.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/desk/absence_form.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

// The typed fields of the edit form.
enum class EditText {
    reason_text,
    since,
    deadline,
    returned_on,
    closed_on,
    salary_stopped_on,
    recovered,  // 元, "1234.50"
    recovered_on,
    note
};
constexpr size_t kEditTexts = 9;

class AbsenceEdit {
  public:
    AbsenceEdit();
    ~AbsenceEdit() { close(); }
    AbsenceEdit(const AbsenceEdit&) = delete;
    AbsenceEdit& operator=(const AbsenceEdit&) = delete;

    // Fills the form from the stored entry (dates as YYYY-MM-DD, the sum in 元).
    void open(const bureau::AbsenceEntry& e);
    void close();  // wipes every buffer and the problems
    bool active() const { return original_.id != 0; }
    const bureau::AbsenceEntry& original() const { return original_; }

    char* buffer(EditText f);
    size_t capacity(EditText f) const;
    std::string_view text(EditText f) const;

    bureau::AbsenceCategory category = bureau::AbsenceCategory::other;
    bureau::FoundBy found_by = bureau::FoundBy::self_report;
    bureau::Handling handling = bureau::Handling::none;
    bureau::Outcome outcome = bureau::Outcome::open;

    const FormProblems& problems() const { return problems_; }

    // The entry as the form stands (nullopt: a typed date or sum is unreadable; problems
    // say which).
    std::optional<bureau::AbsenceEntry> entry();
    // Checks, then stores what differs from the original through set_absence. On a problem
    // nothing is stored and problems() says where; Errc::invalid_argument with the first.
    // On success the form closes.
    Result<bureau::AbsenceEntry> save(storage::BureauStore& s, const bureau::Actor& a,
                                      uint32_t today, std::string_view now);

  private:
    void set(EditText f, std::string_view v);
    std::array<crypto::SecureBuffer, kEditTexts> bufs_;
    bureau::AbsenceEntry original_;
    FormProblems problems_;
};

// What the form changes, as `absence set` takes it (only fields that differ).
bureau::AbsenceUpdate absence_update(const bureau::AbsenceEntry& before,
                                     const bureau::AbsenceEntry& after);

}  // namespace sk::desk
