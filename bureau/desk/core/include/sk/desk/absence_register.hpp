// The Absence register screen's data: the core's register list (category filter, overdue
// as of today) and the add form's entry, built from what the clerk typed and handed to the
// core's add_absence (which validates, refuses with one line and audits).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/desk/absence_form.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

class AbsenceRegister {
  public:
    AbsenceRegister() = default;
    // Errc::permission_denied for a role that may not read the registers.
    static Result<AbsenceRegister> load(storage::BureauStore& s, const bureau::Actor& a,
                                        std::optional<bureau::AbsenceCategory> category,
                                        uint32_t today, const bureau::WorkCalendar& cal);

    const std::vector<bureau::AbsenceListRow>& rows() const { return rows_; }
    std::optional<bureau::AbsenceCategory> filter() const { return filter_; }
    size_t overdue() const;

  private:
    std::vector<bureau::AbsenceListRow> rows_;
    std::optional<bureau::AbsenceCategory> filter_;
};

// The add form's fields as typed. `since` is a date as the register files take it
// ("2026-11-03"); a text that is no date is refused here, everything else by the core.
struct AbsenceForm {
    std::string_view staff_no, since, note;
    std::string_view category_text;  // the reason, required for "other" (其他)
    bureau::AbsenceCategory category = bureau::AbsenceCategory::sick_leave;
};
// The new entry's id, or the core's one-line refusal (nothing stored). With `problems`,
// every problem is also recorded beside its field (absence_form.hpp).
Result<int64_t> add_absence_entry(storage::BureauStore& s, const bureau::Actor& a,
                                  const AbsenceForm& f, uint32_t today, std::string_view now,
                                  FormProblems* problems = nullptr);

}  // namespace sk::desk
