#include "sk/desk/audit_viewer.hpp"

#include <algorithm>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::desk {

Result<void> AuditViewer::load(bureau::Session& s, std::string_view actor,
                               std::string_view action) {
    SK_TRY(bureau::authorize(s.actor, bureau::Permission::read_audit));
    bureau::store::AuditFilter f;
    if (!actor.empty()) f.user = std::string(actor);
    auto rows = bureau::store::list_audit(s.store, f);
    if (!rows) return rows.error();
    std::vector<AuditLine> out;
    for (const auto& r : *rows) {
        const auto& e = r.event;
        if (e.action.compare(0, action.size(), action) != 0) continue;
        AuditLine l;
        l.seq = r.seq;
        l.time = bureau::local_time(e.at);
        l.actor = e.user;
        l.action = e.action;
        l.target = e.object_kind + " " + e.object_id;
        out.push_back(std::move(l));
    }
    // Newest first: an admin looks for what just happened.
    std::reverse(out.begin(), out.end());
    lines_ = std::move(out);
    check_.reset();
    return ok();
}

Result<void> AuditViewer::verify(bureau::Session& s) {
    SK_TRY(bureau::authorize(s.actor, bureau::Permission::read_audit));
    auto c = bureau::store::verify_audit(s.store);
    if (!c) return c.error();
    check_ = std::move(*c);
    return ok();
}

void AuditViewer::clear() {
    lines_.clear();
    check_.reset();
}

}  // namespace sk::desk
