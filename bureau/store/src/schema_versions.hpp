// The bureau schema versions above storage's base, one function per version, each in its own
// file (schema_vN_*.cpp). Each runs inside the migration's transaction; it may create tables
// and move data, never drop user data. The list that orders them is schema_steps.cpp.
#pragma once

#include "sk/result.hpp"
#include "sk/storage/sql/database.hpp"

namespace sk::bureau::store::detail {

// 3: users with roles, the hash-chained audit log and its head (schema_v3_users_audit.cpp).
Result<void> schema_v3_users_audit(storage::sql::Database& db);
// 4: unit, staff and absence registers (schema_v4_registers.cpp).
Result<void> schema_v4_registers(storage::sql::Database& db);
// 5: cases from every channel, their history, talks, quarterly notes, sanctions and
// published cases; existing kiosk tips become cases (schema_v5_casework.cpp).
Result<void> schema_v5_casework(storage::sql::Database& db);
// 6: revoked kiosks (schema_v6_kiosk_revocations.cpp).
Result<void> schema_v6_kiosk_revocations(storage::sql::Database& db);

}  // namespace sk::bureau::store::detail
