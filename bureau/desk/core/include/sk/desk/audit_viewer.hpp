// The Admin screen's audit log viewer: the core's audit rows (store/audit.hpp, the same as
// `bureau audit list`) filtered by actor and action, newest first, times in local time;
// and the chain check of `bureau audit verify`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/store/audit.hpp"

namespace sk::desk {

struct AuditLine {
    int64_t seq = 0;
    std::string time;  // local, "2026-12-01 17:00"
    std::string actor, action, target;
};

class AuditViewer {
  public:
    // read_audit. `actor`: exact user name (empty: all); `action`: a prefix ("user." shows
    // every user change; empty: all).
    Result<void> load(bureau::Session& s, std::string_view actor, std::string_view action);
    // read_audit. The result stays shown until the next load or verify.
    Result<void> verify(bureau::Session& s);

    const std::vector<AuditLine>& lines() const { return lines_; }
    const std::optional<bureau::store::AuditCheck>& check() const { return check_; }
    void clear();

  private:
    std::vector<AuditLine> lines_;
    std::optional<bureau::store::AuditCheck> check_;
};

}  // namespace sk::desk
