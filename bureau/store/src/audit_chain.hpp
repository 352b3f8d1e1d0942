// The audit log's row hash and row reading, shared by audit.cpp and audit_verify.cpp.
#pragma once

#include "sk/bureau/store/audit.hpp"
#include "sk/storage/sql/database.hpp"
#include "sk/storage/sql/statement.hpp"

namespace sk::bureau::store::detail {

crypto::Hash audit_row_hash(const crypto::Hash& prev, int64_t seq, const AuditEvent& e);
// Columns: seq, at, user, action, object_kind, object_id, before, after, prev_hash, hash.
AuditRow audit_row_from(const storage::sql::Statement& st);
Result<AuditAnchor> read_audit_head(storage::sql::Database& db);

}  // namespace sk::bureau::store::detail
